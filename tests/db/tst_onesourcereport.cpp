#include "catalog/OneSourceReport.h"
#include "core/rules/ItemNameNormalizer.h"
#include "support/CatalogSession.h"

#include <QTest>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// The 一数一源 report on a real encrypted database holding a small demo city.
class TestOneSourceReport : public QObject, private test::CatalogSession
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }
    void oneSourceGroupsSpellingsAcrossDepartments();
    void genericFieldsAreLeftOutByAnEditableList();
    void subjectIdentifiersRankFirst();
};

void TestOneSourceReport::oneSourceGroupsSpellingsAcrossDepartments()
{
    ResourceDraft a = m_fx->validDraft(*m_store, QStringLiteral("甲部门登记信息"));
    a.items = {
        ItemDraft::of(QStringLiteral("统一社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
        ItemDraft::of(QStringLiteral("本测试专用甲项"), QStringLiteral("C"), QStringLiteral("10")),
        ItemDraft::of(QStringLiteral("本测试专用乙项（必填）"), QStringLiteral("C"), QStringLiteral("10"))};
    ResourceDraft b = m_fx->validDraft(*m_store, QStringLiteral("乙部门许可信息"));
    b.items = {ItemDraft::of(QStringLiteral("社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
               ItemDraft::of(QStringLiteral("本测试专用乙项"), QStringLiteral("C"), QStringLiteral("10"))};
    const QString idA = save(a);
    const QString idB = save(b, m_fx->otherDeptId);
    QVERIFY(!idA.isEmpty() && !idB.isEmpty());

    auto built = OneSourceReport::build(m_fx->database->connection());
    QVERIFY2(built, qPrintable(built.error().message));
    const auto find = [](const OneSourceReport& r, const QString& name) -> const OneSourceGroup* {
        const QString key = ItemNameNormalizer::normalize(name);
        for (const OneSourceGroup& g : r.groups) {
            if (g.key == key) {
                return &g;
            }
        }
        return nullptr;
    };
    const auto resourcesOf = [](const OneSourceGroup& g, const QString& dept) {
        QStringList ids;
        for (const OneSourceDepartment& d : g.departments) {
            for (const OneSourceResource& r : d.resources) {
                if (d.deptId == dept) {
                    ids << r.id;
                }
            }
        }
        return ids;
    };
    const OneSourceGroup* uscc = find(built.value(), QStringLiteral("社会信用代码"));
    QVERIFY(uscc);
    QCOMPARE(uscc->name, QStringLiteral("统一社会信用代码"));
    QVERIFY(uscc->spellings.contains(QStringLiteral("统一社会信用代码")));
    QVERIFY(uscc->spellings.contains(QStringLiteral("社会信用代码")));
    QVERIFY(resourcesOf(*uscc, m_fx->deptId).contains(idA));
    QVERIFY(resourcesOf(*uscc, m_fx->otherDeptId).contains(idB));

    const OneSourceGroup* mine = find(built.value(), QStringLiteral("本测试专用乙项"));
    QVERIFY(mine);
    QCOMPARE(mine->departmentCount, 2);
    QCOMPARE(mine->resourceCount, 2);
    QCOMPARE(mine->spellings.size(), 2);
    QCOMPARE(mine->departments.size(), 2);
    QCOMPARE(mine->departments.at(0).resources.at(0).name.isEmpty(), false);
    QVERIFY(!find(built.value(), QStringLiteral("本测试专用甲项"))); // one department only
    // Subject identifiers first, then most departments first.
    for (qsizetype i = 1; i < built.value().groups.size(); ++i) {
        const OneSourceGroup& before = built.value().groups.at(i - 1);
        const OneSourceGroup& after = built.value().groups.at(i);
        QVERIFY(before.subjectIdentifier >= after.subjectIdentifier);
        if (before.subjectIdentifier == after.subjectIdentifier) {
            QVERIFY(before.departmentCount >= after.departmentCount);
        }
    }
    QVERIFY(uscc->subjectIdentifier);
    QVERIFY(!mine->subjectIdentifier);

    // A deleted resource no longer provides its items.
    QVERIFY(m_repo->remove(QStringLiteral("info_resource"), idB));
    QVERIFY(!find(OneSourceReport::build(m_fx->database->connection()).value(),
                  QStringLiteral("本测试专用乙项")));

    bool asked = false;
    auto withProgress = OneSourceReport::build(m_fx->database->connection(), [&](qint64, qint64) {
        asked = true;
        return true;
    });
    QVERIFY(withProgress && asked && !withProgress.value().cancelled);
}

void TestOneSourceReport::genericFieldsAreLeftOutByAnEditableList()
{
    ResourceDraft a = m_fx->validDraft(*m_store, QStringLiteral("甲部门登记信息"));
    a.items = {ItemDraft::of(QStringLiteral("数据更新时间"), QStringLiteral("T")),
               ItemDraft::of(QStringLiteral("备注"), QStringLiteral("M")),
               ItemDraft::of(QStringLiteral("本测试专用丙项"), QStringLiteral("C"), QStringLiteral("10"))};
    ResourceDraft b = m_fx->validDraft(*m_store, QStringLiteral("乙部门许可信息"));
    b.items = a.items;
    QVERIFY(!save(a).isEmpty());
    QVERIFY(!save(b, m_fx->otherDeptId).isEmpty());
    const QSqlDatabase db = m_fx->database->connection();
    const auto keys = [](const OneSourceReport& r) {
        QStringList out;
        for (const OneSourceGroup& g : r.groups) {
            out << g.name;
        }
        return out;
    };

    // The default list leaves the bookkeeping fields out.
    QCOMPARE(OneSourceReport::excludedNames(db).value(), OneSourceReport::defaultExcludedNames());
    auto built = OneSourceReport::build(db);
    QVERIFY(built);
    QVERIFY(!keys(built.value()).contains(QStringLiteral("数据更新时间")));
    QVERIFY(!keys(built.value()).contains(QStringLiteral("备注")));
    QVERIFY(keys(built.value()).contains(QStringLiteral("本测试专用丙项")));
    QVERIFY(built.value().excludedGroups >= 2);

    // The bureau's own list, kept in the database: 备注 counts again, 本测试专用丙项 is left out
    // (matched in any spelling).
    QVERIFY(OneSourceReport::setExcludedNames(
        db, {QStringLiteral("数据更新时间"), QStringLiteral(" 本测试专用丙项（必填） "), QString()}));
    QCOMPARE(OneSourceReport::excludedNames(db).value(),
             QStringList({QStringLiteral("数据更新时间"), QStringLiteral("本测试专用丙项（必填）")}));
    built = OneSourceReport::build(db);
    QVERIFY(keys(built.value()).contains(QStringLiteral("备注")));
    QVERIFY(!keys(built.value()).contains(QStringLiteral("本测试专用丙项")));
    QVERIFY(!keys(built.value()).contains(QStringLiteral("数据更新时间")));
    // Saved twice: updated, not duplicated. An empty list excludes nothing.
    QVERIFY(OneSourceReport::setExcludedNames(db, {}));
    QVERIFY(OneSourceReport::excludedNames(db).value().isEmpty());
    QVERIFY(keys(OneSourceReport::build(db).value()).contains(QStringLiteral("数据更新时间")));
}

void TestOneSourceReport::subjectIdentifiersRankFirst()
{
    // A field that three departments provide against an identifier that two provide: the
    // identifier still comes first.
    const QSqlDatabase db = m_fx->database->connection();
    ResourceDraft a = m_fx->validDraft(*m_store, QStringLiteral("甲部门登记信息"));
    a.items = {ItemDraft::of(QStringLiteral("本测试专用丁项"), QStringLiteral("C"), QStringLiteral("10")),
               ItemDraft::of(QStringLiteral("身份证号码"), QStringLiteral("C"), QStringLiteral("18"))};
    ResourceDraft b = m_fx->validDraft(*m_store, QStringLiteral("乙部门许可信息"));
    b.items = {ItemDraft::of(QStringLiteral("本测试专用丁项"), QStringLiteral("C"), QStringLiteral("10")),
               ItemDraft::of(QStringLiteral("公民身份号码"), QStringLiteral("C"), QStringLiteral("18"))};
    QVERIFY(!save(a).isEmpty());
    QVERIFY(!save(b, m_fx->otherDeptId).isEmpty());
    auto built = OneSourceReport::build(db, QStringList());
    QVERIFY(built);
    QVERIFY(!built.value().groups.isEmpty());
    const OneSourceGroup& first = built.value().groups.constFirst();
    QVERIFY2(first.subjectIdentifier, qPrintable(first.name));
    QVERIFY(OneSourceReport::isSubjectIdentifier(ItemNameNormalizer::normalize(QStringLiteral("身份证号"))));
    QVERIFY(
        !OneSourceReport::isSubjectIdentifier(ItemNameNormalizer::normalize(QStringLiteral("数据更新时间"))));
}

QTEST_GUILESS_MAIN(TestOneSourceReport)
#include "tst_onesourcereport.moc"
