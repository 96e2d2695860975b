#include "CatalogColumns.h"
#include "CellValues.h"
#include "JsonResource.h"
#include "core/rules/DraftFields.h"
#include "io/export/ExportValues.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

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
    p.finding.message = QStringLiteral("第 %1 条信息资源：%2").arg(r.row.row).arg(message);
    p.cell = r.row;
    r.problems << p;
}

QString label(const QString& key)
{
    const CatalogColumn* c = catalogColumn(key);
    return c ? c->header : key;
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

void readResourceKey(ImportedResource& r, const QString& key, const QJsonValue& value)
{
    r.present.insert(key); // no cells: every value's cell is the resource's row (cellOf falls back to it)
    const bool lists = key == QStringLiteral("related_codes") || key == QStringLiteral("business_items");
    const auto raw = valueText(value, lists);
    if (!raw) {
        addProblem(r, key, -1,
                   label(key) + (lists ? QStringLiteral("：应为文本或文本数组。")
                                       : QStringLiteral("：应为文本、数字或 null。")));
        return;
    }
    const QString text = raw->trimmed();
    QString problem;
    auto fail = [&] { addProblem(r, key, -1, label(key) + QStringLiteral("：") + problem); };
    if (key == QStringLiteral("id")) {
        r.draft.id = text;
    } else if (key == QStringLiteral("no_share_basis")) {
        r.noShareBasis = text;
    } else if (key == QStringLiteral("related_codes")) {
        r.draft.relatedCodes = splitList(text);
    } else if (const auto s = surveyIndex(key)) {
        if (auto v = readNumber(text, &problem)) {
            r.draft.survey[*s] = *v;
        } else {
            fail();
        }
    } else if (const DraftField* f = draftField(key)) {
        const CatalogColumn* column = catalogColumn(key);
        std::optional<QString> v = text;
        if (column && column->codeList) {
            v = readCode(*column->codeList, text, &problem);
        } else if (key == QStringLiteral("publish_date")) {
            v = readDate(text, &problem);
        } else if (key == QStringLiteral("classification_code")) {
            v = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        } else if (key == QStringLiteral("business_items")) {
            v = splitList(text).join(QLatin1Char('\n'));
        }
        if (!v) {
            fail();
            return;
        }
        r.draft.*(f->member) = *v;
    }
}

void readItemKey(ImportedResource& r, int index, const QString& key, const QJsonValue& value)
{
    ImportedItem& source = r.items[index];
    ItemDraft& item = r.draft.items[index];
    source.present.insert(key);
    const auto raw = valueText(value, false);
    QString problem = QStringLiteral("应为文本、数字、true/false 或 null。");
    bool ok = raw.has_value();
    const QString text = raw.value_or(QString()).trimmed();
    if (!ok) {
        // reported below
    } else if (key == QStringLiteral("id")) {
        item.id = text;
    } else if (key == QStringLiteral("seq")) {
        auto v = readCount(text, &problem);
        ok = v.has_value();
        if (ok && !v->isEmpty()) {
            source.seq = v->toInt();
        }
    } else if (key == QStringLiteral("name")) {
        item.name = text;
    } else if (key == QStringLiteral("data_type")) {
        auto v = readCode(CodeListId::DataType, text, &problem);
        ok = v.has_value();
        item.dataType = v.value_or(QString());
    } else if (key == QStringLiteral("length") || key == QStringLiteral("precision")) {
        auto v = readCount(text, &problem);
        ok = v.has_value();
        (key == QStringLiteral("length") ? item.length : item.precision) = v.value_or(QString());
    } else if (key == QStringLiteral("is_key") || key == QStringLiteral("is_sensitive")) {
        auto v = readYesNo(text, &problem);
        ok = v.has_value();
        (key == QStringLiteral("is_key") ? item.isKey : item.isSensitive) = v.value_or(false);
    } else if (key == QStringLiteral("share_type")) {
        auto v = readCode(CodeListId::ShareType, text, &problem);
        ok = v.has_value();
        item.itemShareType = v.value_or(QString());
    } else if (key == QStringLiteral("share_condition")) {
        item.itemShareCondition = text;
    } else {
        source.present.remove(key);
    }
    if (!ok) {
        addProblem(r, key, index,
                   QStringLiteral("第 %1 个信息项的").arg(index + 1) + label(QStringLiteral("item.") + key) +
                       QStringLiteral("：") + problem);
    }
}

void readItems(ImportedResource& r, const QJsonValue& value)
{
    if (!value.isArray()) {
        addProblem(r, QStringLiteral("items"), -1, QStringLiteral("“items”应为信息项对象的数组。"));
        return;
    }
    r.itemsGiven = true;
    const QJsonArray items = value.toArray();
    for (const QJsonValue& v : items) {
        if (!v.isObject()) {
            addProblem(r, QStringLiteral("items"), -1,
                       QStringLiteral("第 %1 个信息项不是 JSON 对象，未导入。").arg(r.items.size() + 1));
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
    return r;
}

} // namespace govcat::io
