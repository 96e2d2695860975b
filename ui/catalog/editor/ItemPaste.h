#pragma once

#include "core/rules/ResourceDraft.h"

#include <QList>
#include <QString>

namespace govcat::ui {

// 信息项 rows copied from a spreadsheet (Excel, WPS): tab-separated lines with the columns
// 名称 [数据类型] [长度] [精度]. A first line that names columns (名称, 数据类型, …) is skipped; so are
// lines without a name. The data type may be the letter (C), the Chinese name (字符型) or both as the
// item grid shows them ("C 字符型"); an unknown type is kept as typed so that the rules flag it, a
// missing one becomes C 字符型.
struct PastedItems
{
    QList<ItemDraft> items;
    bool skippedHeader = false;
};
PastedItems parsePastedItems(const QString& text);

// The stored letter for a data type as people write it, or an empty string if it is not one.
QString dataTypeLetter(const QString& typed);

} // namespace govcat::ui
