#pragma once

#include "TableSource.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace govcat::io {

// What a sheet holds, judged by its header.
enum class SheetRole
{
    None,        // no catalog header: ignored (code lists, notes, a summary)
    Resources,   // a resource per row (layout 1's first sheet)
    Items,       // a data item per row, linked to its resource by id, code or name + provider
    ItemRows,    // layout 2: a data item per row with its resource's columns repeated or merged
    InlineItems, // layout 3: a resource per row, its items in one cell as 名称(类型)、…
};

// The header row of a sheet: found by name in the first rows, wherever it is (under a title row,
// below a merged group title such as 共享属性 over 共享类型 | 共享条件).
struct SheetHeader
{
    int row = 0;                 // 1-based row number of the header; 0 when none was found
    QHash<QString, int> columns; // catalog key → 0-based column
    QStringList unmatched;       // header texts that name no catalog column (extra columns are ignored)
    SheetRole role = SheetRole::None;

    int column(const QString& key) const { return columns.value(key, -1); }
    bool has(const QString& key) const { return columns.contains(key); }
};

// Rows scanned for the header.
constexpr int kHeaderSearchRows = 30;

SheetHeader findHeader(const QList<TableRow>& firstRows);

// The Chinese sentence for a file in which no sheet has a catalog header: the headers expected.
QString noHeaderMessage(const QStringList& sheetNames);

} // namespace govcat::io
