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

    // The objects a workbook makes the reader build, bounded so that memory stays a small multiple of
    // the file whatever it compresses to. A real catalog is a handful of sheets, < 60 columns and
    // cells of at most a few thousand characters; the 100,000-resource demo city is about 1.1 million
    // rows and 15 million cells.
    qint64 maxCellChars = 32'767;      // characters in one cell (Excel's own limit), stopped while scanning
    qint64 maxRowChars = 131'072;      // characters in all cells of one row together
    int maxColumns = 256;              // a cell with a value past column IV (the 256th) refuses the file
    int maxSheets = 255;               // <sheet> entries in the workbook; each must name its own part
    int maxSheetNameChars = 100;       // Excel allows 31
    qint64 maxTotalRows = 2'000'000;   // non-empty rows of all sheets together
    qint64 maxTotalCells = 30'000'000; // cells with a value in all sheets together
    // Shared strings are held for the whole read: their characters (plus 2 per entry, its offset)
    // may be at most this many per compressed byte of xl/sharedStrings.xml, at least the floor and
    // never more than the cap. Real shared strings hold 1 to 5 characters per compressed byte.
    int sharedStringCharsPerByte = 8;
    qint64 sharedStringCharsFloor = 2 * 1024 * 1024;
    qint64 maxSharedStringChars = 64 * 1024 * 1024;
    // One tag, comment or CDATA section of a worksheet or the shared strings (what XmlScanner buffers
    // whole): real tags are under 200 bytes, and a cell's text is bounded by maxCellChars anyway.
    qsizetype maxMarkupBytes = 1024 * 1024;
    // Parts read whole with QXmlStreamReader (workbook.xml, .rels, styles.xml): a few KB in practice.
    qint64 maxMetadataBytes = 16 * 1024 * 1024;
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
