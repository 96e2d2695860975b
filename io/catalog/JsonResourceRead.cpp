#include "CatalogColumns.h"
#include "ImportedValues.h"
#include "JsonResource.h"
#include "core/CodeDisplay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace govcat::io {

namespace {

void addProblem(ImportedResource& r, const QString& field, int itemIndex, const QString& message)
{
    ImportProblem p;
    p.finding.ruleId = QStringLiteral("IMPORT");
    p.finding.field = field;
    p.finding.itemIndex = itemIndex;
    p.finding.message = QCoreApplication::translate("govcat::JsonResourceRead", "第 %1 条信息资源：%2")
                            .arg(r.row.row)
                            .arg(message);
    p.cell = r.row;
    r.problems << p;
}

QString label(const QString& key)
{
    const CatalogColumn* c = catalogColumn(key);
    return c ? (englishDisplay() ? c->english : c->header) : key; // the header in the UI language
}

// A JSON value as the text a cell would hold; nullopt for an object, or an array where `lists` is
// false (only related_codes and business_items take arrays: their elements one per line).
std::optional<QString> valueText(const QJsonValue& v, bool lists)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array: {
        if (!lists) {
            return std::nullopt;
        }
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) {
            auto t = valueText(e, false);
            if (!t || e.isArray()) {
                return std::nullopt;
            }
            parts << *t;
        }
        return parts.join(QLatin1Char('\n'));
    }
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

// Prefixes the problems added since `from` with the resource's place in the file.
void placeProblems(ImportedResource& r, qsizetype from)
{
    for (qsizetype i = from; i < r.problems.size(); ++i) {
        ImportProblem& p = r.problems[i];
        p.finding.message = QCoreApplication::translate("govcat::JsonResourceRead", "第 %1 条信息资源：%2")
                                .arg(r.row.row)
                                .arg(p.finding.message);
    }
}

void readResourceKey(ImportedResource& r, const QString& key, const QJsonValue& value)
{
    const bool lists = key == QStringLiteral("related_codes") || key == QStringLiteral("business_items");
    const auto raw = valueText(value, lists);
    if (!raw) {
        r.present.insert(key);
        addProblem(
            r, key, -1,
            (lists ? QCoreApplication::translate("govcat::JsonResourceRead", "%1：应为文本或文本数组。")
                   : QCoreApplication::translate("govcat::JsonResourceRead", "%1：应为文本、数字或 null。"))
                .arg(label(key)));
        return;
    }
    const qsizetype before = r.problems.size();
    readResourceValue(r, key, *raw, r.row);
    placeProblems(r, before);
}

void readItemKey(ImportedResource& r, int index, const QString& key, const QJsonValue& value)
{
    if (!catalogColumn(QStringLiteral("item.") + key)) {
        return; // unknown keys are ignored
    }
    const auto raw = valueText(value, false);
    if (!raw) {
        r.items[index].present.insert(key);
        addProblem(r, key, index,
                   QCoreApplication::translate("govcat::JsonResourceRead",
                                               "第 %1 个信息项的%2：应为文本、数字、true/false 或 null。")
                       .arg(index + 1)
                       .arg(label(QStringLiteral("item.") + key)));
        return;
    }
    const qsizetype before = r.problems.size();
    r.items[index].present.insert(key);
    readItemValue(r, index, key, *raw, r.row);
    placeProblems(r, before);
}

void readItems(ImportedResource& r, const QJsonValue& value)
{
    if (!value.isArray()) {
        addProblem(r, QStringLiteral("items"), -1,
                   QCoreApplication::translate("govcat::JsonResourceRead", "“items”应为信息项对象的数组。"));
        return;
    }
    r.itemsGiven = true;
    const QJsonArray items = value.toArray();
    r.itemsCleared = items.isEmpty(); // an empty array is the explicit way to remove every item
    for (const QJsonValue& v : items) {
        if (!v.isObject()) {
            addProblem(r, QStringLiteral("items"), -1,
                       QCoreApplication::translate("govcat::JsonResourceRead",
                                                   "第 %1 个信息项不是 JSON 对象，未导入。")
                           .arg(r.items.size() + 1));
            continue;
        }
        r.draft.items << ItemDraft();
        ImportedItem item;
        item.row = r.row;
        item.seq = int(r.items.size()) + 1;
        r.items << item;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            readItemKey(r, int(r.items.size()) - 1, it.key(), it.value());
        }
    }
    // In 序号 order, as the table parser sorts them.
    QList<int> order(r.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return r.items.at(a).seq < r.items.at(b).seq; });
    if (std::is_sorted(order.begin(), order.end())) {
        return;
    }
    QList<ImportedItem> sorted;
    QList<ItemDraft> drafts;
    for (int i : order) {
        sorted << r.items.at(i);
        drafts << r.draft.items.at(i);
    }
    for (ImportProblem& p : r.problems) {
        if (p.finding.itemIndex >= 0) {
            p.finding.itemIndex = int(order.indexOf(p.finding.itemIndex));
        }
    }
    r.items = std::move(sorted);
    r.draft.items = std::move(drafts);
}

} // namespace

ImportedResource resourceFromJson(const QJsonObject& object, int position)
{
    ImportedResource r;
    r.row = {-1, position, -1};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        if (key == QStringLiteral("items")) {
            readItems(r, it.value());
        } else if (!isItemKey(key) && catalogColumn(key)) {
            readResourceKey(r, key, it.value());
        }
    }
    // A JSON value has no cell of its own: cellOf falls back to the resource's (and item's) row, and
    // a million items' worth of per-value cells would only cost memory.
    r.columns.clear();
    for (ImportedItem& item : r.items) {
        item.columns.clear();
    }
    return r;
}

} // namespace govcat::io
