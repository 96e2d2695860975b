#include "db/Database.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

// kill -9 of a writer in the middle of its commits must lose no acknowledged commit (SYNC.md §2.2).
class TestCrashDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killNineLosesNoAcknowledgedCommit();
};

void TestCrashDurability::killNineLosesNoAcknowledgedCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.govcat"));
    test::createDatabase(path).reset();
    constexpr int kRuns = 20;
    int lastRunRows = -1;
    int unacknowledgedDurable = 0;
    for (int run = 0; run < kRuns; ++run) {
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(test::kPassphrase));
        writer.setProcessEnvironment(env);
        writer.start(QStringLiteral(GOVCAT_CRASHWRITER), {path, QStringLiteral("dept-%1").arg(run)});
        QVERIFY(writer.waitForStarted());
        QVERIFY2(writer.waitForReadyRead(30000), "writer produced no commit");
        QTest::qWait(50 + int(QRandomGenerator::global()->bounded(250)));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished());
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        QSet<QString> acknowledged;
        for (const QByteArray& line : lines) {
            if (!line.isEmpty()) {
                acknowledged.insert(QString::fromLatin1(line));
            }
        }
        QVERIFY(!acknowledged.isEmpty());

        auto database = db::Database::open(path, test::kPassphrase);
        QVERIFY2(database, qPrintable(database.error().message));
        QVERIFY(database.value()->integrityCheck());
        QSqlQuery q(database.value()->connection());
        q.prepare(QStringLiteral("SELECT title FROM legal_basis WHERE owner_dept_id = ?"));
        q.addBindValue(QStringLiteral("dept-%1").arg(run));
        QVERIFY(q.exec());
        QSet<QString> stored;
        while (q.next()) {
            stored.insert(q.value(0).toString());
        }
        for (const QString& n : std::as_const(acknowledged)) {
            QVERIFY2(stored.contains(n),
                     qPrintable(QStringLiteral("run %1 lost acknowledged row %2").arg(run).arg(n)));
        }
        unacknowledgedDurable += int(stored.size() - acknowledged.size());
        // Outbox and audit stay in step with the rows (same transaction).
        QVERIFY(
            q.exec(QStringLiteral("SELECT (SELECT count(*) FROM legal_basis), (SELECT count(*) FROM outbox), "
                                  "(SELECT count(*) FROM audit_journal)")) &&
            q.next());
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        QCOMPARE(q.value(2).toInt(), q.value(0).toInt());
        lastRunRows = q.value(0).toInt();
    }
    qInfo("%d runs, %d rows in the end, %d durable but unacknowledged commits", kRuns, lastRunRows,
          unacknowledgedDurable);
}

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "tst_crashdurability.moc"
