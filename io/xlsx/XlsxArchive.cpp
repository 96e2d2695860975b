#include "io/xlsx/XlsxArchive.h"

#include "io/xlsx/XmlScanner.h"
#include "io/xlsx/ZipDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <minizip/unzip.h>

namespace govcat::io {

namespace {

constexpr int kCaseInsensitive = 2; // unzLocateFile's iCaseSensitivity
constexpr uLong kEncrypted = 0x1u;  // general purpose bit 0: the entry is encrypted

QString notAWorkbook()
{
    return QCoreApplication::translate("govcat::XlsxArchive",
                                       "文件不是有效的 .xlsx 工作簿（不是 zip 文件、已截断或受密码保护）。");
}

QString entryTooLarge(const QString& entry, qint64 cap)
{
    return QCoreApplication::translate(
               "govcat::XlsxArchive",
               "工作簿中的“%1”解压后超过 %2 MB 的上限，可能是恶意构造的压缩包，已停止读取。")
        .arg(entry)
        .arg(cap / (1024 * 1024));
}

QString ratioTooHigh(const QString& entry, int ratio)
{
    return QCoreApplication::translate("govcat::XlsxArchive",
                                       "工作簿中的“%1”压缩比超过 %2 倍，可能是压缩炸弹，已停止读取。")
        .arg(entry)
        .arg(ratio);
}

} // namespace

ZipEntryDevice::ZipEntryDevice(void* zip, QString entry, quint64 compressedSize, const XlsxLimits& limits)
    : m_zip(zip), m_entry(std::move(entry)), m_compressedSize(compressedSize), m_limits(limits)
{
    if (unzOpenCurrentFile(m_zip) == UNZ_OK) {
        m_open = true;
        QIODevice::open(QIODevice::ReadOnly);
    } else {
        fail(Error::Kind::Invalid, notAWorkbook());
    }
}

ZipEntryDevice::~ZipEntryDevice()
{
    closeEntry();
}

int ZipEntryDevice::closeEntry()
{
    if (!m_open) {
        return UNZ_OK;
    }
    m_open = false;
    return unzCloseCurrentFile(m_zip);
}

bool ZipEntryDevice::fail(Error::Kind kind, const QString& message)
{
    if (!m_failure.isError()) {
        m_failure = makeError(kind, message);
    }
    closeEntry();
    m_finished = true;
    return false;
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_finished) {
        return m_failure.isError() ? -1 : 0;
    }
    if (maxSize <= 0) {
        return 0;
    }
    const int n = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(maxSize, INT_MAX)));
    if (n < 0) {
        fail(Error::Kind::Invalid, notAWorkbook());
        return -1;
    }
    m_inflated += n;
    if (m_inflated > m_limits.maxEntryBytes) {
        fail(Error::Kind::Invalid, entryTooLarge(m_entry, m_limits.maxEntryBytes));
        return -1;
    }
    const qint64 allowed = qint64(m_compressedSize) * m_limits.maxCompressionRatio;
    if (m_inflated > m_limits.ratioGraceBytes && m_inflated > allowed) {
        fail(Error::Kind::Invalid, ratioTooHigh(m_entry, m_limits.maxCompressionRatio));
        return -1;
    }
    if (n == 0) {
        m_finished = true;
        // the whole declared size inflated (a shorter stream is damaged), and its CRC matches
        if (unzeof(m_zip) != 1 || closeEntry() != UNZ_OK) {
            fail(Error::Kind::Invalid, notAWorkbook());
            return -1;
        }
    }
    return n;
}

void XlsxArchive::CloseZip::operator()(void* zip) const
{
    unzClose(zip);
}

XlsxArchive::XlsxArchive(const XlsxLimits& limits) : m_limits(limits) {}

XlsxArchive::~XlsxArchive() = default;

Result<void> XlsxArchive::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("govcat::XlsxArchive", "无法打开文件“%1”：%2")
                             .arg(path, file->errorString()));
    }
    m_device = std::move(file);
    return openZip();
}

Result<void> XlsxArchive::open(std::unique_ptr<QIODevice> device)
{
    m_device = std::move(device);
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("govcat::XlsxArchive", "无法读取数据：%1")
                             .arg(m_device->errorString()));
    }
    return openZip();
}

Result<void> XlsxArchive::openZip()
{
    m_archiveSize = m_device->size();
    zlib_filefunc64_def functions = zipDeviceFunctions();
    m_zip.reset(unzOpen2_64(m_device.get(), &functions));
    if (!m_zip) {
        return makeError(Error::Kind::Invalid, notAWorkbook());
    }
    return {};
}

bool XlsxArchive::contains(const QString& entry) const
{
    return m_zip && unzLocateFile(m_zip.get(), entry.toUtf8().constData(), kCaseInsensitive) == UNZ_OK;
}

Result<std::unique_ptr<ZipEntryDevice>> XlsxArchive::openEntry(const QString& entry, qint64 maxBytes)
{
    XlsxLimits limits = m_limits;
    if (maxBytes > 0) {
        limits.maxEntryBytes = std::min(limits.maxEntryBytes, maxBytes);
    }
    if (!contains(entry)) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("govcat::XlsxArchive", "文件不是有效的 .xlsx 工作簿（缺少“%1”）。")
                .arg(entry));
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        (info.flag & kEncrypted) != 0) {
        return makeError(Error::Kind::Invalid, notAWorkbook());
    }
    const auto declared = qint64(std::min<quint64>(info.uncompressed_size, quint64(1) << 62));
    // A lying header could claim a big compressed size; no entry can be larger than the archive.
    const quint64 compressed =
        std::min<quint64>(info.compressed_size, quint64(std::max<qint64>(m_archiveSize, 0)));
    if (declared > limits.maxEntryBytes) {
        return makeError(Error::Kind::Invalid, entryTooLarge(entry, limits.maxEntryBytes));
    }
    if (declared > limits.ratioGraceBytes && declared > qint64(compressed) * limits.maxCompressionRatio) {
        return makeError(Error::Kind::Invalid, ratioTooHigh(entry, limits.maxCompressionRatio));
    }
    auto device = std::make_unique<ZipEntryDevice>(m_zip.get(), entry, compressed, limits);
    if (device->failure().isError()) {
        return device->failure();
    }
    return device;
}

bool readNextSafe(QXmlStreamReader& xml)
{
    if (xml.atEnd()) {
        return false;
    }
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
        xml.raiseError(QStringLiteral("DTD"));
        return false;
    }
    return token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
}

namespace {

Error xmlFailure(const ZipEntryDevice& device, bool dtd, qint64 line, const QString& what)
{
    if (device.failure().isError()) {
        return device.failure();
    }
    if (dtd) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("govcat::XlsxArchive",
                                        "工作簿中的“%1”含有 DTD 或实体声明，出于安全考虑拒绝读取。")
                .arg(device.entryName()));
    }
    return makeError(
        Error::Kind::Invalid,
        QCoreApplication::translate("govcat::XlsxArchive", "工作簿中的“%1”不是有效的 XML（第 %2 行：%3）。")
            .arg(device.entryName())
            .arg(line)
            .arg(what));
}

} // namespace

Error xmlFailure(const QXmlStreamReader& xml, const ZipEntryDevice& device)
{
    const bool dtd =
        xml.error() == QXmlStreamReader::CustomError && xml.errorString() == QStringLiteral("DTD");
    return xmlFailure(device, dtd, xml.lineNumber(), xml.errorString());
}

Error xmlFailure(const XmlScanner& xml, const ZipEntryDevice& device)
{
    if (xml.failure() == XmlScanner::Failure::TooLong && !device.failure().isError()) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("govcat::XlsxArchive",
                                        "工作簿中的“%1”第 %2 行有一个超过 %3 KB 上限的标签或文本段，"
                                        "正常的工作簿不会这样，可能是恶意构造的文件，已拒绝读取。")
                .arg(device.entryName())
                .arg(xml.lineNumber())
                .arg(xml.maxMarkupBytes() / 1024));
    }
    return xmlFailure(device, xml.failure() == XmlScanner::Failure::Dtd, xml.lineNumber(), xml.errorString());
}

} // namespace govcat::io
