#include "core/Settings.h"
#include "core/Uscc.h"
#include "db/CatalogQueries.h"
#include "db/Migrations.h"
#include "db/ProfileStore.h"
#include "demo/DemoCity.h"
#include "models/DepartmentListModel.h"
#include "support/TestSupport.h"
#include "support/WidgetSupport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/profile/ProfileDialog.h"
#include "ui/security/ChangePassphraseDialog.h"
#include "ui/unlock/NewDatabaseDialog.h"
#include "ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
    auto departments = db::CatalogQueries(database->connection()).departments();
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
    MainWindow window(std::move(database), *profile.value(), settings);
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
                .endsWith(QString::number(db::Migrations::kCurrentVersion)));

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
    auto departments = db::CatalogQueries(database->connection()).departments();
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

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
