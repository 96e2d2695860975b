#include "app/ExitCodes.h"
#include "db/Database.h"
#include "support/GovcatRun.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
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
    void checkAfterACrashDuringCreationIsHonest();
    void readOnlyOpenKeepsAWritersFiles();
};

namespace {

QStringList listing(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Starts `govcat demo` on path and kills it (SIGKILL) when its rollback journal appears (the
// first commit of a new database, before which the file is empty), or after delayMs when given.
// True when it was killed (not finished first).
bool killDemo(const QString& dir, const QString& path, int delayMs)
{
    QProcess demo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(test::kPassphrase));
    demo.setProcessEnvironment(env);
    demo.setWorkingDirectory(dir);
    demo.start(test::govcatBinary(),
               {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--resources"),
                QStringLiteral("3000"), QStringLiteral("--kdf"), QStringLiteral("interactive"),
                QStringLiteral("--quiet")});
    if (!demo.waitForStarted()) {
        return false;
    }
    const QString journal = path + QStringLiteral("-journal");
    QElapsedTimer timer;
    timer.start();
    bool killed = false;
    while (demo.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
        if (delayMs < 0 ? QFileInfo::exists(journal) : timer.elapsed() >= delayMs) {
            demo.kill();
            killed = true;
            break;
        }
        demo.waitForFinished(delayMs < 0 ? 0 : 5);
    }
    demo.waitForFinished();
    return killed && demo.exitStatus() == QProcess::CrashExit;
}

} // namespace

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

void TestCrashDurability::checkAfterACrashDuringCreationIsHonest()
{
    // kill -9 of `govcat demo` when its first commit is under way (an empty file and a -journal),
    // and at a few other moments: `govcat check` says what is there, never "damaged", and leaves
    // the folder as it found it.
    int emptyCaught = 0;
    for (int run = 0; run < 14; ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.govcat"));
        const int delay = run < 10 ? -1 : 600 + 400 * (run - 10);
        if (!killDemo(dir.path(), path, delay)) {
            continue; // it finished first
        }
        const QStringList before = listing(dir.path());
        const test::GovcatRun check =
            test::runGovcat({QStringLiteral("check"), QStringLiteral("--db"), path}, test::kPassphrase);
        const QString said = check.out + check.err;
        // "数据库本身并未损坏" (a hot journal, the database itself not damaged) says the opposite.
        const QString verdict = QString(said).remove(QStringLiteral("并未损坏"));
        QVERIFY2(!verdict.contains(QStringLiteral("damaged")) && !verdict.contains(QStringLiteral("损坏")) &&
                     !verdict.contains(QStringLiteral("完整性检查未通过")),
                 qPrintable(said));
        QCOMPARE(listing(dir.path()), before);
        if (!QFileInfo::exists(path)) {
            QCOMPARE(check.exitCode, app::ExitCode::Database); // killed before the file was made: "not found"
        } else if (QFileInfo(path).size() == 0) {
            ++emptyCaught;
            QCOMPARE(check.exitCode, app::ExitCode::Database);
            QVERIFY2(said.contains(QStringLiteral("创建数据库时程序中断")), qPrintable(said));
        } else if (said.contains(QStringLiteral("创建数据库时程序中断"))) {
            // killed after the encrypted file's first page and before the schema's commit
            QCOMPARE(check.exitCode, app::ExitCode::Database);
            QVERIFY2(said.contains(QStringLiteral("还没有任何表")), qPrintable(said));
        } else if (said.contains(QStringLiteral("未完成的写入日志"))) {
            // killed inside a later commit: its journal is hot, and a read-only open cannot roll
            // it back. The journal is there, and a read-write open recovers the database.
            QCOMPARE(check.exitCode, app::ExitCode::Database);
            QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
            auto recovered = db::Database::open(path, test::kPassphrase);
            QVERIFY2(recovered, qPrintable(recovered.error().message));
            QVERIFY(recovered.value()->integrityCheck());
        } else {
            QVERIFY2(check.exitCode == 0 && said.contains(QStringLiteral("完整性：正常")), qPrintable(said));
        }
    }
    // The empty file with its journal is what the reporter found: the test must have met it.
    QVERIFY2(emptyCaught > 0, "no run was killed during the first commit");
}

void TestCrashDurability::readOnlyOpenKeepsAWritersFiles()
{
    // Another process writes: a read-only open in this one (check, export) must not remove the
    // -wal/-shm the writer uses, even though they did not exist when it was made.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.govcat"));
    test::createDatabase(path).reset();
    QCOMPARE(listing(dir.path()),
             (QStringList{QStringLiteral("shared.govcat"), QStringLiteral("shared.govcat.key")}));
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(test::kPassphrase));
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral(GOVCAT_CRASHWRITER), {path, QStringLiteral("dept-w")});
    QVERIFY(writer.waitForStarted());
    QVERIFY2(writer.waitForReadyRead(30000), "writer produced no commit");
    {
        auto reader = db::Database::open(path, test::kPassphrase, db::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        QVERIFY(reader.value()->integrityCheck());
    }
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    const qint64 rowsBefore = writer.readAllStandardOutput().count('\n');
    QVERIFY(writer.waitForReadyRead(30000)); // still writing
    QVERIFY(rowsBefore > 0);
    writer.kill();
    QVERIFY(writer.waitForFinished());
    auto after = db::Database::open(path, test::kPassphrase);
    QVERIFY(after);
    QVERIFY(after.value()->integrityCheck());
}

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "tst_crashdurability.moc"
