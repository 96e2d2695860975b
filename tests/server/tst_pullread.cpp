// Pull pages on a real PostgreSQL server (SYNC.md §2.4, §2.5): a scope's rows after its cursor in
// change-number order, paged without gaps; a row moved to another department is a `remove` in the
// old scope and an upsert in the new one; and while several devices push on their own connections,
// a puller that pages on its cursor receives every row (checker 5 of SYNC.md §8.2).
#include "server/store/PullReader.h"
#include "server/store/PushApplier.h"
#include "server/store/ServerSchema.h"
#include "support/PgCluster.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace govcat;
using namespace govcat::server;

namespace {

QString uuidOf(int group, int n)
{
    return QStringLiteral("0190d0a2-7c1e-7000-%1-%2").arg(8000 + group).arg(n, 12, 10, QLatin1Char('0'));
}

PushIdentity registerDevice(QSqlDatabase db, int n, Role role, const QStringList& depts)
{
    PushIdentity id{uuidOf(0, n), QStringLiteral("user%1").arg(n), role, depts};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO clients (client_id, user_name) VALUES (?::uuid, ?)"));
    q.addBindValue(id.clientId);
    q.addBindValue(id.userName);
    q.exec();
    return id;
}

sync::Mutation insertOf(int group, int n, qint64 seq, const QString& dept)
{
    sync::Mutation m;
    m.mutationId = uuidOf(group + 10, n);
    m.seq = seq;
    m.op = sync::Op::Insert;
    m.table = QStringLiteral("info_resource");
    m.rowId = uuidOf(group, n);
    m.ownerDeptId = dept;
    m.schemaVersion = 7;
    m.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("资源 %1-%2").arg(group).arg(n)}};
    return m;
}

} // namespace

class PullReadTest : public QObject
{
    Q_OBJECT
private:
    test::PgCluster m_pg;
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("city")), qPrintable(m_pg.error()));
        m_db = m_pg.open(QStringLiteral("main"), QStringLiteral("city"));
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
        QVERIFY(installServerSchema(m_db));
    }

    void init()
    {
        QSqlQuery q(m_db);
        QVERIFY(
            q.exec(QStringLiteral("TRUNCATE conflicts, row_changes, sync_rows, mutation_results, clients")));
    }

    void pagesInOrderPerScopeAndMovesAreRemoves()
    {
        const PushIdentity reviewer = registerDevice(m_db, 1, Role::Reviewer, {});
        QList<sync::Mutation> batch;
        for (int i = 1; i <= 5; ++i) {
            batch << insertOf(1, i, i, i % 2 ? QStringLiteral("d12") : QStringLiteral("d13"));
        }
        QVERIFY(applyPush(m_db, reviewer, {reviewer.clientId, batch}));

        // dept d12 pages one row at a time: rows 1, 3, 5, each once, in order.
        QMap<QString, qint64> cursors{{departmentScope(QStringLiteral("d12")), 0}};
        QStringList names;
        for (;;) {
            auto page = readPull(m_db, cursors, 1);
            QVERIFY(page);
            for (const PulledChange& c : page.value().changes) {
                QVERIFY(!c.remove);
                names << c.data.value(QStringLiteral("name")).toString();
            }
            cursors = page.value().cursors;
            if (!page.value().hasMore) {
                break;
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("资源 1-1"), QStringLiteral("资源 1-3"),
                                     QStringLiteral("资源 1-5")}));

        // The reviewer moves row 3 to d13: a remove for d12, an upsert for d13.
        sync::Mutation move;
        move.mutationId = uuidOf(30, 1);
        move.seq = 6;
        move.op = sync::Op::Update;
        move.table = QStringLiteral("info_resource");
        move.rowId = uuidOf(1, 3);
        move.baseVersion = 1;
        move.ownerDeptId = QStringLiteral("d13");
        move.schemaVersion = 7;
        move.fields = QJsonObject{{QStringLiteral("provider_dept_id"),
                                   QJsonObject{{QStringLiteral("old"), QStringLiteral("d12")},
                                               {QStringLiteral("new"), QStringLiteral("d13")}}}};
        auto moved = applyPush(m_db, reviewer, {reviewer.clientId, {move}});
        QVERIFY(moved);
        QCOMPARE(moved.value().results.at(0).status, QStringLiteral("applied"));
        auto old = readPull(m_db, cursors, 100);
        QVERIFY(old);
        QCOMPARE(old.value().changes.size(), 1);
        QVERIFY(old.value().changes.at(0).remove);
        QCOMPARE(old.value().changes.at(0).id, uuidOf(1, 3));
        auto fresh = readPull(m_db, {{departmentScope(QStringLiteral("d13")), 0}}, 100);
        QVERIFY(fresh);
        QCOMPARE(fresh.value().changes.size(), 3); // rows 2, 4 and the moved 3
        QVERIFY(!fresh.value().changes.constLast().remove);
        QCOMPARE(fresh.value().changes.constLast().id, uuidOf(1, 3));
    }

    // A new resource and the items its insert carries share one commit; their change numbers
    // follow the order of the writes, so a page boundary never brings an item before its resource.
    void aParentComesBeforeItsItems()
    {
        const PushIdentity reviewer = registerDevice(m_db, 2, Role::Reviewer, {});
        sync::Mutation insert = insertOf(5, 1, 1, QStringLiteral("d12"));
        QJsonArray items;
        for (int i = 1; i <= 40; ++i) {
            items.append(
                QJsonObject{{QStringLiteral("id"), uuidOf(6, i)},
                            {QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("信息项%1").arg(i)}}}});
        }
        insert.children = QJsonObject{{QStringLiteral("info_item"), items}};
        QVERIFY(applyPush(m_db, reviewer, {reviewer.clientId, {insert}}));
        auto first = readPull(m_db, {{departmentScope(QStringLiteral("d12")), 0}}, 1);
        QVERIFY(first);
        QCOMPARE(first.value().changes.size(), 1);
        QCOMPARE(first.value().changes.at(0).table, QStringLiteral("info_resource"));
        QVERIFY(first.value().hasMore);
    }

    // Four devices push 4 × 30 single-row batches on their own connections while a puller pages
    // with a small limit; at the end the puller has received every row exactly as often as it
    // changed, and nothing after its cursor is left.
    void concurrentPushesLoseNothingForAPuller()
    {
        const int devices = 4;
        const int rows = 30;
        std::vector<PushIdentity> ids;
        for (int d = 0; d < devices; ++d) {
            ids.push_back(registerDevice(m_db, 10 + d, Role::CatalogEditor, {QStringLiteral("d12")}));
        }
        std::atomic<int> running{devices};
        std::atomic<int> failures{0};
        std::vector<std::thread> pushers;
        for (int d = 0; d < devices; ++d) {
            pushers.emplace_back([&, d] {
                const QString name = QStringLiteral("pusher%1").arg(d);
                {
                    QSqlDatabase db = m_pg.open(name, QStringLiteral("city"));
                    for (int i = 1; i <= rows; ++i) {
                        auto r = applyPush(
                            db, ids[size_t(d)],
                            {ids[size_t(d)].clientId, {insertOf(d + 2, i, i, QStringLiteral("d12"))}});
                        if (!r || r.value().results.size() != 1 ||
                            r.value().results.at(0).status != QLatin1String("applied")) {
                            ++failures;
                        }
                    }
                }
                QSqlDatabase::removeDatabase(name);
                --running;
            });
        }
        QSet<QString> received;
        QMap<QString, qint64> cursors{{departmentScope(QStringLiteral("d12")), 0}};
        qint64 last = 0;
        bool ordered = true;
        auto drain = [&] {
            for (;;) {
                auto page = readPull(m_db, cursors, 7);
                if (!page) {
                    ++failures;
                    return;
                }
                for (const PulledChange& c : page.value().changes) {
                    ordered = ordered && c.cs > last;
                    last = c.cs;
                    received.insert(c.id);
                }
                cursors = page.value().cursors;
                if (!page.value().hasMore) {
                    return;
                }
            }
        };
        while (running.load() > 0) {
            drain();
        }
        for (std::thread& t : pushers) {
            t.join();
        }
        drain();
        QCOMPARE(failures.load(), 0);
        QVERIFY(ordered);
        QCOMPARE(received.size(), devices * rows);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("main"));
        m_pg.stop();
    }
};

QTEST_GUILESS_MAIN(PullReadTest)
#include "tst_pullread.moc"
