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
#include "exchange/ImportApply.h"
#include "exchange/ImportPlanner.h"
#include "io/catalog/CatalogFile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace govcat;
using namespace govcat::bench;

namespace {

// Reads, plans and (with apply) writes one file, printing each stage's figures under prefix. The
// file's catalog and plan are dropped on return, as the GUI drops its dialog's.
void importFile(const catalog::ResourceStore& store, const QString& file, const QByteArray& prefix,
                bool apply)
{
    const auto figure = [&prefix](const char* name, auto value) {
        printFigure(QByteArray(prefix + name).constData(), value);
    };
    Stopwatch watch;
    auto parsed = io::readCatalogFile(file);
    if (!parsed) {
        fail(parsed.error().message);
    }
    figure("read_ms", watch.wallMs());
    figure("read_cpu_ms", watch.cpuMs());
    qint64 items = 0;
    for (const io::ImportedResource& r : parsed.value().resources) {
        items += r.draft.items.size();
    }
    figure("resources", qint64(parsed.value().resources.size()));
    figure("items", items);
    watch.restart();
    auto plan = exchange::ImportPlanner(store).plan(parsed.value());
    if (!plan) {
        fail(plan.error().message);
    }
    figure("plan_ms", watch.wallMs());
    figure("plan_cpu_ms", watch.cpuMs());
    figure("new", qint64(plan.value().count(exchange::ImportPlanRow::Kind::New)));
    figure("changed", qint64(plan.value().count(exchange::ImportPlanRow::Kind::Changed)));
    figure("unchanged", qint64(plan.value().count(exchange::ImportPlanRow::Kind::Unchanged)));
    figure("rejected", qint64(plan.value().rejected()));
    if (apply) {
        watch.restart();
        auto applied = exchange::ImportApply::apply(store, plan.value(), exchange::ImportScope::All);
        if (!applied) {
            fail(applied.error().message);
        }
        figure("apply_ms", watch.wallMs());
        figure("apply_cpu_ms", watch.cpuMs());
    }
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
    db::Repository repo(database.value()->connection(),
                        db::Actor{QStringLiteral("bench"), QString(), canonicalName(Role::Administrator)});
    catalog::ResourceStore store(database.value()->connection(), repo);
    resetPeakRss();
    const qint64 rssAfterOpen = peakRssKiB();
    const bool apply = flag(arguments, QStringLiteral("apply"));
    importFile(store, file, {}, apply);
    printFigure("rss_after_open_kib", rssAfterOpen);
    printFigure("peak_rss_kib", peakRssKiB());
    if (const QString again = option(arguments, QStringLiteral("reimport")); apply && !again.isEmpty()) {
        resetPeakRss();
        importFile(store, again, "reimport_", true);
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
