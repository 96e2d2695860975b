#include "Api.h"

#include "server/store/Accounts.h"
#include "server/store/PullReader.h"
#include "server/store/PushApplier.h"
#include "server/store/Scopes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace govcat::server {

namespace {

constexpr char kContext[] = "govcat::server::Api";
constexpr qsizetype kMaxLoginBytes = 64 * 1024;

ApiResponse refusal(int status, const char* code, const char* sentence, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("error"), QString::fromLatin1(code));
    extra.insert(QStringLiteral("message"), QCoreApplication::translate(kContext, sentence));
    return ApiResponse{status, extra, QStringLiteral("-")};
}

ApiResponse serverTrouble()
{
    return ApiResponse{503, unavailableBody(), QStringLiteral("-")};
}

// 401 or 403 for a refused token; nullopt with the caller set when it is good.
std::optional<ApiResponse> authorize(const ApiRequest& request, const ApiContext& context, Caller* caller)
{
    const QByteArray header = request.headers.value("authorization");
    const QByteArray prefix("Bearer ");
    const QString token =
        header.startsWith(prefix) ? QString::fromLatin1(header.mid(prefix.size())).trimmed() : QString();
    auto found = authenticate(context.pg, token, context.clock);
    if (found) {
        *caller = found.value();
        return std::nullopt;
    }
    switch (found.error().kind) {
    case Error::Kind::WrongPassphrase:
        return refusal(401, "unauthorized",
                       QT_TRANSLATE_NOOP("govcat::server::Api", "登录已过期或无效，请重新登录。"));
    case Error::Kind::Forbidden:
        return refusal(403, "device_revoked",
                       QT_TRANSLATE_NOOP(
                           "govcat::server::Api",
                           "这台设备已被管理员停用，不能再同步；本机尚未上传的修改仍然保留。请联系管理员。"));
    default:
        return serverTrouble();
    }
}

ApiResponse loginEndpoint(const ApiRequest& request, const ApiContext& context)
{
    if (request.body.size() > kMaxLoginBytes) {
        return ApiResponse{413, tooLargeBody(), QStringLiteral("-")};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject o = doc.object();
    const QJsonValue clientId = o.value(QLatin1String("client_id"));
    const QJsonValue deviceName = o.value(QLatin1String("device_name"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !o.value(QLatin1String("user")).isString() || !o.value(QLatin1String("password")).isString() ||
        !(deviceName.isUndefined() || deviceName.isString()) ||
        !(clientId.isUndefined() || clientId.isNull() || clientId.isString())) {
        return refusal(400, "malformed", QT_TRANSLATE_NOOP("govcat::server::Api", "登录请求的格式无效。"));
    }
    LoginRequest login;
    login.user = o.value(QLatin1String("user")).toString();
    login.password = o.value(QLatin1String("password")).toString().toUtf8();
    login.deviceName = deviceName.toString();
    login.clientId = clientId.toString();
    auto session = server::login(context.pg, login, context.clock);
    ApiResponse response;
    if (!session) {
        switch (session.error().kind) {
        case Error::Kind::WrongPassphrase:
            response = refusal(401, "wrong_password",
                               QT_TRANSLATE_NOOP("govcat::server::Api", "用户名或密码不正确，请重新输入。"));
            break;
        case Error::Kind::Invalid:
            response =
                refusal(400, "malformed", QT_TRANSLATE_NOOP("govcat::server::Api", "登录请求的格式无效。"));
            break;
        case Error::Kind::Forbidden:
            response = refusal(
                403, "device_refused",
                QT_TRANSLATE_NOOP("govcat::server::Api",
                                  "这台设备已被停用或登记在其他用户名下，不能用此账号同步。请联系管理员。"));
            break;
        default:
            response = serverTrouble();
        }
    } else {
        response.body = QJsonObject{
            {QStringLiteral("token"), session.value().token},
            {QStringLiteral("expires_at"), session.value().expiresAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("client_id"), session.value().clientId}};
    }
    response.user = login.user.left(64);
    return response;
}

ApiResponse upgradeRequired()
{
    return refusal(
        426, "upgrade_required",
        QT_TRANSLATE_NOOP("govcat::server::Api", "本机程序版本过旧，服务器不再接受，请升级后再同步。"),
        QJsonObject{{QStringLiteral("min_protocol"), sync::kProtocolVersion},
                    {QStringLiteral("max_protocol"), sync::kProtocolVersion},
                    {QStringLiteral("min_schema"), kMinClientSchema}});
}

ApiResponse pushEndpoint(const ApiRequest& request, const ApiContext& context, const Caller& caller)
{
    bool protocolOk = false;
    bool schemaOk = false;
    const int protocol = request.headers.value("x-protocol").trimmed().toInt(&protocolOk);
    const int schema = request.headers.value("x-schema").trimmed().toInt(&schemaOk);
    if (!protocolOk || protocol != sync::kProtocolVersion || !schemaOk || schema < kMinClientSchema) {
        return upgradeRequired();
    }
    auto parsed = sync::parsePushRequest(request.body, context.limits);
    if (!parsed) {
        if (parsed.error().kind == Error::Kind::TooNew) {
            return upgradeRequired();
        }
        return ApiResponse{400,
                           {{QStringLiteral("error"), QStringLiteral("malformed")},
                            {QStringLiteral("message"), parsed.error().message}},
                           {}};
    }
    if (parsed.value().clientId != caller.clientId) {
        return refusal(403, "wrong_device",
                       QT_TRANSLATE_NOOP("govcat::server::Api",
                                         "上传内容中的设备编号与登录的设备不一致，请重新登录后再同步。"));
    }
    // A batch is one transaction and idempotent: one that PostgreSQL aborted (a deadlock with
    // another batch over the same rows, 40P01) is rolled back whole and tried again, twice at most.
    const PushIdentity identity{caller.clientId, caller.userName, caller.role, caller.deptIds};
    Result<PushResult> pushed = applyPush(context.pg, identity, parsed.value());
    for (int retry = 0;
         retry < 2 && !pushed && pushed.error().kind == Error::Kind::Sql && context.pg.isOpen(); ++retry) {
        pushed = applyPush(context.pg, identity, parsed.value());
    }
    if (!pushed) {
        if (pushed.error().kind == Error::Kind::Forbidden || pushed.error().kind == Error::Kind::NotFound) {
            return refusal(
                403, "device_revoked",
                QT_TRANSLATE_NOOP(
                    "govcat::server::Api",
                    "这台设备已被管理员停用，不能再同步；本机尚未上传的修改仍然保留。请联系管理员。"));
        }
        return serverTrouble();
    }
    const PushResult& r = pushed.value();
    if (r.expectedSeq) {
        ApiResponse gap = refusal(
            409, "seq_gap",
            QT_TRANSLATE_NOOP("govcat::server::Api",
                              "上传的修改序号不连续，服务器没有保存这一批，请从服务器要求的序号重新上传。"),
            QJsonObject{{QStringLiteral("expected"), *r.expectedSeq}});
        return gap;
    }
    QJsonArray results;
    for (const MutationResult& m : r.results) {
        QJsonObject one{{QStringLiteral("seq"), m.seq},
                        {QStringLiteral("status"), m.status},
                        {QStringLiteral("row_version"), m.rowVersion}};
        if (!m.reason.isEmpty()) {
            one.insert(QStringLiteral("reason"), m.reason);
        }
        results.append(one);
    }
    return ApiResponse{
        200,
        {{QStringLiteral("last_applied_seq"), r.lastAppliedSeq}, {QStringLiteral("results"), results}},
        {}};
}

// The scopes a caller reads: an editor its departments', everyone else the city's.
bool mayRead(const Caller& caller, const QString& scope)
{
    if (caller.role != Role::CatalogEditor) {
        return scope.startsWith(QLatin1String("dept:"));
    }
    for (const QString& dept : caller.deptIds) {
        if (departmentScope(dept) == scope) {
            return true;
        }
    }
    return false;
}

ApiResponse pullEndpoint(const ApiRequest& request, const ApiContext& context, const Caller& caller)
{
    const QString cursorText = request.query.queryItemValue(QStringLiteral("cursors"), QUrl::FullyDecoded);
    std::optional<QMap<QString, qint64>> cursors = parseCursors(cursorText);
    if (!cursors) {
        return refusal(400, "malformed",
                       QT_TRANSLATE_NOOP("govcat::server::Api", "同步位置（游标）的格式无效。"));
    }
    int limit = kDefaultPullLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPullLimit) {
            return refusal(400, "malformed", QT_TRANSLATE_NOOP("govcat::server::Api", "每页条数无效。"));
        }
    }
    if (cursors->isEmpty()) {
        // A first pull: every scope the caller reads, from the start.
        if (caller.role == Role::CatalogEditor) {
            for (const QString& dept : caller.deptIds) {
                cursors->insert(departmentScope(dept), 0);
            }
        } else {
            QSqlQuery q(context.pg);
            if (!q.exec(QStringLiteral("SELECT DISTINCT scope FROM row_changes"))) {
                return serverTrouble();
            }
            while (q.next()) {
                cursors->insert(q.value(0).toString(), 0);
            }
        }
    }
    for (auto it = cursors->cbegin(); it != cursors->cend(); ++it) {
        if (!mayRead(caller, it.key())) {
            return refusal(403, "scope_forbidden",
                           QT_TRANSLATE_NOOP("govcat::server::Api", "没有查看该部门数据的权限。"));
        }
    }
    auto page = readPull(context.pg, *cursors, limit);
    if (!page) {
        return serverTrouble();
    }
    QJsonArray changes;
    for (const PulledChange& c : page.value().changes) {
        QJsonObject o{{QStringLiteral("cs"), c.cs},
                      {QStringLiteral("scope"), c.scope},
                      {QStringLiteral("table"), c.table},
                      {QStringLiteral("id"), c.id},
                      {QStringLiteral("op"), c.remove ? QStringLiteral("remove") : QStringLiteral("upsert")}};
        if (!c.remove) {
            o.insert(QStringLiteral("owner_dept_id"), c.ownerDeptId);
            o.insert(QStringLiteral("row_version"), c.rowVersion);
            o.insert(QStringLiteral("is_deleted"), c.deleted);
            o.insert(QStringLiteral("has_conflict"), c.hasConflict);
            o.insert(QStringLiteral("data"), c.data);
        }
        changes.append(o);
    }
    QJsonObject cursorObject;
    for (auto it = page.value().cursors.cbegin(); it != page.value().cursors.cend(); ++it) {
        cursorObject.insert(it.key(), it.value());
    }
    return ApiResponse{200,
                       {{QStringLiteral("changes"), changes},
                        {QStringLiteral("cursors"), cursorObject},
                        {QStringLiteral("next"), formatCursors(page.value().cursors)},
                        {QStringLiteral("has_more"), page.value().hasMore}},
                       {}};
}

ApiResponse stateEndpoint(const ApiContext& context, const Caller& caller)
{
    QSqlQuery q(context.pg);
    q.prepare(QStringLiteral("SELECT last_applied_seq FROM clients WHERE client_id = ?::uuid"));
    q.addBindValue(caller.clientId);
    if (!q.exec() || !q.next()) {
        return serverTrouble();
    }
    return ApiResponse{200,
                       {{QStringLiteral("client_id"), caller.clientId},
                        {QStringLiteral("last_applied_seq"), q.value(0).toLongLong()},
                        {QStringLiteral("user"), caller.userName},
                        {QStringLiteral("role"), roleCode(caller.role)}},
                       {}};
}

} // namespace

QJsonObject tooLargeBody()
{
    return QJsonObject{{QStringLiteral("error"), QStringLiteral("too_large")},
                       {QStringLiteral("message"),
                        QCoreApplication::translate(
                            kContext, QT_TRANSLATE_NOOP("govcat::server::Api",
                                                        "上传的内容过大，服务器没有接收，请分批同步。"))}};
}

QJsonObject unavailableBody()
{
    return QJsonObject{
        {QStringLiteral("error"), QStringLiteral("unavailable")},
        {QStringLiteral("message"),
         QCoreApplication::translate(
             kContext, QT_TRANSLATE_NOOP("govcat::server::Api", "服务器暂时无法处理请求，请稍后重试。"))}};
}

std::optional<QMap<QString, qint64>> parseCursors(const QString& text)
{
    QMap<QString, qint64> cursors;
    if (text.isEmpty()) {
        return cursors;
    }
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > 1000) {
        return std::nullopt;
    }
    for (const QString& part : parts) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const qint64 cs = colon > 0 ? part.mid(colon + 1).toLongLong(&ok) : 0;
        const QString scope = part.left(colon);
        if (!ok || cs < 0 || !scope.startsWith(QLatin1String("dept:")) || scope.size() > 200 ||
            cursors.contains(scope)) {
            return std::nullopt;
        }
        cursors.insert(scope, cs);
    }
    return cursors;
}

QString formatCursors(const QMap<QString, qint64>& cursors)
{
    QStringList parts;
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        parts << it.key() + QLatin1Char(':') + QString::number(it.value());
    }
    return parts.join(QLatin1Char(','));
}

ApiResponse handleRequest(const ApiRequest& request, const ApiContext& context)
{
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    if (post && request.path == "/v1/auth/login") {
        return loginEndpoint(request, context);
    }
    const bool known = (post && (request.path == "/v1/auth/logout" || request.path == "/v1/sync/push")) ||
                       (get && (request.path == "/v1/sync/pull" || request.path == "/v1/sync/state"));
    if (!known) {
        return refusal(404, "not_found",
                       QT_TRANSLATE_NOOP("govcat::server::Api", "没有这个接口，请检查服务器地址。"));
    }
    Caller caller;
    if (auto refused = authorize(request, context, &caller)) {
        return *refused;
    }
    ApiResponse response;
    if (request.path == "/v1/sync/push") {
        response = pushEndpoint(request, context, caller);
    } else if (request.path == "/v1/sync/pull") {
        response = pullEndpoint(request, context, caller);
    } else if (request.path == "/v1/sync/state") {
        response = stateEndpoint(context, caller);
    } else {
        const QByteArray header = request.headers.value("authorization");
        if (!revokeSession(context.pg, QString::fromLatin1(header.mid(7)).trimmed())) {
            response = serverTrouble();
        }
    }
    response.user = caller.userName;
    return response;
}

} // namespace govcat::server
