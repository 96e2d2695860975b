#include "ImportedCatalog.h"

namespace govcat::io {

bool isClearItemsMarker(const QString& text)
{
    const QString t = text.trimmed();
    return t == kClearItemsMarker || t == QStringLiteral("(清空)");
}

QString catalogKeyOfField(const QString& field)
{
    if (field == QStringLiteral("no_share_basis_id")) {
        return QStringLiteral("no_share_basis");
    }
    if (field == QStringLiteral("provider_dept_id")) {
        return QStringLiteral("provider_name");
    }
    if (field == QStringLiteral("classification_id")) {
        return QStringLiteral("classification_code");
    }
    if (field == QStringLiteral("item_share_type")) {
        return QStringLiteral("share_type");
    }
    if (field == QStringLiteral("item_share_condition")) {
        return QStringLiteral("share_condition");
    }
    return field;
}

SourceCell ImportedResource::cellOf(const QString& field, int itemIndex) const
{
    const QString key = catalogKeyOfField(field);
    if (itemIndex >= 0 && itemIndex < items.size()) {
        const ImportedItem& item = items.at(itemIndex);
        if (const auto column = item.columns.constFind(key);
            column != item.columns.cend() && item.row.isValid()) {
            return {item.row.sheet, item.row.row, column.value()};
        }
        return item.row;
    }
    if (field == QStringLiteral("items") || field == QStringLiteral("item")) {
        return cells.value(QStringLiteral("items"), row);
    }
    return cells.value(key, row);
}

} // namespace govcat::io
