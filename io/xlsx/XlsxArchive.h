#pragma once

#include "core/Result.h"
#include "io/xlsx/XlsxTypes.h"

#include <QIODevice>
#include <QString>

#include <memory>

class QXmlStreamReader;

namespace govcat::io {
class XmlScanner;
}

namespace govcat::io {

// One zip entry opened for streaming. Counts the bytes it inflates and stops with an error as soon
// as the entry outgrows XlsxLimits (size or compression ratio), whatever the zip header declared.
class ZipEntryDevice : public QIODevice
{
public:
    // zip: minizip's unzFile, its current entry the one to read (XlsxArchive::openEntry locates it).
    ZipEntryDevice(void* zip, QString entry, quint64 compressedSize, const XlsxLimits& limits);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    // Set once a read failed: over a limit, a CRC mismatch or a damaged stream.
    const Error& failure() const { return m_failure; }
    const QString& entryName() const { return m_entry; }
    quint64 compressedSize() const { return m_compressedSize; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool fail(Error::Kind kind, const QString& message);

    int closeEntry(); // minizip's result: UNZ_CRCERROR when the inflated bytes do not match

    void* m_zip = nullptr; // not owned
    bool m_open = false;   // the entry is open in m_zip
    QString m_entry;
    quint64 m_compressedSize = 0;
    XlsxLimits m_limits;
    qint64 m_inflated = 0;
    bool m_finished = false;
    Error m_failure;
};

// The zip container of a workbook, read with minizip's unzip API. Opens entries one at a time (minizip
// reads one entry at once).
class XlsxArchive
{
public:
    explicit XlsxArchive(const XlsxLimits& limits);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    Result<void> open(const QString& path);
    Result<void> open(std::unique_ptr<QIODevice> device); // takes ownership, e.g. a QBuffer
    bool contains(const QString& entry) const;
    // Checks the declared sizes, then opens the entry; close the device before opening another.
    // maxBytes, when positive, lowers XlsxLimits::maxEntryBytes for this entry.
    Result<std::unique_ptr<ZipEntryDevice>> openEntry(const QString& entry, qint64 maxBytes = 0);

private:
    Result<void> openZip();

    XlsxLimits m_limits;
    std::unique_ptr<QIODevice> m_device;
    struct CloseZip
    {
        void operator()(void* zip) const;
    };
    std::unique_ptr<void, CloseZip> m_zip; // minizip's unzFile
    qint64 m_archiveSize = 0;
};

// The next XML token, refusing a DTD (entities are never declared, so never expanded). Returns
// false at the end of the document or on an error.
bool readNextSafe(QXmlStreamReader& xml);
// The error to report once a reader stopped: a limit hit by the device, a DTD, or bad XML.
Error xmlFailure(const QXmlStreamReader& xml, const ZipEntryDevice& device);
Error xmlFailure(const XmlScanner& xml, const ZipEntryDevice& device);

} // namespace govcat::io
