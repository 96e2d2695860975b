#include "CatalogCsvWriter.h"

#include "ExportValues.h"
#include "io/catalog/CatalogColumns.h"
#include "io/csv/CsvFormulaGuard.h"

#include <QCoreApplication>

namespace govcat::io {

namespace {

constexpr qsizetype kFlushChars = 256 * 1024;

} // namespace

CatalogCsvWriter::CatalogCsvWriter(CatalogWriteOptions options) : m_options(std::move(options))
{
    m_itemKeys = exportItemKeys();
    m_resourceColumns = exportColumns(exportResourceKeys(), &m_options.legalBasisTitles);
    m_itemColumns = exportColumns(m_itemKeys, &m_options.legalBasisTitles);
}

CatalogCsvWriter::~CatalogCsvWriter() = default;

QString CatalogCsvWriter::quoted(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    for (QChar c : field) {
        if (special.contains(c)) {
            QString out = field;
            out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + out + QLatin1Char('"');
        }
    }
    return field;
}

Result<void> CatalogCsvWriter::open(const QString& path)
{
    m_file.close();
    m_pending.clear();
    m_failed = false;
    // Debian's Qt converts GB18030 through ICU; QStringConverter has no enumerator for it.
    m_encoder = m_options.csvGb18030 ? QStringEncoder("GB18030") : QStringEncoder(QStringConverter::Utf8);
    if (!m_encoder.isValid()) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogCsvWriter",
                                                 "本系统的 Qt 不支持 GB18030 编码，请改用 UTF-8。")};
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogCsvWriter", "无法写入 %1：%2")
                         .arg(path, m_file.errorString())};
    }
    if (!m_options.csvGb18030) {
        m_file.write("\xEF\xBB\xBF");
    }
    QStringList header;
    for (const QString& key : exportResourceKeys() + m_itemKeys) {
        header << catalogColumn(key)->header;
    }
    appendRow(header);
    return flush(false);
}

void CatalogCsvWriter::appendRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_pending += QLatin1Char(',');
        }
        m_pending += quoted(neutraliseCsvField(fields.at(i)));
    }
    m_pending += QStringLiteral("\r\n");
}

Result<void> CatalogCsvWriter::flush(bool force)
{
    if (m_pending.size() < kFlushChars && !force) {
        return {};
    }
    const QByteArray bytes = m_encoder.encode(m_pending);
    m_pending.clear();
    if (m_encoder.hasError()) {
        m_failed = true;
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogCsvWriter", "有字符无法转换为所选编码。")};
    }
    if (m_file.write(bytes) != bytes.size()) {
        m_failed = true;
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogCsvWriter", "写入 %1 失败：%2")
                         .arg(m_file.fileName(), m_file.errorString())};
    }
    return {};
}

Result<void> CatalogCsvWriter::add(const ResourceDraft& d)
{
    if (!m_file.isOpen() || m_failed) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogCsvWriter", "CSV 文件没有打开。")};
    }
    QStringList resource;
    for (const ExportColumn& column : m_resourceColumns) {
        resource << column.text(d);
    }
    if (d.items.isEmpty()) {
        QStringList row = resource;
        for (qsizetype c = 0; c < m_itemKeys.size(); ++c) {
            row << QString();
        }
        appendRow(row);
    }
    for (int i = 0; i < d.items.size(); ++i) {
        QStringList row = resource;
        for (const ExportColumn& column : m_itemColumns) {
            row << column.text(d, &d.items.at(i), i + 1);
        }
        appendRow(row);
    }
    return flush(false);
}

Result<void> CatalogCsvWriter::finish()
{
    if (!m_file.isOpen() || m_failed) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogCsvWriter", "CSV 文件没有打开。")};
    }
    if (auto r = flush(true); !r) {
        return r;
    }
    if (!m_file.flush()) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogCsvWriter", "写入 %1 失败：%2")
                         .arg(m_file.fileName(), m_file.errorString())};
    }
    m_file.close();
    return m_file.error() == QFileDevice::NoError
               ? Result<void>()
               : Result<void>(Error{Error::Kind::Io, QCoreApplication::translate("govcat::CatalogCsvWriter",
                                                                                 "写入 %1 失败：%2")
                                                         .arg(m_file.fileName(), m_file.errorString())});
}

} // namespace govcat::io
