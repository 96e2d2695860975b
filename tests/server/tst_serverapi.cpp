// The server's request handling without sockets (server/api/Api.h): a parsed request and a
// connection to a real PostgreSQL server in, a status and JSON out. Cursor text, routes, headers,
// tokens and devices.
#include "server/api/Api.h"
#include "server/store/Accounts.h"
#include "server/store/ServerSchema.h"
#include "support/PgCluster.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace govcat;
using namespace govcat::server;

namespace {

const QString kDept = QStringLiteral("dept-12");
const QByteArray kPassword("correct horse 12");

QString uuidOf(int n)
{
    return QStringLiteral("0190d0a2-7c1e-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

class ServerApiTest : public QObject
{
    Q_OBJECT
private:
    test::PgCluster m_pg;
    QSqlDatabase m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 5, 2), QTime(12, 0), Qt::UTC)};
    QString m_token;
    QString m_clientId;

    ApiResponse call(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                     QMap<QByteArray, QByteArray> headers = {}, const QString& query = {})
    {
        if (!m_token.isEmpty() && !headers.contains("authorization")) {
            headers.insert("authorization", "Bearer " + m_token.toLatin1());
        }
        return handleRequest(ApiRequest{method, path, headers, QUrlQuery(query), body},
                             ApiContext{m_db, m_clock, sync::PushLimits{}});
    }

    QByteArray insertBody(qint64 seq, const QString& clientId)
    {
        sync::Mutation m;
        m.mutationId = uuidOf(1000 + int(seq));
        m.seq = seq;
        m.op = sync::Op::Insert;
        m.table = QStringLiteral("info_resource");
        m.rowId = uuidOf(2000 + int(seq));
        m.ownerDeptId = kDept;
        m.schemaVersion = 1;
        m.fields = {{QStringLiteral("name"), QStringLiteral("道路信息")}};
        return sync::encodePushRequest({clientId, {m}});
    }

    static const QMap<QByteArray, QByteArray> versionHeaders()
    {
        return {{"x-protocol", "1"}, {"x-schema", "3"}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("city")), qPrintable(m_pg.error()));
        m_db = m_pg.open(QStringLiteral("city"), QStringLiteral("city"));
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
        QVERIFY(installServerSchema(m_db));
        QVERIFY(installAccountsSchema(m_db));
        QVERIFY(addUser(m_db, QStringLiteral("wang"), kPassword, Role::CatalogEditor, {kDept}));
        const ApiResponse login =
            call("POST", "/v1/auth/login",
                 R"({"user": "wang", "password": "correct horse 12", "device_name": "县里的电脑"})");
        QCOMPARE(login.status, 200);
        QCOMPARE(login.user, QStringLiteral("wang"));
        m_token = login.body.value(QStringLiteral("token")).toString();
        m_clientId = login.body.value(QStringLiteral("client_id")).toString();
        QCOMPARE(login.body.value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2026-05-02T13:00:00Z"));
    }

    void cursorsTextRoundTrips()
    {
        const auto parsed = parseCursors(QStringLiteral("dept:12:99000,dept:a:b:0"));
        QVERIFY(parsed);
        QCOMPARE(parsed->value(QStringLiteral("dept:12")), 99000);
        QCOMPARE(parsed->value(QStringLiteral("dept:a:b")), 0);
        QCOMPARE(parseCursors(formatCursors(*parsed)), parsed);
        QVERIFY(parseCursors(QString())->isEmpty());
        for (const char* bad : {"dept:12", "dept:12:-1", "dept:12:x", "ref:5", ":5", "dept:1:1,dept:1:2"}) {
            QVERIFY2(!parseCursors(QString::fromLatin1(bad)), bad);
        }
    }

    void unknownRouteIs404()
    {
        QCOMPARE(call("GET", "/v1/sync/push").status, 404);
        QCOMPARE(call("DELETE", "/v1/sync/state").status, 404);
        QCOMPARE(call("GET", "/admin").status, 404);
    }

    void pushNeedsTheVersionHeaders()
    {
        const QByteArray body = insertBody(1, m_clientId);
        QCOMPARE(call("POST", "/v1/sync/push", body).status, 426);
        QCOMPARE(call("POST", "/v1/sync/push", body, {{"x-protocol", "1"}}).status, 426);
        const ApiResponse r = call("POST", "/v1/sync/push", body, {{"x-protocol", "2"}, {"x-schema", "3"}});
        QCOMPARE(r.status, 426);
        QCOMPARE(r.body.value(QStringLiteral("min_protocol")).toInt(), 1);
        QCOMPARE(r.body.value(QStringLiteral("min_schema")).toInt(), kMinClientSchema);
        const ApiResponse ok = call("POST", "/v1/sync/push", body, versionHeaders());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("applied")));
        QCOMPARE(ok.user, QStringLiteral("wang"));
    }

    void pullPagesAndLimits()
    {
        const QString scope = QStringLiteral("cursors=dept:") + kDept + QStringLiteral(":0");
        const ApiResponse page = call("GET", "/v1/sync/pull", {}, {}, scope + QStringLiteral("&limit=1"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(QStringLiteral("changes")).toArray().size(), 1);
        QVERIFY(
            page.body.value(QStringLiteral("next")).toString().startsWith(QStringLiteral("dept:") + kDept));
        // No cursors: the editor's own scopes from the start.
        const ApiResponse first = call("GET", "/v1/sync/pull");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(QStringLiteral("changes")).toArray().size(), 1);
        QCOMPARE(call("GET", "/v1/sync/pull", {}, {}, scope + QStringLiteral("&limit=0")).status, 400);
        QCOMPARE(call("GET", "/v1/sync/pull", {}, {}, scope + QStringLiteral("&limit=99999")).status, 400);
        QCOMPARE(call("GET", "/v1/sync/pull", {}, {}, QStringLiteral("cursors=dept:13:0")).status, 403);
    }

    void logoutEndsTheSession()
    {
        const ApiResponse login =
            call("POST", "/v1/auth/login", R"({"user": "wang", "password": "correct horse 12"})",
                 {{"authorization", ""}});
        QCOMPARE(login.status, 200);
        const QByteArray bearer = "Bearer " + login.body.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(call("GET", "/v1/sync/state", {}, {{"authorization", bearer}}).status, 200);
        QCOMPARE(call("POST", "/v1/auth/logout", {}, {{"authorization", bearer}}).status, 200);
        QCOMPARE(call("GET", "/v1/sync/state", {}, {{"authorization", bearer}}).status, 401);
        QCOMPARE(call("GET", "/v1/sync/state").status, 200); // the other session goes on
    }

    void expiredTokenIs401()
    {
        m_clock.advanceSecs(kSessionSeconds);
        const ApiResponse r = call("GET", "/v1/sync/state");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        m_clock.advanceSecs(-kSessionSeconds);
        QCOMPARE(call("GET", "/v1/sync/state").status, 200);
    }

    void deviceRevokedUnderALiveSessionIs403()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(
            QStringLiteral("UPDATE clients SET revoked = true WHERE client_id = '%1'").arg(m_clientId)));
        const ApiResponse r = call("POST", "/v1/sync/push", insertBody(2, m_clientId), versionHeaders());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("device_revoked"));
        QCOMPARE(call("GET", "/v1/sync/state").status, 403);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_rows")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(ServerApiTest)
#include "tst_serverapi.moc"
