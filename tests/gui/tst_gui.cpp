#include "app/Workbench.h"
#include "catalog/CatalogQueries.h"
#include "catalog/CatalogSchema.h"
#include "catalog/CatalogServices.h"
#include "catalog/OneSourceReport.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "core/Uscc.h"
#include "db/Migrations.h"
#include "db/ProfileStore.h"
#include "demo/DemoCity.h"
#include "models/catalog/DepartmentListModel.h"
#include "support/TestSupport.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/list/FilterChips.h"
#include "ui/catalog/quality/OneSourceView.h"
#include "ui/session/ChangePassphraseDialog.h"
#include "ui/session/NewDatabaseDialog.h"
#include "ui/session/ProfileDialog.h"
#include "ui/session/UnlockDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace govcat;
using namespace govcat::ui;
using govcat::test::child;
using govcat::test::saveScreenshot;

namespace {
void typeInto(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->clear();
    bool latin1 = true;
    for (const QChar c : text) {
        latin1 = latin1 && c.unicode() < 0x80;
    }
    if (latin1) {
        QTest::keyClicks(edit, text);
    } else {
        edit->insert(text); // what an input method commits; QTest cannot type CJK keys
    }
}
} // namespace

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wrongPassphraseThenUnlockAndList();
    void threeWrongTriesAddADelay();
    void newDatabaseNeedsAStrongConfirmedPassphrase();
    void firstStartRegistersDepartmentAndProfile();
    void changePassphraseFromTheMenuDialog();
    void filtersShowAsChipsAndLabelsTickTheirBoxes();
    void profileIsChangedFromTheMenuAndJournaled();
    void oneSourceLeavesOutTheBureausGenericFields();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

void TestGui::initTestCase()
{
    m_demoPath = m_dir.filePath(QStringLiteral("demo.govcat"));
    auto database = test::createDatabase(m_demoPath);
    demo::DemoOptions options;
    options.resources = 300;
    QVERIFY(demo::generateDemoCity(*database, options));
    auto departments = catalog::CatalogQueries(database->connection()).departments();
    QVERIFY(departments && !departments.value().isEmpty());
    QVERIFY(
        db::ProfileStore(database->connection())
            .save({QStringLiteral("张三"), departments.value().first().id, {}, QStringLiteral("编目员")}));
}

void TestGui::wrongPassphraseThenUnlockAndList()
{
    UnlockDialog dialog(m_demoPath);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* unlock = child<QPushButton>(&dialog, "unlockPushButton");
    QVERIFY(!unlock->isEnabled()); // nothing typed yet
    typeInto(&dialog, "passphraseLineEdit", QStringLiteral("wrong passphrase"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("口令不正确")));
    QVERIFY(saveScreenshot(&dialog, "unlock-wrong-passphrase"));

    typeInto(&dialog, "passphraseLineEdit", QString::fromUtf8(test::kPassphrase));
    QTest::keyClick(child<QLineEdit>(&dialog, "passphraseLineEdit"), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto database = dialog.takeDatabase();
    QVERIFY(database);

    auto profile = db::ProfileStore(database->connection()).load();
    QVERIFY(profile && profile.value());
    Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    const auto workbench = app::makeWorkbench(std::move(database), *profile.value(), settings);
    ui::MainWindow& window = *workbench;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* departments = child<QListView>(&window, "departmentListView");
    auto* resources = child<QTableView>(&window, "resourceTableView");
    QVERIFY(departments->model()->rowCount() > 40);
    QVERIFY(resources->model()->rowCount() > 0);
    QVERIFY(child<QLabel>(&window, "resourceCountLabel")->text().contains(QStringLiteral("300")));
    QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("张三")));
    QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("目录填报人员")));
    QVERIFY(child<QLabel>(&window, "databaseFileLabel")->text().contains(QStringLiteral("demo.govcat")));
    QVERIFY(child<QLabel>(&window, "schemaVersionLabel")
                ->text()
                .endsWith(QString::number(catalog::kSchemaVersion)));

    // Choosing a department filters the list to its resources.
    int row = 1;
    while (departments->model()->index(row, 0).data(models::DepartmentListModel::SubtreeCountRole).toInt() ==
           0) {
        ++row;
    }
    const int expected =
        departments->model()->index(row, 0).data(models::DepartmentListModel::SubtreeCountRole).toInt();
    departments->setCurrentIndex(departments->model()->index(row, 0));
    QCOMPARE(resources->model()->rowCount(), expected);
    QVERIFY(child<QLabel>(&window, "resourceCountLabel")->text().contains(QString::number(expected)));
    QVERIFY(saveScreenshot(&window, "main-window"));
}

void TestGui::threeWrongTriesAddADelay()
{
    UnlockDialog dialog(m_demoPath);
    dialog.show();
    auto* unlock = child<QPushButton>(&dialog, "unlockPushButton");
    for (int i = 0; i < 3; ++i) {
        typeInto(&dialog, "passphraseLineEdit", QStringLiteral("wrong %1").arg(i));
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
    }
    QCOMPARE(dialog.consecutiveFailures(), 3);
    QVERIFY(!unlock->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("秒后再试")));
    typeInto(&dialog, "passphraseLineEdit", QString::fromUtf8(test::kPassphrase));
    QVERIFY(!unlock->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 5000);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestGui::newDatabaseNeedsAStrongConfirmedPassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("new.govcat"));
    NewDatabaseDialog dialog(path);
    dialog.setKdfProfile(db::KdfProfile::Minimal);
    dialog.show();
    auto* create = child<QPushButton>(&dialog, "createPushButton");
    typeInto(&dialog, "passphraseLineEdit", QStringLiteral("abc"));
    QVERIFY(child<QLabel>(&dialog, "strengthLabel")->text().contains(QStringLiteral("太短")));
    QVERIFY(!create->isEnabled());
    typeInto(&dialog, "passphraseLineEdit", QStringLiteral("县数据局 2026 目录编制"));
    typeInto(&dialog, "confirmLineEdit", QStringLiteral("县数据局 2026 目录编"));
    QVERIFY(!create->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("不一致")));
    typeInto(&dialog, "confirmLineEdit", QStringLiteral("县数据局 2026 目录编制"));
    QVERIFY(create->isEnabled());
    QVERIFY(saveScreenshot(&dialog, "new-database"));
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto database = dialog.takeDatabase();
    QVERIFY(database);
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(db::Database::keyFilePath(path)));
    database.reset();
    QVERIFY(db::Database::open(path, QStringLiteral("县数据局 2026 目录编制").toUtf8()));
}

void TestGui::firstStartRegistersDepartmentAndProfile()
{
    auto database = test::createDatabase(m_dir.filePath(QStringLiteral("empty.govcat")));
    ProfileDialog dialog(*database);
    dialog.show();
    QVERIFY(child<QGroupBox>(&dialog, "newDepartmentGroupBox")->isVisible());
    typeInto(&dialog, "userNameLineEdit", QStringLiteral("李四"));
    typeInto(&dialog, "newDepartmentNameLineEdit", QStringLiteral("县政务服务数据管理局"));
    typeInto(&dialog, "newDepartmentUsccLineEdit", QStringLiteral("11330100002493697X"));
    typeInto(&dialog, "newDepartmentRegionLineEdit", QStringLiteral("330122"));
    auto* save = child<QPushButton>(&dialog, "saveProfilePushButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("第 18 位校验码")));
    QVERIFY(saveScreenshot(&dialog, "first-start-profile"));
    // A valid code: compute the check character for the first 17 characters.
    const QString first17 = QStringLiteral("11330122MB1234567");
    const QString valid = first17 + usccCheckCharacter(first17);
    QVERIFY(isValidUscc(valid));
    typeInto(&dialog, "newDepartmentUsccLineEdit", valid);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto profile = db::ProfileStore(database->connection()).load();
    QVERIFY(profile && profile.value());
    QCOMPARE(profile.value()->userName, QStringLiteral("李四"));
    QCOMPARE(profile.value()->deptName, QStringLiteral("县政务服务数据管理局"));
    auto departments = catalog::CatalogQueries(database->connection()).departments();
    QCOMPARE(departments.value().size(), 1);
    QCOMPARE(departments.value().first().uscc, valid);
}

void TestGui::changePassphraseFromTheMenuDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("change.govcat"));
    auto database = test::createDatabase(path);
    ChangePassphraseDialog dialog(*database);
    dialog.show();
    auto* ok = child<QPushButton>(&dialog, "changePassphrasePushButton");
    typeInto(&dialog, "oldPassphraseLineEdit", QStringLiteral("not the old one"));
    typeInto(&dialog, "newPassphraseLineEdit", QStringLiteral("新口令 Strong-2026!"));
    typeInto(&dialog, "confirmPassphraseLineEdit", QStringLiteral("新口令 Strong-2026!"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("当前口令不正确")));
    typeInto(&dialog, "oldPassphraseLineEdit", QString::fromUtf8(test::kPassphrase));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    database.reset();
    QVERIFY(!db::Database::open(path, test::kPassphrase));
    QVERIFY(db::Database::open(path, QStringLiteral("新口令 Strong-2026!").toUtf8()));
}

void TestGui::filtersShowAsChipsAndLabelsTickTheirBoxes()
{
    auto unlocked = db::Database::open(m_demoPath, test::kPassphrase);
    QVERIFY(unlocked);
    auto database = std::move(unlocked).value();
    auto profile = db::ProfileStore(database->connection()).load().value().value();
    Settings settings(m_dir.filePath(QStringLiteral("chips.ini")));
    const auto workbench = app::makeWorkbench(std::move(database), profile, settings);
    ui::MainWindow& window = *workbench;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* chips = child<FilterChips>(&window, "filterChips");
    auto* resources = child<QTableView>(&window, "resourceTableView");
    QVERIFY(chips->labels().isEmpty());
    QVERIFY(!chips->isVisible());

    // A click on a value's label (not its box) ticks it; the chip row shows it.
    auto* attributes = child<QTreeWidget>(&window, "attributeFilterTree");
    child<QTabWidget>(&window, "filterTabs")->setCurrentWidget(attributes);
    QTreeWidgetItem* status = attributes->topLevelItem(1);
    const QString statusName = codeList(CodeListId::ResourceStatus).name; // 目录状态
    QCOMPARE(status->text(0), statusName);
    QTreeWidgetItem* draft = nullptr;
    for (int i = 0; i < status->childCount(); ++i) {
        if (status->child(i)->text(0) == QStringLiteral("草稿")) {
            draft = status->child(i);
        }
    }
    QVERIFY(draft);
    QRect text = attributes->visualItemRect(draft);
    const QPoint onLabel(text.left() + text.width() / 2, text.center().y());
    QTest::mouseClick(attributes->viewport(), Qt::LeftButton, {}, onLabel);
    QCOMPARE(draft->checkState(0), Qt::Checked);
    QCOMPARE(chips->labels(), QStringList{statusName + QStringLiteral("：草稿")});
    QVERIFY(chips->isVisible());
    const qint64 drafts = resources->model()->rowCount();
    QVERIFY(drafts > 0);
    // Clicking the label again unticks it.
    QTest::mouseClick(attributes->viewport(), Qt::LeftButton, {}, onLabel);
    QCOMPARE(draft->checkState(0), Qt::Unchecked);
    QVERIFY(chips->labels().isEmpty());
    QTest::mouseClick(attributes->viewport(), Qt::LeftButton, {}, onLabel);
    QCOMPARE(draft->checkState(0), Qt::Checked);

    // The classification counts follow the other filters: 全部分类 counts the drafts only (counted
    // after the list, when the tree shows).
    auto* classes = child<QTreeView>(&window, "classTreeView");
    child<QTabWidget>(&window, "filterTabs")->setCurrentWidget(classes);
    QTRY_COMPARE(classes->model()->index(0, 0).data().toString(),
                 QStringLiteral("全部分类 (%1)").arg(drafts));
    // A department as well: two chips, the counts follow both.
    auto* departments = child<QListView>(&window, "departmentListView");
    int row = 1;
    while (departments->model()->index(row, 0).data(models::DepartmentListModel::SubtreeCountRole).toInt() <
           3) {
        ++row;
    }
    departments->setCurrentIndex(departments->model()->index(row, 0));
    QCOMPARE(chips->labels().size(), 2);
    QCOMPARE(chips->labels().at(0),
             QStringLiteral("部门：") +
                 departments->model()->index(row, 0).data(models::DepartmentListModel::NameRole).toString());
    const int both = resources->model()->rowCount();
    QTRY_COMPARE(classes->model()->index(0, 0).data().toString(), QStringLiteral("全部分类 (%1)").arg(both));

    // The ✕ of the 状态 chip removes that filter only.
    QToolButton* statusChip = nullptr;
    for (auto* b : chips->findChildren<QToolButton*>(QStringLiteral("filterChip"))) {
        if (b->text().startsWith(statusName + QStringLiteral("：草稿"))) {
            statusChip = b;
        }
    }
    QVERIFY(statusChip);
    QTest::mouseClick(statusChip, Qt::LeftButton);
    QCOMPARE(draft->checkState(0), Qt::Unchecked);
    QCOMPARE(chips->labels().size(), 1);
    QCOMPARE(
        qint64(resources->model()->rowCount()),
        departments->model()->index(row, 0).data(models::DepartmentListModel::SubtreeCountRole).toLongLong());

    // A search is a chip too; 清除全部 clears everything.
    child<QLineEdit>(&window, "searchLineEdit")->insert(QStringLiteral("信息"));
    QTest::keyClick(child<QLineEdit>(&window, "searchLineEdit"), Qt::Key_Return);
    QVERIFY(chips->labels().contains(QStringLiteral("搜索：信息")));
    QTest::mouseClick(child<QPushButton>(chips, "clearAllFiltersButton"), Qt::LeftButton);
    QVERIFY(chips->labels().isEmpty());
    QVERIFY(child<QLineEdit>(&window, "searchLineEdit")->text().isEmpty());
    QVERIFY(child<QLabel>(&window, "resourceCountLabel")->text().contains(QStringLiteral("共 300 条")));
    QTRY_COMPARE(classes->model()->index(0, 0).data().toString(), QStringLiteral("全部分类 (300)"));

    // 视图 → 部门排序: the official order, remembered.
    window.findChild<QAction*>(QStringLiteral("departmentOrderOfficialAction"))->trigger();
    QCOMPARE(settings.departmentOrder.get(), QStringLiteral("official"));
    window.findChild<QAction*>(QStringLiteral("departmentOrderPinyinAction"))->trigger();
    QCOMPARE(settings.departmentOrder.get(), QStringLiteral("pinyin"));
    QVERIFY(saveScreenshot(&window, "main-window-filters"));
}

void TestGui::profileIsChangedFromTheMenuAndJournaled()
{
    const QString path = m_dir.filePath(QStringLiteral("profile.govcat"));
    QVERIFY(QFile::copy(m_demoPath, path));
    QVERIFY(QFile::copy(db::Database::keyFilePath(m_demoPath), db::Database::keyFilePath(path)));
    auto unlocked = db::Database::open(path, test::kPassphrase);
    QVERIFY(unlocked);
    auto database = std::move(unlocked).value();
    const QSqlDatabase connection = database->connection();
    auto profile = db::ProfileStore(connection).load().value().value();
    const QString editorRole = canonicalName(Role::CatalogEditor);
    const QString leaderRole = canonicalName(Role::Leader);
    QCOMPARE(profile.role, editorRole);
    auto departments = catalog::CatalogQueries(connection).departments().value();
    const catalog::DepartmentSummary other = departments.last();
    QVERIFY(other.id != profile.deptId);

    Settings settings(m_dir.filePath(QStringLiteral("profile.ini")));
    const auto workbench = app::makeWorkbench(std::move(database), profile, settings);
    ui::MainWindow& window = *workbench;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* action = window.findChild<QAction*>(QStringLiteral("changeProfileAction"));
    QVERIFY(action);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
    bool filled = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<ProfileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // The same dialog as at the first start, filled in with the current profile.
        filled = child<QLineEdit>(dialog, "userNameLineEdit")->text() == QStringLiteral("张三") &&
                 child<QComboBox>(dialog, "departmentComboBox")->currentData().toString() == profile.deptId;
        typeInto(dialog, "userNameLineEdit", QStringLiteral("张三丰"));
        auto* dept = child<QComboBox>(dialog, "departmentComboBox");
        dept->setCurrentIndex(dept->findData(other.id));
        auto* role = child<QComboBox>(dialog, "roleComboBox");
        role->setCurrentIndex(role->findData(leaderRole));
        QTest::mouseClick(child<QPushButton>(dialog, "saveProfilePushButton"), Qt::LeftButton);
    });
    action->trigger();
    QVERIFY(filled);
    QCOMPARE(window.profile().userName, QStringLiteral("张三丰"));
    QCOMPARE(window.profile().deptId, other.id);
    // The status bar and the actions follow the new user.
    QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("张三丰")));
    QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(other.name));
    QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(leaderRole));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("本机用户已改为 张三丰")));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newResourceAction"))->isEnabled());
    // Stored, and journaled as the user who made the change.
    const auto stored = db::ProfileStore(connection).load().value().value();
    QCOMPARE(stored.userName, QStringLiteral("张三丰"));
    QCOMPARE(stored.role, leaderRole);
    QSqlQuery q(connection);
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, detail FROM audit_journal WHERE table_name = "
                                  "'local_profile' ORDER BY seq DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("张三"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("修改本机用户"));
    const QString detail = q.value(2).toString();
    QVERIFY2(detail.contains(
                 QStringLiteral("\"role\":{\"new\":\"%1\",\"old\":\"%2\"}").arg(leaderRole, editorRole)),
             qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("张三丰")));
    // Saving the same profile again writes nothing.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_journal")) && q.next());
    const int entries = q.value(0).toInt();
    QVERIFY(db::ProfileStore(connection).save(stored));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_journal")) && q.next());
    QCOMPARE(q.value(0).toInt(), entries);
}

void TestGui::oneSourceLeavesOutTheBureausGenericFields()
{
    const QString path = m_dir.filePath(QStringLiteral("onesource.govcat"));
    QVERIFY(QFile::copy(m_demoPath, path));
    QVERIFY(QFile::copy(db::Database::keyFilePath(m_demoPath), db::Database::keyFilePath(path)));
    auto unlocked = db::Database::open(path, test::kPassphrase);
    QVERIFY(unlocked);
    auto database = std::move(unlocked).value();
    db::Repository repository(database->connection(),
                              {QStringLiteral("测试用户"), {}, canonicalName(Role::CatalogEditor)});
    catalog::CatalogServices services(*database, repository);
    OneSourceView view(services);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.report() != nullptr);
    auto* tree = child<QTreeWidget>(&view, "oneSourceTree");
    const auto names = [tree] {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            out << tree->topLevelItem(i)->text(0);
        }
        return out;
    };
    // Every demo resource has 数据更新时间, 数据来源单位 and 备注: left out by the default list; a
    // subject identifier comes first, marked.
    QVERIFY(!names().contains(QStringLiteral("数据更新时间")));
    QVERIFY(!names().contains(QStringLiteral("备注")));
    QVERIFY(view.report()->groups.constFirst().subjectIdentifier);
    QCOMPARE(tree->topLevelItem(0)->text(4), QStringLiteral("主体标识"));
    QVERIFY(child<QLabel>(&view, "oneSourceSummaryLabel")->text().contains(QStringLiteral("已排除通用字段")));

    // 排除的通用字段…: the bureau keeps only 备注 on the list; 数据更新时间 counts again.
    bool shown = false;
    QTimer::singleShot(0, &view, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* edit = child<QPlainTextEdit>(dialog, "oneSourceExclusionsEdit");
        shown = edit->toPlainText().contains(QStringLiteral("数据更新时间"));
        edit->setPlainText(QStringLiteral("备注\n"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(&view, "oneSourceExclusionsButton"), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(catalog::OneSourceReport::excludedNames(database->connection()).value(),
             QStringList{QStringLiteral("备注")});
    QVERIFY(names().contains(QStringLiteral("数据更新时间")));
    QVERIFY(!names().contains(QStringLiteral("备注")));
    // Still below the subject identifiers.
    QVERIFY(names().indexOf(QStringLiteral("数据更新时间")) > 0);
    QVERIFY(saveScreenshot(&view, "one-source"));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
