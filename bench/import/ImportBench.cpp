// govcat_bench_import: one import of a catalog file into a bench database (issue 4), timed by stage:
// reading and parsing the file, the dry run (ImportPlanner), and with --apply the write
// (ImportApply, one transaction). Prints key=value figures; bench/import/import.sh runs it on fresh
// copies of the demo city and reports medians. The database is written only with --apply.
// With --reimport FILE2 and --apply: FILE2 (the same resources changed) read, planned and applied
// too, as a returned data call kit is. With --floor N instead of --file: the raw SQLite reference
// for the write (bench/import/RawFloor).
#include "../BenchUtil.h"
#include "RawFloor.h"
#include "core/CodeLists.h"
#include "db/Database.h"
#include "db/ImportApply.h"
#include "db/ImportPlanner.h"
#include "io/catalog/CatalogFile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace govcat;
using namespace govcat::bench;

namespace {

// Reads, plans and applies a second file after the first was applied, printing reimport_* figures.
void reimport(const db::ResourceStore& store, const QString& file)
{
    Stopwatch watch;
    auto parsed = io::readCatalogFile(file);
    if (!parsed) {
        fail(parsed.error().message);
    }
    printFigure("reimport_read_ms", watch.wallMs());
    printFigure("reimport_read_cpu_ms", watch.cpuMs());
    watch.restart();
    auto plan = db::ImportPlanner(store).plan(parsed.value());
    if (!plan) {
        fail(plan.error().message);
    }
    printFigure("reimport_plan_ms", watch.wallMs());
    printFigure("reimport_plan_cpu_ms", watch.cpuMs());
    printFigure("reimport_changed", qint64(plan.value().count(db::ImportPlanRow::Kind::Changed)));
    printFigure("reimport_rejected", qint64(plan.value().rejected()));
    watch.restart();
    auto applied = db::ImportApply::apply(store, plan.value(), db::ImportScope::All);
    if (!applied) {
        fail(applied.error().message);
    }
    printFigure("reimport_apply_ms", watch.wallMs());
    printFigure("reimport_apply_cpu_ms", watch.cpuMs());
}

int run(const QStringList& arguments)
{
    const QString dbPath = option(arguments, QStringLiteral("db"));
    const QString file = option(arguments, QStringLiteral("file"));
    const int floorItems = option(arguments, QStringLiteral("floor"), QStringLiteral("0")).toInt();
    if (dbPath.isEmpty() || (file.isEmpty() && floorItems < 1)) {
        fail(QStringLiteral(
            "usage: govcat_bench_import --db DB (--file FILE [--apply [--reimport FILE2]] | --floor ITEMS)"));
    }
    auto database = db::Database::open(dbPath, benchPassphrase());
    if (!database) {
        fail(database.error().message);
    }
    if (floorItems > 0) {
        runRawFloor(database.value()->connection(), floorItems);
        return 0;
    }
    resetPeakRss();
    const qint64 rssAfterOpen = peakRssKiB();
    Stopwatch watch;
    auto parsed = io::readCatalogFile(file);
    if (!parsed) {
        fail(parsed.error().message);
    }
    printFigure("read_ms", watch.wallMs());
    printFigure("read_cpu_ms", watch.cpuMs());
    qint64 items = 0;
    for (const io::ImportedResource& r : parsed.value().resources) {
        items += r.draft.items.size();
    }
    printFigure("resources", qint64(parsed.value().resources.size()));
    printFigure("items", items);

    db::Repository repo(database.value()->connection(),
                        db::Actor{QStringLiteral("bench"), QString(), canonicalName(Role::Administrator)});
    db::ResourceStore store(database.value()->connection(), repo);
    watch.restart();
    auto plan = db::ImportPlanner(store).plan(parsed.value());
    if (!plan) {
        fail(plan.error().message);
    }
    printFigure("plan_ms", watch.wallMs());
    printFigure("plan_cpu_ms", watch.cpuMs());
    printFigure("new", qint64(plan.value().count(db::ImportPlanRow::Kind::New)));
    printFigure("changed", qint64(plan.value().count(db::ImportPlanRow::Kind::Changed)));
    printFigure("unchanged", qint64(plan.value().count(db::ImportPlanRow::Kind::Unchanged)));
    printFigure("rejected", qint64(plan.value().rejected()));
    if (flag(arguments, QStringLiteral("apply"))) {
        watch.restart();
        auto applied = db::ImportApply::apply(store, plan.value(), db::ImportScope::All);
        if (!applied) {
            fail(applied.error().message);
        }
        printFigure("apply_ms", watch.wallMs());
        printFigure("apply_cpu_ms", watch.cpuMs());
    }
    printFigure("rss_after_open_kib", rssAfterOpen);
    printFigure("peak_rss_kib", peakRssKiB());
    if (const QString again = option(arguments, QStringLiteral("reimport")); !again.isEmpty()) {
        // The first file's catalog and plan are dropped first, as the GUI drops its dialog's.
        {
            [[maybe_unused]] const io::ImportedCatalog first = std::move(parsed).value();
        }
        {
            [[maybe_unused]] const db::ImportPlan first = std::move(plan).value();
        }
        resetPeakRss();
        reimport(store, again);
        printFigure("reimport_peak_rss_kib", peakRssKiB());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    try {
        return run(QCoreApplication::arguments().mid(1));
    } catch (const Failure& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "govcat_bench_import: %s\n", qPrintable(failure.message));
        return 2;
    }
}
