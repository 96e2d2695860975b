#include "db/CatalogQueries.h"
#include "support/CatalogFixture.h"

#include <QTest>

using namespace govcat;
using namespace govcat::db;

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
    void searchCombinesWithFilters();
    void codeAndSingleCharacterPrefixes();

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

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
