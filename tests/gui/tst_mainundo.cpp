#include "app/Workbench.h"
#include "catalog/ResourceStore.h"
#include "core/Settings.h"
#include "models/catalog/ResourceListModel.h"
#include "support/BusyWorker.h"
#include "support/CatalogFixture.h"
#include "support/EditorDriver.h"
#include "support/WidgetSupport.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace govcat;
using govcat::test::child;

// The main window's undo history (bulk edits, imports) and the resource window: opening a resource
// and saving it keeps that history; a bulk edit whose resource was changed since refuses to undo
// over that change and says so.
class TestMainUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkEditUndoSurvivesOpeningAResource();
    void undoIsOffWhileTheWorkerHoldsAJob();
};

namespace {

void selectOnly(QTableView* view, const QStringList& ids)
{
    view->selectionModel()->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, 0);
        if (ids.contains(index.data(models::ResourceListModel::IdRole).toString())) {
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
}

QAction* action(QWidget* window, const char* name)
{
    return child<QAction>(window, name);
}

} // namespace

void TestMainUndo::bulkEditUndoSurvivesOpeningAResource()
{
    test::CatalogFixture fx(0);
    QStringList ids; // 甲 and 乙 get the bulk edit; 丙 is opened and saved
    {
        db::Repository repo(fx.database->connection(), fx.actor(Role::CatalogEditor));
        catalog::ResourceStore store(fx.database->connection(), repo);
        for (const char* name : {"批量甲", "批量乙", "另一条丙"}) {
            auto id = store.save(fx.validDraft(store, QString::fromUtf8(name)));
            QVERIFY(id);
            ids << id.value();
        }
    }
    Settings settings(fx.dir.filePath(QStringLiteral("settings.ini")));
    const db::LocalProfile profile{QStringLiteral("测试用户"), fx.deptId, QStringLiteral("测试部门"),
                                   canonicalName(Role::CatalogEditor)};
    const auto workbench = app::makeWorkbench(std::move(fx.database), profile, settings);
    ui::MainWindow& window = *workbench;
    window.show();
    const QSqlDatabase db = window.database().connection();
    const auto value = [&db](const QString& id, const char* column) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM info_resource WHERE id = ?").arg(QLatin1String(column)));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    };
    const QString daily = canonicalName(UpdateCycle::Daily);
    const QString monthly = canonicalName(UpdateCycle::Monthly);
    auto* view = child<QTableView>(&window, "resourceTableView");
    auto* stack = child<QUndoStack>(&window, "mainUndoStack");
    QTRY_COMPARE(view->model()->rowCount(), 3);

    // What the modal dialogs get: the bulk edit's field and value, a new name in the resource
    // window, which is saved and closed; a message box is read and closed.
    QString rename;
    QString said;
    QString titled;
    QTimer driver;
    connect(&driver, &QTimer::timeout, &driver, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            return;
        }
        if (modal->objectName() == QStringLiteral("bulkEditDialog")) {
            auto* field = child<QComboBox>(modal, "bulkFieldCombo");
            field->setCurrentIndex(field->findData(QStringLiteral("update_cycle")));
            auto* choice = child<QComboBox>(modal, "bulkValueCombo");
            choice->setCurrentIndex(choice->findData(monthly));
            child<QPushButton>(modal, "bulkApplyButton")->click();
        } else if (modal->objectName() == QStringLiteral("resourceDialog")) {
            if (!rename.isEmpty()) {
                test::commitText(child<QWidget>(modal, "resourceEditor"), "name", rename);
                child<QPushButton>(modal, "saveButton")->click();
                rename.clear();
            } else {
                child<QPushButton>(modal, "closeButton")->click();
            }
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            said = box->text();
            titled = box->windowTitle();
            box->accept();
        }
    });
    driver.start(20);

    selectOnly(view, {ids.at(0), ids.at(1)});
    action(&window, "bulkEditAction")->trigger();
    QCOMPARE(value(ids.at(0), "update_cycle"), monthly);
    QCOMPARE(value(ids.at(1), "update_cycle"), monthly);
    QCOMPARE(stack->count(), 1);

    // Another resource opened, changed and saved: the bulk edit still undoes (main cleared the stack).
    selectOnly(view, {ids.at(2)});
    rename = QStringLiteral("另一条丙（已改名）");
    action(&window, "openResourceAction")->trigger();
    QCOMPARE(value(ids.at(2), "name"), QStringLiteral("另一条丙（已改名）"));
    QVERIFY(stack->canUndo());
    stack->undo();
    QCOMPARE(value(ids.at(0), "update_cycle"), daily);
    QCOMPARE(value(ids.at(1), "update_cycle"), daily);
    QCOMPARE(value(ids.at(2), "name"), QStringLiteral("另一条丙（已改名）")); // not touched by the undo
    QVERIFY(said.isEmpty());
    stack->redo();
    QCOMPARE(value(ids.at(0), "update_cycle"), monthly);

    // Opened without a change: nothing is marked, the bulk edit undoes.
    selectOnly(view, {ids.at(0)});
    action(&window, "openResourceAction")->trigger();
    stack->undo();
    QCOMPARE(value(ids.at(0), "update_cycle"), daily);
    stack->redo();
    QCOMPARE(value(ids.at(0), "update_cycle"), monthly);

    // A resource the bulk edit wrote, changed since: the undo refuses instead of overwriting it, and
    // the message says why; the change and the bulk edit stay.
    selectOnly(view, {ids.at(0)}); // the undo and redo reloaded the list
    rename = QStringLiteral("批量甲（已改名）");
    action(&window, "openResourceAction")->trigger();
    QCOMPARE(value(ids.at(0), "name"), QStringLiteral("批量甲（已改名）"));
    QVERIFY(stack->canUndo());
    stack->undo();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.startsWith(QStringLiteral("无法撤销“批量修改")), qPrintable(said));
    QCOMPARE(titled, QStringLiteral("撤销或重做未完成")); // not "无法读取数据库"
    QCOMPARE(value(ids.at(0), "update_cycle"), monthly);
    QCOMPARE(value(ids.at(1), "update_cycle"), monthly);
    QCOMPARE(value(ids.at(0), "name"), QStringLiteral("批量甲（已改名）"));
    driver.stop();
}

// Undo of an import runs on the worker; pressed while another job holds it, it would be refused
// after the stack had moved. So 撤销 and 重做 are off from a job's start until the worker is idle.
void TestMainUndo::undoIsOffWhileTheWorkerHoldsAJob()
{
    test::CatalogFixture fx(0);
    QString id;
    {
        db::Repository repo(fx.database->connection(), fx.actor(Role::CatalogEditor));
        catalog::ResourceStore store(fx.database->connection(), repo);
        auto saved = store.save(fx.validDraft(store, QStringLiteral("撤销甲")));
        QVERIFY(saved);
        id = saved.value();
    }
    Settings settings(fx.dir.filePath(QStringLiteral("settings.ini")));
    const db::LocalProfile profile{QStringLiteral("测试用户"), fx.deptId, QStringLiteral("测试部门"),
                                   canonicalName(Role::CatalogEditor)};
    const auto workbench = app::makeWorkbench(std::move(fx.database), profile, settings);
    ui::MainWindow& window = *workbench;
    auto* view = child<QTableView>(&window, "resourceTableView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // Something to undo: a bulk edit of the one resource.
    QTimer driver;
    connect(&driver, &QTimer::timeout, &driver, [] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == QStringLiteral("bulkEditDialog")) {
            auto* field = child<QComboBox>(modal, "bulkFieldCombo");
            field->setCurrentIndex(field->findData(QStringLiteral("update_cycle")));
            auto* choice = child<QComboBox>(modal, "bulkValueCombo");
            choice->setCurrentIndex(choice->findData(canonicalName(UpdateCycle::Monthly)));
            child<QPushButton>(modal, "bulkApplyButton")->click();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            box->accept();
        }
    });
    driver.start(20);
    selectOnly(view, {id});
    action(&window, "bulkEditAction")->trigger();
    driver.stop();
    auto* stack = child<QUndoStack>(&window, "mainUndoStack");
    QCOMPARE(stack->count(), 1);
    QAction* undo = action(&window, "undoAction");
    QAction* redo = action(&window, "redoAction");
    QVERIFY(undo->isEnabled());

    bool delivered = false;
    test::BusyWorker busy(window.database().worker(), [&delivered] { delivered = true; });
    QVERIFY(busy.accepted());
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    undo->trigger(); // a disabled action does nothing
    QCOMPARE(stack->index(), 1);
    busy.release();
    QTRY_VERIFY(delivered);
    QTRY_VERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled()); // nothing to redo yet
    undo->trigger();
    QCOMPARE(stack->index(), 0);
    QVERIFY(redo->isEnabled());
}

QTEST_MAIN(TestMainUndo)
#include "tst_mainundo.moc"
