#include "SheetHeader.h"

#include "CatalogColumns.h"

#include <QCoreApplication>

namespace govcat::io {

namespace {

QString keyFor(const QString& text)
{
    if (QString key = keyForHeader(text, resourceSheetColumns()); !key.isEmpty()) {
        return key;
    }
    return keyForHeader(text, itemSheetColumns());
}

// The text of the nearest non-blank cell at or left of `column` in a group-title row.
QString groupTitle(const TableRow& row, int column)
{
    for (int c = column; c >= 0; --c) {
        if (!row.at(c).trimmed().isEmpty()) {
            return row.at(c);
        }
    }
    return {};
}

SheetHeader headerAt(const QList<TableRow>& rows, int index)
{
    SheetHeader h;
    h.row = rows.at(index).number;
    const TableRow& row = rows.at(index);
    const TableRow* above =
        index > 0 && rows.at(index - 1).number == row.number - 1 ? &rows.at(index - 1) : nullptr;
    const int width = std::max(row.cells.size(), above ? above->cells.size() : 0);
    for (int c = 0; c < width; ++c) {
        const QString text = row.at(c).trimmed();
        QString key = keyFor(text);
        if (key.isEmpty() && above) {
            if (text.isEmpty()) {
                key = keyFor(above->at(c)); // a title merged down over two header rows
            } else {
                key = keyFor(groupTitle(*above, c) + text); // 信息项 over 名称 | 类型
            }
        }
        if (key.isEmpty()) {
            if (!text.isEmpty()) {
                h.unmatched << text;
            }
        } else if (!h.columns.contains(key)) {
            h.columns.insert(key, c);
        }
    }
    return h;
}

SheetRole roleOf(const SheetHeader& h)
{
    bool resourceDetail = false;
    bool itemDetail = false;
    for (auto it = h.columns.cbegin(); it != h.columns.cend(); ++it) {
        resourceDetail |= isResourceDetailKey(it.key());
        itemDetail |= isItemKey(it.key()) && it.key() != QStringLiteral("item.seq");
    }
    const bool itemName = h.has(QStringLiteral("item.name"));
    if (h.has(QStringLiteral("items")) && !itemDetail) {
        return SheetRole::InlineItems;
    }
    if (itemName && resourceDetail) {
        return SheetRole::ItemRows;
    }
    if (resourceDetail && h.has(QStringLiteral("name"))) {
        return SheetRole::Resources;
    }
    if (itemName &&
        (h.has(QStringLiteral("id")) || h.has(QStringLiteral("code")) || h.has(QStringLiteral("name")))) {
        return SheetRole::Items;
    }
    return SheetRole::None;
}

} // namespace

SheetHeader findHeader(const QList<TableRow>& firstRows)
{
    SheetHeader best;
    for (int i = 0; i < firstRows.size() && i < kHeaderSearchRows; ++i) {
        SheetHeader h = headerAt(firstRows, i);
        h.role = roleOf(h);
        if (h.role != SheetRole::None && h.columns.size() > best.columns.size()) {
            best = h;
        }
    }
    return best;
}

namespace {

// At most the first ten names, so that a workbook of many sheets does not flood the message.
QString shownSheetNames(const QStringList& sheetNames)
{
    constexpr qsizetype kShown = 10;
    const QString quoted = QStringLiteral("“%1”").arg(
        sheetNames.first(std::min(kShown, sheetNames.size())).join(QStringLiteral("”“")));
    if (sheetNames.size() <= kShown) {
        return quoted;
    }
    return QCoreApplication::translate("govcat::SheetHeader", "%1等 %2 个工作表")
        .arg(quoted)
        .arg(sheetNames.size());
}

} // namespace

QString noHeaderMessage(const QStringList& sheetNames)
{
    QStringList expected;
    for (const CatalogColumn& c : resourceSheetColumns()) {
        if (c.required) {
            expected << c.header;
        }
    }
    return QCoreApplication::translate(
               "govcat::SheetHeader",
               "在工作表%1的前 %2 行中没有找到目录表头。表头应包含%3等列"
               "（数据项另列“信息项名称”“数据类型”，或在“信息项”一列中写成 名称(类型)）。")
        .arg(shownSheetNames(sheetNames))
        .arg(kHeaderSearchRows)
        .arg(expected.join(QStringLiteral("、")));
}

} // namespace govcat::io
