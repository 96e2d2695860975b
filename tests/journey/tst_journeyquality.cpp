// Journey on the demo city made by `govcat demo`: a reviewer leaves a department filter on in the
// side panel, opens 目录质量 and double-clicks a count: the list shows exactly the counted resources
// and the chip row says what is listed. 一数一源 ranks a subject identifier first, not the generic
// 数据更新时间 that every resource carries.
#include "app/Workbench.h"
#include "catalog/CatalogQuality.h"
#include "catalog/OneSourceReport.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "models/catalog/DepartmentListModel.h"
#include "models/catalog/ResourceListModel.h"
#include "support/DemoCity.h"
#include "support/DepartmentPanel.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/list/FilterChips.h"
#include "ui/catalog/quality/OneSourceView.h"
#include "ui/catalog/quality/QualityView.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QListView>
#include <QSet>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace govcat;
using govcat::test::child;

namespace {

void doubleClick(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

QSet<QString> listedIds(QTableView* view)
{
    QAbstractItemModel* model = view->model();
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QSet<QString> ids;
    for (int r = 0; r < model->rowCount(); ++r) {
        ids.insert(model->index(r, 0).data(models::ResourceListModel::IdRole).toString());
    }
    return ids;
}

} // namespace

class JourneyQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drillDownListsExactlyTheCountedResources();
    void oneSourceRanksASubjectIdentifierFirst();
    void cleanupTestCase() { m_window.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void JourneyQuality::initTestCase()
{
    auto database = test::openDemoCity(m_dir);
    QVERIFY(database);
    const db::LocalProfile reviewer = test::setDemoProfile(
        *database, QStringLiteral("李审核"), QStringLiteral("临川市数据局"), canonicalName(Role::Reviewer));
    QVERIFY(!reviewer.deptId.isEmpty());
    // Editors left the 摘要 empty on every 50th resource (all departments): a rule count that a
    // department filter would cut down, whatever else the demo city's data holds.
    QSqlQuery q(database->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE info_resource SET abstract = '' WHERE rowid % 50 = 0")));
    QVERIFY(q.numRowsAffected() >= 20);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = app::makeWorkbench(std::move(database), reviewer, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void JourneyQuality::drillDownListsExactlyTheCountedResources()
{
    ui::MainWindow& window = *m_window;
    auto* tabs = child<QTabWidget>(&window, "mainTabs");
    auto* resources = child<QTableView>(&window, "resourceTableView");
    auto* chips = child<ui::FilterChips>(&window, "filterChips");
    auto* countLabel = child<QLabel>(&window, "resourceCountLabel");

    // A department chosen on the 部门 tab of the side panel …
    auto* departments = child<QListView>(&window, "departmentListView");
    const int deptRow = test::departmentRow(departments, QStringLiteral("临川市市场监督管理局"));
    QVERIFY(deptRow > 0);
    departments->setCurrentIndex(departments->model()->index(deptRow, 0));
    const qint64 deptCount = departments->model()
                                 ->index(deptRow, 0)
                                 .data(models::DepartmentListModel::SubtreeCountRole)
                                 .toLongLong();
    QCOMPARE(resources->model()->rowCount(), int(std::min<qint64>(deptCount, 256)));
    // … shows as a chip over the list.
    QCOMPARE(chips->labels(), QStringList{QStringLiteral("部门：临川市市场监督管理局")});
    QVERIFY(chips->isVisible());

    // 目录质量, a count of the 合计 row that the department filter would cut down.
    auto* quality = child<ui::QualityView>(&window, "qualityView");
    tabs->setCurrentWidget(quality);
    QTRY_VERIFY_WITH_TIMEOUT(quality->hasReport(), 120000);
    auto* table = child<QTableWidget>(quality, "qualityTable");
    const int totalRow = table->rowCount() - 1;
    QCOMPARE(table->item(totalRow, ui::QualityView::DepartmentColumn)->text(), QStringLiteral("合计"));
    int column = -1;
    QStringList counted;
    const catalog::DepartmentQuality* dept = quality->report()->department(
        departments->model()->index(deptRow, 0).data(models::DepartmentListModel::IdRole).toString());
    // 有错误的资源 and 有警告的资源 of all departments, then each rule's column.
    for (int c = ui::QualityView::ErrorsColumn; c < table->columnCount() && column < 0; ++c) {
        QStringList ids;
        qsizetype inDept = 0;
        if (c < ui::QualityView::FirstRuleColumn) {
            const bool errors = c == ui::QualityView::ErrorsColumn;
            for (const catalog::DepartmentQuality& d : quality->report()->departments) {
                ids << (errors ? d.withErrors : d.withWarnings);
            }
            inDept = dept ? (errors ? dept->withErrors : dept->withWarnings).size() : 0;
        } else {
            const QString rule = quality->report()->rules.at(c - ui::QualityView::FirstRuleColumn).first;
            ids = quality->report()->resourcesFor(rule);
            inDept = dept ? dept->rules.value(rule).resources() : 0;
        }
        if (ids.size() >= 2 && inDept < ids.size()) {
            column = c;
            counted = ids;
        }
    }
    QVERIFY2(column >= 0, "no rule count on the demo city that a department filter would cut down");
    const int shownCount = table->item(totalRow, column)->text().toInt();
    QCOMPARE(shownCount, int(counted.size()));
    doubleClick(table, table->model()->index(totalRow, column));

    // The list shows exactly the counted resources; the department filter is off and the chip row
    // says what the list is.
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(listedIds(resources), QSet<QString>(counted.cbegin(), counted.cend()));
    QVERIFY(countLabel->text().contains(QStringLiteral("共 %1 条").arg(shownCount)));
    QCOMPARE(chips->labels().size(), 1);
    QVERIFY2(chips->labels().at(0).startsWith(QStringLiteral("目录质量 · 全部部门 · ")),
             qPrintable(chips->labels().at(0)));
    QVERIFY(chips->labels().at(0).contains(QStringLiteral("（%1 条）").arg(shownCount)));
    QCOMPARE(departments->currentIndex().row(), 0);

    // A filter chosen afterwards narrows the drill-down, and both show.
    departments->setCurrentIndex(departments->model()->index(deptRow, 0));
    QCOMPARE(chips->labels().size(), 2);
    QVERIFY(chips->labels().contains(QStringLiteral("部门：临川市市场监督管理局")));
    QVERIFY(listedIds(resources).size() < counted.size());

    // 清除全部 lists the whole catalog again.
    QTest::mouseClick(child<QWidget>(chips, "clearAllFiltersButton"), Qt::LeftButton);
    QVERIFY(chips->labels().isEmpty());
    QVERIFY(!chips->isVisible());
    QCOMPARE(departments->currentIndex().row(), 0);
    QVERIFY(countLabel->text().contains(QStringLiteral("共 %1 条")
                                            .arg(departments->model()
                                                     ->index(0, 0)
                                                     .data(models::DepartmentListModel::CountRole)
                                                     .toLongLong())));
}

void JourneyQuality::oneSourceRanksASubjectIdentifierFirst()
{
    auto* tabs = child<QTabWidget>(m_window.get(), "mainTabs");
    auto* view = child<ui::OneSourceView>(m_window.get(), "oneSourceView");
    tabs->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->report() != nullptr, 120000);
    const catalog::OneSourceReport& report = *view->report();
    QVERIFY(!report.groups.isEmpty());
    QVERIFY2(report.groups.constFirst().subjectIdentifier, qPrintable(report.groups.constFirst().name));
    QVERIFY(report.groups.constFirst().departmentCount >= 2);
    for (const catalog::OneSourceGroup& g : report.groups) {
        QVERIFY(g.name != QStringLiteral("数据更新时间"));
        QVERIFY(g.name != QStringLiteral("数据来源单位"));
        QVERIFY(g.name != QStringLiteral("备注"));
    }
    auto* tree = child<QTreeWidget>(view, "oneSourceTree");
    QCOMPARE(tree->topLevelItem(0)->text(0), report.groups.constFirst().name);
    QCOMPARE(tree->topLevelItem(0)->text(4), QStringLiteral("主体标识"));
    qInfo("一数一源 first: %s (%d departments); %lld groups, %d left out as generic",
          qPrintable(report.groups.constFirst().name), report.groups.constFirst().departmentCount,
          qint64(report.groups.size()), report.excludedGroups);
}

QTEST_MAIN(JourneyQuality)
#include "tst_journeyquality.moc"
