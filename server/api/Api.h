#pragma once

#include "core/Clock.h"
#include "sync/Push.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace govcat::server {

// The city server's HTTP API as plain functions: a parsed request and a database connection in, a
// status and a JSON body out, testable without sockets (server/http/ only moves bytes). Every
// refusal is {"error": <code>, "message": <a Chinese sentence>} plus the fields named below.
//
//   POST /v1/auth/login   {"user", "password", "device_name"[, "client_id"]}
//                         → 200 {"token", "expires_at", "client_id"}; 401 wrong user or password;
//                           403 revoked device or another user's; 400 malformed body
//   POST /v1/auth/logout  (bearer) → 200 {}
//   POST /v1/sync/push    (bearer; X-Protocol, X-Schema) the body of sync::encodePushRequest
//                         → 200 {"last_applied_seq", "results": [{"seq", "status", "row_version",
//                           "reason"}]}; 409 {"error": "seq_gap", "expected"}; 426 {"error":
//                           "upgrade_required", "min_protocol", "max_protocol", "min_schema"};
//                           400 malformed; 413 too large (before parsing, by the HTTP layer)
//   GET  /v1/sync/pull?cursors=SCOPE:CS,SCOPE:CS&limit=N   (bearer)
//                         → 200 {"changes": [...], "cursors": {scope: cs}, "next": "<cursors text>",
//                           "has_more"}; 403 a scope the user may not read
//   GET  /v1/sync/state   (bearer) → 200 {"client_id", "last_applied_seq", "user", "role"}
// Every authenticated request: 401 for a missing, unknown, expired or revoked token, 403 for a
// revoked device.
struct ApiRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QUrlQuery query;
    QByteArray body;
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QString user; // who made the request, for the log ("-" before authentication)
};

struct ApiContext
{
    QSqlDatabase pg;
    const Clock& clock;
    sync::PushLimits limits;
};

// The client schema versions this server takes (X-Schema): from kMinClientSchema up.
inline constexpr int kMinClientSchema = 1;
inline constexpr int kMaxPullLimit = 5000;
inline constexpr int kDefaultPullLimit = 1000;

ApiResponse handleRequest(const ApiRequest& request, const ApiContext& context);

// The pull cursors' text form, "SCOPE:CS" joined by commas (a scope is "dept:<id>"; the number
// after the last colon is the last change number received in that scope, 0 for none). nullopt for
// a malformed text.
std::optional<QMap<QString, qint64>> parseCursors(const QString& text);
QString formatCursors(const QMap<QString, qint64>& cursors);

// The body of a 413 (the HTTP layer answers it before any handler runs).
QJsonObject tooLargeBody();
// The body of a 503: the database cannot be reached or failed; the client retries later.
QJsonObject unavailableBody();

} // namespace govcat::server
