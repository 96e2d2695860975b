#include "io/xlsx/MergedCells.h"

#include <algorithm>

namespace govcat::io {

namespace {

Row* findRow(QList<Row>& rows, int number)
{
    for (Row& row : rows) {
        if (row.number == number) {
            return &row;
        }
    }
    return nullptr;
}

void putCell(Row& row, const Cell& source, int column)
{
    for (Cell& cell : row.cells) {
        if (cell.column == column) {
            return; // a merged range hides other cells in Excel, but keep any value the file has
        }
    }
    Cell copy = source;
    copy.column = column;
    row.cells.append(copy);
}

} // namespace

void fillMergedCells(QList<Row>& rows, const QList<CellRange>& merged)
{
    if (rows.isEmpty()) {
        return;
    }
    const int lastLoaded = std::max_element(rows.cbegin(), rows.cend(), [](const Row& a, const Row& b) {
                               return a.number < b.number;
                           })->number;
    for (const CellRange& range : merged) {
        const Row* top = findRow(rows, range.firstRow);
        const Cell* source = top ? top->cell(range.firstColumn) : nullptr;
        if (!source) {
            continue;
        }
        const Cell value = *source;
        for (int r = range.firstRow; r <= std::min(range.lastRow, lastLoaded); ++r) {
            Row* row = findRow(rows, r);
            if (!row) {
                rows.append(Row{r, {}});
                row = &rows.last();
            }
            for (int c = range.firstColumn; c <= range.lastColumn; ++c) {
                putCell(*row, value, c);
            }
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.number < b.number; });
    for (Row& row : rows) {
        std::sort(row.cells.begin(), row.cells.end(),
                  [](const Cell& a, const Cell& b) { return a.column < b.column; });
    }
}

} // namespace govcat::io
