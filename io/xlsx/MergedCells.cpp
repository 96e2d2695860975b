#include "io/xlsx/MergedCells.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace govcat::io {

namespace {

// Upper bound on cells filled in one call, whatever ranges a hostile file declares.
constexpr qint64 kFillBudget = 4'000'000;

} // namespace

void fillMergedCells(QList<Row>& rows, const QList<CellRange>& merged)
{
    if (rows.isEmpty()) {
        return;
    }
    int lastLoaded = 0;
    int lastColumn = 0; // columns right of every loaded value hold nothing worth repeating
    QHash<int, qsizetype> rowAt;
    QHash<int, QSet<int>> filled; // row number → columns that have a value
    for (qsizetype i = 0; i < rows.size(); ++i) {
        lastLoaded = std::max(lastLoaded, rows.at(i).number);
        rowAt.insert(rows.at(i).number, i);
        for (const Cell& cell : rows.at(i).cells) {
            lastColumn = std::max(lastColumn, cell.column);
            filled[rows.at(i).number].insert(cell.column);
        }
    }
    qint64 budget = kFillBudget;
    for (const CellRange& range : merged) {
        if (budget <= 0) {
            break;
        }
        const Row* top = rowAt.contains(range.firstRow) ? &rows.at(rowAt.value(range.firstRow)) : nullptr;
        budget -= 1 + (top ? top->cells.size() : 0);
        const Cell* source = top ? top->cell(range.firstColumn) : nullptr;
        if (!source) {
            continue;
        }
        const Cell value = *source;
        for (int r = range.firstRow; r <= std::min(range.lastRow, lastLoaded); ++r) {
            if (!rowAt.contains(r)) {
                rowAt.insert(r, rows.size());
                rows.append(Row{r, {}});
            }
            Row& row = rows[rowAt.value(r)];
            QSet<int>& columns = filled[r];
            for (int c = range.firstColumn; c <= std::min(range.lastColumn, lastColumn); ++c) {
                if (--budget < 0) {
                    break;
                }
                if (!columns.contains(c)) { // keep any value the file has under the range
                    columns.insert(c);
                    Cell copy = value;
                    copy.column = c;
                    row.cells.append(copy);
                }
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
