// Journey on the demo city made by `govcat demo`: a catalog editor of 临川市市场监督管理局 lists the
// department's resources, selects them all, and sets their 更新周期 with 目录 → 批量修改所选: the
// preview and 应用 run on the database's worker thread while the window keeps handling events; drafts
// change in place, published resources get the change in a revision. 编辑 → 撤销 puts every value
// back, 重做 applies it again.
#include "app/Workbench.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "db/Worker.h"
#include "models/catalog/DepartmentListModel.h"
#include "models/catalog/ResourceListModel.h"
#include "support/DemoCity.h"
#include "support/WidgetSupport.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace govcat;
using govcat::test::child;

namespace {

const QString kDepartment = QStringLiteral("临川市市场监督管理局");

// What a bulk edit of 更新周期 can touch for the listed resources: their rows and their live
// revisions (ids, status and snapshots), as one digest; or the rows alone.
QByteArray digest(const QSqlDatabase& db, const QStringList& ids, bool revisions)
{
    const QString in = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    QSqlQuery q(db);
    q.prepare(revisions
                  ? QStringLiteral("SELECT r.id, r.update_cycle, r.update_cycle_other, v.id, v.status, "
                                   "CAST(v.snapshot AS BLOB) FROM info_resource r LEFT JOIN "
                                   "resource_version v ON v.resource_id = r.id AND v.is_deleted = 0 "
                                   "WHERE r.id IN (%1) ORDER BY r.id, v.id")
                        .arg(in)
                  : QStringLiteral("SELECT r.id, r.update_cycle, r.update_cycle_other FROM info_resource r "
                                   "WHERE r.id IN (%1) ORDER BY r.id")
                        .arg(in));
    for (const QString& id : ids) {
        q.addBindValue(id);
    }
    if (!q.exec()) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int c = 0; c < q.record().count(); ++c) {
            hash.addData(q.value(c).toByteArray());
            hash.addData(QByteArrayView("\x1f"));
        }
    }
    return hash.result();
}

qint64 count(const QSqlDatabase& db, const QString& sql, const QStringList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QString& bind : binds) {
        q.addBindValue(bind);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class JourneyBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectBulkEditUndoRedo();
};

void JourneyBulkEdit::selectBulkEditUndoRedo()
{
    QTemporaryDir dir;
    auto database = test::openDemoCity(dir);
    QVERIFY(database);
    const db::LocalProfile editor = test::setDemoProfile(*database, QStringLiteral("王编目"), kDepartment,
                                                         canonicalName(Role::CatalogEditor));
    QVERIFY(!editor.deptId.isEmpty());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const auto window = app::makeWorkbench(std::move(database), editor, settings);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QSqlDatabase db = window->database().connection();
    const QString monthly = canonicalName(UpdateCycle::Monthly);

    // The department on the side panel, then every resource it lists selected.
    auto* departments = child<QListView>(window.get(), "departmentListView");
    int deptRow = -1;
    for (int r = 1; r < departments->model()->rowCount(); ++r) {
        if (departments->model()->index(r, 0).data(models::DepartmentListModel::IdRole).toString() ==
            editor.deptId) {
            deptRow = r;
        }
    }
    QVERIFY(deptRow > 0);
    departments->setCurrentIndex(departments->model()->index(deptRow, 0));
    auto* view = child<QTableView>(window.get(), "resourceTableView");
    while (view->model()->canFetchMore({})) {
        view->model()->fetchMore({});
    }
    QStringList ids; // the department's and its 下设机构's
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        ids << view->model()->index(r, 0).data(models::ResourceListModel::IdRole).toString();
    }
    QCOMPARE(
        ids.size(),
        departments->model()->index(deptRow, 0).data(models::DepartmentListModel::SubtreeCountRole).toInt());
    QVERIFY2(ids.size() >= 20, qPrintable(QString::number(ids.size())));
    view->selectAll();
    // Some of them are published (the change goes into a revision).
    QVERIFY(count(db,
                  QStringLiteral("SELECT count(*) FROM info_resource WHERE provider_dept_id = ? AND "
                                 "is_deleted = 0 AND status = ?"),
                  {editor.deptId, canonicalName(ResourceStatus::Published)}) > 0);

    const QByteArray before = digest(db, ids, true);
    const QByteArray rowsBefore = digest(db, ids, false);
    const qint64 outbox = count(db, QStringLiteral("SELECT count(*) FROM outbox"));

    // The dialog: 更新周期 → 每月, the preview read, 应用. A timer of the GUI thread counts its ticks
    // while the apply runs on the worker.
    db::Worker& worker = window->database().worker();
    QSignalSpy progressed(&worker, &db::Worker::progressed);
    int ticks = 0;
    int ticksDuringApply = -1;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(1);
    QString preview;
    int previewRows = 0;
    bool driven = false;
    QString said; // a message box (an undo that did not go through)
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            said = box->text();
            box->accept();
            return;
        }
        if (driven || modal == nullptr || modal->objectName() != QStringLiteral("bulkEditDialog")) {
            return;
        }
        driven = true;
        auto* field = child<QComboBox>(modal, "bulkFieldCombo");
        field->setCurrentIndex(field->findData(QStringLiteral("update_cycle")));
        auto* value = child<QComboBox>(modal, "bulkValueCombo");
        value->setCurrentIndex(value->findData(monthly)); // the preview runs (and returns) here
        preview = child<QLabel>(modal, "bulkSummaryLabel")->text();
        previewRows = child<QTableView>(modal, "bulkPreviewTable")->model()->rowCount();
        const int start = ticks;
        child<QPushButton>(modal, "bulkApplyButton")->click();
        ticksDuringApply = ticks - start;
    });
    driver.start(20);
    child<QAction>(window.get(), "bulkEditAction")->trigger();
    ticker.stop();
    QVERIFY(driven);
    QCOMPARE(previewRows, int(ids.size()));
    const QStringList parts = preview.split(QLatin1Char(' '));
    QVERIFY2(preview.startsWith(QStringLiteral("将修改 ")), qPrintable(preview));
    const int toChange = parts.value(1).toInt();
    QVERIFY2(toChange > 0 && toChange <= ids.size(), qPrintable(preview));
    QVERIFY2(ticksDuringApply > 0, "the GUI thread's timer did not fire while 应用 ran");
    QVERIFY(progressed.count() > 0); // the preview and the apply reported from the worker
    qInfo("bulk edit of %lld resources: %d changed; %d ticks of a 1 ms timer during 应用", qint64(ids.size()),
          toChange, ticksDuringApply);

    // One outbox entry per changed resource; no row left at another value (but those under review).
    auto* stack = child<QUndoStack>(window.get(), "mainUndoStack");
    QCOMPARE(stack->count(), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM outbox")) - outbox, toChange);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM info_resource WHERE provider_dept_id = ? AND "
                                  "is_deleted = 0 AND status IN (?, ?) AND update_cycle <> ?"),
                   {editor.deptId, canonicalName(ResourceStatus::Draft),
                    canonicalName(ResourceStatus::Returned), monthly}),
             0);
    const QByteArray rowsAfter = digest(db, ids, false);
    QVERIFY(digest(db, ids, true) != before);

    // 编辑 → 撤销: everything as before, revisions included; 重做: the rows changed again.
    child<QAction>(window.get(), "undoAction")->trigger();
    QCOMPARE(digest(db, ids, true), before);
    QCOMPARE(digest(db, ids, false), rowsBefore);
    child<QAction>(window.get(), "redoAction")->trigger();
    QCOMPARE(digest(db, ids, false), rowsAfter);
    QVERIFY(digest(db, ids, true) != before);
    driver.stop();
    QVERIFY2(said.isEmpty(), qPrintable(said));
}

QTEST_MAIN(JourneyBulkEdit)
#include "tst_journeybulkedit.moc"
