// The server's push transaction on a real PostgreSQL server (SYNC.md §2.2, §2.3): each mutation
// applied once in seq order, replays answered from the stored results, a skipped seq refused
// whole, disjoint fields from two devices merged, the same field changed on both sides kept as a
// conflict record with the three values, an edit after a delete a conflict and not a resurrection,
// refusals stored with their reason, and every changed row numbered for pulls.
#include "server/store/PushApplier.h"
#include "server/store/ServerSchema.h"
#include "support/PgCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace govcat;
using namespace govcat::server;

namespace {

const QString kDept = QStringLiteral("dept-12");
const QString kOther = QStringLiteral("dept-13");
const QString kRow = QStringLiteral("0190c9aa-0000-7000-8000-000000000042");
const QString kItem = QStringLiteral("0190c9aa-0000-7000-8000-0000000000aa");

QString uuidOf(int n)
{
    return QStringLiteral("0190d0a2-7c1e-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject change(const QJsonValue& old, const QJsonValue& next)
{
    return QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), next}};
}

} // namespace

class PushApplyTest : public QObject
{
    Q_OBJECT
private:
    test::PgCluster m_pg;
    QSqlDatabase m_db;
    int m_mutations = 100;

    PushIdentity device(int n, Role role = Role::CatalogEditor)
    {
        PushIdentity id{uuidOf(n), QStringLiteral("user%1").arg(n), role, {kDept}};
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO clients (client_id, user_name) VALUES (?::uuid, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(id.clientId);
        q.addBindValue(id.userName);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
        }
        return id;
    }

    sync::Mutation mutation(qint64 seq, sync::Op op, qint64 base, QJsonObject fields,
                            const QString& row = kRow)
    {
        sync::Mutation m;
        m.mutationId = uuidOf(++m_mutations);
        m.seq = seq;
        m.op = op;
        m.table = QStringLiteral("info_resource");
        m.rowId = row;
        m.baseVersion = base;
        m.ownerDeptId = kDept;
        m.schemaVersion = 7;
        m.fields = std::move(fields);
        return m;
    }

    PushResult push(const PushIdentity& who, QList<sync::Mutation> mutations)
    {
        auto result = applyPush(m_db, who, sync::PushRequest{who.clientId, std::move(mutations)});
        if (!result) {
            qWarning() << result.error().message;
            return {};
        }
        return result.value();
    }

    QJsonObject rowData(const QString& id = kRow)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT data::text FROM sync_rows WHERE id = ?::uuid"));
        q.addBindValue(id);
        return q.exec() && q.next() ? QJsonDocument::fromJson(q.value(0).toByteArray()).object()
                                    : QJsonObject();
    }

    int count(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // A resource inserted by device 1 with one item; returns device 1.
    PushIdentity seeded()
    {
        const PushIdentity one = device(1);
        sync::Mutation insert = mutation(1, sync::Op::Insert, 0,
                                         {{QStringLiteral("name"), QStringLiteral("道路信息")},
                                          {QStringLiteral("abstract"), QStringLiteral("摘要")}});
        insert.children = QJsonObject{
            {QStringLiteral("info_item"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), kItem},
                                    {QStringLiteral("fields"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("路名")}}}}}}};
        const PushResult r = push(one, {insert});
        if (r.results.size() != 1 || r.results.at(0).status != QLatin1String("applied")) {
            qWarning("the seed insert was not applied");
        }
        return one;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("city")), qPrintable(m_pg.error()));
        m_db = m_pg.open(QStringLiteral("city"), QStringLiteral("city"));
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
        QVERIFY(installServerSchema(m_db));
        QVERIFY(installServerSchema(m_db)); // a second time: already there, untouched
    }

    void init()
    {
        QSqlQuery q(m_db);
        QVERIFY(
            q.exec(QStringLiteral("TRUNCATE conflicts, row_changes, sync_rows, mutation_results, clients")));
    }

    void insertWithItemsIsAppliedAndNumbered()
    {
        seeded();
        QCOMPARE(rowData().value(QStringLiteral("name")).toString(), QStringLiteral("道路信息"));
        QCOMPARE(rowData(kItem).value(QStringLiteral("name")).toString(), QStringLiteral("路名"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM row_changes WHERE scope = 'dept:dept-12'")), 2);
    }

    void replayGetsTheStoredAnswerAndChangesNothing()
    {
        const PushIdentity one = seeded();
        const sync::Mutation edit = mutation(
            2, sync::Op::Update, 1,
            {{QStringLiteral("name"), change(QStringLiteral("道路信息"), QStringLiteral("道路网信息"))}});
        const PushResult first = push(one, {edit});
        QCOMPARE(first.results.size(), 1);
        QCOMPARE(first.results.at(0).status, QStringLiteral("applied"));
        QCOMPARE(first.results.at(0).rowVersion, 2);
        const int changes = count(QStringLiteral("SELECT max(cs) FROM row_changes"));
        const PushResult again = push(one, {edit}); // the reply was lost; the client sends it again
        QCOMPARE(again.results, first.results);
        QCOMPARE(again.lastAppliedSeq, 2);
        QCOMPARE(count(QStringLiteral("SELECT row_version FROM sync_rows WHERE tbl = 'info_resource'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT max(cs) FROM row_changes")), changes);
    }

    void aSkippedSeqIsRefusedWhole()
    {
        const PushIdentity one = seeded();
        const PushResult r = push(
            one,
            {mutation(3, sync::Op::Update, 1,
                      {{QStringLiteral("name"), change(QStringLiteral("道路信息"), QStringLiteral("x"))}})});
        QVERIFY(r.expectedSeq.has_value());
        QCOMPARE(*r.expectedSeq, 2);
        QVERIFY(r.results.isEmpty());
        QCOMPARE(rowData().value(QStringLiteral("name")).toString(), QStringLiteral("道路信息"));
    }

    void disjointFieldsMergeAndTheSameFieldConflicts()
    {
        const PushIdentity one = seeded();
        const PushIdentity two = device(2);
        // Both edited version 1 offline: one the name, two the abstract and (also) the name.
        PushResult a =
            push(one, {mutation(2, sync::Op::Update, 1,
                                {{QStringLiteral("name"),
                                  change(QStringLiteral("道路信息"), QStringLiteral("道路网信息"))}})});
        QCOMPARE(a.results.at(0).status, QStringLiteral("applied"));
        PushResult b =
            push(two, {mutation(1, sync::Op::Update, 1,
                                {{QStringLiteral("abstract"),
                                  change(QStringLiteral("摘要"), QStringLiteral("新摘要"))}}),
                       mutation(2, sync::Op::Update, 1,
                                {{QStringLiteral("name"),
                                  change(QStringLiteral("道路信息"), QStringLiteral("城市道路信息"))}})});
        QCOMPARE(b.results.size(), 2);
        QCOMPARE(b.results.at(0).status, QStringLiteral("applied"));
        QCOMPARE(b.results.at(1).status, QStringLiteral("conflict"));
        const QJsonObject data = rowData();
        QCOMPARE(data.value(QStringLiteral("name")).toString(),
                 QStringLiteral("道路网信息")); // the server's value stays
        QCOMPARE(data.value(QStringLiteral("abstract")).toString(), QStringLiteral("新摘要"));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT kind, field, base_value #>> '{}', server_value #>> '{}', client_value #>> '{}', "
            "user_name FROM conflicts WHERE status = 'open'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("field"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("name"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("道路信息"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("道路网信息"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("城市道路信息"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("user2"));
        QVERIFY(!q.next());
        QCOMPARE(count(QStringLiteral("SELECT has_conflict::int FROM sync_rows WHERE id = '%1'").arg(kRow)),
                 1);
    }

    void anEditAfterADeleteIsAConflictNotAResurrection()
    {
        const PushIdentity one = seeded();
        const PushIdentity two = device(2);
        QCOMPARE(push(one, {mutation(2, sync::Op::Delete, 1, {})}).results.at(0).status,
                 QStringLiteral("applied"));
        const PushResult r = push(
            two,
            {mutation(1, sync::Op::Update, 1,
                      {{QStringLiteral("name"), change(QStringLiteral("道路信息"), QStringLiteral("y"))}})});
        QCOMPARE(r.results.at(0).status, QStringLiteral("conflict"));
        QCOMPARE(count(QStringLiteral("SELECT is_deleted::int FROM sync_rows WHERE id = '%1'").arg(kRow)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conflicts WHERE kind = 'edited_after_delete'")),
                 1);
        QCOMPARE(rowData().value(QStringLiteral("name")).toString(), QStringLiteral("道路信息"));
    }

    void anEditOfTheDevicesOwnInsertIsBasedOnZero()
    {
        const PushIdentity one = device(1);
        const PushResult r = push(
            one, {mutation(1, sync::Op::Insert, 0, {{QStringLiteral("name"), QStringLiteral("甲")}}),
                  mutation(2, sync::Op::Update, 0,
                           {{QStringLiteral("name"), change(QStringLiteral("甲"), QStringLiteral("乙"))}}),
                  mutation(3, sync::Op::Delete, 0, {})});
        QCOMPARE(r.results.size(), 3);
        for (const MutationResult& m : r.results) {
            QCOMPARE(m.status, QStringLiteral("applied"));
        }
        QCOMPARE(rowData().value(QStringLiteral("name")).toString(), QStringLiteral("乙"));
        QCOMPARE(count(QStringLiteral("SELECT row_version FROM sync_rows")), 3);
    }

    void refusalsAreStoredWithTheirReasonAndTheBatchGoesOn()
    {
        seeded();
        const PushIdentity leader = device(3, Role::Leader);
        PushIdentity stranger = device(4);
        stranger.deptIds = {kOther};
        const PushResult l = push(
            leader,
            {mutation(1, sync::Op::Update, 1,
                      {{QStringLiteral("name"), change(QStringLiteral("道路信息"), QStringLiteral("z"))}})});
        QCOMPARE(l.results.at(0).status, QStringLiteral("rejected"));
        QVERIFY(l.results.at(0).reason.contains(QStringLiteral("只能查看")));
        QCOMPARE(l.lastAppliedSeq, 1);
        const PushResult s = push(
            stranger,
            {mutation(1, sync::Op::Update, 1,
                      {{QStringLiteral("name"), change(QStringLiteral("道路信息"), QStringLiteral("z"))}}),
             mutation(2, sync::Op::Insert, 0, {{QStringLiteral("name"), QStringLiteral("乙")}},
                      uuidOf(999))});
        QCOMPARE(s.results.size(), 2);
        QCOMPARE(s.results.at(0).status, QStringLiteral("rejected"));
        QVERIFY(s.results.at(0).reason.contains(QStringLiteral("本部门")));
        QCOMPARE(s.results.at(1).status, QStringLiteral("rejected")); // its owner is dept-12 too
        QCOMPARE(rowData().value(QStringLiteral("name")).toString(), QStringLiteral("道路信息"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mutation_results WHERE status = 'rejected'")), 3);
    }

    void unknownAndRevokedDevicesAreRefused()
    {
        const PushIdentity one = seeded();
        PushIdentity ghost = one;
        ghost.clientId = uuidOf(77);
        auto unknown = applyPush(m_db, ghost, sync::PushRequest{ghost.clientId, {}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE clients SET revoked = true")));
        auto revoked = applyPush(m_db, one, sync::PushRequest{one.clientId, {}});
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().kind, Error::Kind::Forbidden);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("city"));
        m_pg.stop();
    }
};

QTEST_GUILESS_MAIN(PushApplyTest)
#include "tst_pushapply.moc"
