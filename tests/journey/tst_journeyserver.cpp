// The real govcat-server executable over HTTP on a throw-away PostgreSQL cluster: init, add-user,
// serve; a day's outbox of the demo city pushed, replayed and pulled; a leader's push refused per
// mutation; and every bad request refused with a clear answer and nothing changed (wrong password,
// no token, oversized body, an unknown protocol, a garbage body, a seq gap, a revoked device). Two
// server processes on one database serve pushes at once, and a pull sees every row once in commit
// order (stateless servers, SYNC.md §5.3).
#include "core/Uuid.h"
#include "support/DemoCity.h"
#include "support/DemoDraft.h"
#include "support/PgCluster.h"
#include "sync/Push.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <httplib.h>
#include <memory>
#include <thread>

using namespace govcat;

namespace {

const QByteArray kEditorPassword("县里的密码-2026");
const QByteArray kLeaderPassword("leader-password-1");
constexpr qint64 kMaxBody = 1024 * 1024;

struct Reply
{
    int status = 0;
    QJsonObject body;
};

Reply toReply(const httplib::Result& r)
{
    if (!r) {
        return {};
    }
    return Reply{r->status, QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object()};
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) {
            return true;
        }
    }
    return false;
}

// One govcat-server serve process on a port.
struct ServerProcess
{
    std::unique_ptr<QProcess> process;
    int port = 0;
    QString log; // its stderr
};

QByteArray readLog(const ServerProcess& server)
{
    QFile f(server.log);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class JourneyServer : public QObject
{
    Q_OBJECT
private:
    test::PgCluster m_pg;
    QTemporaryDir m_dir;
    QTemporaryDir m_demoDir;
    std::unique_ptr<test::DemoEditorSession> m_demo;
    QSqlDatabase m_db;
    QString m_dept;
    ServerProcess m_a;
    ServerProcess m_b;
    qint64 m_nextSeq = 1;

    // GOVCAT_SERVER_BIN in the environment runs another build of the server (e.g. a Release one for
    // the figures) under the same test.
    static QString binary()
    {
        return qEnvironmentVariable("GOVCAT_SERVER_BIN", QStringLiteral(GOVCAT_SERVER_BIN));
    }

    QString configPath(int port) const { return m_dir.filePath(QStringLiteral("server-%1.ini").arg(port)); }

    QString writeConfig(int port, const QString& tls = {})
    {
        const QString path = configPath(port);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(tls.toUtf8());
        f.write(
            QStringLiteral("[database]\nhost=127.0.0.1\nport=%1\nname=city\nuser=govcat\n"
                           "[listen]\naddress=127.0.0.1\nport=%2\nthreads=4\n[limits]\nmax_body_bytes=%3\n")
                .arg(m_pg.port())
                .arg(port)
                .arg(kMaxBody)
                .toUtf8());
        return path;
    }

    int runCli(const QStringList& args, const QByteArray& input = {}, QString* output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binary(), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (output) {
            *output = QString::fromUtf8(p.readAll());
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // A free loopback port: bound to port 0 and released (the server then binds it).
    static int freePort()
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        int port = 0;
        if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
            ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
            port = ntohs(a.sin_port);
        }
        if (s >= 0) {
            ::close(s);
        }
        return port;
    }

    bool startServer(ServerProcess* server, const QString& tls = {})
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            server->port = freePort();
            server->process = std::make_unique<QProcess>();
            server->log = m_dir.filePath(QStringLiteral("serve-%1.log").arg(server->port));
            server->process->setStandardErrorFile(server->log);
            server->process->start(binary(), {QStringLiteral("serve"), QStringLiteral("--config"),
                                              writeConfig(server->port, tls)});
            QByteArray err;
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 20000 && server->process->state() != QProcess::NotRunning &&
                   !err.contains("listening")) {
                QTest::qWait(50);
                err = readLog(*server);
            }
            if (err.contains("listening")) {
                return true;
            }
            qWarning() << "serve did not start:" << err;
        }
        return false;
    }

    static void stopServer(ServerProcess* server)
    {
        if (server->process) {
            server->process->terminate();
            server->process->waitForFinished(10000);
            server->process.reset();
        }
    }

    static Reply post(int port, const std::string& path, const QByteArray& body, const QString& token = {},
                      httplib::Headers headers = {})
    {
        httplib::Client c("127.0.0.1", port);
        c.set_read_timeout(60, 0);
        if (!token.isEmpty()) {
            headers.emplace("Authorization", "Bearer " + token.toStdString());
        }
        return toReply(
            c.Post(path, headers, body.constData(), static_cast<size_t>(body.size()), "application/json"));
    }

    static Reply get(int port, const std::string& path, const QString& token)
    {
        httplib::Client c("127.0.0.1", port);
        c.set_read_timeout(60, 0);
        return toReply(c.Get(path, httplib::Headers{{"Authorization", "Bearer " + token.toStdString()}}));
    }

    static Reply login(int port, const QString& user, const QByteArray& password,
                       const QString& clientId = {})
    {
        QJsonObject o{{QStringLiteral("user"), user},
                      {QStringLiteral("password"), QString::fromUtf8(password)},
                      {QStringLiteral("device_name"), QStringLiteral("测试机")}};
        if (!clientId.isEmpty()) {
            o.insert(QStringLiteral("client_id"), clientId);
        }
        return post(port, "/v1/auth/login", QJsonDocument(o).toJson());
    }

    static Reply push(int port, const QString& token, const QByteArray& body, const char* protocol = "1")
    {
        return post(port, "/v1/sync/push", body, token,
                    httplib::Headers{{"X-Protocol", protocol}, {"X-Schema", "1"}});
    }

    // The pending outbox of the demo editor's day, as journey_wire reads it.
    QList<sync::Mutation> demoOutbox()
    {
        QList<sync::Mutation> out;
        QSqlQuery q(m_demo->database->connection());
        q.exec(
            QStringLiteral("SELECT seq, mutation_id, op, table_name, row_id, base_version, owner_dept_id, "
                           "schema_version, fields, children, created_at FROM outbox WHERE state = 'pending' "
                           "ORDER BY seq"));
        while (q.next()) {
            sync::Mutation m;
            m.seq = q.value(0).toLongLong();
            m.mutationId = q.value(1).toString();
            const QString op = q.value(2).toString();
            m.op = op == QLatin1String("insert")
                       ? sync::Op::Insert
                       : (op == QLatin1String("delete") ? sync::Op::Delete : sync::Op::Update);
            m.table = q.value(3).toString();
            m.rowId = q.value(4).toString();
            m.baseVersion = q.value(5).toLongLong();
            m.ownerDeptId = q.value(6).toString();
            m.schemaVersion = q.value(7).toInt();
            m.fields = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
            m.children = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
            m.deviceTime = q.value(10).toString();
            out << m;
        }
        return out;
    }

    // count mutations inserting a new resource each, numbered from seq.
    QList<sync::Mutation> inserts(int count, qint64 seq, const QString& dept)
    {
        QList<sync::Mutation> out;
        for (int i = 0; i < count; ++i) {
            sync::Mutation m;
            m.mutationId = newUuid();
            m.seq = seq + i;
            m.op = sync::Op::Insert;
            m.table = QStringLiteral("info_resource");
            m.rowId = newUuid();
            m.ownerDeptId = dept;
            m.schemaVersion = 1;
            m.fields = {{QStringLiteral("name"), QStringLiteral("信息资源 %1").arg(m.seq)},
                        {QStringLiteral("abstract"), QStringLiteral("记录本部门办理的事项。")}};
            out << m;
        }
        return out;
    }

    int count(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QString editorToken(const QString& clientId = {}, QString* newClientId = nullptr)
    {
        const Reply r = login(m_a.port, QStringLiteral("wang"), kEditorPassword, clientId);
        if (newClientId) {
            *newClientId = r.body.value(QStringLiteral("client_id")).toString();
        }
        return r.body.value(QStringLiteral("token")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(binary()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("city")), qPrintable(m_pg.error()));
        m_db = m_pg.open(QStringLiteral("db"), QStringLiteral("city"));
        QVERIFY(m_db.isOpen());
        m_demo = std::make_unique<test::DemoEditorSession>(m_demoDir);
        QVERIFY(m_demo->ok());
        m_dept = m_demo->editor.deptId;

        const QString config = writeConfig(1);
        QString out;
        QCOMPARE(runCli({QStringLiteral("serve"), QStringLiteral("--config"), config}, {}, &out),
                 3); // no schema yet
        QVERIFY2(hasChinese(out), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--config"), config}, {}, &out), 0);
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--config"), config}), 0); // again: unchanged
        QCOMPARE(runCli({QStringLiteral("add-user"), QStringLiteral("--config"), config,
                         QStringLiteral("--name"), QStringLiteral("wang"), QStringLiteral("--role"),
                         QStringLiteral("editor"), QStringLiteral("--dept"), m_dept},
                        kEditorPassword + '\n'),
                 0);
        QFile leaderPassword(m_dir.filePath(QStringLiteral("leader.txt")));
        QVERIFY(leaderPassword.open(QIODevice::WriteOnly));
        leaderPassword.write(kLeaderPassword + '\n');
        leaderPassword.close();
        QCOMPARE(
            runCli({QStringLiteral("add-user"), QStringLiteral("--config"), config, QStringLiteral("--name"),
                    QStringLiteral("liu"), QStringLiteral("--role"), QStringLiteral("leader"),
                    QStringLiteral("--password-file"), leaderPassword.fileName()}),
            0);
        QCOMPARE(
            runCli({QStringLiteral("add-user"), QStringLiteral("--config"), config, QStringLiteral("--name"),
                    QStringLiteral("liu"), QStringLiteral("--role"), QStringLiteral("boss")}),
            64);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}), 64);
        QCOMPARE(runCli({QStringLiteral("--version")}, {}, &out), 0);
        QVERIFY(out.startsWith(QLatin1String("govcat-server ")));
        QVERIFY(startServer(&m_a));
    }

    void cleanupTestCase()
    {
        stopServer(&m_a);
        stopServer(&m_b);
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("db"));
    }

    void loginAnswersTokenOnlyForTheRightPassword()
    {
        const Reply wrong = login(m_a.port, QStringLiteral("wang"), QByteArray("not the password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.body.value(QStringLiteral("error")).toString(), QStringLiteral("wrong_password"));
        QVERIFY(hasChinese(wrong.body.value(QStringLiteral("message")).toString()));
        QVERIFY(!wrong.body.contains(QStringLiteral("token")));
        QCOMPARE(login(m_a.port, QStringLiteral("nobody"), kEditorPassword).status, 401);
        QCOMPARE(post(m_a.port, "/v1/auth/login", QByteArray("{\"user\": 3}")).status, 400);

        QElapsedTimer t;
        t.start();
        const Reply right = login(m_a.port, QStringLiteral("wang"), kEditorPassword);
        qInfo("login round trip: %lld ms", static_cast<long long>(t.elapsed()));
        QCOMPARE(right.status, 200);
        QCOMPARE(right.body.value(QStringLiteral("token")).toString().size(), 43);
        QVERIFY(sync::isCanonicalUuid(right.body.value(QStringLiteral("client_id")).toString()));
        QVERIFY(right.body.value(QStringLiteral("expires_at")).toString().endsWith(QLatin1Char('Z')));

        // No token, a forged one: 401 on every endpoint.
        QCOMPARE(get(m_a.port, "/v1/sync/state", QString()).status, 401);
        QCOMPARE(get(m_a.port, "/v1/sync/pull", QStringLiteral("forged")).status, 401);
        QCOMPARE(push(m_a.port, QString(), QByteArray("{}")).status, 401);

        // One line per request; no password, no token.
        const QByteArray log = readLog(m_a);
        QVERIFY2(log.contains("POST /v1/auth/login 401 "), log.constData());
        QVERIFY2(log.contains("POST /v1/auth/login 200 ") && log.contains(" wang\n"), log.constData());
        QVERIFY(!log.contains(kEditorPassword));
        QVERIFY(!log.contains(right.body.value(QStringLiteral("token")).toString().toUtf8()));
    }

    void demoOutboxIsAppliedOnceAndPulled()
    {
        // The editor's day: create, edit and submit a resource.
        ResourceDraft draft = m_demo->draft(QStringLiteral("网络食品交易第三方平台备案信息"));
        auto id = m_demo->store->save(draft);
        QVERIFY(id);
        draft = m_demo->store->load(id.value()).value();
        draft.abstract = QStringLiteral("记录食品经营许可的办理结果，按日更新。");
        QVERIFY(m_demo->store->save(draft));
        QVERIFY(m_demo->flow->submit(id.value()));

        QString clientId;
        const QString token = editorToken({}, &clientId);
        const QList<sync::Mutation> outbox = demoOutbox();
        QVERIFY(outbox.size() >= 3);
        const QByteArray body = sync::encodePushRequest(sync::PushRequest{clientId, outbox});

        const Reply first = push(m_a.port, token, body);
        QCOMPARE(first.status, 200);
        const QJsonArray results = first.body.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), outbox.size());
        for (const QJsonValue& r : results) {
            QVERIFY2(r.toObject().value(QStringLiteral("status")).toString() == QLatin1String("applied"),
                     QJsonDocument(r.toObject()).toJson().constData());
        }
        QCOMPARE(first.body.value(QStringLiteral("last_applied_seq")).toInteger(), outbox.constLast().seq);
        // Every row the outbox wrote, once: the resource, its three data items, and any other row the
        // submission touched.
        QSet<QString> written;
        for (const sync::Mutation& m : outbox) {
            written.insert(m.rowId);
            for (const QJsonValue& children : m.children) {
                for (const QJsonValue& child : children.toArray()) {
                    written.insert(child.toObject().value(QStringLiteral("id")).toString());
                }
            }
        }
        const int rows = count(QStringLiteral("SELECT count(*) FROM sync_rows"));
        QVERIFY(written.size() >= 4);
        QCOMPARE(rows, int(written.size()));

        // The reply was lost: the same batch again gets the same answers, nothing twice.
        const Reply again = push(m_a.port, token, body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_rows")), rows);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mutation_results")), int(outbox.size()));

        const Reply state = get(m_a.port, "/v1/sync/state", token);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.body.value(QStringLiteral("last_applied_seq")).toInteger(), outbox.constLast().seq);

        const std::string pullPath = "/v1/sync/pull?cursors=dept:" + m_dept.toStdString() + ":0&limit=100";
        const Reply pulled = get(m_a.port, pullPath, token);
        QCOMPARE(pulled.status, 200);
        const QJsonArray changes = pulled.body.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), rows);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toString(), id.value());
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
        QCOMPARE(changes.at(0)
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("abstract")),
                 QJsonValue(QStringLiteral("记录食品经营许可的办理结果，按日更新。")));
        QCOMPARE(pulled.body.value(QStringLiteral("has_more")).toBool(), false);
        // From the cursor it gave: nothing new.
        const QString next = pulled.body.value(QStringLiteral("next")).toString();
        const Reply after = get(m_a.port, "/v1/sync/pull?cursors=" + next.toStdString(), token);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.body.value(QStringLiteral("changes")).toArray().size(), 0);
        // Another department's scope is not the editor's to read; a malformed cursor is refused.
        QCOMPARE(get(m_a.port, "/v1/sync/pull?cursors=dept:other:0", token).status, 403);
        QCOMPARE(get(m_a.port, "/v1/sync/pull?cursors=nonsense", token).status, 400);
    }

    void leadersPushIsRejectedMutationByMutation()
    {
        const Reply session = login(m_a.port, QStringLiteral("liu"), kLeaderPassword);
        QCOMPARE(session.status, 200);
        const QString clientId = session.body.value(QStringLiteral("client_id")).toString();
        const QString token = session.body.value(QStringLiteral("token")).toString();
        const int rows = count(QStringLiteral("SELECT count(*) FROM sync_rows"));
        const Reply r = push(m_a.port, token, sync::encodePushRequest({clientId, inserts(3, 1, m_dept)}));
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.body.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue& v : results) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QVERIFY(hasChinese(v.toObject().value(QStringLiteral("reason")).toString()));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_rows")), rows);
        // A leader reads the city.
        QCOMPARE(get(m_a.port, "/v1/sync/pull?cursors=dept:" + m_dept.toStdString() + ":0", token).status,
                 200);
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        QString clientId;
        const QString token = editorToken({}, &clientId);
        const int rows = count(QStringLiteral("SELECT count(*) FROM sync_rows"));
        const int results = count(QStringLiteral("SELECT count(*) FROM mutation_results"));
        const QByteArray good = sync::encodePushRequest({clientId, inserts(2, 1, m_dept)});

        // Larger than the configured limit: 413 before parsing.
        QByteArray huge = good;
        huge.append(QByteArray(kMaxBody, ' '));
        const Reply tooLarge = push(m_a.port, token, huge);
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.body.value(QStringLiteral("error")).toString(), QStringLiteral("too_large"));
        QVERIFY(hasChinese(tooLarge.body.value(QStringLiteral("message")).toString()));

        // A protocol this server does not speak: 426 with the minimum.
        const Reply upgrade = push(m_a.port, token, good, "2");
        QCOMPARE(upgrade.status, 426);
        QCOMPARE(upgrade.body.value(QStringLiteral("error")).toString(), QStringLiteral("upgrade_required"));
        QCOMPARE(upgrade.body.value(QStringLiteral("min_protocol")).toInt(), sync::kProtocolVersion);
        QVERIFY(upgrade.body.contains(QStringLiteral("min_schema")));
        QByteArray protocol2 = good;
        protocol2.replace("\"protocol\":1", "\"protocol\":2");
        QVERIFY(protocol2 != good);
        QCOMPARE(push(m_a.port, token, protocol2).status, 426);

        // Garbage: 400 with a Chinese sentence.
        const Reply garbage = push(m_a.port, token, QByteArray("{\"mutations\": [1, 2"));
        QCOMPARE(garbage.status, 400);
        QVERIFY(hasChinese(garbage.body.value(QStringLiteral("message")).toString()));
        QCOMPARE(push(m_a.port, token, QByteArray("\xff\xfe garbage")).status, 400);

        // Another device's id in the body: 403.
        QCOMPARE(push(m_a.port, token, sync::encodePushRequest({newUuid(), inserts(1, 1, m_dept)})).status,
                 403);

        // A skipped seq: 409 with the one expected.
        const Reply gap = push(m_a.port, token, sync::encodePushRequest({clientId, inserts(1, 5, m_dept)}));
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.body.value(QStringLiteral("error")).toString(), QStringLiteral("seq_gap"));
        QCOMPARE(gap.body.value(QStringLiteral("expected")).toInteger(), 1);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_rows")), rows);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mutation_results")), results);
        // The server still serves, and the good batch goes through.
        QCOMPARE(push(m_a.port, token, good).status, 200);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_rows")), rows + 2);
    }

    void revokedDeviceIsRefused()
    {
        QString clientId;
        const QString token = editorToken({}, &clientId);
        QCOMPARE(runCli({QStringLiteral("revoke-device"), QStringLiteral("--config"), configPath(m_a.port),
                         QStringLiteral("--client-id"), clientId}),
                 0);
        // Its sessions ended with it; logging in again from it is refused.
        QCOMPARE(push(m_a.port, token, sync::encodePushRequest({clientId, inserts(1, 1, m_dept)})).status,
                 401);
        const Reply again = login(m_a.port, QStringLiteral("wang"), kEditorPassword, clientId);
        QCOMPARE(again.status, 403);
        QVERIFY(hasChinese(again.body.value(QStringLiteral("message")).toString()));
    }

    // Figures (loopback, one client): login, and pushes of 100 new resources (SYNC.md: p95 < 100 ms).
    void pushFigures()
    {
        QList<qint64> logins;
        QString clientId;
        QString token;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            token = editorToken({}, &clientId);
            logins << t.elapsed();
        }
        std::sort(logins.begin(), logins.end());
        QList<qint64> pushes;
        for (int b = 0; b < 20; ++b) {
            const QByteArray body = sync::encodePushRequest({clientId, inserts(100, 1 + b * 100, m_dept)});
            QElapsedTimer t;
            t.start();
            const Reply r = push(m_a.port, token, body);
            pushes << t.elapsed();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.value(QStringLiteral("last_applied_seq")).toInteger(), (b + 1) * 100);
        }
        std::sort(pushes.begin(), pushes.end());
        QElapsedTimer t;
        t.start();
        const Reply page =
            get(m_a.port, "/v1/sync/pull?limit=1000&cursors=dept:" + m_dept.toStdString() + ":0", token);
        const qint64 pullMs = t.elapsed();
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(QStringLiteral("changes")).toArray().size(), 1000);
        qInfo("login: median %lld ms, max %lld ms; push of 100 inserts: median %lld ms, p95 %lld ms; "
              "pull page of 1,000 rows: %lld ms",
              static_cast<long long>(logins.at(2)), static_cast<long long>(logins.last()),
              static_cast<long long>(pushes.at(10)), static_cast<long long>(pushes.at(18)),
              static_cast<long long>(pullMs));
    }

    void tlsWhenACertificateIsConfigured()
    {
        const QString cert = m_dir.filePath(QStringLiteral("server.crt"));
        const QString key = m_dir.filePath(QStringLiteral("server.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForStarted() || !openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            QSKIP("no openssl command to make a test certificate");
        }
        ServerProcess tls;
        QVERIFY(startServer(&tls, QStringLiteral("[tls]\ncertificate=%1\nkey=%2\n").arg(cert, key)));
        QVERIFY(readLog(tls).contains("(https)"));
        httplib::SSLClient c("127.0.0.1", tls.port);
        c.set_ca_cert_path(cert.toStdString().c_str());
        c.enable_server_certificate_verification(true);
        const std::string body = R"({"user": "liu", "password": "leader-password-1"})";
        const Reply r = toReply(c.Post("/v1/auth/login", body, "application/json"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.value(QStringLiteral("token")).toString().isEmpty());
        // Plain HTTP to the TLS port gets no answer.
        QCOMPARE(login(tls.port, QStringLiteral("liu"), kLeaderPassword).status, 0);
        stopServer(&tls);
    }

    void twoServersOnOneDatabase()
    {
        QVERIFY(startServer(&m_b));
        const int before = count(QStringLiteral("SELECT count(*) FROM sync_rows"));
        constexpr int kDevices = 4;
        constexpr int kBatches = 10;
        constexpr int kPerBatch = 5;
        QStringList tokens;
        QStringList clients;
        for (int d = 0; d < kDevices; ++d) {
            QString clientId;
            tokens << editorToken({}, &clientId);
            clients << clientId;
        }
        QList<QList<QByteArray>> bodies(kDevices);
        QSet<QString> sent;
        for (int d = 0; d < kDevices; ++d) {
            for (int b = 0; b < kBatches; ++b) {
                const QList<sync::Mutation> batch = inserts(kPerBatch, 1 + b * kPerBatch, m_dept);
                for (const sync::Mutation& m : batch) {
                    sent.insert(m.rowId);
                }
                bodies[d] << sync::encodePushRequest({clients.at(d), batch});
            }
        }
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int d = 0; d < kDevices; ++d) {
            threads.emplace_back([&, d] {
                for (int b = 0; b < kBatches; ++b) {
                    // Alternate the servers, as a load balancer would.
                    const int port = (b + d) % 2 == 0 ? m_a.port : m_b.port;
                    if (push(port, tokens.at(d), bodies.at(d).at(b)).status != 200) {
                        ++failures;
                    }
                }
            });
        }
        for (std::thread& t : threads) {
            t.join();
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_rows")),
                 before + kDevices * kBatches * kPerBatch);

        // Pull everything through server B in small pages: every row once, change numbers rising.
        QString cursors = QStringLiteral("dept:") + m_dept + QStringLiteral(":0");
        QSet<QString> seen;
        qint64 lastCs = 0;
        int pages = 0;
        bool more = true;
        while (more && pages < 1000) {
            const Reply page =
                get(m_b.port, "/v1/sync/pull?limit=37&cursors=" + cursors.toStdString(), tokens.at(0));
            QCOMPARE(page.status, 200);
            for (const QJsonValue& v : page.body.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject c = v.toObject();
                QVERIFY(c.value(QStringLiteral("cs")).toInteger() > lastCs);
                lastCs = c.value(QStringLiteral("cs")).toInteger();
                const QString rowId = c.value(QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(rowId), qPrintable(rowId));
                seen.insert(rowId);
            }
            cursors = page.body.value(QStringLiteral("next")).toString();
            more = page.body.value(QStringLiteral("has_more")).toBool();
            ++pages;
        }
        QCOMPARE(int(seen.size()), before + kDevices * kBatches * kPerBatch);
        QVERIFY(seen.contains(sent));

        // SIGTERM: the server stops accepting, its workers close their connections, exit 0.
        m_b.process->terminate();
        QVERIFY(m_b.process->waitForFinished(10000));
        QCOMPARE(m_b.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_b.process->exitCode(), 0);
        QVERIFY2(readLog(m_b).contains("GET /v1/sync/pull 200 "), readLog(m_b).constData());
    }
};

QTEST_GUILESS_MAIN(JourneyServer)
#include "tst_journeyserver.moc"
