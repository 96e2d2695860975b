#include "io/csv/CsvReader.h"

#include "io/csv/CsvParser.h"
#include "io/csv/EncodingScanner.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace govcat::io {

namespace {

constexpr qint64 kChunk = 64 * 1024;

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

Error invalid(const QString& message)
{
    return makeError(Error::Kind::Invalid, message);
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case CsvEncoding::Auto:
        break;
    }
    return QCoreApplication::translate("govcat::CsvReader", "自动");
}

CsvReader::CsvReader(CsvOptions options) : m_options(options) {}

Result<CsvInfo> CsvReader::readFile(const QString& path, const CsvRowCallback& onRow)
{
    m_info = CsvInfo{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("govcat::CsvReader", "无法打开文件“%1”：%2")
                             .arg(path, file.errorString()));
    }
    return read(file,
                QCoreApplication::translate("govcat::CsvReader", "文件“%1”").arg(QFileInfo(path).fileName()),
                onRow);
}

Result<CsvInfo> CsvReader::readData(const QByteArray& data, const CsvRowCallback& onRow)
{
    m_info = CsvInfo{};
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, QCoreApplication::translate("govcat::CsvReader", "CSV 数据"), onRow);
}

Result<QList<CsvRow>> CsvReader::readRows(const QString& path, int maxRows)
{
    QList<CsvRow> rows;
    auto read = readFile(path, [&rows, maxRows](const CsvRow& row) {
        rows.append(row);
        return rows.size() < maxRows;
    });
    if (!read) {
        return read.error();
    }
    return rows;
}

Result<CsvInfo> CsvReader::read(QIODevice& device, const QString& name, const CsvRowCallback& onRow)
{
    const char delimiter = m_options.delimiter;
    if (delimiter != 0 && !isUsableCsvDelimiter(delimiter)) {
        return invalid(
            QCoreApplication::translate("govcat::CsvReader",
                                        "CSV 分隔符“%1”无效：请使用逗号、分号、制表符或其他 ASCII 标点。")
                .arg(QString::number(uchar(delimiter), 16)));
    }
    if (device.size() > m_options.limits.maxFileBytes) {
        return invalid(QCoreApplication::translate("govcat::CsvReader", "%1超过 %2 的上限，请拆分后再导入。")
                           .arg(name, csvSizeText(m_options.limits.maxFileBytes)));
    }
    QByteArray head;
    if (auto checked = checkEncoding(device, name, &head); !checked) {
        return checked.error();
    }
    m_info.delimiter =
        delimiter != 0 ? delimiter : detectCsvDelimiter(QByteArrayView(head).sliced(m_info.bom ? 3 : 0));
    if (!device.seek(m_info.bom ? 3 : 0)) {
        return makeError(Error::Kind::Io, QCoreApplication::translate("govcat::CsvReader", "无法读取%1：%2")
                                              .arg(name, device.errorString()));
    }
    if (auto parsed = parse(device, name, onRow); !parsed) {
        return parsed.error();
    }
    return m_info;
}

Result<void> CsvReader::checkEncoding(QIODevice& device, const QString& name, QByteArray* head)
{
    EncodingScanner scanner;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = device.read(chunk.data(), kChunk);
        if (n < 0) {
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate("govcat::CsvReader", "无法读取%1：%2")
                                 .arg(name, device.errorString()));
        }
        if (n == 0) {
            break;
        }
        total += n;
        if (total > m_options.limits.maxFileBytes) { // the file grew while being read
            return invalid(
                QCoreApplication::translate("govcat::CsvReader", "%1超过 %2 的上限，请拆分后再导入。")
                    .arg(name, csvSizeText(m_options.limits.maxFileBytes)));
        }
        if (head->size() < kChunk) { // the start, for the BOM and the delimiter
            head->append(chunk.constData(), qsizetype(std::min(n, kChunk - head->size())));
        }
        scanner.feed(chunk.constData(), qsizetype(n));
    }
    scanner.finish();
    m_info.bom = head->startsWith("\xEF\xBB\xBF");
    if (head->startsWith("\xFF\xFE") || head->startsWith("\xFE\xFF")) {
        return invalid(
            QCoreApplication::translate("govcat::CsvReader",
                                        "%1是 UTF-16 编码，只能读取 UTF-8 或 GB18030（GBK）编码的 CSV："
                                        "请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再导入。")
                .arg(name));
    }
    if (scanner.hasNul()) {
        return invalid(QCoreApplication::translate("govcat::CsvReader",
                                                   "%1第 %2 行含有空字节（NUL），不是文本格式的 CSV 文件"
                                                   "（可能是没有编码标记的 UTF-16 文件或二进制文件）。")
                           .arg(name)
                           .arg(scanner.nulLine()));
    }
    switch (m_options.encoding) {
    case CsvEncoding::Auto:
        if (scanner.utf8Valid()) {
            m_info.encoding = CsvEncoding::Utf8;
        } else if (m_info.bom) {
            return invalid(
                QCoreApplication::translate("govcat::CsvReader",
                                            "%1以 UTF-8 编码标记（BOM）开头，但第 %2 行起不是有效的 UTF-8。")
                    .arg(name)
                    .arg(scanner.utf8BadLine()));
        } else if (scanner.gb18030Valid()) {
            m_info.encoding = CsvEncoding::Gb18030;
        } else {
            return invalid(QCoreApplication::translate(
                               "govcat::CsvReader",
                               "无法识别%1的编码：既不是 UTF-8（第 %2 行起无效），也不是 GB18030/GBK"
                               "（第 %3 行起无效），可能不是文本格式的 CSV 文件。")
                               .arg(name)
                               .arg(scanner.utf8BadLine())
                               .arg(scanner.gb18030BadLine()));
        }
        break;
    case CsvEncoding::Utf8:
        if (!scanner.utf8Valid()) {
            return invalid(
                QCoreApplication::translate("govcat::CsvReader", "%1第 %2 行起不是有效的 UTF-8 编码。")
                    .arg(name)
                    .arg(scanner.utf8BadLine()));
        }
        m_info.encoding = CsvEncoding::Utf8;
        break;
    case CsvEncoding::Gb18030:
        if (m_info.bom) {
            return invalid(QCoreApplication::translate("govcat::CsvReader",
                                                       "%1带有 UTF-8 编码标记（BOM），不是 GB18030 编码。")
                               .arg(name));
        }
        if (!scanner.gb18030Valid()) {
            return invalid(
                QCoreApplication::translate("govcat::CsvReader", "%1第 %2 行起不是有效的 GB18030/GBK 编码。")
                    .arg(name)
                    .arg(scanner.gb18030BadLine()));
        }
        m_info.encoding = CsvEncoding::Gb18030;
        break;
    }
    return {};
}

Result<void> CsvReader::parse(QIODevice& device, const QString& name, const CsvRowCallback& onRow)
{
    const bool utf8 = m_info.encoding == CsvEncoding::Utf8;
    QStringDecoder gb18030;
    if (!utf8) {
        gb18030 = QStringDecoder("GB18030"); // through ICU in Debian's Qt
        if (!gb18030.isValid()) {
            return invalid(QCoreApplication::translate(
                "govcat::CsvReader", "此版本的 Qt 不支持 GB18030 解码，请将文件另存为 UTF-8 编码后再导入。"));
        }
    }
    CsvParser parser(m_info.delimiter, m_options.limits);
    CsvRow row;
    Error failure;
    const RawRecordSink sink = [&](const RawRecord& record) {
        if (record.bytes.isEmpty()) {
            return true; // blank: no field has a value
        }
        if (m_info.rows >= m_options.limits.maxRows) {
            failure = invalid(
                QCoreApplication::translate("govcat::CsvReader", "%1超过 %2 行的上限，请拆分后再导入。")
                    .arg(name)
                    .arg(m_options.limits.maxRows));
            return false;
        }
        row.number = record.line;
        row.cells.resize(0);
        for (qsizetype i = 0; i < record.fieldCount(); ++i) {
            const QByteArrayView field = record.field(i);
            if (utf8) {
                row.cells.append(QString::fromUtf8(field));
            } else if (isAscii(field)) {
                row.cells.append(QString::fromLatin1(field));
            } else {
                row.cells.append(gb18030.decode(field));
                if (gb18030.hasError()) {
                    failure = invalid(QCoreApplication::translate("govcat::CsvReader",
                                                                  "%1第 %2 行含有 GB18030 中没有定义的字符。")
                                          .arg(name)
                                          .arg(record.line));
                    return false;
                }
            }
        }
        ++m_info.rows;
        return onRow(row);
    };
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), kChunk);
        if (n < 0) {
            return makeError(Error::Kind::Io,
                             QCoreApplication::translate("govcat::CsvReader", "无法读取%1：%2")
                                 .arg(name, device.errorString()));
        }
        const auto status = n == 0 ? parser.finish(sink) : parser.feed(chunk.constData(), qsizetype(n), sink);
        if (failure.isError()) {
            return failure;
        }
        if (status == CsvParser::Status::Failed) {
            return parser.error();
        }
        if (status == CsvParser::Status::Stopped || n == 0) {
            return {};
        }
    }
}

} // namespace govcat::io
