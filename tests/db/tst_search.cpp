#include "catalog/CatalogQueries.h"
#include "catalog/SearchIndex.h"
#include "support/CatalogFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// Search as you type over the real FTS4 index of an encrypted demo catalog: Chinese substrings,
// ranking, filters combined with the search, and an index that follows every edit.
class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void chineseSubstringFindsTheWholeWord();
    void nameMatchesRankAboveItemMatches();
    void indexFollowsEditsAndDeletes();
    void newResourcesAreIndexedAsARebuildWould();
    void searchCombinesWithFilters();
    void codeAndSingleCharacterPrefixes();
    void tiesInCreationOrder();
    void listPlansReadOnlyWhatTheyShow();

private:
    QStringList names(const ResourceFilter& filter, const ResourceSort& sort = {});

    std::unique_ptr<test::CatalogFixture> m_fx;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<ResourceStore> m_store;
};

void TestSearch::init()
{
    m_fx = std::make_unique<test::CatalogFixture>(60);
    m_repo = std::make_unique<Repository>(m_fx->database->connection(), m_fx->actor(Role::CatalogEditor));
    m_store = std::make_unique<ResourceStore>(m_fx->database->connection(), *m_repo);
}

void TestSearch::cleanup()
{
    m_store.reset();
    m_repo.reset();
    m_fx.reset();
}

QStringList TestSearch::names(const ResourceFilter& filter, const ResourceSort& sort)
{
    CatalogQueries queries(m_fx->database->connection());
    auto q = queries.resourceList(filter, sort);
    if (!q) {
        qWarning("%s", qPrintable(q.error().message));
        return {};
    }
    QStringList out;
    while (q.value().next()) {
        out << q.value().value(2).toString();
    }
    auto count = queries.resourceCount(filter);
    if (!count || count.value() != out.size()) {
        qWarning("count %lld != rows %lld", count ? count.value() : -1LL, qint64(out.size()));
        return {QStringLiteral("count mismatch")};
    }
    return out;
}

void TestSearch::chineseSubstringFindsTheWholeWord()
{
    ResourceDraft d = m_fx->validDraft(*m_store, QStringLiteral("法人统一社会信用代码赋码信息"));
    QVERIFY(m_store->save(d));
    ResourceFilter f;
    f.search = QStringLiteral("信用代码");
    QVERIFY(names(f).contains(d.name));
    f.search = QStringLiteral("赋码");
    QCOMPARE(names(f), QStringList{d.name});
    f.search = QStringLiteral("代码信用"); // the characters, not in this order
    QVERIFY(!names(f).contains(d.name));
}

void TestSearch::nameMatchesRankAboveItemMatches()
{
    // Every fixture draft has an item named 统一社会信用代码; only one has it in its name.
    QVERIFY(m_store->save(m_fx->validDraft(*m_store, QStringLiteral("企业年度报告信息"))));
    QVERIFY(m_store->save(m_fx->validDraft(*m_store, QStringLiteral("信用代码"))));
    QVERIFY(m_store->save(m_fx->validDraft(*m_store, QStringLiteral("统一社会信用代码及赋码登记信息"))));
    ResourceFilter f;
    f.search = QStringLiteral("信用代码");
    const QStringList found = names(f);
    QVERIFY(found.size() >= 3);
    // The whole name first, then the longer name containing it, then item-only matches.
    QCOMPARE(found.at(0), QStringLiteral("信用代码"));
    QCOMPARE(found.at(1), QStringLiteral("统一社会信用代码及赋码登记信息"));
    QVERIFY(found.indexOf(QStringLiteral("企业年度报告信息")) > 1);
    // Another sort wins over relevance when the user picks one.
    const QStringList byName = names(f, {ResourceSort::Key::Name, false});
    QCOMPARE(byName.size(), found.size());
    QVERIFY(std::is_sorted(byName.begin(), byName.end()));
}

void TestSearch::indexFollowsEditsAndDeletes()
{
    auto id = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("渔船登记信息")));
    QVERIFY(id);
    ResourceFilter f;
    f.search = QStringLiteral("渔船");
    QCOMPARE(names(f).size(), 1);
    ResourceDraft d = m_store->load(id.value()).value();
    d.name = QStringLiteral("船舶登记信息");
    d.items.append(
        ItemDraft::of(QStringLiteral("捕捞许可证编号"), QStringLiteral("C"), QStringLiteral("30")));
    QVERIFY(m_store->save(d));
    QCOMPARE(names(f).size(), 0);
    f.search = QStringLiteral("捕捞许可");
    QCOMPARE(names(f), QStringList{d.name});
    QVERIFY(m_repo->remove(QStringLiteral("info_resource"), id.value()));
    QCOMPARE(names(f).size(), 0);
}

// A new resource's document is built from the rows the change set inserts, or read back when one
// of its items comes later in the set: either way the index holds what a rebuild writes.
void TestSearch::newResourcesAreIndexedAsARebuildWould()
{
    ResourceDraft a = m_fx->validDraft(*m_store, QStringLiteral("渔船登记信息"));
    a.abstract = QStringLiteral("渔船的登记与检验");
    a.items.append(
        ItemDraft::of(QStringLiteral("捕捞许可证编号"), QStringLiteral("C"), QStringLiteral("30")));
    ResourceDraft b = m_fx->validDraft(*m_store, QStringLiteral("船员证书信息"));
    b.items.append(ItemDraft::of(QStringLiteral("证书号码"), QStringLiteral("C"), QStringLiteral("20")));
    auto planA = m_store->planSave(a);
    auto planB = m_store->planSave(b);
    QVERIFY(planA && planB);
    ChangeSet set{QStringLiteral("新增"), planA.value().changes.changes};
    const auto lastItem = std::find_if(set.changes.rbegin(), set.changes.rend(), [](const RowChange& c) {
        return c.table == QStringLiteral("info_item");
    });
    QVERIFY(lastItem != set.changes.rend());
    const RowChange late = *lastItem;
    set.changes.erase(std::next(lastItem).base());
    for (const RowChange& c : planB.value().changes.changes) {
        set.changes.push_back(c);
    }
    set.changes.push_back(late); // a's last item after b: a's document is read back, b's is built
    QVERIFY(m_repo->apply(set));
    ResourceFilter f;
    f.search = QStringLiteral("捕捞许可");
    QCOMPARE(names(f), QStringList{a.name});
    f.search = QStringLiteral("证书号码");
    QCOMPARE(names(f), QStringList{b.name});

    const auto documents = [this] {
        QSqlQuery q(m_fx->database->connection());
        q.exec(QStringLiteral("SELECT docid, name, code, provider, abstract, items FROM resource_fts "
                              "ORDER BY docid"));
        QList<QStringList> rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 6; ++i) {
                row << q.value(i).toString();
            }
            rows << row;
        }
        return rows;
    };
    const QList<QStringList> written = documents();
    QVERIFY(written.size() >= 2);
    QVERIFY(!written.last().at(3).isEmpty()); // the providing department's name
    QVERIFY(SearchIndex::rebuild(m_fx->database->connection()));
    QCOMPARE(documents(), written);
}

void TestSearch::searchCombinesWithFilters()
{
    QVERIFY(m_store->save(m_fx->validDraft(*m_store, QStringLiteral("社会保险参保信息"))));
    ResourceFilter f;
    f.search = QStringLiteral("参保");
    QVERIFY(names(f).contains(QStringLiteral("社会保险参保信息")));
    f.deptIds = {m_fx->otherDeptId};
    QVERIFY(!names(f).contains(QStringLiteral("社会保险参保信息")));
    f.deptIds = {m_fx->deptId};
    f.statuses = {QStringLiteral("草稿")};
    f.classCode = m_fx->classCode.left(3);
    QCOMPARE(names(f), QStringList{QStringLiteral("社会保险参保信息")});
    f.statuses = {QStringLiteral("已发布")};
    QVERIFY(names(f).isEmpty());
}

void TestSearch::codeAndSingleCharacterPrefixes()
{
    CatalogQueries queries(m_fx->database->connection());
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code, name FROM info_resource WHERE code IS NOT NULL LIMIT 1")) &&
            q.next());
    const QString code = q.value(0).toString();
    const QString name = q.value(1).toString();
    ResourceFilter f;
    f.search = code;
    QVERIFY(names(f).contains(name));
    f.search = code.left(code.indexOf(u'/') + 3);
    QVERIFY(names(f).contains(name));
    f.search = name.right(1);
    QVERIFY(names(f).contains(name));
}

void TestSearch::tiesInCreationOrder()
{
    // Three resources that match only through the same data item score the same: they come in the
    // order they were created, as rankedRowids() gives them.
    QStringList created;
    for (const QString& name : {QStringLiteral("渔业捕捞许可信息"), QStringLiteral("农机购置补贴信息"),
                                QStringLiteral("河道采砂许可信息")}) {
        ResourceDraft d = m_fx->validDraft(*m_store, name);
        d.items.append(
            ItemDraft::of(QStringLiteral("船籍港登记号"), QStringLiteral("C"), QStringLiteral("20")));
        auto id = m_store->save(d);
        QVERIFY(id);
        created << name;
    }
    ResourceFilter f;
    f.search = QStringLiteral("船籍港");
    QCOMPARE(names(f), created);
    CatalogQueries queries(m_fx->database->connection());
    const auto rowids = queries.rankedRowids(f);
    QVERIFY(rowids);
    QVERIFY(std::is_sorted(rowids.value().begin(), rowids.value().end()));
    const auto rows = queries.resourceRows(rowids.value());
    QVERIFY(rows);
    QStringList fromRows;
    for (const QVariantList& row : rows.value()) {
        fromRows << row.value(2).toString();
    }
    QCOMPARE(fromRows, created);
}

void TestSearch::listPlansReadOnlyWhatTheyShow()
{
    // Without statistics SQLite's plans rest on the statement shapes (db/ResourceFilter.cpp): the
    // lists of 100,000 resources stay fast only with these plans.
    const QSqlDatabase db = m_fx->database->connection();
    const auto plan = [&](const FilterSql& sql) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.sql);
        for (const QVariant& v : sql.binds) {
            q.addBindValue(v);
        }
        QStringList lines;
        if (!q.exec()) {
            return QStringList{q.lastError().text()};
        }
        while (q.next()) {
            lines << q.value(0).toString() + u' ' + q.value(3).toString();
        }
        return lines;
    };
    const auto outerSort = [](const QStringList& lines) {
        return std::any_of(lines.begin(), lines.end(), [](const QString& l) {
            return l.startsWith(QLatin1String("0 ")) && l.contains(QLatin1String("TEMP B-TREE"));
        });
    };
    const QString columns = QStringLiteral("r.id, d.name");
    ResourceFilter f;
    f.shareTypes = {QStringLiteral("无条件共享")};
    QVERIFY2(!outerSort(plan(listSql(f, {}, columns))),
             qPrintable(plan(listSql(f, {}, columns)).join(u'\n')));
    QVERIFY(plan(countSql(f)).join(u' ').contains(QLatin1String("COVERING INDEX info_resource_share_code")));
    f = {};
    f.statuses = {QStringLiteral("待审核")};
    QVERIFY(!outerSort(plan(listSql(f, {}, columns))));
    f = {};
    f.classCode = QStringLiteral("3");
    QVERIFY(!outerSort(plan(listSql(f, {}, columns))));
    QVERIFY(plan(listSql(f, {}, columns))
                .join(u' ')
                .contains(QLatin1String("COVERING INDEX info_resource_code_class")));
    // A search with a department and a status: the match is the outer loop, the other filters one set
    // read from the department index alone.
    f = {};
    f.search = QStringLiteral("信用代码");
    f.deptIds = {m_fx->deptId};
    f.statuses = {QStringLiteral("已发布")};
    for (const QStringList& lines : {plan(listSql(f, {}, columns)), plan(countSql(f))}) {
        QVERIFY2(lines.join(u' ').contains(QLatin1String("COVERING INDEX info_resource_dept_live")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(!outerSort(lines));
        QVERIFY(lines.value(0).contains(QLatin1String("resource_fts")) ||
                lines.join(u' ').contains(QLatin1String("SUBQUERY")));
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
