#include "Push.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace govcat::sync {

namespace {

const char* const kContext = "govcat::sync::Push";

Error invalid(const char* text)
{
    return makeError(Error::Kind::Invalid, QCoreApplication::translate(kContext, text));
}

Error invalidAt(int index, const char* text)
{
    return makeError(Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::sync::Push", "第 %1 条修改：%2")
                         .arg(index + 1)
                         .arg(QCoreApplication::translate(kContext, text)));
}

bool isName(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return name.match(text).hasMatch();
}

bool onlyKeys(const QJsonObject& object, std::initializer_list<const char*> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* key : allowed) {
            known = known || it.key() == QLatin1String(key);
        }
        if (!known) {
            return false;
        }
    }
    return true;
}

// A scalar value of a column: text within the limit, a number, a boolean or null.
bool isScalar(const QJsonValue& value, const PushLimits& limits)
{
    if (value.isString()) {
        return value.toString().toUtf8().size() <= limits.maxTextBytes;
    }
    return value.isDouble() || value.isBool() || value.isNull();
}

// {"column": {"old": x, "new": y}}; an insert may give {"new": y} or the bare value.
bool validFields(const QJsonObject& fields, Op op, const PushLimits& limits)
{
    if (fields.size() > limits.maxFields) {
        return false;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!isName(it.key())) {
            return false;
        }
        const QJsonValue value = it.value();
        if (!value.isObject()) {
            if (op != Op::Insert || !isScalar(value, limits)) {
                return false;
            }
            continue;
        }
        const QJsonObject change = value.toObject();
        if (!onlyKeys(change, {"old", "new"}) || !change.contains(QLatin1String("new")) ||
            (op != Op::Insert && !change.contains(QLatin1String("old")))) {
            return false;
        }
        for (const QJsonValue& v : change) {
            if (!isScalar(v, limits)) {
                return false;
            }
        }
    }
    return true;
}

bool validChildren(const QJsonObject& children, const PushLimits& limits)
{
    int count = 0;
    for (auto it = children.begin(); it != children.end(); ++it) {
        if (!isName(it.key()) || !it.value().isArray()) {
            return false;
        }
        for (const QJsonValue& row : it.value().toArray()) {
            const QJsonObject child = row.toObject();
            if (!row.isObject() || !onlyKeys(child, {"id", "fields"}) ||
                !isCanonicalUuid(child.value(QLatin1String("id")).toString()) ||
                !child.value(QLatin1String("fields")).isObject() ||
                !validFields(child.value(QLatin1String("fields")).toObject(), Op::Insert, limits) ||
                ++count > limits.maxChildren) {
                return false;
            }
        }
    }
    return true;
}

// A JSON number that is an integer a double holds exactly.
bool toInteger(const QJsonValue& value, qint64 min, qint64* out)
{
    if (!value.isDouble()) {
        return false;
    }
    const double d = value.toDouble();
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (d < double(min) || d > kExact || d != double(qint64(d))) {
        return false;
    }
    *out = qint64(d);
    return true;
}

Result<Mutation> parseMutation(const QJsonValue& value, int index, const PushLimits& limits)
{
    if (!value.isObject()) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "不是一个对象。"));
    }
    const QJsonObject o = value.toObject();
    if (!onlyKeys(o, {"mutation_id", "seq", "op", "table", "id", "base_version", "owner_dept_id", "schema",
                      "fields", "children", "device_time"})) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "含有协议之外的键。"));
    }
    Mutation m;
    m.mutationId = o.value(QLatin1String("mutation_id")).toString();
    m.rowId = o.value(QLatin1String("id")).toString();
    if (!isCanonicalUuid(m.mutationId) || !isCanonicalUuid(m.rowId)) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "修改编号或记录编号的格式无效。"));
    }
    qint64 schema = 0;
    if (!toInteger(o.value(QLatin1String("seq")), 1, &m.seq) ||
        !toInteger(o.value(QLatin1String("base_version")), 0, &m.baseVersion) ||
        !toInteger(o.value(QLatin1String("schema")), 1, &schema) || schema > 1000) {
        return invalidAt(index,
                         QT_TRANSLATE_NOOP("govcat::sync::Push", "序号、基础版本或结构版本不是有效的整数。"));
    }
    m.schemaVersion = int(schema);
    const QString op = o.value(QLatin1String("op")).toString();
    if (op == QLatin1String("insert")) {
        m.op = Op::Insert;
    } else if (op == QLatin1String("update")) {
        m.op = Op::Update;
    } else if (op == QLatin1String("delete")) {
        m.op = Op::Delete;
    } else {
        return invalidAt(index,
                         QT_TRANSLATE_NOOP("govcat::sync::Push", "操作类型无效（只能是新增、修改或删除）。"));
    }
    // An update or delete of a row whose insert is still in the same client's outbox is based on
    // version 0 too: the server applies it after that insert.
    if (m.op == Op::Insert && m.baseVersion != 0) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "新增记录的基础版本必须为 0。"));
    }
    m.table = o.value(QLatin1String("table")).toString();
    if (!isName(m.table)) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "表名无效。"));
    }
    const QJsonValue owner = o.value(QLatin1String("owner_dept_id"));
    if (!owner.isString() || owner.toString().isEmpty() || owner.toString().size() > 64) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "缺少所属部门。"));
    }
    m.ownerDeptId = owner.toString();
    const QJsonValue fields = o.value(QLatin1String("fields"));
    if (!fields.isObject() || !validFields(fields.toObject(), m.op, limits)) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "字段值的格式无效。"));
    }
    m.fields = fields.toObject();
    if (o.contains(QLatin1String("children"))) {
        const QJsonValue children = o.value(QLatin1String("children"));
        if (m.op != Op::Insert || !children.isObject() || !validChildren(children.toObject(), limits)) {
            return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push",
                                                      "附带的下级记录格式无效（只有新增记录可以附带）。"));
        }
        m.children = children.toObject();
    }
    const QJsonValue time = o.value(QLatin1String("device_time"));
    if (!time.isUndefined() && (!time.isString() || time.toString().size() > 64)) {
        return invalidAt(index, QT_TRANSLATE_NOOP("govcat::sync::Push", "本机时间格式无效。"));
    }
    m.deviceTime = time.toString();
    return m;
}

} // namespace

bool isCanonicalUuid(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return text.size() == 36 && uuid.match(text).hasMatch();
}

QString opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Result<PushRequest> parsePushRequest(const QByteArray& body, const PushLimits& limits)
{
    if (body.size() > limits.maxBodyBytes) {
        return invalid(QT_TRANSLATE_NOOP("govcat::sync::Push", "上传的修改过大，请分批同步。"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid(QT_TRANSLATE_NOOP("govcat::sync::Push", "上传的内容不是有效的同步数据。"));
    }
    const QJsonObject o = doc.object();
    qint64 protocol = 0;
    if (!toInteger(o.value(QLatin1String("protocol")), 0, &protocol)) {
        return invalid(QT_TRANSLATE_NOOP("govcat::sync::Push", "上传的内容缺少协议版本。"));
    }
    if (protocol != kProtocolVersion) {
        return makeError(Error::Kind::TooNew,
                         QCoreApplication::translate(
                             "govcat::sync::Push", "同步协议版本 %1 不受支持（支持版本 %2），请升级 govcat。")
                             .arg(protocol)
                             .arg(kProtocolVersion));
    }
    if (!onlyKeys(o, {"protocol", "client_id", "mutations"})) {
        return invalid(QT_TRANSLATE_NOOP("govcat::sync::Push", "上传的内容含有协议之外的键。"));
    }
    PushRequest request;
    request.clientId = o.value(QLatin1String("client_id")).toString();
    if (!isCanonicalUuid(request.clientId)) {
        return invalid(QT_TRANSLATE_NOOP("govcat::sync::Push", "设备编号的格式无效。"));
    }
    const QJsonValue mutations = o.value(QLatin1String("mutations"));
    if (!mutations.isArray()) {
        return invalid(QT_TRANSLATE_NOOP("govcat::sync::Push", "上传的内容缺少修改列表。"));
    }
    const QJsonArray list = mutations.toArray();
    if (list.size() > limits.maxMutations) {
        return invalid(QT_TRANSLATE_NOOP("govcat::sync::Push", "一次上传的修改过多，请分批同步。"));
    }
    for (int i = 0; i < list.size(); ++i) {
        auto m = parseMutation(list.at(i), i, limits);
        if (!m) {
            return m.error();
        }
        if (!request.mutations.isEmpty() && m.value().seq <= request.mutations.constLast().seq) {
            return invalidAt(i, QT_TRANSLATE_NOOP("govcat::sync::Push", "序号没有递增。"));
        }
        request.mutations.append(std::move(m).value());
    }
    return request;
}

QByteArray encodePushRequest(const PushRequest& request)
{
    QJsonArray mutations;
    for (const Mutation& m : request.mutations) {
        QJsonObject o{{QStringLiteral("mutation_id"), m.mutationId},
                      {QStringLiteral("seq"), m.seq},
                      {QStringLiteral("op"), opName(m.op)},
                      {QStringLiteral("table"), m.table},
                      {QStringLiteral("id"), m.rowId},
                      {QStringLiteral("base_version"), m.baseVersion},
                      {QStringLiteral("owner_dept_id"), m.ownerDeptId},
                      {QStringLiteral("schema"), m.schemaVersion},
                      {QStringLiteral("fields"), m.fields}};
        if (!m.children.isEmpty()) {
            o.insert(QStringLiteral("children"), m.children);
        }
        if (!m.deviceTime.isEmpty()) {
            o.insert(QStringLiteral("device_time"), m.deviceTime);
        }
        mutations.append(o);
    }
    const QJsonObject body{{QStringLiteral("protocol"), kProtocolVersion},
                           {QStringLiteral("client_id"), request.clientId},
                           {QStringLiteral("mutations"), mutations}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace govcat::sync
