#include "ExportBench.h"

#include "BenchUtil.h"
#include "catalog/ResourceStore.h"
#include "db/Database.h"
#include "db/Repository.h"
#include "exchange/CatalogExport.h"
#include "exchange/ImportPlanner.h"
#include "io/catalog/CatalogJson.h"
#include "io/catalog/CatalogTableParser.h"
#include "io/catalog/TableSource.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace govcat::bench {

namespace {

void roundTrip(db::Database& database, const QString& file, io::CatalogFileFormat format)
{
    if (!resetPeakRss()) {
        std::fputs("note: VmHWM cannot be reset; the peak below includes the export\n", stderr);
    }
    Stopwatch parse;
    Result<io::ImportedCatalog> parsed = Error{};
    if (format == io::CatalogFileFormat::Json) {
        parsed = io::readCatalogJson(file);
    } else {
        auto source = io::openTableSource(file);
        if (!source) {
            fail(QStringLiteral("open %1: %2").arg(file, source.error().message));
        }
        parsed = io::parseCatalogTables(*source.value());
    }
    if (!parsed) {
        fail(QStringLiteral("read %1: %2").arg(file, parsed.error().message));
    }
    printFigure("roundtrip.parse_ms", parse.wallMs());
    printFigure("roundtrip.parse_cpu_ms", parse.cpuMs());
    printFigure("roundtrip.resources_read", qint64(parsed.value().resources.size()));

    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM department WHERE is_deleted = 0 ORDER BY name LIMIT 1")) ||
        !q.next()) {
        fail(QStringLiteral("no department"));
    }
    db::Repository repository(database.connection(), {QStringLiteral("bench"), q.value(0).toString(),
                                                      canonicalName(Role::Administrator)});
    catalog::ResourceStore store(database.connection(), repository);
    Stopwatch plan;
    auto planned = exchange::ImportPlanner(store).plan(parsed.value());
    if (!planned) {
        fail(QStringLiteral("plan: %1").arg(planned.error().message));
    }
    printFigure("roundtrip.plan_ms", plan.wallMs());
    printFigure("roundtrip.plan_cpu_ms", plan.cpuMs());
    printFigure("roundtrip.total_ms", parse.wallMs());
    printFigure("roundtrip.unchanged",
                qint64(planned.value().count(exchange::ImportPlanRow::Kind::Unchanged)));
    printFigure("roundtrip.changed", qint64(planned.value().count(exchange::ImportPlanRow::Kind::Changed)));
    printFigure("roundtrip.new", qint64(planned.value().count(exchange::ImportPlanRow::Kind::New)));
    printFigure("roundtrip.rejected", qint64(planned.value().rejected()));
    printFigure("roundtrip.peak_rss_kib", peakRssKiB());
    int shown = 0;
    for (const exchange::ImportPlanRow& row : planned.value().rows) {
        if (row.kind != exchange::ImportPlanRow::Kind::Unchanged && shown++ < 5) {
            const QString what =
                !row.changes.isEmpty()
                    ? row.changes.first().field + QStringLiteral(": ") + row.changes.first().oldValue +
                          QStringLiteral(" -> ") + row.changes.first().newValue
                    : (row.problems.isEmpty() ? QString() : row.problems.first().finding.message);
            std::fprintf(stderr, "not unchanged: %s %s: %s\n", qPrintable(exchange::kindName(row.kind)),
                         qPrintable(row.resourceId), qPrintable(what));
        }
    }
}

} // namespace

int runExport(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const auto format =
        io::catalogFileFormat(option(arguments, QStringLiteral("format"), QStringLiteral("xlsx")));
    const int runs = option(arguments, QStringLiteral("runs"), QStringLiteral("3")).toInt();
    if (path.isEmpty() || !format || runs < 1) {
        fail(QStringLiteral(
            "usage: govcat_bench export --db PATH [--format xlsx|csv|json] [--out FILE] [--runs N] "
            "[--roundtrip]"));
    }
    const QString out = option(
        arguments, QStringLiteral("out"),
        QDir::temp().filePath(QStringLiteral("govcat-export-bench.") + io::catalogFileSuffix(*format)));
    auto database = db::Database::open(path, benchPassphrase(), db::OpenMode::ReadOnly);
    if (!database) {
        fail(QStringLiteral("open %1: %2").arg(path, database.error().message));
    }
    printFigure("export.format", io::catalogFileSuffix(*format));
    printFigure("export.peak_after_open_kib", peakRssKiB());
    QList<double> wall;
    QList<double> cpu;
    QList<double> peaks;
    for (int run = 1; run <= runs; ++run) {
        resetPeakRss();
        Stopwatch watch;
        exchange::ExportRequest request;
        request.path = out;
        request.format = *format;
        auto summary = exchange::CatalogExport(database.value()->connection()).run(request);
        if (!summary) {
            fail(QStringLiteral("export: %1").arg(summary.error().message));
        }
        wall << watch.wallMs();
        cpu << watch.cpuMs();
        peaks << double(peakRssKiB());
        std::printf("export.run%d: %.0f ms wall, %.0f ms CPU, peak %lld KiB, %lld resources, %lld items, "
                    "%lld bytes\n",
                    run, wall.constLast(), cpu.constLast(), static_cast<long long>(peaks.constLast()),
                    static_cast<long long>(summary.value().resources),
                    static_cast<long long>(summary.value().items),
                    static_cast<long long>(summary.value().bytes));
        std::fflush(stdout);
        if (run == runs) {
            printFigure("export.resources", summary.value().resources);
            printFigure("export.items", summary.value().items);
            printFigure("export.file_bytes", summary.value().bytes);
        }
    }
    printFigure("export.runs", qint64(runs));
    printFigure("export.median_ms", median(wall));
    printFigure("export.median_cpu_ms", median(cpu));
    printFigure("export.max_peak_rss_kib", qint64(*std::max_element(peaks.cbegin(), peaks.cend())));
    printFigure("export.load", loadAverage());
    if (flag(arguments, QStringLiteral("roundtrip"))) {
        roundTrip(*database.value(), out, *format);
    }
    return 0;
}

} // namespace govcat::bench
