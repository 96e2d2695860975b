#include "catalog/CatalogQuality.h"
#include "support/CatalogSession.h"

#include <QSqlQuery>
#include <QTest>

#include <map>
#include <utility>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// The catalog quality report on a real encrypted database holding a small demo city.
class TestCatalogQuality : public QObject, private test::CatalogSession
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }
    void qualityCountsMatchTheRules();
    void qualityRunCanBeCancelled();
};

void TestCatalogQuality::qualityCountsMatchTheRules()
{
    ResourceDraft broken = m_fx->validDraft(*m_store, QStringLiteral("故意填错的资源"));
    broken.abstract.clear();                                  // R01
    broken.shareType = canonicalName(ShareType::Conditional); // R03: no condition
    broken.items[0].length.clear();                           // R12: 字符型 without length
    broken.formatType = QStringLiteral("xlsx");               // R14: not a database type
    const QString brokenId = save(broken);
    const QString twinA = save(m_fx->validDraft(*m_store, QStringLiteral("重名资源"))); // R07 twice
    const QString twinB = save(m_fx->validDraft(*m_store, QStringLiteral("重名资源")));
    QVERIFY(!brokenId.isEmpty() && !twinA.isEmpty() && !twinB.isEmpty());

    auto report = CatalogQuality(m_fx->database->connection()).run();
    QVERIFY2(report, qPrintable(report.error().message));
    const QualityReport& r = report.value();
    QVERIFY(!r.cancelled);

    // The reference: ResourceStore::load and validate, one resource at a time.
    std::map<std::pair<QString, QString>, QualityCell> expected; // (dept, rule) → cell
    qint64 live = 0;
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_resource WHERE is_deleted = 0 ORDER BY id")));
    while (q.next()) {
        ++live;
        const ResourceDraft d = m_store->load(q.value(0).toString()).value();
        for (const Finding& f : m_store->validate(d)) {
            QualityCell& cell = expected[{d.providerDeptId, f.ruleId}];
            (f.severity == Finding::Severity::Error ? cell.errors : cell.warnings) += 1;
            if (!cell.resourceIds.contains(d.id)) {
                cell.resourceIds << d.id;
            }
        }
    }
    QCOMPARE(r.resourcesChecked, live);
    std::size_t cells = 0;
    for (const DepartmentQuality& dept : r.departments) {
        for (auto it = dept.rules.cbegin(); it != dept.rules.cend(); ++it, ++cells) {
            const QualityCell& want = expected[{dept.deptId, it.key()}];
            QCOMPARE(it->errors, want.errors);
            QCOMPARE(it->warnings, want.warnings);
            QCOMPARE(it->resourceIds, want.resourceIds);
        }
    }
    QCOMPARE(cells, expected.size());

    const DepartmentQuality* mine = r.department(m_fx->deptId);
    QVERIFY(mine);
    for (const char* rule : {"R01", "R03", "R12", "R14"}) {
        QVERIFY2(mine->rules.value(QLatin1String(rule)).resourceIds.contains(brokenId), rule);
    }
    QVERIFY(mine->withErrors.contains(brokenId));
    const QStringList twins = mine->rules.value(QStringLiteral("R07")).resourceIds;
    QVERIFY(twins.contains(twinA) && twins.contains(twinB));
    QVERIFY(r.resourcesFor(QStringLiteral("R03")).contains(brokenId));
    QVERIFY(r.ruleTotal(QStringLiteral("R03")).errors >= 1);
    QVERIFY(r.departmentsAffected(QStringLiteral("R03")) >= 1);

    // Withdrawing one twin (status 已下线) leaves the other without a duplicate.
    QSqlQuery(m_fx->database->connection())
        .exec(QStringLiteral("UPDATE info_resource SET status = '已下线' WHERE id = '%1'").arg(twinB));
    const QualityReport after = CatalogQuality(m_fx->database->connection()).run().value();
    const QStringList stillTwins =
        after.department(m_fx->deptId)->rules.value(QStringLiteral("R07")).resourceIds;
    QVERIFY(!stillTwins.contains(twinA));
    QVERIFY(stillTwins.contains(twinB)); // as the store's rule context sees it: twinA still has the name
}

void TestCatalogQuality::qualityRunCanBeCancelled()
{
    test::CatalogFixture big(1200);
    QList<std::pair<qint64, qint64>> calls;
    auto r = CatalogQuality(big.database->connection()).run([&](qint64 done, qint64 total) {
        calls.append({done, total});
        return false;
    });
    QVERIFY(r);
    QVERIFY(r.value().cancelled);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).first, 500);
    QCOMPARE(calls.at(0).second, 1200);
    QCOMPARE(r.value().resourcesChecked, 500);

    calls.clear();
    auto whole = CatalogQuality(big.database->connection()).run([&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(whole && !whole.value().cancelled);
    QCOMPARE(whole.value().resourcesChecked, 1200);
    QCOMPARE(calls.constLast(), std::make_pair(qint64(1200), qint64(1200)));
}

QTEST_GUILESS_MAIN(TestCatalogQuality)
#include "tst_catalogquality.moc"
