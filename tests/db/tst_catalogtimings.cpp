#include "catalog/BulkEdit.h"
#include "catalog/CatalogQuality.h"
#include "catalog/OneSourceReport.h"
#include "core/CodeLists.h"
#include "db/Database.h"
#include "db/Repository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// Timings of the quality report, the 一数一源 report and bulk edit on a large demo catalog (govcat demo
// --resources 100000), with GOVCAT_BENCH_DB and GOVCAT_BENCH_PASSPHRASE_FILE set; skipped without them.
class TestCatalogTimings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largeCatalogTimings();
};

// Wall-clock and process CPU time since the last lap (CPU time is what counts on a shared machine).
struct Lap
{
    QElapsedTimer wall;
    std::clock_t cpu = std::clock();
    Lap() { wall.start(); }
    QByteArray next()
    {
        const std::clock_t now = std::clock();
        const QByteArray text = QByteArray::number(wall.restart()) + " ms wall, " +
                                QByteArray::number(qint64(now - cpu) * 1000 / CLOCKS_PER_SEC) + " ms CPU";
        cpu = now;
        return text;
    }
};

void TestCatalogTimings::largeCatalogTimings()
{
    const QString path = qEnvironmentVariable("GOVCAT_BENCH_DB");
    if (path.isEmpty()) {
        QSKIP("set GOVCAT_BENCH_DB and GOVCAT_BENCH_PASSPHRASE_FILE to time a large demo catalog");
    }
    QFile passFile(qEnvironmentVariable("GOVCAT_BENCH_PASSPHRASE_FILE"));
    QVERIFY(passFile.open(QIODevice::ReadOnly));
    auto opened = Database::open(path, passFile.readAll().trimmed());
    QVERIFY2(opened, qPrintable(opened.error().message));
    QSqlDatabase db = opened.value()->connection();
    Lap lap;
    const QualityReport quality = CatalogQuality(db).run([](qint64, qint64) { return true; }).value();
    qInfo("quality: %lld resources, %lld with errors, %lld findings: %s", quality.resourcesChecked,
          quality.resourcesWithErrors, quality.errors + quality.warnings, lap.next().constData());
    const OneSourceReport oneSource = OneSourceReport::build(db).value();
    qInfo("one source: %lld items, %lld groups: %s", oneSource.itemsRead, qint64(oneSource.groups.size()),
          lap.next().constData());

    Repository repo(db, {QStringLiteral("基准测试"), QString(), canonicalName(Role::Administrator)});
    const int n = qEnvironmentVariableIsSet("GOVCAT_BENCH_BULK")
                      ? qEnvironmentVariableIntValue("GOVCAT_BENCH_BULK")
                      : 10000;
    for (const char* where : {"status IN ('草稿', '已退回')", "status = '已发布'", "1 = 1"}) {
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM info_resource WHERE is_deleted = 0 AND %1 ORDER BY code "
                                  "LIMIT %2")
                       .arg(QString::fromUtf8(where))
                       .arg(n)));
        QStringList ids;
        while (q.next()) {
            ids << q.value(0).toString();
        }
        const BulkChange change{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Other),
                                QStringLiteral("update_cycle_other"), QStringLiteral("基准测试周期")};
        lap.next();
        const BulkPreview p = BulkEdit::preview(db, repo, ids, change).value();
        const QByteArray previewTime = lap.next();
        auto applied = BulkEdit::apply(db, repo, ids, change);
        QVERIFY2(applied, qPrintable(applied.error().message));
        const QByteArray applyTime = lap.next();
        QVERIFY(BulkEdit::undo(repo, applied.value().previous));
        const qint64 revisions = std::count_if(p.rows.cbegin(), p.rows.cend(), [](const BulkPreviewRow& r) {
            return r.willChange() && r.target == BulkPreviewRow::Target::NewRevision;
        });
        qInfo(
            "bulk edit where %s: %lld ids, %d changed (%lld as new revisions): preview %s; apply %s; undo %s",
            where, qint64(ids.size()), p.toChange, revisions, previewTime.constData(), applyTime.constData(),
            lap.next().constData());
    }
}

QTEST_GUILESS_MAIN(TestCatalogTimings)
#include "tst_catalogtimings.moc"
