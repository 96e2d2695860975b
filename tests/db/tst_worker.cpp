// db/Worker: long jobs on a thread of their own, over a connection of their own (issue 14).
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Worker.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace govcat;
using namespace govcat::db;

class TestWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void runsOnItsOwnThreadAndConnection();
    void writesAreSeenByTheWindowsConnection();
    void cancelStopsTheJob();
    void secondJobIsRefused();
    void errorsComeBackAsResults();
    void closingTheDatabaseEndsARunningJob();
    void resultForADestroyedReceiverIsDropped();
    void ownerIsFoundFromTheConnection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

namespace {

void setMeta(QSqlDatabase db, const QString& key, const QString& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

Result<QString> meta(QSqlDatabase db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        return sqlError(q.lastError(), QStringLiteral("read meta"));
    }
    return q.next() ? q.value(0).toString() : QString();
}

// Waits (in an event loop) until the job blocked on `release` has started.
struct Gate
{
    std::atomic<bool> started{false};
    std::atomic<bool> release{false};
    void waitOpen()
    {
        started = true;
        for (int i = 0; i < 10000 && !release; ++i) {
            QThread::msleep(1);
        }
    }
};

} // namespace

void TestWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("w.govcat")));
}

void TestWorker::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestWorker::runsOnItsOwnThreadAndConnection()
{
    setMeta(m_database->connection(), QStringLiteral("probe"), QStringLiteral("已提交"));
    struct Seen
    {
        QThread* thread = nullptr;
        QString connection;
        QString value;
    };
    std::optional<Result<Seen>> got;
    auto started = m_database->worker().start<Seen>(
        [](JobContext& context) -> Result<Seen> {
            Seen seen{QThread::currentThread(), context.connection().connectionName(), {}};
            auto value = meta(context.connection(), QStringLiteral("probe"));
            if (!value) {
                return value.error();
            }
            seen.value = value.value();
            return seen;
        },
        this, [&](Result<Seen> r) { got.emplace(std::move(r)); });
    QVERIFY(started);
    QVERIFY(!got); // delivered by the event loop, never in start()'s stack
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(got->error().message));
    QVERIFY(got->value().thread != QThread::currentThread());
    QVERIFY(got->value().thread != nullptr);
    QVERIFY(!got->value().connection.isEmpty());
    QVERIFY(got->value().connection != m_database->connectionName());
    QCOMPARE(got->value().value, QStringLiteral("已提交"));
    QVERIFY(!m_database->worker().isBusy());
}

void TestWorker::writesAreSeenByTheWindowsConnection()
{
    std::optional<Result<int>> got;
    // The window's connection holds a read open while the worker writes (WAL: no SQLITE_BUSY).
    QSqlQuery reading(m_database->connection());
    QVERIFY(reading.exec(QStringLiteral("SELECT key FROM meta")));
    QVERIFY(reading.next());
    QVERIFY(m_database->worker()
                .start<int>(
                    [](JobContext& context) -> Result<int> {
                        QSqlQuery q(context.connection());
                        if (!q.exec(QStringLiteral(
                                "INSERT INTO meta (key, value) VALUES ('by-worker', '写入')"))) {
                            return sqlError(q.lastError(), QStringLiteral("insert"));
                        }
                        return 1;
                    },
                    this, [&](Result<int> r) { got.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(got->error().message));
    reading.finish();
    auto value = meta(m_database->connection(), QStringLiteral("by-worker"));
    QVERIFY(value);
    QCOMPARE(value.value(), QStringLiteral("写入"));
}

void TestWorker::cancelStopsTheJob()
{
    Worker& worker = m_database->worker();
    QSignalSpy progressed(&worker, &Worker::progressed);
    std::optional<Result<qint64>> got;
    QVERIFY(worker
                .start<qint64>(
                    [](JobContext& context) -> Result<qint64> {
                        for (qint64 i = 0; i < 100000; ++i) {
                            if (!context.progress(i, 100000)) {
                                return makeError(Error::Kind::Cancelled,
                                                 QStringLiteral("cancelled at %1").arg(i));
                            }
                            QThread::msleep(1);
                        }
                        return qint64(100000);
                    },
                    this, [&](Result<qint64> r) { got.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(progressed.count() > 0); // progress reaches the GUI thread while the job runs
    QCOMPARE(progressed.constFirst().at(1).toLongLong(), 100000);
    worker.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, Error::Kind::Cancelled);
    // A cancelled job does not cancel the next one.
    std::optional<Result<int>> next;
    QVERIFY(worker
                .start<int>([](JobContext& c) -> Result<int> { return c.progress(1, 1) ? 7 : -1; }, this,
                            [&](Result<int> r) { next.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(next.has_value());
    QCOMPARE(next->value(), 7);
}

void TestWorker::secondJobIsRefused()
{
    Worker& worker = m_database->worker();
    Gate gate;
    std::optional<Result<int>> first;
    QVERIFY(worker
                .start<int>(
                    [&gate](JobContext&) -> Result<int> {
                        gate.waitOpen();
                        return 1;
                    },
                    this, [&](Result<int> r) { first.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(gate.started.load());
    QVERIFY(worker.isBusy());
    bool secondRan = false;
    auto second = worker.start<int>(
        [&secondRan](JobContext&) -> Result<int> {
            secondRan = true;
            return 2;
        },
        this, [](Result<int>) {});
    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::Invalid);
    QCOMPARE(second.error().message, Worker::busyMessage());
    QVERIFY(second.error().message.contains(QStringLiteral("正在进行")));
    gate.release = true;
    QTRY_VERIFY(first.has_value());
    QCOMPARE(first->value(), 1);
    QVERIFY(!secondRan);
    QVERIFY(!worker.isBusy());
    // Once the first result is delivered the worker takes the next job.
    std::optional<Result<int>> third;
    QVERIFY(worker
                .start<int>([](JobContext&) -> Result<int> { return 3; }, this,
                            [&](Result<int> r) { third.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(third.has_value());
    QCOMPARE(third->value(), 3);
}

void TestWorker::errorsComeBackAsResults()
{
    std::optional<Result<QString>> got;
    QVERIFY(m_database->worker()
                .start<QString>(
                    [](JobContext& context) { return meta(context.connection(), QStringLiteral("x' OR")); },
                    this, [&](Result<QString> r) { got.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok()); // a bound value, not SQL: no row
    got.reset();
    QVERIFY(m_database->worker()
                .start<QString>(
                    [](JobContext& context) -> Result<QString> {
                        QSqlQuery q(context.connection());
                        if (!q.exec(QStringLiteral("SELECT nothing FROM no_such_table"))) {
                            return sqlError(q.lastError(), QStringLiteral("read"));
                        }
                        return QString();
                    },
                    this, [&](Result<QString> r) { got.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, Error::Kind::Sql);
    got.reset();
    QVERIFY(m_database->worker()
                .start<QString>([](JobContext&) -> Result<QString> { throw std::runtime_error("boom"); },
                                this, [&](Result<QString> r) { got.emplace(std::move(r)); })
                .ok());
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->error().kind, Error::Kind::Io);
}

void TestWorker::closingTheDatabaseEndsARunningJob()
{
    std::atomic<bool> started{false};
    std::atomic<bool> sawCancel{false};
    bool delivered = false;
    QVERIFY(m_database->worker()
                .start<int>(
                    [&](JobContext& context) -> Result<int> {
                        started = true;
                        for (int i = 0; i < 20000; ++i) {
                            if (!context.progress(i, 0)) {
                                sawCancel = true;
                                return makeError(Error::Kind::Cancelled, QStringLiteral("cancelled"));
                            }
                            QThread::msleep(1);
                        }
                        return 0;
                    },
                    this, [&](Result<int>) { delivered = true; })
                .ok());
    QTRY_VERIFY(started.load());
    QElapsedTimer timer;
    timer.start();
    m_database.reset(); // cancels, waits for the job, closes the worker's connection on its thread
    QVERIFY(sawCancel.load());
    QVERIFY(timer.elapsed() < 5000);
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void TestWorker::resultForADestroyedReceiverIsDropped()
{
    auto receiver = std::make_unique<QObject>();
    bool delivered = false;
    QSignalSpy idle(&m_database->worker(), &Worker::idle);
    QVERIFY(m_database->worker()
                .start<int>([](JobContext&) -> Result<int> { return 1; }, receiver.get(),
                            [&](Result<int>) { delivered = true; })
                .ok());
    receiver.reset();
    QTRY_COMPARE(idle.count(), 1);
    QVERIFY(!delivered);
    QVERIFY(!m_database->worker().isBusy());
}

void TestWorker::ownerIsFoundFromTheConnection()
{
    QCOMPARE(Database::owning(m_database->connection()), m_database.get());
    QCOMPARE(Database::owning(QSqlDatabase()), nullptr);
    auto sibling = m_database->openSibling();
    QVERIFY2(sibling, qPrintable(sibling.error().message));
    QCOMPARE(Database::owning(sibling.value()->connection()), sibling.value().get());
    setMeta(m_database->connection(), QStringLiteral("s"), QStringLiteral("兄弟连接"));
    auto seen = meta(sibling.value()->connection(), QStringLiteral("s"));
    QVERIFY(seen);
    QCOMPARE(seen.value(), QStringLiteral("兄弟连接"));
}

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
