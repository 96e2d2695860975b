#include "app/Workbench.h"
#include "catalog/CatalogWorkflow.h"
#include "core/Settings.h"
#include "models/catalog/ResourceListModel.h"
#include "support/CatalogFixture.h"
#include "support/EditorDriver.h"
#include "ui/catalog/editor/ResourceDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// The whole life of a resource through the real widgets: an editor compiles it, undoes and redoes,
// fixes the validation error that blocks submission, submits; a reviewer approves; the catalog list
// finds it published.
class TestCatalogFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compileSubmitApproveAndFind();
};

namespace {

QPushButton* button(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(QLatin1String(name));
    if (!b) {
        qFatal("no button %s", name);
    }
    return b;
}

bool findingMentions(QWidget* dialog, const QString& text)
{
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("findingsList"));
    for (int i = 0; list && i < list->count(); ++i) {
        if (list->item(i)->text().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

void TestCatalogFlow::compileSubmitApproveAndFind()
{
    test::CatalogFixture fx;
    const QString name = QStringLiteral("网约车驾驶员从业资格信息");
    QString id;
    {
        Repository repo(fx.database->connection(), fx.actor(Role::CatalogEditor));
        ResourceStore store(fx.database->connection(), repo);
        CatalogWorkflow flow(store);
        ui::ResourceDialog dialog(store, flow, {});
        dialog.show();
        QWidget* e = dialog.editor();
        QPushButton* submit = button(&dialog, "submitButton");
        QVERIFY(!submit->isEnabled()); // an empty draft has errors

        test::commitText(e, "name", name);
        test::choose(e, "classification_id", fx.classId);
        test::choose(e, "format_category", canonicalName(FormatCategory::Database));
        test::choose(e, "format_type", formatTypesOf(FormatCategory::Database).constFirst().name);
        test::choose(e, "share_method_category",
                     codeList(CodeListId::ShareMethodCategory).entries.constFirst().name);
        test::choose(e, "share_method_type", canonicalName(ShareMethodType::Interface));
        test::choose(e, "update_cycle", canonicalName(UpdateCycle::Daily));
        QGuiApplication::clipboard()->setText(
            QStringLiteral("驾驶员姓名\tC\t50\n公民身份号码\tC\t18\n取得资格日期\tD\n"));
        button(e, "pasteItemsButton")->click();

        // Only the abstract is missing: the finding says so and submission stays blocked.
        QVERIFY(findingMentions(&dialog, QStringLiteral("摘要")));
        QVERIFY(!submit->isEnabled());
        test::commitText(e, "abstract", QStringLiteral("本市网约车驾驶员从业资格证的发放与注销信息。"));
        QVERIFY(!findingMentions(&dialog, QStringLiteral("摘要")));
        QVERIFY(submit->isEnabled());
        QVERIFY(dialog.isWindowModified());

        // Undo takes the abstract away again, redo brings it back.
        button(&dialog, "undoButton")->click();
        QVERIFY(!submit->isEnabled());
        button(&dialog, "redoButton")->click();
        QVERIFY(submit->isEnabled());

        submit->click();
        id = dialog.resourceId();
        QVERIFY(!id.isEmpty());
        QVERIFY(!dialog.isWindowModified());
        const ResourceDraft stored = store.load(id).value();
        QCOMPARE(stored.status, QStringLiteral("待审核"));
        QCOMPARE(stored.items.size(), 3);
        QVERIFY(ResourceCodeProfile::national().parse(stored.code));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("resourceStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("待审核")));
        QVERIFY(status->text().contains(stored.code));
        QVERIFY(!button(&dialog, "approveButton")->isEnabled()); // editors do not review
    }
    {
        Repository repo(fx.database->connection(), fx.actor(Role::Reviewer, fx.otherDeptId));
        ResourceStore store(fx.database->connection(), repo);
        CatalogWorkflow flow(store);
        ui::ResourceDialog dialog(store, flow, id);
        dialog.show();
        QVERIFY(dialog.editor()->isReadOnly());
        QVERIFY(!button(&dialog, "saveButton")->isEnabled());
        QPushButton* approve = button(&dialog, "approveButton");
        QVERIFY(approve->isEnabled());
        // 审核通过 confirms first (with an optional comment): confirm it once it shows.
        auto* confirm = new QTimer(&dialog);
        QObject::connect(confirm, &QTimer::timeout, confirm, [confirm] {
            if (QWidget* box = QApplication::activeModalWidget();
                box && box->objectName() == QStringLiteral("approveDialog")) {
                confirm->stop();
                button(box, "approveOkButton")->click();
            }
        });
        confirm->start(10);
        approve->click();
        QCOMPARE(store.load(id).value().status, QStringLiteral("已发布"));
        QVERIFY(!approve->isEnabled());
        if (const QByteArray dir = qgetenv("GOVCAT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/resource-dialog.png"));
        }
    }

    // The catalog list finds it by a part of its name, published.
    Settings settings(fx.dir.filePath(QStringLiteral("settings.ini")));
    const db::LocalProfile profile{QStringLiteral("测试用户"), fx.deptId, QStringLiteral("测试部门"),
                                   canonicalName(Role::Leader)};
    const auto workbench = app::makeWorkbench(std::move(fx.database), profile, settings);
    ui::MainWindow& window = *workbench;
    window.show();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* view = window.findChild<QTableView*>(QStringLiteral("resourceTableView"));
    search->insert(QStringLiteral("驾驶员从业"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, models::ResourceListModel::Name).data().toString(), name);
    QCOMPARE(view->model()->index(0, models::ResourceListModel::Status).data().toString(),
             QStringLiteral("已发布"));
    if (const QByteArray dir = qgetenv("GOVCAT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/catalog-search.png"));
    }
}

QTEST_MAIN(TestCatalogFlow)
#include "tst_catalogflow.moc"
