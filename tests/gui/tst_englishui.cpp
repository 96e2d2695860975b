// The main window in English (`govcat --lang en`: English default locale and the app's
// govcat_en.qm) on a small demo database: no Chinese in the filter panel, the list's header, or the
// code-list columns of the list (names of resources and departments are data and may be Chinese).
#include "app/Workbench.h"
#include "catalog/CatalogQueries.h"
#include "core/Settings.h"
#include "db/ProfileStore.h"
#include "demo/DemoCity.h"
#include "models/catalog/ResourceListModel.h"
#include "support/TestSupport.h"
#include "support/WidgetSupport.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace govcat;
using govcat::test::child;

namespace {
bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}
} // namespace

class TestEnglishUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindowShowsNoChineseBesidesData();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestEnglishUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto* translator = new QTranslator(this);
    QVERIFY2(translator->load(QStringLiteral(GOVCAT_EN_QM)), GOVCAT_EN_QM);
    QVERIFY(QApplication::installTranslator(translator));

    m_path = m_dir.filePath(QStringLiteral("demo.govcat"));
    auto database = test::createDatabase(m_path);
    demo::DemoOptions options;
    options.resources = 60;
    QVERIFY(demo::generateDemoCity(*database, options));
    auto departments = catalog::CatalogQueries(database->connection()).departments();
    QVERIFY(departments && !departments.value().isEmpty());
    QVERIFY(
        db::ProfileStore(database->connection())
            .save(
                {QStringLiteral("Zhang San"), departments.value().first().id, {}, QStringLiteral("编目员")}));
}

void TestEnglishUi::mainWindowShowsNoChineseBesidesData()
{
    auto unlocked = db::Database::open(m_path, test::kPassphrase);
    QVERIFY(unlocked);
    auto database = std::move(unlocked).value();
    auto profile = db::ProfileStore(database->connection()).load().value().value();
    Settings settings(m_dir.filePath(QStringLiteral("english.ini")));
    const auto workbench = app::makeWorkbench(std::move(database), profile, settings);
    ui::MainWindow& window = *workbench;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* tabs = child<QTabWidget>(&window, "filterTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        QVERIFY2(!hasChinese(tabs->tabText(i)), qPrintable(tabs->tabText(i)));
    }
    auto* attributes = child<QTreeWidget>(&window, "attributeFilterTree");
    QVERIFY(attributes->topLevelItemCount() > 0);
    for (int g = 0; g < attributes->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = attributes->topLevelItem(g);
        QVERIFY2(!hasChinese(group->text(0)), qPrintable(group->text(0)));
        QVERIFY(group->childCount() > 0);
        for (int i = 0; i < group->childCount(); ++i) {
            QVERIFY2(!hasChinese(group->child(i)->text(0)), qPrintable(group->child(i)->text(0)));
        }
    }

    auto* list = child<QTableView>(&window, "resourceTableView");
    QAbstractItemModel* model = list->model();
    QVERIFY(model->rowCount() > 0);
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!header.isEmpty() && !hasChinese(header), qPrintable(header));
    }
    using L = models::ResourceListModel;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (const int c : {int(L::ShareType), int(L::UpdateCycle), int(L::Status), int(L::FormatCategory),
                            int(L::OpenToPublic)}) {
            const QString value = model->index(r, c).data().toString();
            QVERIFY2(!hasChinese(value),
                     qPrintable(QStringLiteral("row %1 column %2: %3").arg(r).arg(c).arg(value)));
        }
    }
    QVERIFY(test::saveScreenshot(&window, "english-main-window"));
}

QTEST_MAIN(TestEnglishUi)
#include "tst_englishui.moc"
