#include "TableSource.h"

#include "io/csv/CsvFormulaGuard.h"
#include "io/csv/CsvReader.h"
#include "io/xlsx/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTime>

namespace govcat::io {

namespace {

QString cellText(const Cell& cell)
{
    if (cell.type != CellType::Date) {
        return cell.text;
    }
    switch (cell.value.typeId()) {
    case QMetaType::QDate:
        return cell.value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::QTime:
        return cell.value.toTime().toString(QStringLiteral("HH:mm:ss"));
    default:
        return cell.text;
    }
}

TableRow toTableRow(const Row& row)
{
    TableRow out;
    out.number = row.number;
    int last = -1;
    for (const Cell& c : row.cells) {
        last = std::max(last, c.column);
    }
    out.cells.resize(last + 1);
    for (const Cell& c : row.cells) {
        out.cells[c.column] = cellText(c);
    }
    return out;
}

class XlsxTableSource final : public TableSource
{
public:
    Result<void> open(const QString& path) { return m_reader.open(path); }
    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheetNames() const override
    {
        QStringList names;
        for (const SheetInfo& s : m_reader.sheets()) {
            names << s.name;
        }
        return names;
    }
    Result<QList<TableRow>> head(int sheet, int rows) override
    {
        auto read = m_reader.readRows(sheet, rows);
        if (!read) {
            return read.error();
        }
        QList<TableRow> out;
        for (const Row& r : read.value()) {
            out << toTableRow(r);
        }
        return out;
    }
    Result<void> stream(int sheet, const TableRowCallback& onRow) override
    {
        return m_reader.readSheet(sheet, [&](const Row& row) { return onRow(toTableRow(row)); });
    }
    Result<SheetLayout> layout(int sheet) override { return m_reader.readLayout(sheet); }

private:
    XlsxReader m_reader;
};

class CsvTableSource final : public TableSource
{
public:
    CsvTableSource(QString path, CsvEncoding encoding) : m_path(std::move(path))
    {
        m_options.encoding = encoding;
    }
    QString format() const override { return QStringLiteral("csv"); }
    QStringList sheetNames() const override { return {QFileInfo(m_path).fileName()}; }
    QString detail() const override
    {
        if (m_info.encoding == CsvEncoding::Auto) {
            return {};
        }
        return QCoreApplication::translate("govcat::TableSource", "编码 %1%2")
            .arg(csvEncodingName(m_info.encoding),
                 m_info.bom ? QCoreApplication::translate("govcat::TableSource", "（带 BOM）") : QString());
    }
    Result<QList<TableRow>> head(int, int rows) override
    {
        CsvReader reader(m_options);
        auto read = reader.readRows(m_path, rows);
        if (!read) {
            return read.error();
        }
        QList<TableRow> out;
        for (const CsvRow& r : read.value()) {
            out << TableRow{int(r.number), restored(r.cells)};
        }
        return out;
    }
    Result<void> stream(int, const TableRowCallback& onRow) override
    {
        CsvReader reader(m_options);
        auto read = reader.readFile(m_path, [&](const CsvRow& r) {
            return onRow(TableRow{int(r.number), restored(r.cells)});
        });
        if (!read) {
            return read.error();
        }
        m_info = read.value();
        return {};
    }

private:
    // The values as written before CSV export guarded them against formulas (CsvFormulaGuard.h).
    static QStringList restored(QStringList cells)
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells.at(i).startsWith(QLatin1Char('\''))) { // at(): the list detaches only for a change
                QString value = restoreCsvField(cells.at(i));
                if (value.size() != cells.at(i).size()) {
                    cells[i] = std::move(value);
                }
            }
        }
        return cells;
    }

    QString m_path;
    CsvOptions m_options;
    CsvInfo m_info;
};

bool looksLikeZip(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
}

} // namespace

Result<std::unique_ptr<TableSource>> openTableSource(const QString& path, const QString& csvEncoding)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("xlsx") || looksLikeZip(path)) {
        auto source = std::make_unique<XlsxTableSource>();
        if (auto opened = source->open(path); !opened) {
            return opened.error();
        }
        return std::unique_ptr<TableSource>(std::move(source));
    }
    if (suffix == QStringLiteral("csv") || suffix == QStringLiteral("txt")) {
        CsvEncoding encoding = CsvEncoding::Auto;
        if (csvEncoding.compare(QStringLiteral("gb18030"), Qt::CaseInsensitive) == 0 ||
            csvEncoding.compare(QStringLiteral("gbk"), Qt::CaseInsensitive) == 0) {
            encoding = CsvEncoding::Gb18030;
        } else if (csvEncoding.compare(QStringLiteral("utf-8"), Qt::CaseInsensitive) == 0 ||
                   csvEncoding.compare(QStringLiteral("utf8"), Qt::CaseInsensitive) == 0) {
            encoding = CsvEncoding::Utf8;
        }
        if (!QFileInfo::exists(path)) {
            return Error{Error::Kind::Io,
                         QCoreApplication::translate("govcat::TableSource", "找不到文件“%1”。").arg(path)};
        }
        return std::unique_ptr<TableSource>(std::make_unique<CsvTableSource>(path, encoding));
    }
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("govcat::TableSource",
                                             "“%1”不是可导入的文件：请选择 .xlsx、.csv 或 .json 文件。")
                     .arg(QFileInfo(path).fileName())};
}

} // namespace govcat::io
