#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace govcat::io {

// A1-style references. Rows are 1-based, columns 0-based (A = 0, XFD = 16383).
inline constexpr int kMaxExcelRows = 1'048'576;
inline constexpr int kMaxExcelColumns = 16'384;

struct CellRef
{
    int row = 0;
    int column = 0;
};

// Parses "B7" or "$B$7"; nullopt for anything else or outside Excel's grid.
std::optional<CellRef> parseCellRef(QStringView text);
std::optional<CellRef> parseCellRef(QByteArrayView text); // the same on ASCII bytes, as in the XML
// Parses "A1:C2" (or a single cell) into first and last references.
std::optional<std::pair<CellRef, CellRef>> parseRangeRef(QStringView text);
QString columnName(int column);

} // namespace govcat::io
