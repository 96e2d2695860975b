// ui/common/JobRunner: a job on the worker thread while the window's event loop keeps running, with a
// progress dialog that cancels it (issue 14).
#include "db/Database.h"
#include "db/Worker.h"
#include "support/TestSupport.h"
#include "ui/common/JobRunner.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>

using namespace govcat;

class TestJobRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eventLoopRunsWhileTheJobRuns();
    void progressDialogCancelsTheJob();
    void secondJobIsRefusedWhileOneRuns();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_database;
    const ui::JobLabels m_labels{QStringLiteral("testProgressDialog"), QStringLiteral("测试"),
                                 QStringLiteral("正在测试…")};
};

void TestJobRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("j.govcat")));
}

void TestJobRunner::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

// The job waits for a timer of the GUI thread: it only returns 1 if that timer fired while it ran.
void TestJobRunner::eventLoopRunsWhileTheJobRuns()
{
    QWidget window;
    window.show();
    std::atomic<bool> released{false};
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (++ticks == 5) {
            released = true;
        }
    });
    ticker.start(10);
    auto result =
        ui::JobRunner::run<int>(&window, m_database->worker(), m_labels, [&](db::JobContext&) -> Result<int> {
            for (int i = 0; i < 10000; ++i) {
                if (released) {
                    return 1;
                }
                QThread::msleep(1);
            }
            return 0;
        });
    QVERIFY(result);
    QCOMPARE(result.value(), 1);
    QVERIFY(ticks >= 5);
}

void TestJobRunner::progressDialogCancelsTheJob()
{
    QWidget window;
    window.show();
    bool clicked = false;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        auto* dialog = window.findChild<QProgressDialog*>(m_labels.objectName);
        if (dialog != nullptr && dialog->isVisible() && !clicked) {
            clicked = true;
            dialog->cancel(); // what 取消 does
        }
    });
    driver.start(20);
    auto result = ui::JobRunner::run<int>(
        &window, m_database->worker(), m_labels, [](db::JobContext& context) -> Result<int> {
            for (int i = 0; i < 20000; ++i) {
                if (!context.progress(i, 20000)) {
                    return makeError(Error::Kind::Cancelled, QStringLiteral("cancelled"));
                }
                QThread::msleep(1);
            }
            return 0;
        });
    QVERIFY(clicked); // the dialog showed up (after half a second) while the job ran
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Cancelled);
    QVERIFY(!m_database->worker().isBusy());
}

void TestJobRunner::secondJobIsRefusedWhileOneRuns()
{
    QWidget window;
    std::atomic<bool> released{false};
    std::optional<Result<int>> second;
    QTimer::singleShot(30, this, [&] {
        second.emplace(ui::JobRunner::run<int>(&window, m_database->worker(), m_labels,
                                               [](db::JobContext&) -> Result<int> { return 2; }));
        released = true;
    });
    auto first =
        ui::JobRunner::run<int>(&window, m_database->worker(), m_labels, [&](db::JobContext&) -> Result<int> {
            for (int i = 0; i < 10000 && !released; ++i) {
                QThread::msleep(1);
            }
            return 1;
        });
    QVERIFY(first);
    QCOMPARE(first.value(), 1);
    QVERIFY(second.has_value());
    QVERIFY(!second->ok());
    QCOMPARE(second->error().message, db::Worker::busyMessage());
}

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
