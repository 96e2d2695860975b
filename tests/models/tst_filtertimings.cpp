// What a filter change costs on a large demo catalog (govcat demo --resources 100000), with
// GOVCAT_BENCH_DB and GOVCAT_BENCH_PASSPHRASE_FILE set; skipped without them. Since issue 12 the side
// panel also recounts the classification tree under the department and attribute filters: each
// scenario times the list load (ResourceListModel::load: count + first page), the recount
// (CatalogQueries::classCounts) and the department list (DepartmentListModel::reload, pinyin order),
// median of 7 runs, warm.
#include "catalog/CatalogQueries.h"
#include "catalog/OneSourceReport.h"
#include "core/CodeLists.h"
#include "db/Database.h"
#include "models/catalog/DepartmentListModel.h"
#include "models/catalog/ResourceListModel.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace govcat;

class TestFilterTimings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterChangesOnALargeCatalog();
    void pinyinSortOfAllNames();
    void oneSourceReportsProgressThroughout();
};

namespace {

double medianMs(const std::function<void()>& work)
{
    std::vector<double> runs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

} // namespace

void TestFilterTimings::filterChangesOnALargeCatalog()
{
    const QString path = qEnvironmentVariable("GOVCAT_BENCH_DB");
    if (path.isEmpty()) {
        QSKIP("set GOVCAT_BENCH_DB and GOVCAT_BENCH_PASSPHRASE_FILE to time a large demo catalog");
    }
    QFile passFile(qEnvironmentVariable("GOVCAT_BENCH_PASSPHRASE_FILE"));
    QVERIFY(passFile.open(QIODevice::ReadOnly));
    auto opened = db::Database::open(path, passFile.readAll().trimmed());
    QVERIFY2(opened, qPrintable(opened.error().message));
    const catalog::CatalogQueries queries(opened.value()->connection());

    models::DepartmentListModel departments;
    const double deptMs = medianMs([&] { QVERIFY(departments.reload(queries)); });
    qInfo("departments (pinyin): %.2f ms", deptMs);
    // The largest department.
    QString largest;
    qint64 most = 0;
    for (int r = 1; r < departments.rowCount(); ++r) {
        if (departments.index(r).data(models::DepartmentListModel::CountRole).toLongLong() > most) {
            most = departments.index(r).data(models::DepartmentListModel::CountRole).toLongLong();
            largest = departments.index(r).data(models::DepartmentListModel::IdRole).toString();
        }
    }
    struct Scenario
    {
        const char* name;
        catalog::ResourceFilter filter;
    };
    catalog::ResourceFilter dept = catalog::ResourceFilter::forDepartment(largest);
    catalog::ResourceFilter share;
    share.shareTypes << canonicalName(ShareType::Unconditional);
    catalog::ResourceFilter status;
    status.statuses << canonicalName(ResourceStatus::PendingReview);
    catalog::ResourceFilter deptStatus = dept;
    deptStatus.statuses << canonicalName(ResourceStatus::Published);
    catalog::ResourceFilter published;
    published.statuses << canonicalName(ResourceStatus::Published);
    const QList<Scenario> scenarios = {
        {"no filter", {}},         {"largest department", dept}, {"share type 无条件共享", share},
        {"status 待审核", status}, {"status 已发布", published}, {"largest department + 已发布", deptStatus}};
    for (const Scenario& s : scenarios) {
        models::ResourceListModel model;
        const double load = medianMs([&] { QVERIFY(model.load(queries, s.filter)); });
        qint64 counted = 0;
        const double counts = medianMs([&] {
            auto c = queries.classCounts(s.filter);
            QVERIFY(c);
            counted = 0;
            for (const qint64 n : c.value()) {
                counted += n;
            }
        });
        if (s.filter == catalog::ResourceFilter{}) {
            // The whole list sorted by provider: by the stored name, then by pinyin (a rank per
            // department in the ORDER BY).
            const double byName = medianMs([&] {
                models::ResourceListModel m;
                QVERIFY(m.load(queries, s.filter));
                m.sort(models::ResourceListModel::Name);
            });
            const double byProvider = medianMs([&] {
                models::ResourceListModel m;
                QVERIFY(m.load(queries, s.filter));
                m.sort(models::ResourceListModel::Provider);
            });
            // The statement alone, first page: by the stored provider name, and by the pinyin rank.
            const auto firstPage = [&](const catalog::ResourceSort& sort) {
                return medianMs([&] {
                    auto q = queries.resourceList(s.filter, sort);
                    QVERIFY(q);
                    for (int i = 0; i < 256 && q.value().next(); ++i) {
                    }
                });
            };
            const catalog::ResourceSort byStoredName{catalog::ResourceSort::Key::Provider, false};
            catalog::ResourceSort byPinyin = byStoredName;
            for (int r = 1; r < departments.rowCount(); ++r) {
                byPinyin.providerOrder
                    << departments.index(r).data(models::DepartmentListModel::IdRole).toString();
            }
            qInfo(
                "all resources: load + sort by name %.2f ms, load + sort by provider (pinyin) %.2f ms; first "
                "page by provider: stored name %.2f ms, pinyin rank %.2f ms",
                byName, byProvider, firstPage(byStoredName), firstPage(byPinyin));
        }
        qInfo("%-30s %6lld resources (%lld classified): list load %.2f ms, class counts %.2f ms, together "
              "%.2f ms",
              s.name, model.totalCount(), counted, load, counts, load + counts);
    }
}

// What sorting the whole resource list by name in pinyin would cost in memory (ICU sort keys for
// every name, then a sort), against the SQL ORDER BY r.name the list uses.
void TestFilterTimings::pinyinSortOfAllNames()
{
    const QString path = qEnvironmentVariable("GOVCAT_BENCH_DB");
    if (path.isEmpty()) {
        QSKIP("set GOVCAT_BENCH_DB and GOVCAT_BENCH_PASSPHRASE_FILE to time a large demo catalog");
    }
    QFile passFile(qEnvironmentVariable("GOVCAT_BENCH_PASSPHRASE_FILE"));
    QVERIFY(passFile.open(QIODevice::ReadOnly));
    auto opened = db::Database::open(path, passFile.readAll().trimmed());
    QVERIFY(opened);
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(opened.value()->connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT rowid, name FROM info_resource WHERE is_deleted = 0")));
    std::vector<std::pair<QString, qint64>> names;
    while (q.next()) {
        names.emplace_back(q.value(1).toString(), q.value(0).toLongLong());
    }
    const double read = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const QCollator zh{QLocale(QLocale::Chinese, QLocale::China)};
    std::vector<std::pair<QCollatorSortKey, qint64>> keys;
    keys.reserve(names.size());
    for (const auto& [name, rowid] : names) {
        keys.emplace_back(zh.sortKey(name), rowid);
    }
    const double keyed = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    std::sort(keys.begin(), keys.end(),
              [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
    const double sorted = double(timer.nsecsElapsed()) / 1e6;
    qInfo("pinyin sort of %zu names: read %.1f ms, sort keys %.1f ms, sort %.1f ms", names.size(), read,
          keyed, sorted);
}

// 一数一源 on the large catalog: the whole time, and the longest stretch without a progress call (a
// progress dialog can only show and answer 取消 at those calls).
void TestFilterTimings::oneSourceReportsProgressThroughout()
{
    const QString path = qEnvironmentVariable("GOVCAT_BENCH_DB");
    if (path.isEmpty()) {
        QSKIP("set GOVCAT_BENCH_DB and GOVCAT_BENCH_PASSPHRASE_FILE to time a large demo catalog");
    }
    QFile passFile(qEnvironmentVariable("GOVCAT_BENCH_PASSPHRASE_FILE"));
    QVERIFY(passFile.open(QIODevice::ReadOnly));
    auto opened = db::Database::open(path, passFile.readAll().trimmed());
    QVERIFY(opened);
    QElapsedTimer whole;
    whole.start();
    QElapsedTimer gap;
    gap.start();
    qint64 longest = 0;
    qint64 calls = 0;
    qint64 lastDone = -1;
    qint64 longestAt = 0;
    qint64 longestOf = 0;
    bool monotonic = true;
    auto report =
        catalog::OneSourceReport::build(opened.value()->connection(), [&](qint64 done, qint64 total) {
            const qint64 since = gap.restart();
            if (since > longest) {
                longest = since;
                longestAt = done;
                longestOf = total;
            }
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
            ++calls;
            return true;
        });
    const qint64 tail = gap.elapsed();
    QVERIFY(report);
    QVERIFY(monotonic);
    qInfo(
        "一数一源: %lld ms in all, %lld progress calls, longest gap %lld ms (ending at %lld of %lld), after "
        "the last call %lld ms; %lld groups, first %s",
        whole.elapsed(), calls, longest, longestAt, longestOf, tail, qint64(report.value().groups.size()),
        qPrintable(report.value().groups.value(0).name));
}

QTEST_GUILESS_MAIN(TestFilterTimings)
#include "tst_filtertimings.moc"
