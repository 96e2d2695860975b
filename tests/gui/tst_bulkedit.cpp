#include "catalog/CatalogQuality.h"
#include "catalog/CatalogServices.h"
#include "catalog/OneSourceReport.h"
#include "db/Transaction.h"
#include "db/Worker.h"
#include "models/commands/BulkEditCommand.h"
#include "support/BusyWorker.h"
#include "support/CatalogSession.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/bulk/BulkEditDialog.h"
#include "ui/catalog/quality/OneSourceView.h"
#include "ui/catalog/quality/QualityView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <atomic>

using namespace govcat;
using namespace govcat::ui;
using govcat::test::child;

namespace {

// Picks an entry of a combo box by its data, as a click in the drop-down does.
void choose(QWidget* parent, const char* name, const QString& data)
{
    auto* combo = child<QComboBox>(parent, name);
    const int i = combo->findData(data);
    if (i < 0) {
        qFatal("%s has no entry %s", name, qPrintable(data));
    }
    combo->setCurrentIndex(i);
}

void doubleClick(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // sets the pressed index
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

// The bulk edit dialog and its undo command, the quality view and the 一数一源 view, driven through
// their objectNames on a small demo city.
class TestBulkEdit : public QObject, private test::CatalogSession
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dialogPreviewsAppliesAndUndoes();
    void dependentControlsFollowTheValue();
    void applyRunsOnTheWorkerWhileTheWindowRuns();
    void cancelledApplyWritesNothing();
    void busyWorkerRefusesThePreview();
    void qualityViewOpensTheResourcesOfACount();
    void oneSourceViewFiltersAndOpensResources();

private:
    // The catalog's services over the session's connection and repository, as app/ builds them.
    std::unique_ptr<catalog::CatalogServices> m_services;
};

void TestBulkEdit::init()
{
    start();
    m_services = std::make_unique<catalog::CatalogServices>(*m_fx->database, *m_repo);
}

void TestBulkEdit::cleanup()
{
    m_services.reset();
    stop();
}

void TestBulkEdit::dialogPreviewsAppliesAndUndoes()
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i) {
        ids << save(m_fx->validDraft(*m_store, QStringLiteral("批量资源%1").arg(i)));
    }
    ids << save(m_fx->validDraft(*m_store, QStringLiteral("其他部门的资源")), m_fx->otherDeptId);
    QVERIFY(!ids.contains(QString()));

    BulkEditDialog dialog(*m_services, ids);
    auto* table = child<QTableWidget>(&dialog, "bulkPreviewTable");
    auto* summary = child<QLabel>(&dialog, "bulkSummaryLabel");
    auto* apply = child<QPushButton>(&dialog, "bulkApplyButton");
    choose(&dialog, "bulkFieldCombo", QStringLiteral("update_cycle"));
    QVERIFY(!apply->isEnabled()); // no value chosen yet
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(summary->text().contains(QStringLiteral("更新周期")));

    choose(&dialog, "bulkValueCombo", canonicalName(UpdateCycle::Monthly));
    QVERIFY(!child<QLineEdit>(&dialog, "bulkConditionEdit")->isVisibleTo(&dialog));
    QVERIFY(!child<QComboBox>(&dialog, "bulkExtraCombo")->isVisibleTo(&dialog));
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(summary->text(), QStringLiteral("将修改 3 条，跳过 1 条"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("原值"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("批量资源1"));
    QCOMPARE(table->item(0, 2)->text(), canonicalName(UpdateCycle::Daily));
    QCOMPARE(table->item(0, 3)->text(), canonicalName(UpdateCycle::Monthly));
    QVERIFY2(table->item(3, 4)->text().contains(QStringLiteral("本部门")),
             qPrintable(table->item(3, 4)->text()));
    QVERIFY(apply->isEnabled());

    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(column(ids.at(0), "update_cycle"), canonicalName(UpdateCycle::Monthly));
    QCOMPARE(column(ids.at(3), "update_cycle"), canonicalName(UpdateCycle::Daily));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")) - outbox, 3);

    QUndoStack stack;
    std::unique_ptr<models::BulkEditCommand> command = dialog.takeCommand();
    QVERIFY(command);
    QVERIFY(!dialog.takeCommand());
    QVERIFY(command->text().contains(QStringLiteral("更新周期")));
    stack.push(command.release()); // the first redo() does not apply it again
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")) - outbox, 3);
    stack.undo();
    for (const QString& id : ids) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Daily));
    }
    stack.redo();
    QCOMPARE(column(ids.at(2), "update_cycle"), canonicalName(UpdateCycle::Monthly));
    QCOMPARE(column(ids.at(3), "update_cycle"), canonicalName(UpdateCycle::Daily));
    const auto* last = static_cast<const models::BulkEditCommand*>(stack.command(0));
    QVERIFY(last->lastError().isEmpty());
    QCOMPARE(last->result().changedIds.size(), 3);
}

void TestBulkEdit::dependentControlsFollowTheValue()
{
    const QStringList ids = {save(m_fx->validDraft(*m_store, QStringLiteral("共享资源甲"))),
                             save(m_fx->validDraft(*m_store, QStringLiteral("共享资源乙")))};
    BulkEditDialog dialog(*m_services, ids);
    auto* condition = child<QLineEdit>(&dialog, "bulkConditionEdit");
    auto* extra = child<QComboBox>(&dialog, "bulkExtraCombo");
    auto* apply = child<QPushButton>(&dialog, "bulkApplyButton");
    auto* summary = child<QLabel>(&dialog, "bulkSummaryLabel");

    choose(&dialog, "bulkFieldCombo", QStringLiteral("share_type"));
    choose(&dialog, "bulkValueCombo", canonicalName(ShareType::Conditional));
    QVERIFY(condition->isVisibleTo(&dialog));
    QVERIFY(!extra->isVisibleTo(&dialog));
    QVERIFY(!apply->isEnabled());
    QVERIFY2(summary->text().contains(QStringLiteral("共享条件")), qPrintable(summary->text()));

    choose(&dialog, "bulkValueCombo", canonicalName(ShareType::NotShared));
    QVERIFY(!condition->isVisibleTo(&dialog));
    QVERIFY(extra->isVisibleTo(&dialog));
    QVERIFY(extra->count() > 1); // the legal bases
    choose(&dialog, "bulkValueCombo", canonicalName(ShareType::Unconditional));
    QVERIFY(!condition->isVisibleTo(&dialog) && !extra->isVisibleTo(&dialog));
    QCOMPARE(summary->text(), QStringLiteral("将修改 0 条，跳过 2 条"));
    QVERIFY(!apply->isEnabled());

    choose(&dialog, "bulkFieldCombo", QStringLiteral("format_category"));
    choose(&dialog, "bulkValueCombo", canonicalName(FormatCategory::Spreadsheet));
    QVERIFY(extra->isVisibleTo(&dialog));
    QVERIFY(extra->findData(QStringLiteral("xlsx")) > 0);

    choose(&dialog, "bulkFieldCombo", QStringLiteral("share_type"));
    choose(&dialog, "bulkValueCombo", canonicalName(ShareType::Conditional));
    condition->insert(QStringLiteral("仅向市场监管部门提供")); // what an input method commits
    QTRY_VERIFY(apply->isEnabled());
    QCOMPARE(summary->text(), QStringLiteral("将修改 2 条，跳过 0 条"));
    auto* table = child<QTableWidget>(&dialog, "bulkPreviewTable");
    QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("仅向市场监管部门提供")));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(column(ids.at(1), "share_type"), canonicalName(ShareType::Conditional));
    QCOMPARE(column(ids.at(1), "share_condition"), QStringLiteral("仅向市场监管部门提供"));
}

// 应用 runs on the worker's connection (issue 14): the session's connection holds the write lock, so
// the apply waits for it on the worker while a timer of this (the GUI) thread keeps firing, and only
// that timer lets it go. (On the GUI thread the apply would find its own connection in a transaction
// and fail, and the timer would not fire.) The result, and undo and redo on the session's connection.
void TestBulkEdit::applyRunsOnTheWorkerWhileTheWindowRuns()
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i) {
        ids << save(m_fx->validDraft(*m_store, QStringLiteral("线程资源%1").arg(i)));
    }
    QVERIFY(!ids.contains(QString()));
    db::Actor session = m_repo->actor(); // the worker writes as the session's user
    session.userName = QStringLiteral("另一位编目员");
    m_repo->setActor(session);
    BulkEditDialog dialog(*m_services, ids);
    choose(&dialog, "bulkFieldCombo", QStringLiteral("update_cycle"));
    choose(&dialog, "bulkValueCombo", canonicalName(UpdateCycle::Monthly));
    QCOMPARE(child<QLabel>(&dialog, "bulkSummaryLabel")->text(), QStringLiteral("将修改 3 条，跳过 0 条"));
    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));

    db::Transaction lock(m_fx->database->connection()); // BEGIN IMMEDIATE: the write lock
    QVERIFY(lock.begin());
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (++ticks == 20) {
            lock.rollback();
        }
    });
    ticker.start(5);
    QSignalSpy progressed(&m_services->worker(), &db::Worker::progressed); // the worker's jobs only
    QTest::mouseClick(child<QPushButton>(&dialog, "bulkApplyButton"), Qt::LeftButton);
    ticker.stop();
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    QVERIFY(!lock.isOpen());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(progressed.count() > 0);
    QVERIFY(!m_services->worker().isBusy());
    for (const QString& id : ids) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Monthly));
    }
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")) - outbox, 3);
    QCOMPARE(
        m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE updated_by = '另一位编目员'")),
        3);

    QUndoStack stack;
    stack.push(dialog.takeCommand().release());
    stack.undo();
    for (const QString& id : ids) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Daily));
    }
    stack.redo();
    for (const QString& id : ids) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Monthly));
    }
    QVERIFY(static_cast<const models::BulkEditCommand*>(stack.command(0))->lastError().isEmpty());
}

// 取消 in the progress dialog of 应用 writes nothing: the apply waits for the write lock on the
// worker, the user cancels once the progress dialog shows, then the lock goes; the dialog stays open
// and says nothing was written.
void TestBulkEdit::cancelledApplyWritesNothing()
{
    const QStringList ids = {save(m_fx->validDraft(*m_store, QStringLiteral("取消资源甲"))),
                             save(m_fx->validDraft(*m_store, QStringLiteral("取消资源乙")))};
    QVERIFY(!ids.contains(QString()));
    BulkEditDialog dialog(*m_services, ids);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(&dialog, "bulkFieldCombo", QStringLiteral("update_cycle"));
    choose(&dialog, "bulkValueCombo", canonicalName(UpdateCycle::Weekly));
    auto* apply = child<QPushButton>(&dialog, "bulkApplyButton");
    QVERIFY(apply->isEnabled());
    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 audit = m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal"));

    db::Transaction lock(m_fx->database->connection());
    QVERIFY(lock.begin());
    bool cancelled = false;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("bulkApplyProgressDialog"));
        if (!cancelled && progress != nullptr && progress->isVisible()) {
            cancelled = true;
            QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton); // 取消
            lock.rollback();
        }
    });
    driver.start(20);
    QTest::mouseClick(apply, Qt::LeftButton);
    driver.stop();
    lock.rollback();
    QVERIFY(cancelled); // the progress dialog showed while the apply waited
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!dialog.appliedResult());
    QVERIFY(!dialog.takeCommand());
    QCOMPARE(child<QLabel>(&dialog, "bulkSummaryLabel")->text(), QStringLiteral("已取消，未写入任何内容。"));
    QVERIFY(apply->isEnabled()); // it can be applied again
    for (const QString& id : ids) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Daily));
    }
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal")), audit);
    QVERIFY(!m_services->worker().isBusy());

    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(column(ids.at(1), "update_cycle"), canonicalName(UpdateCycle::Weekly));
}

// While another long job holds the worker, the preview is refused with the worker's sentence and
// 应用 stays off; once the worker is free, choosing again shows the preview.
void TestBulkEdit::busyWorkerRefusesThePreview()
{
    const QStringList ids = {save(m_fx->validDraft(*m_store, QStringLiteral("忙碌资源甲")))};
    QVERIFY(!ids.contains(QString()));
    db::Worker& worker = m_services->worker();
    test::BusyWorker busy(worker);
    QVERIFY(busy.accepted());
    QTRY_VERIFY(busy.running());
    BulkEditDialog dialog(*m_services, ids);
    auto* summary = child<QLabel>(&dialog, "bulkSummaryLabel");
    auto* apply = child<QPushButton>(&dialog, "bulkApplyButton");
    choose(&dialog, "bulkFieldCombo", QStringLiteral("update_cycle"));
    choose(&dialog, "bulkValueCombo", canonicalName(UpdateCycle::Monthly));
    QCOMPARE(summary->text(), db::Worker::busyMessage());
    QCOMPARE(child<QTableWidget>(&dialog, "bulkPreviewTable")->rowCount(), 0);
    QVERIFY(!apply->isEnabled());
    busy.release();
    QTRY_VERIFY(!worker.isBusy());

    choose(&dialog, "bulkValueCombo", canonicalName(UpdateCycle::Yearly));
    QCOMPARE(summary->text(), QStringLiteral("将修改 1 条，跳过 0 条"));
    QVERIFY(apply->isEnabled());
}

void TestBulkEdit::qualityViewOpensTheResourcesOfACount()
{
    ResourceDraft broken = m_fx->validDraft(*m_store, QStringLiteral("故意填错的资源"));
    broken.shareType = canonicalName(ShareType::Conditional); // R03: no condition
    const QString brokenId = save(broken);
    QVERIFY(!brokenId.isEmpty());

    QualityView view(*m_services);
    view.resize(1200, 700);
    QSignalSpy opened(&view, &QualityView::openResources);
    view.refresh();
    QVERIFY(view.report());
    auto* table = child<QTableWidget>(&view, "qualityTable");
    QCOMPARE(table->rowCount(), int(view.report()->departments.size()) + 1);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, QualityView::DepartmentColumn)->data(Qt::UserRole).toString() == m_fx->deptId) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const int r03 = QualityView::FirstRuleColumn + 2;
    QCOMPARE(table->horizontalHeaderItem(r03)->text(), QStringLiteral("R03"));
    QVERIFY(table->item(row, r03)->data(Qt::UserRole).toLongLong() >= 1);

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    doubleClick(table, table->model()->index(row, r03));
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.at(0).at(0).toStringList().contains(brokenId));
    QVERIFY(opened.at(0).at(1).toString().contains(QStringLiteral("R03")));
    QVERIFY(opened.at(0).at(1).toString().contains(table->item(row, 0)->text()));

    doubleClick(table, table->model()->index(table->rowCount() - 1, QualityView::ErrorsColumn)); // 合计
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).toStringList().size(), view.report()->resourcesWithErrors);

    auto* rules = child<QTableWidget>(&view, "qualityRuleTable");
    doubleClick(rules, rules->model()->index(2, 3));
    QCOMPARE(opened.size(), 3);
    QVERIFY(opened.at(2).at(0).toStringList().contains(brokenId));

    QTest::mouseClick(child<QPushButton>(&view, "rerunQualityButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(&view, "qualitySummaryLabel")->text().contains(QStringLiteral("共检查")));
}

void TestBulkEdit::oneSourceViewFiltersAndOpensResources()
{
    ResourceDraft a = m_fx->validDraft(*m_store, QStringLiteral("甲部门登记信息"));
    a.items = {
        ItemDraft::of(QStringLiteral("本测试专用乙项（必填）"), QStringLiteral("C"), QStringLiteral("10"))};
    ResourceDraft b = m_fx->validDraft(*m_store, QStringLiteral("乙部门许可信息"));
    b.items = {ItemDraft::of(QStringLiteral("本测试专用乙项"), QStringLiteral("C"), QStringLiteral("10"))};
    const QString idA = save(a);
    const QString idB = save(b, m_fx->otherDeptId);
    QVERIFY(!idA.isEmpty() && !idB.isEmpty());

    OneSourceView view(*m_services);
    view.resize(1000, 600);
    QSignalSpy opened(&view, &OneSourceView::openResource);
    view.refresh();
    auto* tree = child<QTreeWidget>(&view, "oneSourceTree");
    QVERIFY(tree->topLevelItemCount() > 1);
    child<QLineEdit>(&view, "oneSourceFilter")->insert(QStringLiteral("测试专用乙"));
    QList<QTreeWidgetItem*> shown;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden()) {
            shown << tree->topLevelItem(i);
        }
    }
    QCOMPARE(shown.size(), 1);
    QTreeWidgetItem* group = shown.at(0);
    QCOMPARE(group->text(1), QStringLiteral("2"));
    QCOMPARE(group->childCount(), 2);

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    group->setExpanded(true);
    QTreeWidgetItem* dept = group->child(0);
    QCOMPARE(dept->childCount(), 0); // filled in when expanded
    dept->setExpanded(true);
    QCOMPARE(dept->childCount(), 1);
    QTreeWidgetItem* resource = dept->child(0);
    doubleClick(tree, tree->indexFromItem(resource));
    QCOMPARE(opened.size(), 1);
    const QString id = opened.at(0).at(0).toString();
    QVERIFY(id == idA || id == idB);
    QCOMPARE(resource->text(0),
             id == idA ? QStringLiteral("甲部门登记信息") : QStringLiteral("乙部门许可信息"));

    child<QLineEdit>(&view, "oneSourceFilter")->clear();
    QVERIFY(!tree->topLevelItem(tree->topLevelItemCount() - 1)->isHidden());
}

QTEST_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
