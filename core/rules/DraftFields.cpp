#include "DraftFields.h"

#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace govcat {

namespace {

DraftField field(const char* column, const char* label, QString ResourceDraft::*member)
{
    return {QString::fromUtf8(column), QString::fromUtf8(label), member};
}

QString boolText(bool b)
{
    return b ? QStringLiteral("是") : QStringLiteral("否");
}

const QList<std::pair<QString, QString>>& surveyKeys()
{
    static const QList<std::pair<QString, QString>> keys = {
        {QStringLiteral("storage_total_gb"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "数据存储总量(G)"))},
        {QStringLiteral("records_total_10k"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "结构化信息记录总数(万条)"))},
        {QStringLiteral("shared_storage_gb"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "已共享的数据存储量(G)"))},
        {QStringLiteral("shared_records_10k"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "已共享结构化记录数(万条)"))},
        {QStringLiteral("opened_storage_gb"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "已开放的数据存储量(G)"))},
        {QStringLiteral("opened_records_10k"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "已开放结构化记录数(万条)"))},
    };
    return keys;
}

// Item fields in display order: column, label, value.
QList<std::pair<QString, QString>> itemValues(const ItemDraft& item)
{
    return {{QStringLiteral("name"), item.name},
            {QStringLiteral("data_type"), item.dataType},
            {QStringLiteral("length"), item.length},
            {QStringLiteral("precision"), item.precision},
            {QStringLiteral("is_key"), boolText(item.isKey)},
            {QStringLiteral("is_sensitive"), boolText(item.isSensitive)},
            {QStringLiteral("item_share_type"), item.itemShareType},
            {QStringLiteral("item_share_condition"), item.itemShareCondition}};
}

ItemDraft itemFromJson(const QJsonObject& o)
{
    ItemDraft item;
    item.id = o.value(QStringLiteral("id")).toString();
    item.name = o.value(QStringLiteral("name")).toString();
    item.dataType = o.value(QStringLiteral("data_type")).toString();
    item.length = o.value(QStringLiteral("length")).toString();
    item.precision = o.value(QStringLiteral("precision")).toString();
    item.isKey = o.value(QStringLiteral("is_key")).toBool();
    item.isSensitive = o.value(QStringLiteral("is_sensitive")).toBool();
    item.itemShareType = o.value(QStringLiteral("item_share_type")).toString();
    item.itemShareCondition = o.value(QStringLiteral("item_share_condition")).toString();
    return item;
}

} // namespace

const QList<DraftField>& draftFields()
{
    using R = ResourceDraft;
    static const QList<DraftField> fields = {
        field("classification_code", QT_TRANSLATE_NOOP("govcat::DraftFields", "信息资源分类"),
              &R::classificationCode),
        field("name", QT_TRANSLATE_NOOP("govcat::DraftFields", "信息资源名称"), &R::name),
        field("code", QT_TRANSLATE_NOOP("govcat::DraftFields", "信息资源代码"), &R::code),
        field("provider_name", QT_TRANSLATE_NOOP("govcat::DraftFields", "信息资源提供方"), &R::providerName),
        field("provider_code", QT_TRANSLATE_NOOP("govcat::DraftFields", "信息资源提供方代码"),
              &R::providerCode),
        field("provider_internal_unit", QT_TRANSLATE_NOOP("govcat::DraftFields", "下设机构/内部部门"),
              &R::internalUnit),
        field("abstract", QT_TRANSLATE_NOOP("govcat::DraftFields", "信息资源摘要"), &R::abstract),
        field("format_category", QT_TRANSLATE_NOOP("govcat::DraftFields", "格式分类"), &R::formatCategory),
        field("format_type", QT_TRANSLATE_NOOP("govcat::DraftFields", "格式类型"), &R::formatType),
        field("format_other_desc", QT_TRANSLATE_NOOP("govcat::DraftFields", "其他类型资源格式描述"),
              &R::formatOtherDesc),
        field("share_type", QT_TRANSLATE_NOOP("govcat::DraftFields", "共享类型"), &R::shareType),
        field("share_condition", QT_TRANSLATE_NOOP("govcat::DraftFields", "共享条件"), &R::shareCondition),
        field("no_share_basis_id", QT_TRANSLATE_NOOP("govcat::DraftFields", "不予共享依据"),
              &R::noShareBasisId),
        field("share_method_category", QT_TRANSLATE_NOOP("govcat::DraftFields", "共享方式分类"),
              &R::shareMethodCategory),
        field("share_method_type", QT_TRANSLATE_NOOP("govcat::DraftFields", "共享方式类型"),
              &R::shareMethodType),
        field("open_to_public", QT_TRANSLATE_NOOP("govcat::DraftFields", "是否向社会开放"), &R::openToPublic),
        field("open_condition", QT_TRANSLATE_NOOP("govcat::DraftFields", "开放条件"), &R::openCondition),
        field("open_type", QT_TRANSLATE_NOOP("govcat::DraftFields", "开放类型"), &R::openType),
        field("update_cycle", QT_TRANSLATE_NOOP("govcat::DraftFields", "更新周期"), &R::updateCycle),
        field("update_cycle_other", QT_TRANSLATE_NOOP("govcat::DraftFields", "其他更新周期"),
              &R::updateCycleOther),
        field("publish_date", QT_TRANSLATE_NOOP("govcat::DraftFields", "发布日期"), &R::publishDate),
        field("is_secret", QT_TRANSLATE_NOOP("govcat::DraftFields", "涉密属性"), &R::isSecret),
        field("level", QT_TRANSLATE_NOOP("govcat::DraftFields", "层级属性"), &R::level),
        field("business_items", QT_TRANSLATE_NOOP("govcat::DraftFields", "关联业务事项"), &R::businessItems),
        field("status", QT_TRANSLATE_NOOP("govcat::DraftFields", "状态"), &R::status),
        field("mount_status", QT_TRANSLATE_NOOP("govcat::DraftFields", "挂接状态"), &R::mountStatus),
    };
    return fields;
}

const DraftField* draftField(const QString& column)
{
    for (const DraftField& f : draftFields()) {
        if (f.column == column) {
            return &f;
        }
    }
    return nullptr;
}

QString fieldDisplayLabel(const QString& column)
{
    return QCoreApplication::translate("govcat::DraftFields", fieldLabel(column).toUtf8().constData());
}

QString fieldDisplayValue(const QString& column, const QString& value)
{
    const auto list =
        codeListFromKey(column == QLatin1String("is_secret") ? QStringLiteral("secret_attribute") : column);
    return list ? displayValue(*list, value) : value;
}

QString displayLabel(const FieldChange& change)
{
    return QCoreApplication::translate("govcat::DraftFields", change.label.toUtf8().constData());
}

QString fieldLabel(const QString& column)
{
    if (const DraftField* f = draftField(column)) {
        return f->label;
    }
    static const QList<std::pair<QString, QString>> other = {
        {QStringLiteral("related_codes"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "关联资源代码"))},
        {QStringLiteral("items"), QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "信息项"))},
        {QStringLiteral("item"), QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "信息项"))},
        {QStringLiteral("data_type"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "数据类型"))},
        {QStringLiteral("length"), QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "数据长度"))},
        {QStringLiteral("precision"), QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "精度"))},
        {QStringLiteral("is_key"), QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "是否主键"))},
        {QStringLiteral("is_sensitive"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "是否敏感"))},
        {QStringLiteral("item_share_type"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "信息项共享类型"))},
        {QStringLiteral("item_share_condition"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "信息项共享条件"))},
    };
    for (const auto& [key, label] : other) {
        if (key == column) {
            return label;
        }
    }
    for (const auto& [key, label] : surveyKeys()) {
        if (key == column) {
            return label;
        }
    }
    return column;
}

QByteArray toSnapshotJson(const ResourceDraft& draft)
{
    // Written directly (core/JsonText), as QJsonDocument would write the object: a bulk edit writes
    // thousands of these.
    static const QList<QByteArray> fieldKeys = [] {
        QList<QByteArray> keys;
        for (const DraftField& f : draftFields()) {
            keys << f.column.toLatin1();
        }
        return keys;
    }();
    json::ObjectWriter o;
    o.integer("snapshot", 1);
    o.string("id", draft.id);
    o.string("classification_id", draft.classificationId);
    o.string("provider_dept_id", draft.providerDeptId);
    o.integer("catalog_version", draft.catalogVersion);
    for (qsizetype i = 0; i < fieldKeys.size(); ++i) {
        o.string(fieldKeys.at(i), draft.*draftFields().at(i).member);
    }
    QList<QByteArray> codes;
    for (const QString& code : draft.relatedCodes) {
        QByteArray text;
        json::appendString(text, code);
        codes << text;
    }
    o.value("related_codes", json::array(codes));
    json::ObjectWriter survey;
    for (std::size_t i = 0; i < draft.survey.size(); ++i) {
        survey.string(surveyKeys().at(qsizetype(i)).first.toLatin1(), draft.survey.at(i));
    }
    o.value("survey", survey.text());
    QList<QByteArray> items;
    items.reserve(draft.items.size());
    for (const ItemDraft& item : draft.items) {
        json::ObjectWriter w; // what itemFromJson reads
        w.string("id", item.id);
        w.string("name", item.name);
        w.string("data_type", item.dataType);
        w.string("length", item.length);
        w.string("precision", item.precision);
        w.string("item_share_type", item.itemShareType);
        w.string("item_share_condition", item.itemShareCondition);
        w.boolean("is_key", item.isKey);
        w.boolean("is_sensitive", item.isSensitive);
        items << w.text();
    }
    o.value("items", json::array(items));
    return o.text();
}

Result<ResourceDraft> fromSnapshotJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject() || doc.object().value(QStringLiteral("snapshot")).toInt() != 1) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("not a resource snapshot: ") + error.errorString());
    }
    const QJsonObject o = doc.object();
    ResourceDraft d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.classificationId = o.value(QStringLiteral("classification_id")).toString();
    d.providerDeptId = o.value(QStringLiteral("provider_dept_id")).toString();
    d.catalogVersion = o.value(QStringLiteral("catalog_version")).toInt(1);
    for (const DraftField& f : draftFields()) {
        d.*f.member = o.value(f.column).toString();
    }
    if (!o.contains(QStringLiteral("open_type"))) { // written before schema v6: derived as it derives
        d.openType = derivedOpenType(d.openToPublic, d.openCondition);
    }
    for (const auto& v : o.value(QStringLiteral("related_codes")).toArray()) {
        d.relatedCodes.append(v.toString());
    }
    const QJsonObject survey = o.value(QStringLiteral("survey")).toObject();
    for (std::size_t i = 0; i < d.survey.size(); ++i) {
        d.survey.at(i) = survey.value(surveyKeys().at(qsizetype(i)).first).toString();
    }
    for (const auto& v : o.value(QStringLiteral("items")).toArray()) {
        d.items.append(itemFromJson(v.toObject()));
    }
    return d;
}

QList<FieldChange> diffDrafts(const ResourceDraft& before, const ResourceDraft& after)
{
    QList<FieldChange> out;
    for (const DraftField& f : draftFields()) {
        if (before.*f.member != after.*f.member) {
            out.append({f.column, f.label, before.*f.member, after.*f.member, {}});
        }
    }
    if (before.relatedCodes != after.relatedCodes) {
        out.append({QStringLiteral("related_codes"),
                    fieldLabel(QStringLiteral("related_codes")),
                    before.relatedCodes.join(QStringLiteral("、")),
                    after.relatedCodes.join(QStringLiteral("、")),
                    {}});
    }
    for (std::size_t i = 0; i < before.survey.size(); ++i) {
        if (before.survey.at(i) != after.survey.at(i)) {
            const auto& [key, label] = surveyKeys().at(qsizetype(i));
            out.append({key, label, before.survey.at(i), after.survey.at(i), {}});
        }
    }
    // Items: matched by id where both have one, else by name.
    auto sameItem = [](const ItemDraft& a, const ItemDraft& b) {
        return !a.id.isEmpty() && !b.id.isEmpty() ? a.id == b.id : a.name == b.name;
    };
    const QString itemLabel = fieldLabel(QStringLiteral("item"));
    for (const ItemDraft& old : before.items) {
        const auto it = std::find_if(after.items.begin(), after.items.end(),
                                     [&](const ItemDraft& n) { return sameItem(old, n); });
        if (it == after.items.end()) {
            out.append({QStringLiteral("item"), itemLabel, old.name, {}, old.name});
            continue;
        }
        const auto oldValues = itemValues(old);
        const auto newValues = itemValues(*it);
        for (qsizetype k = 0; k < oldValues.size(); ++k) {
            if (oldValues.at(k).second != newValues.at(k).second) {
                const QString& column = oldValues.at(k).first;
                const QString label =
                    column == QStringLiteral("name")
                        ? QString::fromUtf8(QT_TRANSLATE_NOOP("govcat::DraftFields", "信息项名称"))
                        : fieldLabel(column);
                out.append({column, label, oldValues.at(k).second, newValues.at(k).second, it->name});
            }
        }
    }
    for (const ItemDraft& n : after.items) {
        const bool existed = std::any_of(before.items.begin(), before.items.end(),
                                         [&](const ItemDraft& old) { return sameItem(old, n); });
        if (!existed) {
            out.append({QStringLiteral("item"), itemLabel, {}, n.name, n.name});
        }
    }
    return out;
}

} // namespace govcat
