#pragma once

#include "io/xlsx/XlsxTypes.h"

#include <QList>

namespace govcat::io {

// Copies each merged range's top-left value into every cell of the range (downward and rightward)
// on the rows given, so a header "数据项" merged over three columns reads as three "数据项" cells
// and a resource name merged vertically over its items is repeated on each item row. Rows absent
// from rows (blank in the file) stay absent, and columns right of the last value are not filled.
// Rows come back sorted by number. At most a million rows and cells are visited in one call;
// ranges beyond that are left unfilled.
void fillMergedCells(QList<Row>& rows, const QList<CellRange>& merged);

} // namespace govcat::io
