#include "db/Worker.h"
#include "exchange/DataCall.h"
#include "support/BusyWorker.h"
#include "support/CatalogFixture.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/datacall/DataCallDialog.h"
#include "ui/session/NewDatabaseDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace govcat;
using test::child;

// The data call's kits and a new database are made off the GUI thread (issue 14): the window's
// timers keep firing meanwhile, the result is the same as before, 取消 records nothing, and a second
// long job while the worker is busy is refused with the worker's sentence.
class TestBackgroundJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataCallKitsAreWrittenOnTheWorker();
    void cancelledDataCallRecordsNothing();
    void dataCallWhileTheWorkerIsBusyIsRefused();
    void newDatabaseIsCreatedOffTheGuiThread();
};

namespace {

const QString kCalls = QStringLiteral("SELECT count(*) FROM data_call");

QStringList kits(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.xlsx")}, QDir::Files);
}

} // namespace

void TestBackgroundJobs::dataCallKitsAreWrittenOnTheWorker()
{
    test::CatalogFixture fixture(60);
    db::Worker& worker = fixture.database->worker();
    ui::DataCallDialog dialog(*fixture.database, fixture.actor(Role::Administrator), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (worker.isBusy()) {
            ++ticks;
        }
    });
    ticker.start(2);
    const QString folder = fixture.dir.filePath(QStringLiteral("kits"));
    QVERIFY(dialog.generate(QStringLiteral("2026 年度普查"), folder));
    ticker.stop();
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    QVERIFY(!worker.isBusy());
    const qint64 departments =
        fixture.count(QStringLiteral("SELECT count(*) FROM department WHERE is_deleted = 0"));
    QCOMPARE(kits(folder).size(), departments);
    QVERIFY(kits(folder).contains(exchange::DataCall::kitFileName(QStringLiteral("2026 年度普查"),
                                                                  QStringLiteral("临川市市场监督管理局"))));
    // Recorded on the worker's connection, listed from the window's.
    QCOMPARE(fixture.count(kCalls), qint64(1));
    QCOMPARE(child<QTableWidget>(&dialog, "dataCallTable")->rowCount(), int(departments));
    QVERIFY(child<QLabel>(&dialog, "dataCallSummaryLabel")
                ->text()
                .contains(QStringLiteral("%1 个未报送").arg(departments)));
}

void TestBackgroundJobs::cancelledDataCallRecordsNothing()
{
    test::CatalogFixture fixture(60);
    db::Worker& worker = fixture.database->worker();
    ui::DataCallDialog dialog(*fixture.database, fixture.actor(Role::Administrator), {});
    int cancels = 0;
    connect(&worker, &db::Worker::progressed, this, [&](qint64 done, qint64 total) {
        if (cancels == 0 && done > 0 && done < total) {
            worker.cancel(); // what the progress dialog's 取消 does
            ++cancels;
        }
    });
    const QString folder = fixture.dir.filePath(QStringLiteral("kits"));
    QVERIFY(!dialog.generate(QStringLiteral("2026 年度普查"), folder));
    QCOMPARE(cancels, 1);
    QTRY_VERIFY(!worker.isBusy());
    QCOMPARE(fixture.count(kCalls), qint64(0));
    QCOMPARE(fixture.count(QStringLiteral("SELECT count(*) FROM data_call_dept")), qint64(0));
    QVERIFY(child<QLabel>(&dialog, "dataCallSummaryLabel")->text().contains(QStringLiteral("还没有下发过")));
}

void TestBackgroundJobs::dataCallWhileTheWorkerIsBusyIsRefused()
{
    test::CatalogFixture fixture(10);
    db::Worker& worker = fixture.database->worker();
    ui::DataCallDialog dialog(*fixture.database, fixture.actor(Role::Administrator), {});
    test::BusyWorker busy(worker);
    QVERIFY(busy.accepted());
    QTRY_VERIFY(busy.running());
    QString said;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->close();
        }
    });
    closer.start(20);
    const QString folder = fixture.dir.filePath(QStringLiteral("kits"));
    QVERIFY(!dialog.generate(QStringLiteral("2026 年度普查"), folder));
    closer.stop();
    QCOMPARE(said, db::Worker::busyMessage());
    QVERIFY(kits(folder).isEmpty());
    QCOMPARE(fixture.count(kCalls), qint64(0));
    busy.release();
    QTRY_VERIFY(!worker.isBusy());
    QVERIFY(dialog.generate(QStringLiteral("2026 年度普查"), folder)); // once it is free
    QCOMPARE(fixture.count(kCalls), qint64(1));
}

// Argon2id (libsodium's INTERACTIVE cost, 64 MiB) and the migrations run on another thread: the
// timers keep firing, a progress dialog without 取消 shows, the inputs are disabled and closing is
// refused; the database handed over opens here and again with the passphrase.
void TestBackgroundJobs::newDatabaseIsCreatedOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.govcat"));
    const QString passphrase = QStringLiteral("县数据局 2026 目录编制");
    ui::NewDatabaseDialog dialog(path);
    dialog.setKdfProfile(db::KdfProfile::Interactive);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "passphraseLineEdit")->setText(passphrase);
    child<QLineEdit>(&dialog, "confirmLineEdit")->setText(passphrase);
    auto* create = child<QPushButton>(&dialog, "createPushButton");
    QVERIFY(create->isEnabled());
    int ticks = 0;
    bool progressShown = false;
    bool inputsDisabled = true;
    bool noCancel = true;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (!dialog.isCreating()) {
            return;
        }
        ++ticks;
        auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("createProgressDialog"));
        progressShown = progressShown || (progress != nullptr && progress->isVisible());
        noCancel = noCancel && (progress == nullptr || progress->findChild<QPushButton*>() == nullptr);
        inputsDisabled = inputsDisabled && !create->isEnabled() &&
                         !child<QLineEdit>(&dialog, "passphraseLineEdit")->isEnabled();
        dialog.reject(); // Esc: refused until the database is made
    });
    ticker.start(2);
    QTest::mouseClick(create, Qt::LeftButton);
    ticker.stop();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    QVERIFY(progressShown);
    QVERIFY(noCancel);
    QVERIFY(inputsDisabled);
    QVERIFY(!dialog.isCreating());
    auto database = dialog.takeDatabase();
    QVERIFY(database);
    QVERIFY(database->connection().isOpen()); // usable here, on the GUI thread
    QCOMPARE(database->schemaVersion(), db::Migrations::latestVersion());
    QVERIFY(database->unwrapMillis() > 0);
    database.reset();
    auto reopened = db::Database::open(path, passphrase.toUtf8());
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QCOMPARE(reopened.value()->schemaVersion(), db::Migrations::latestVersion());
}

QTEST_MAIN(TestBackgroundJobs)
#include "tst_backgroundjobs.moc"
