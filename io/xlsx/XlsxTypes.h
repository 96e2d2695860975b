#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace govcat::io {

// Resource caps for reading untrusted workbooks. Defaults suit catalog files with room to spare.
struct XlsxLimits
{
    // Uncompressed size of any one zip entry. Sheets are streamed, so this bounds time, not memory:
    // the 信息项 sheet of the 100,000-resource demo is 731 MB.
    qint64 maxEntryBytes = 1024LL * 1024 * 1024;
    int maxCompressionRatio = 100;        // uncompressed / compressed, per entry
    qint64 ratioGraceBytes = 1024 * 1024; // the ratio is enforced once an entry inflates past this
    qint64 maxRows = 1'048'576;           // non-empty rows streamed from one sheet
    qint64 maxSharedStrings = 5'000'000;  // entries in xl/sharedStrings.xml
};

enum class SheetState
{
    Visible,
    Hidden,
    VeryHidden,
};

struct SheetInfo
{
    QString name;
    SheetState state = SheetState::Visible;
    QString path; // zip entry of the worksheet, e.g. "xl/worksheets/sheet1.xml"
};

enum class CellType
{
    Number,  // value: double
    String,  // value: QString (shared, inline or a formula's string result)
    Boolean, // value: bool
    Date,    // value: QDate (whole days), QDateTime (date and time) or QTime (time of day only)
    Error,   // value: QString such as "#N/A" or "#DIV/0!"
};

struct Cell
{
    int column = 0; // 0-based: A = 0
    CellType type = CellType::String;
    QVariant value;
    QString text;         // the value as written in the file (number text, string, TRUE/FALSE, error code)
    bool formula = false; // the value is the formula's cached result; formulas are never evaluated
};

struct Row
{
    int number = 0; // 1-based, as in the file (row 1 is the first row)
    QList<Cell> cells;

    const Cell* cell(int column) const
    {
        for (const Cell& c : cells) {
            if (c.column == column) {
                return &c;
            }
        }
        return nullptr;
    }
};

// A merged range, rows 1-based and columns 0-based, both inclusive.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    friend bool operator==(const CellRange&, const CellRange&) = default;
};

// A width set for columns first..last (0-based, inclusive) by the sheet's <cols>, as the file stores
// it (Excel's character units, cell padding included).
struct ColumnWidth
{
    int first = 0;
    int last = 0;
    double width = 0;
    bool hidden = false;
    friend bool operator==(const ColumnWidth&, const ColumnWidth&) = default;
};

// What a sheet declares about its grid besides the values: merged ranges and column widths.
struct SheetLayout
{
    QList<CellRange> merged;
    QList<ColumnWidth> columns;
};

} // namespace govcat::io
