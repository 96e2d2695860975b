#include "ImportedCatalog.h"

#include <algorithm>

namespace govcat::io {

bool isClearItemsMarker(const QString& text)
{
    const QString t = text.trimmed();
    return t == kClearItemsMarker || t == QStringLiteral("(清空)");
}

QString echoedValue(const QString& value)
{
    if (value.size() <= kEchoedValueChars) {
        return value;
    }
    if (value.size() < kEchoedValueChars + 24 && value.endsWith(QStringLiteral(" 字）"))) {
        const qsizetype cutAt = value.indexOf(QStringLiteral("…（共 "));
        if (cutAt == kEchoedValueChars || cutAt == kEchoedValueChars - 1) {
            return value; // cut already
        }
    }
    qsizetype cut = kEchoedValueChars;
    if (value.at(cut - 1).isHighSurrogate()) {
        --cut; // never half of a character
    }
    const qsizetype characters = value.size() - std::count_if(value.cbegin(), value.cend(),
                                                              [](QChar c) { return c.isHighSurrogate(); });
    return QString(value.left(cut) + QStringLiteral("…（共 %1 字）").arg(characters));
}

QString echoedMessage(const QString& message)
{
    static const QChar open(0x201c);  // “
    static const QChar close(0x201d); // ”
    if (message.size() <= kEchoedValueChars) {
        return message; // nothing in it can be longer than a value may be: shared, not copied
    }
    QString out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = message.indexOf(open, from);
        const qsizetype end = begin < 0 ? -1 : message.indexOf(close, begin + 1);
        if (end < 0) {
            out += QStringView(message).sliced(from);
            break;
        }
        out += QStringView(message).sliced(from, begin + 1 - from);
        out += echoedValue(message.sliced(begin + 1, end - begin - 1));
        out += close;
        from = end + 1;
    }
    if (out.size() > kMaxMessageChars) {
        out.truncate(out.at(kMaxMessageChars - 1).isHighSurrogate() ? kMaxMessageChars - 1
                                                                    : kMaxMessageChars);
        out += QChar(0x2026);
    }
    return out;
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
    const QString column =
        field == QStringLiteral("items") || field == QStringLiteral("item") ? QStringLiteral("items") : key;
    if (const auto found = columns.constFind(column); found != columns.cend()) {
        return {row.sheet, row.row, found.value()};
    }
    return row;
}

} // namespace govcat::io
