// The pull cursor must follow commit order (SYNC.md §2.4), shown on a real PostgreSQL server: with
// a plain sequence a puller that saw a later number moves its cursor past an earlier number whose
// transaction commits afterwards, and that row is never delivered; with the advisory lock taken
// just before the number is drawn and held to COMMIT, numbers are drawn in commit order and every
// row arrives. govcat's sync server is to draw its change numbers the second way.
#include "support/PgCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using govcat::test::PgCluster;

namespace {

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

// The change numbers a puller receives after its cursor, and the new cursor (the largest seen).
QList<qint64> pull(QSqlDatabase& db, qint64& cursor)
{
    QList<qint64> seen;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cs FROM row_changes WHERE cs > ? ORDER BY cs"));
    q.addBindValue(cursor);
    if (q.exec()) {
        while (q.next()) {
            seen << q.value(0).toLongLong();
            cursor = std::max(cursor, q.value(0).toLongLong());
        }
    }
    return seen;
}

} // namespace

class CommitOrderTest : public QObject
{
    Q_OBJECT
private:
    PgCluster m_pg;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "libqt6sql6-psql is not installed");
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("sync")), qPrintable(m_pg.error()));
    }

    void init()
    {
        QSqlDatabase db = m_pg.open(QStringLiteral("setup"), QStringLiteral("sync"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(exec(db, QStringLiteral("DROP TABLE IF EXISTS row_changes")));
        QVERIFY(exec(db, QStringLiteral("DROP SEQUENCE IF EXISTS cs_seq")));
        QVERIFY(exec(db, QStringLiteral("CREATE SEQUENCE cs_seq")));
        QVERIFY(
            exec(db, QStringLiteral("CREATE TABLE row_changes (cs bigint PRIMARY KEY, id text NOT NULL)")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    }

    // The naive cursor: A draws 1, B draws 2 and commits, the puller moves to 2, A commits 1: lost.
    void plainSequenceLosesARow()
    {
        {
            QSqlDatabase a = m_pg.open(QStringLiteral("a"), QStringLiteral("sync"));
            QSqlDatabase b = m_pg.open(QStringLiteral("b"), QStringLiteral("sync"));
            QSqlDatabase puller = m_pg.open(QStringLiteral("puller"), QStringLiteral("sync"));
            QVERIFY(a.isOpen() && b.isOpen() && puller.isOpen());
            QVERIFY(exec(a, QStringLiteral("BEGIN")));
            QVERIFY(exec(a, QStringLiteral("INSERT INTO row_changes VALUES (nextval('cs_seq'), 'row-a')")));
            QVERIFY(exec(b, QStringLiteral("BEGIN")));
            QVERIFY(exec(b, QStringLiteral("INSERT INTO row_changes VALUES (nextval('cs_seq'), 'row-b')")));
            QVERIFY(exec(b, QStringLiteral("COMMIT")));
            qint64 cursor = 0;
            QCOMPARE(pull(puller, cursor), QList<qint64>{2});
            QVERIFY(exec(a, QStringLiteral("COMMIT")));
            QCOMPARE(pull(puller, cursor), QList<qint64>{}); // row 1 committed, and is never delivered
            QSqlQuery all(puller);
            QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM row_changes")) && all.next());
            QCOMPARE(all.value(0).toInt(), 2);
        }
        for (const char* name : {"a", "b", "puller"}) {
            QSqlDatabase::removeDatabase(QLatin1String(name));
        }
    }

    // The chosen cursor: the advisory lock before nextval makes B wait until A commits, so B draws
    // its number after A's commit and the puller receives both.
    void lateAdvisoryLockDeliversEveryRow()
    {
        {
            QSqlDatabase a = m_pg.open(QStringLiteral("a"), QStringLiteral("sync"));
            QSqlDatabase puller = m_pg.open(QStringLiteral("puller"), QStringLiteral("sync"));
            QVERIFY(a.isOpen() && puller.isOpen());
            QVERIFY(exec(a, QStringLiteral("BEGIN")));
            QVERIFY(exec(a, QStringLiteral("SELECT pg_advisory_xact_lock(7231)")));
            QVERIFY(exec(a, QStringLiteral("INSERT INTO row_changes VALUES (nextval('cs_seq'), 'row-a')")));

            // B on its own thread and connection: it blocks on the lock until A commits.
            std::atomic<bool> bDone{false};
            std::atomic<bool> bOk{false};
            std::thread b([&] {
                {
                    QSqlDatabase db = m_pg.open(QStringLiteral("b"), QStringLiteral("sync"));
                    bOk =
                        db.isOpen() && exec(db, QStringLiteral("BEGIN")) &&
                        exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7231)")) &&
                        exec(db,
                             QStringLiteral("INSERT INTO row_changes VALUES (nextval('cs_seq'), 'row-b')")) &&
                        exec(db, QStringLiteral("COMMIT"));
                }
                QSqlDatabase::removeDatabase(QStringLiteral("b"));
                bDone = true;
            });
            // Wait until B is queued on the lock (a lock request not granted).
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QSqlQuery q(puller);
                    return q.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                                 "AND NOT granted")) &&
                           q.next() && q.value(0).toInt() == 1;
                }(),
                20000);
            qint64 cursor = 0;
            QCOMPARE(pull(puller, cursor), QList<qint64>{}); // nothing committed yet
            QVERIFY(exec(a, QStringLiteral("COMMIT")));
            QTRY_VERIFY_WITH_TIMEOUT(bDone.load(), 20000);
            b.join();
            QVERIFY(bOk.load());
            QCOMPARE(pull(puller, cursor), (QList<qint64>{1, 2}));
        }
        for (const char* name : {"a", "puller"}) {
            QSqlDatabase::removeDatabase(QLatin1String(name));
        }
    }

    void cleanupTestCase() { m_pg.stop(); }
};

QTEST_GUILESS_MAIN(CommitOrderTest)
#include "tst_commitorder.moc"
