#pragma once

#include "core/Result.h"
#include "io/xlsx/SheetStreamer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace govcat::io {

enum class CellKind // the t attribute of <c>
{
    Number, // "n", absent, or anything unknown
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    Error,
    Date,
};

CellKind cellKindOf(QByteArrayView t);

// The raw XML of one <c>, reused from cell to cell so that its buffers are allocated once.
struct RawCell
{
    QByteArray ref;
    CellKind kind = CellKind::Number;
    int style = 0;
    QByteArray v; // UTF-8
    bool hasV = false;
    bool hasInline = false;
    QByteArray inlineText; // UTF-8, before _xHHHH_ escapes are decoded
    bool formula = false;
};

// An integer as QString::toLongLong reads one (surrounding white space allowed), nullopt otherwise.
std::optional<qint64> xmlInteger(QByteArrayView text);
// A number as QString::toDouble reads one: from_chars for plain decimal numbers, Qt for the rest.
std::optional<double> xmlNumber(QByteArrayView text);

Error badCell(const SheetContext& context, QByteArrayView ref, const QString& what);
// Turns the raw XML of a cell into a typed cell. Returns false with *error set for a broken cell,
// false without an error for a cell that holds no value.
bool toCell(const RawCell& raw, const SheetContext& context, Cell* cell, Error* error);

} // namespace govcat::io
