#include "catalog/CatalogQueries.h"
#include "demo/DemoCity.h"
#include "models/catalog/DepartmentListModel.h"
#include "models/catalog/ResourceListModel.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::models;

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void departmentsWithCounts();
    void resourcesStreamInPages();
    void resourcesOfOneDepartment();
    void searchInRelevancePages();
    void departmentsSortByPinyinOrOfficialOrder();
    void classCountsFollowTheOtherFilters();
    void providersSortByPinyin();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
    static constexpr int kResources = 700;
};

void TestModels::initTestCase()
{
    m_db = test::createDatabase(m_dir.filePath(QStringLiteral("m.govcat")));
    demo::DemoOptions options;
    options.resources = kResources;
    auto summary = demo::generateDemoCity(*m_db, options);
    QVERIFY2(summary, qPrintable(summary.error().message));
}

void TestModels::cleanupTestCase()
{
    m_db.reset();
}

void TestModels::departmentsWithCounts()
{
    DepartmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(catalog::CatalogQueries(m_db->connection())));
    QVERIFY(model.rowCount() > 40);
    QCOMPARE(model.index(0).data(DepartmentListModel::CountRole).toLongLong(), qint64(kResources));
    QVERIFY(model.index(0).data(DepartmentListModel::IdRole).toString().isEmpty());
    qint64 sum = 0;
    for (int r = 1; r < model.rowCount(); ++r) {
        sum += model.index(r).data(DepartmentListModel::CountRole).toLongLong();
        QVERIFY(!model.index(r).data(DepartmentListModel::IdRole).toString().isEmpty());
        QVERIFY(model.index(r).data().toString().contains(QLatin1Char('(')));
    }
    QCOMPARE(sum, qint64(kResources));
}

void TestModels::resourcesStreamInPages()
{
    {
        ResourceListModel plain; // without a tester, which fetches on its own
        QVERIFY(plain.load(catalog::CatalogQueries(m_db->connection()), {}));
        QCOMPARE(plain.rowCount(), ResourceListModel::kPageSize);
        QVERIFY(plain.canFetchMore({}));
    }
    ResourceListModel model;
    QVERIFY(model.load(catalog::CatalogQueries(m_db->connection()), {}));
    // Attached after the reset: Qt 6.4's tester calls fetchMore() from its own modelReset slot,
    // before it has marked the reset finished, and then reports the insert as nested.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.totalCount(), qint64(kResources));
    QVERIFY(model.rowCount() >= ResourceListModel::kPageSize);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), kResources);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.headerData(ResourceListModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("信息资源名称"));
    // Ordered by code, and every code is present for published rows of the demo.
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString code = model.index(r, ResourceListModel::Code).data().toString();
        QVERIFY(previous <= code || code.isEmpty());
        previous = code.isEmpty() ? previous : code;
        QVERIFY(!model.index(r, ResourceListModel::Name).data().toString().isEmpty());
    }
}

void TestModels::resourcesOfOneDepartment()
{
    DepartmentListModel departments;
    QVERIFY(departments.reload(catalog::CatalogQueries(m_db->connection())));
    int row = 1;
    while (departments.index(row).data(DepartmentListModel::CountRole).toInt() == 0) {
        ++row;
    }
    const QModelIndex dept = departments.index(row);
    ResourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(
        catalog::CatalogQueries(m_db->connection()),
        catalog::ResourceFilter::forDepartment(dept.data(DepartmentListModel::IdRole).toString())));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(qint64(model.rowCount()), dept.data(DepartmentListModel::CountRole).toLongLong());
    const QString name = dept.data().toString().section(QLatin1String(" ("), 0, 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, ResourceListModel::Provider).data().toString(), name);
    }
}

void TestModels::searchInRelevancePages()
{
    // A search ranks in C++ and reads each page by rowid: the same rows in the same order as the
    // ranked SQL statement, over several pages.
    catalog::ResourceFilter filter;
    filter.search = QStringLiteral("信息");
    const catalog::CatalogQueries queries(m_db->connection());
    QStringList expected;
    {
        auto q = queries.resourceList(filter);
        QVERIFY(q);
        while (q.value().next()) {
            expected << q.value().value(0).toString();
        }
    }
    QVERIFY(expected.size() > 2 * ResourceListModel::kPageSize);
    ResourceListModel model;
    QVERIFY(model.load(queries, filter));
    QCOMPARE(model.rowCount(), ResourceListModel::kPageSize);
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r) {
        shown << model.index(r, 0).data(ResourceListModel::IdRole).toString();
    }
    QCOMPARE(shown, expected);
    // Sorted by another column, the search reads through one statement again.
    model.sort(ResourceListModel::Name);
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    QVERIFY(model.index(0, ResourceListModel::Name).data().toString() <=
            model.index(1, ResourceListModel::Name).data().toString());
}

void TestModels::departmentsSortByPinyinOrOfficialOrder()
{
    DepartmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(catalog::CatalogQueries(m_db->connection())));
    QCOMPARE(model.order(), DepartmentListModel::Order::Pinyin);
    const auto topLevel = [&model] {
        QStringList names;
        for (int r = 1; r < model.rowCount(); ++r) {
            if (!model.index(r).data().toString().startsWith(QChar(0x3000))) {
                names << model.index(r).data(DepartmentListModel::NameRole).toString();
            }
        }
        return names;
    };
    const QStringList pinyin = topLevel();
    QVERIFY(pinyin.size() > 20);
    // 财政局 (cai) before 公安局 (gong) before 审计局 (shen), although 公 < 审 < 财 in code points.
    const auto at = [&](const QStringList& names, const char* name) {
        return names.indexOf(QString::fromUtf8(name));
    };
    QVERIFY(at(pinyin, "临川市财政局") >= 0);
    QVERIFY(at(pinyin, "临川市财政局") < at(pinyin, "临川市公安局"));
    QVERIFY(at(pinyin, "临川市公安局") < at(pinyin, "临川市审计局"));
    QCollator zh{QLocale(QLocale::Chinese, QLocale::China)};
    for (qsizetype i = 1; i < pinyin.size(); ++i) {
        QVERIFY2(zh.compare(pinyin.at(i - 1), pinyin.at(i)) <= 0, qPrintable(pinyin.at(i)));
    }
    // The official order: by department code (catalog_class_code), as departments() reads them.
    model.setOrder(DepartmentListModel::Order::Official);
    const QStringList official = topLevel();
    QCOMPARE(official.size(), pinyin.size());
    QVERIFY(official != pinyin);
    QStringList expected;
    const auto all = catalog::CatalogQueries(m_db->connection()).departments();
    QVERIFY(all);
    for (const catalog::DepartmentSummary& d : all.value()) {
        if (d.parentId.isEmpty()) {
            expected << d.name;
        }
    }
    QCOMPARE(official, expected);
}

void TestModels::classCountsFollowTheOtherFilters()
{
    const catalog::CatalogQueries queries(m_db->connection());
    DepartmentListModel departments;
    QVERIFY(departments.reload(queries));
    int row = 1;
    while (departments.index(row).data(DepartmentListModel::CountRole).toInt() < 5) {
        ++row;
    }
    catalog::ResourceFilter filter = catalog::ResourceFilter::forDepartment(
        departments.index(row).data(DepartmentListModel::IdRole).toString());
    filter.statuses << QStringLiteral("已发布") << QStringLiteral("草稿");
    filter.classCode = QStringLiteral("1"); // left out of the counts, as the search is
    filter.search = QStringLiteral("信息");
    auto counts = queries.classCounts(filter);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    catalog::ResourceFilter others = filter;
    others.classCode.clear();
    others.search.clear();
    qint64 sum = 0;
    for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it) {
        sum += it.value();
    }
    QCOMPARE(sum, queries.resourceCount(others).value());
    QVERIFY(sum > 0);
    // Per node: what the list would show for that node under the same filters.
    auto nodes = queries.classes(false);
    QVERIFY(nodes);
    int checked = 0;
    for (const catalog::ClassNode& n : nodes.value()) {
        const qint64 expected = counts.value().value(n.id);
        if (expected == 0 && checked > 3) {
            continue;
        }
        QSqlQuery q(m_db->connection());
        catalog::FilterSql sql = catalog::countSql(others);
        q.prepare(sql.sql + QStringLiteral(" AND r.classification_id = ?"));
        for (const QVariant& v : sql.binds) {
            q.addBindValue(v);
        }
        q.addBindValue(n.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), expected);
        ++checked;
    }
    // Without filters, the same counts as classes() with counts.
    auto all = queries.classCounts({});
    QVERIFY(all);
    const auto withCounts = queries.classes();
    QVERIFY(withCounts);
    for (const catalog::ClassNode& n : withCounts.value()) {
        QCOMPARE(all.value().value(n.id), n.resourceCount);
    }
}

void TestModels::providersSortByPinyin()
{
    ResourceListModel model;
    QVERIFY(model.load(catalog::CatalogQueries(m_db->connection()), {}));
    model.sort(ResourceListModel::Provider);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), kResources);
    QCollator zh{QLocale(QLocale::Chinese, QLocale::China)};
    QStringList providers;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString provider = model.index(r, ResourceListModel::Provider).data().toString();
        if (providers.isEmpty() || providers.constLast() != provider) {
            providers << provider;
        }
    }
    QVERIFY(providers.size() > 10);
    for (qsizetype i = 1; i < providers.size(); ++i) {
        QVERIFY2(zh.compare(providers.at(i - 1), providers.at(i)) < 0, qPrintable(providers.at(i)));
    }
    // Descending: the reverse.
    model.sort(ResourceListModel::Provider, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ResourceListModel::Provider).data().toString(), providers.constLast());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
