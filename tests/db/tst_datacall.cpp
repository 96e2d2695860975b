#include "exchange/DataCall.h"
#include "exchange/ImportApply.h"
#include "exchange/ImportPlanner.h"
#include "io/catalog/CatalogFile.h"
#include "support/CatalogFixture.h"

#include <QDir>
#include <QTest>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;
using namespace govcat::exchange;

// 数据普查包: one pre-filled workbook per department, read back as a kit of its call, and the
// bookkeeping of who returned theirs.
class TestDataCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kitsPerDepartmentAndReturns();
    void unknownKitIsNotRecorded();
};

void TestDataCall::kitsPerDepartmentAndReturns()
{
    test::CatalogFixture fx;
    Repository repo(fx.database->connection(), fx.actor(Role::Reviewer));
    ResourceStore store(fx.database->connection(), repo);
    QTemporaryDir dir;
    DataCall calls(fx.database->connection(), repo.actor());
    QVERIFY(!calls.generate(QStringLiteral("  "), dir.path())); // a call needs a name

    int progressCalls = 0;
    auto call = calls.generate(QStringLiteral("2026 年度普查"), dir.filePath(QStringLiteral("普查包")),
                               [&](qsizetype, qsizetype) { return ++progressCalls > 0; });
    QVERIFY2(call, qPrintable(call.error().message));
    const qint64 departments =
        fx.count(QStringLiteral("SELECT count(*) FROM department WHERE is_deleted = 0"));
    QCOMPARE(call.value().depts.size(), departments);
    QCOMPARE(progressCalls, int(departments));
    QCOMPARE(QDir(call.value().folder).entryList({QStringLiteral("*.xlsx")}).size(), departments);

    // The kit of a department with resources holds exactly its resources and names its call.
    const auto withResources = std::find_if(call.value().depts.cbegin(), call.value().depts.cend(),
                                            [](const DataCallDept& d) { return d.resources > 0; });
    QVERIFY(withResources != call.value().depts.cend());
    const QString kit = QDir(call.value().folder).filePath(withResources->fileName);
    auto read = io::readCatalogFile(kit);
    QVERIFY2(read, qPrintable(read.error().message));
    QCOMPARE(read.value().kitInfo.value(kKitCallId), call.value().id);
    QCOMPARE(read.value().kitInfo.value(kKitDeptId), withResources->deptId);
    QCOMPARE(read.value().resources.size(), withResources->resources);

    auto latest = calls.latest();
    QVERIFY(latest && latest.value());
    QCOMPARE(latest.value()->outstanding(), departments);

    // Returned unchanged: the preview finds nothing to write, the return is still recorded.
    auto plan = ImportPlanner(store).plan(read.value());
    QVERIFY(plan);
    QCOMPARE(plan.value().count(ImportPlanRow::Kind::Unchanged), int(withResources->resources));
    auto who = calls.recordReturn(read.value().kitInfo, kit, 0, 0, 0);
    QVERIFY(who);
    QCOMPARE(who.value(), withResources->deptName);
    latest = calls.latest();
    QCOMPARE(latest.value()->outstanding(), departments - 1);
    const auto returned =
        std::find_if(latest.value()->depts.cbegin(), latest.value()->depts.cend(),
                     [&](const DataCallDept& d) { return d.deptId == withResources->deptId; });
    QVERIFY(returned->returned());
    QCOMPARE(returned->returnedFile, withResources->fileName);
}

void TestDataCall::unknownKitIsNotRecorded()
{
    test::CatalogFixture fx(5);
    Repository repo(fx.database->connection(), fx.actor(Role::Reviewer));
    DataCall calls(fx.database->connection(), repo.actor());
    auto none = calls.recordReturn({{kKitCallId, QStringLiteral("no-such-call")}, {kKitDeptId, fx.deptId}},
                                   QStringLiteral("x.xlsx"), 1, 0, 0);
    QVERIFY(none);
    QVERIFY(none.value().isEmpty());
    QVERIFY(calls.recordReturn({}, QStringLiteral("x.xlsx"), 0, 0, 0).value().isEmpty()); // not a kit at all
}

QTEST_GUILESS_MAIN(TestDataCall)
#include "tst_datacall.moc"
