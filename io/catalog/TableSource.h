#pragma once

#include "core/Result.h"
#include "io/xlsx/XlsxTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace govcat::io {

// A row of a sheet as text: cells[c] is column c (0-based; A = 0), blank cells are empty strings.
struct TableRow
{
    int number = 0; // 1-based row (xlsx) or line where the record starts (CSV)
    QStringList cells;

    QString at(int column) const
    {
        return column >= 0 && column < cells.size() ? cells.at(column) : QString();
    }
};

using TableRowCallback = std::function<bool(const TableRow&)>; // false stops the stream

// The sheets of a spreadsheet-like file as text rows, whatever the file format: what the catalog
// importer reads. Numbers keep the text the file wrote; dates become CCYY-MM-DD (with the time
// after a space when the cell has one); formulas give their cached values.
class TableSource
{
public:
    virtual ~TableSource() = default;
    virtual QString format() const = 0; // "xlsx" or "csv"
    virtual QStringList sheetNames() const = 0;
    // What the reader found out about the file after a full read, e.g. "编码 GB18030"; may be empty.
    virtual QString detail() const { return {}; }
    // The first `rows` non-blank rows of a sheet.
    virtual Result<QList<TableRow>> head(int sheet, int rows) = 0;
    virtual Result<void> stream(int sheet, const TableRowCallback& onRow) = 0;
    // The sheet's merged cell ranges and column widths, as the file declares them (xlsx; this reads
    // the sheet again).
    virtual Result<SheetLayout> layout(int /*sheet*/) { return SheetLayout{}; }
};

// Opens .xlsx or .csv by the file's extension (and content: a zip is read as xlsx).
// `csvEncoding` forces the encoding of a CSV file ("UTF-8" or "GB18030"); empty detects it.
Result<std::unique_ptr<TableSource>> openTableSource(const QString& path, const QString& csvEncoding = {});

} // namespace govcat::io
