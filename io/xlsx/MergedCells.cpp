#include "io/xlsx/MergedCells.h"

#include <QSet>

#include <algorithm>

namespace govcat::io {

namespace {

// Upper bound on the rows visited and cells filled in one call, whatever ranges a hostile file
// declares: a range may span all 1,048,576 rows and 16,384 columns, and be declared many times.
constexpr qint64 kFillBudget = 1'000'000;

} // namespace

void fillMergedCells(QList<Row>& rows, const QList<CellRange>& merged)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.number < b.number; });
    int lastColumn = 0;                   // columns right of every value hold nothing worth repeating
    QList<QSet<int>> filled(rows.size()); // for each row, the columns that have a value
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const Cell& cell : rows.at(i).cells) {
            lastColumn = std::max(lastColumn, cell.column);
            filled[i].insert(cell.column);
        }
    }
    qint64 budget = kFillBudget;
    for (const CellRange& range : merged) {
        const qsizetype top =
            std::lower_bound(rows.cbegin(), rows.cend(), range.firstRow,
                             [](const Row& row, int number) { return row.number < number; }) -
            rows.cbegin();
        const bool found = top < rows.size() && rows.at(top).number == range.firstRow;
        budget -= 1 + (found ? rows.at(top).cells.size() : 0);
        if (budget <= 0) {
            break;
        }
        const Cell* source = found ? rows.at(top).cell(range.firstColumn) : nullptr;
        if (!source) {
            continue;
        }
        const Cell value = *source;
        const int lastFilledColumn = std::min(range.lastColumn, lastColumn);
        for (qsizetype i = top; i < rows.size() && rows.at(i).number <= range.lastRow && --budget > 0; ++i) {
            for (int c = range.firstColumn; c <= lastFilledColumn && --budget > 0; ++c) {
                if (!filled[i].contains(c)) { // keep any value the file has under the range
                    filled[i].insert(c);
                    Cell copy = value;
                    copy.column = c;
                    rows[i].cells.append(copy);
                }
            }
        }
    }
    for (Row& row : rows) {
        std::sort(row.cells.begin(), row.cells.end(),
                  [](const Cell& a, const Cell& b) { return a.column < b.column; });
    }
}

} // namespace govcat::io
