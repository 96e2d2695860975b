// Journey on the demo city made by `govcat demo`: a department editor imports a real workbook
// through 导入目录 (issue 14). The preview is planned and the rows written on the database's worker
// thread while the window's timers keep firing; what the worker wrote on its own connection is
// listed (and found by the search) on the window's; undo and redo on the window's stack; a cancelled
// preview or write leaves the catalog as it was; a write asked for while another long job holds the
// worker is refused with the worker's sentence.
#include "catalog/CatalogQueries.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/Worker.h"
#include "models/catalog/ResourceListModel.h"
#include "models/commands/ImportUndoCommand.h"
#include "support/BusyWorker.h"
#include "support/DemoCity.h"
#include "support/TestSupport.h"
#include "support/TimeBounds.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/import/ImportDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <atomic>

using namespace govcat;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(GOVCAT_IMPORT_FIXTURES "/") + QString::fromUtf8(name);
}

const QString kLive = QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0");
const QString kOutbox = QStringLiteral("SELECT count(*) FROM outbox");
const QString kAudit = QStringLiteral("SELECT count(*) FROM audit_journal");

// Counts the ticks of a 2 ms timer on this (the GUI) thread while the worker runs a job whose
// progress dialog, a child of `dialog` named `progressName`, says `label`.
class TickCounter
{
public:
    TickCounter(db::Worker& worker, QWidget* dialog, const char* progressName, const QString& label)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [=, this, &worker] {
            auto* progress = dialog->findChild<QProgressDialog*>(QString::fromLatin1(progressName));
            if (worker.isBusy() && progress != nullptr && progress->labelText().contains(label)) {
                ++m_ticks;
            }
        });
        m_timer.start(2);
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace

class JourneyImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realWorkbookImportsOnTheWorkerWithUndo();
    void cancelledPreviewAndWriteLeaveTheCatalogAsItWas();
    void writeWhileTheWorkerIsBusyIsRefused();
    void largeImportKeepsTheWindowResponsive();
    void cleanupTestCase();

private:
    qint64 count(const QString& sql) const;
    // A CSV of `rows` new resources of the market regulator.
    QString manyNewResources(int rows) const;

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<db::Repository> m_repo;
    std::unique_ptr<catalog::ResourceStore> m_store;
};

void JourneyImportDialog::initTestCase()
{
    m_database = test::openDemoCity(m_dir);
    QVERIFY(m_database);
    const QString dept = test::demoDepartment(*m_database, QStringLiteral("临川市市场监督管理局"));
    QVERIFY(!dept.isEmpty());
    // The window's session: its Repository writes as the editor, on the GUI thread's connection.
    m_repo = std::make_unique<db::Repository>(
        m_database->connection(),
        db::Actor{QStringLiteral("王编辑"), dept, canonicalName(Role::CatalogEditor)});
    m_store = std::make_unique<catalog::ResourceStore>(m_database->connection(), *m_repo);
}

void JourneyImportDialog::cleanupTestCase()
{
    m_store.reset();
    m_repo.reset();
    m_database.reset();
}

qint64 JourneyImportDialog::count(const QString& sql) const
{
    QSqlQuery q(m_database->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString JourneyImportDialog::manyNewResources(int rows) const
{
    QByteArray csv =
        QStringLiteral("信息资源名称,信息资源提供方,信息资源分类,信息资源摘要,格式分类,格式类型,共享类型,"
                       "共享方式分类,共享方式类型,是否向社会开放,更新周期,信息项\r\n")
            .toUtf8();
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral(
                   "批量导入的监管信息%1,临川市市场监督管理局,101,记录本部门的监管信息，供各部门核验使用。,"
                   "数据库,oracle,无条件共享,共享平台方式,接口,否,每周,\"网店名称(C,100)、监测日期(D)\"\r\n")
                   .arg(i)
                   .toUtf8();
    }
    const QString path = m_dir.filePath(QStringLiteral("many-%1.csv").arg(rows));
    return test::writeBytes(path, 0, csv) ? path : QString();
}

void JourneyImportDialog::realWorkbookImportsOnTheWorkerWithUndo()
{
    db::Worker& worker = m_database->worker();
    const qint64 before = count(kLive);
    ui::ImportDialog dialog(*m_store, fixture("layout1_two_sheets.xlsx"));
    {
        TickCounter planning(worker, &dialog, "importProgressDialog", QStringLiteral("比对"));
        QVERIFY(dialog.load());
        QVERIFY2(planning.ticks() >= 2, qPrintable(QString::number(planning.ticks())));
    }
    // The demo city already has one of the workbook's resources: the other is new.
    const int fresh = dialog.plan().count(exchange::ImportPlanRow::Kind::New);
    QVERIFY(fresh >= 1);
    QString name;
    for (const exchange::ImportPlanRow& row : dialog.plan().rows) {
        if (row.kind == exchange::ImportPlanRow::Kind::New) {
            name = row.name;
        }
    }
    QCOMPARE(count(kLive), before); // the preview writes nothing
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    {
        TickCounter writing(worker, &dialog, "importApplyProgressDialog", QStringLiteral("写入"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "applyAllButton"), Qt::LeftButton);
        QVERIFY2(writing.ticks() >= 2, qPrintable(QString::number(writing.ticks())));
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!worker.isBusy());

    // Written on the worker's connection, seen on the window's: counted, listed and found.
    QCOMPARE(count(kLive), before + fresh);
    catalog::CatalogQueries queries(m_database->connection());
    models::ResourceListModel list;
    catalog::ResourceFilter filter;
    filter.search = name;
    QVERIFY(list.load(queries, filter));
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0, models::ResourceListModel::Name).data().toString(),
             QStringLiteral("市场主体登记信息"));
    QCOMPARE(list.index(0, models::ResourceListModel::Status).data().toString(), QStringLiteral("草稿"));
    // As the user who imported.
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT updated_by FROM info_resource WHERE name = ? AND is_deleted = 0"));
    q.addBindValue(name);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("王编辑"));
    // Finished: an active SELECT would hold its read snapshot (WAL) and not see what the worker
    // writes next.
    q.finish();

    QUndoStack stack;
    auto command = dialog.takeCommand();
    QVERIFY(command);
    stack.push(command.release()); // already applied: pushing does not apply it twice
    QCOMPARE(count(kLive), before + fresh);
    stack.undo(); // on the worker, as the import
    QVERIFY2(static_cast<const models::ImportUndoCommand*>(stack.command(0))->lastError().isEmpty(),
             qPrintable(static_cast<const models::ImportUndoCommand*>(stack.command(0))->lastError()));
    QCOMPARE(count(kLive), before);
    QVERIFY(list.reload());
    QCOMPARE(list.rowCount(), 0);
    stack.redo();
    QCOMPARE(count(kLive), before + fresh);
    QVERIFY(list.reload());
    QCOMPARE(list.rowCount(), 1);
    stack.undo();
    QCOMPARE(count(kLive), before);
}

void JourneyImportDialog::cancelledPreviewAndWriteLeaveTheCatalogAsItWas()
{
    db::Worker& worker = m_database->worker();
    const QString path = manyNewResources(3000);
    QVERIFY(!path.isEmpty());
    const qint64 live = count(kLive);
    const qint64 outbox = count(kOutbox);
    const qint64 audit = count(kAudit);
    // 取消 once the job has reported some progress and before it is done.
    QString cancelWhile;
    int cancels = 0;
    QMetaObject::Connection cancelling =
        connect(&worker, &db::Worker::progressed, this, [&](qint64 done, qint64 total) {
            if (!cancelWhile.isEmpty() && done > 0 && done < total) {
                worker.cancel(); // what the progress dialog's 取消 does
                ++cancels;
                cancelWhile.clear();
            }
        });

    {
        ui::ImportDialog dialog(*m_store, path);
        cancelWhile = QStringLiteral("plan");
        QVERIFY(!dialog.load()); // cancelled: no message, no preview
        QCOMPARE(cancels, 1);
    }
    QCOMPARE(count(kLive), live);

    ui::ImportDialog dialog(*m_store, path);
    QVERIFY(dialog.load());
    QCOMPARE(dialog.plan().count(exchange::ImportPlanRow::Kind::New), 3000);
    cancelWhile = QStringLiteral("apply");
    dialog.apply(exchange::ImportScope::All);
    QCOMPARE(cancels, 2);
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!dialog.takeCommand());
    QTRY_VERIFY(!worker.isBusy());
    QCOMPARE(count(kLive), live);
    QCOMPARE(count(kOutbox), outbox);
    QCOMPARE(count(kAudit), audit);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM info_resource WHERE name LIKE '批量导入的监管信息%'")),
        qint64(0));
    disconnect(cancelling);
}

void JourneyImportDialog::writeWhileTheWorkerIsBusyIsRefused()
{
    db::Worker& worker = m_database->worker();
    ui::ImportDialog dialog(*m_store, fixture("layout1_two_sheets.xlsx"));
    QVERIFY(dialog.load());
    const qint64 live = count(kLive);
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
    dialog.apply(exchange::ImportScope::All);
    closer.stop();
    QVERIFY2(said.contains(db::Worker::busyMessage()), qPrintable(said));
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!dialog.takeCommand());
    busy.release();
    QTRY_VERIFY(!worker.isBusy());
    QCOMPARE(count(kLive), live);

    // Once the worker is free, the same dialog writes.
    dialog.apply(exchange::ImportScope::All);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(kLive), live + dialog.plan().count(exchange::ImportPlanRow::Kind::New));
    auto command = dialog.takeCommand();
    QVERIFY(command);
    command->undo();
    QCOMPARE(count(kLive), live);
}

// 3,000 new resources previewed, written, undone, redone and undone again: the window's timer never
// waits long (the longest gap between its 2 ms ticks while the worker runs is printed).
void JourneyImportDialog::largeImportKeepsTheWindowResponsive()
{
    db::Worker& worker = m_database->worker();
    const QString path = manyNewResources(3000);
    QVERIFY(!path.isEmpty());
    const qint64 live = count(kLive);
    qint64 longestGap = 0;
    int ticks = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (worker.isBusy()) {
            if (sinceTick.isValid()) {
                longestGap = std::max(longestGap, sinceTick.elapsed());
            }
            ++ticks;
            sinceTick.start();
        } else {
            sinceTick.invalidate();
        }
    });
    ticker.start(2);
    QElapsedTimer took;
    took.start();
    ui::ImportDialog dialog(*m_store, path);
    QVERIFY(dialog.load());
    const qint64 planMs = took.restart();
    dialog.apply(exchange::ImportScope::All);
    const qint64 applyMs = took.restart();
    ticker.stop();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(kLive), live + 3000);
    qInfo("read+plan %lld ms, apply %lld ms, %d ticks, longest gap between ticks %lld ms", planMs, applyMs,
          ticks, longestGap);
    QVERIFY2(longestGap < 250 * test::kTimeScale, qPrintable(QString::number(longestGap)));
    auto command = dialog.takeCommand();
    QVERIFY(command);
    // Undone and redone on the worker too (the command's runner), under a dialog over the window.
    QUndoStack stack;
    stack.push(command.release());
    for (const bool undo : {true, false, true}) {
        longestGap = 0;
        ticks = 0;
        ticker.start(2);
        took.start();
        undo ? stack.undo() : stack.redo();
        const qint64 ms = took.elapsed();
        ticker.stop();
        qInfo("%s of 3,000 new resources: %lld ms, %d ticks, longest gap between ticks %lld ms",
              undo ? "undo" : "redo", ms, ticks, longestGap);
        QCOMPARE(count(kLive), undo ? live : live + 3000);
        QVERIFY2(ticks >= 2, qPrintable(QString::number(ticks)));
        QVERIFY2(longestGap < 250 * test::kTimeScale, qPrintable(QString::number(longestGap)));
        QVERIFY(static_cast<const models::ImportUndoCommand*>(stack.command(0))->lastError().isEmpty());
    }
}

QTEST_MAIN(JourneyImportDialog)
#include "tst_journeyimportdialog.moc"
