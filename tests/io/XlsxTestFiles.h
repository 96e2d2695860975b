#pragma once

// Workbooks built in the tests: minimal valid parts around hand-written sheet XML, and hostile
// archives (zip bombs, DTDs, lying headers) that no spreadsheet program would write.
#include "io/xlsx/ZipDevice.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace govcat::io::testing {

using Entry = QPair<QString, QByteArray>;

// The open entry of a zip being written (minizip's zip API), as a device for a writer to stream into.
class ZipEntryWriter : public QIODevice
{
public:
    explicit ZipEntryWriter(zipFile zip) : m_zip(zip) { QIODevice::open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        return zipWriteInFileInZip(m_zip, data, unsigned(size)) == ZIP_OK ? size : -1;
    }

private:
    zipFile m_zip;
};

// A zip of the entries; a writer, when given, streams an entry's content in chunks instead.
inline QByteArray makeZip(const QList<Entry>& entries,
                          const std::function<void(const QString&, QIODevice&)>& writer = {},
                          bool deflate = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    zlib_filefunc64_def functions = zipDeviceFunctions();
    zipFile zip = zipOpen2_64(&buffer, APPEND_STATUS_CREATE, nullptr, &functions);
    for (const Entry& entry : entries) {
        const zip_fileinfo info{};
        zipOpenNewFileInZip64(zip, entry.first.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                              deflate ? Z_DEFLATED : 0, deflate ? Z_BEST_COMPRESSION : 0, 0);
        ZipEntryWriter file(zip);
        if (entry.second.isNull() && writer) {
            writer(entry.first, file);
        } else {
            file.write(entry.second);
        }
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    return buffer.data();
}

// One entry of zip data (an open device) read whole with minizip's unzip API; empty when missing.
inline QByteArray zipEntry(QIODevice& zipData, const QString& name)
{
    zlib_filefunc64_def functions = zipDeviceFunctions();
    unzFile zip = unzOpen2_64(&zipData, &functions);
    QByteArray content;
    if (zip && unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK &&
        unzOpenCurrentFile(zip) == UNZ_OK) {
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (int n = unzReadCurrentFile(zip, chunk.data(), unsigned(chunk.size())); n > 0;
             n = unzReadCurrentFile(zip, chunk.data(), unsigned(chunk.size()))) {
            content.append(chunk.constData(), n);
        }
        unzCloseCurrentFile(zip);
    }
    if (zip) {
        unzClose(zip);
    }
    return content;
}

inline QByteArray zipEntry(const QString& zipPath, const QString& name)
{
    QFile file(zipPath);
    return file.open(QIODevice::ReadOnly) ? zipEntry(file, name) : QByteArray();
}

inline QByteArray workbookXml(const QByteArray& workbookPr = {})
{
    return QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
           workbookPr +
           QByteArray(R"(<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)");
}

inline QByteArray workbookRels()
{
    return QByteArray(
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>)"
        R"(</Relationships>)");
}

inline QByteArray sheetXml(const QByteArray& sheetData)
{
    return QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)") +
           sheetData + QByteArrayLiteral("</sheetData></worksheet>");
}

inline QByteArray sharedStringsXml(const QByteArray& items)
{
    return QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)") +
           items + QByteArrayLiteral("</sst>");
}

// A one-sheet workbook (no _rels/.rels: the reader falls back to xl/workbook.xml).
inline QByteArray minimalWorkbook(const QByteArray& sheet, const QByteArray& sharedStrings = {},
                                  const QByteArray& workbookPr = {})
{
    QList<Entry> entries{{QStringLiteral("xl/workbook.xml"), workbookXml(workbookPr)},
                         {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels()},
                         {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!sharedStrings.isEmpty()) {
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    return makeZip(entries);
}

// The workbook tests/fuzz/fuzz_xlsx.cpp wraps around an input that starts with '<' (a worksheet's
// XML), stored rather than deflated so that mutations reach the XML parsing: 1904 dates, two shared
// strings (one rich) and three cell styles (general, a custom date, built-in date 14).
inline QByteArray fuzzWorkbookFromSheet(const QByteArray& sheet)
{
    const QByteArray workbook(
        "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<workbookPr date1904=\"1\"/><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>");
    const QByteArray rels("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"s.xml\"/>"
                          "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"t.xml\"/>"
                          "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"y.xml\"/></Relationships>");
    const QByteArray strings("<sst><si><t>a</t></si><si><r><t>b</t></r></si></sst>");
    const QByteArray styles("<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
                            "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                            "<xf numFmtId=\"14\"/></cellXfs></styleSheet>");
    return makeZip({{QStringLiteral("xl/workbook.xml"), workbook},
                    {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                    {QStringLiteral("xl/s.xml"), sheet},
                    {QStringLiteral("xl/t.xml"), strings},
                    {QStringLiteral("xl/y.xml"), styles}},
                   {}, false);
}

} // namespace govcat::io::testing
