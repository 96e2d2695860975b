#pragma once

#include "io/xlsx/XlsxTypes.h"

#include <QList>

namespace govcat::io {

// Copies each merged range's top-left value into every cell of the range (downward and rightward),
// for the rows given, so a header "数据项" merged over three columns reads as three "数据项" cells
// and a resource name merged vertically over its items is repeated on each item row. Rows that a
// range covers but that are absent from rows (blank in the file) are added. Rows stay sorted.
void fillMergedCells(QList<Row>& rows, const QList<CellRange>& merged);

} // namespace govcat::io
