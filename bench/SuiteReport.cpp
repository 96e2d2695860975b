#include "SuiteReport.h"

#include "BenchUtil.h"
#include "Probe.h"
#include "db/driver/CipherDriver.h"

#include <QFileInfo>
#include <QThread>

#include <utility>

namespace govcat::bench {

namespace {

constexpr int kCacheKiB = db::CipherOptions{}.cacheSizeKiB;
constexpr double kTargetOursVsCli = 1.5;
constexpr double kTargetEncryptedVsPlain = 1.3;

} // namespace

const QStringList& cliKinds()
{
    static const QStringList kinds = {QStringLiteral("departments"), QStringLiteral("count_all"),
                                      QStringLiteral("dept_page"), QStringLiteral("all_page")};
    return kinds;
}

QString describeKind(const QString& kind)
{
    static const QMap<QString, QString> text = {
        {QStringLiteral("departments"), QStringLiteral("Departments with resource counts")},
        {QStringLiteral("count_all"), QStringLiteral("Count of all resources")},
        {QStringLiteral("dept_page"), QStringLiteral("One department's resources, first 256 by code")},
        {QStringLiteral("all_page"), QStringLiteral("All resources, first 256 by code")},
        {QStringLiteral("first_page"), QStringLiteral("First page after unlock: count + list + 256 rows")},
        {QStringLiteral("dept_load"), QStringLiteral("Department list load: count + list + 256 rows")},
        {QStringLiteral("app_start"),
         QStringLiteral("Main window start: profile + departments + first page")},
    };
    return text.value(kind, kind);
}

namespace {

QString mark(double ratio, double target)
{
    return ratio <= target ? QStringLiteral("✓") : QStringLiteral("✗");
}

} // namespace

QString machineLine(const QString& loadBefore, const QString& loadAfter)
{
    const double mb = 1024.0 / 1e6; // KiB → MB (10^6 bytes)
    return QStringLiteral("- Machine: %1 × %2 (`nproc` %1), %3 MB RAM; load average %4 before, %5 after.")
        .arg(QThread::idealThreadCount())
        .arg(cpuModel(),
             QString::number(readTextFile(QStringLiteral("/proc/meminfo"))
                                     .section(QLatin1Char('\n'), 0, 0)
                                     .simplified()
                                     .section(QLatin1Char(' '), 1, 1)
                                     .toLongLong() *
                                 mb,
                             'f', 0),
             loadBefore, loadAfter);
}

QString suiteReport(const SuiteResults& in)
{
    const Dataset& dataset = in.dataset;
    const QList<Engine>& engines = in.engines;
    const Samples& samples = in.samples;
    const int runs = in.runs;
    const int repeat = in.repeat;
    const Figures gen = in.genFile.isEmpty() ? Figures() : parseFigures(readTextFile(in.genFile).toUtf8());
    QStringList md;
    auto line = [&md](const QString& text = {}) { md.append(text); };
    auto row = [&md](const QStringList& cells) {
        md.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    };
    const double mb = 1024.0 / 1e6; // KiB → MB (10^6 bytes)

    line(QStringLiteral("Measured %1 UTC on commit %2 by `bench/run.sh` (%3 runs, medians; every figure in "
                        "milliseconds unless marked).")
             .arg(in.started.toString(QStringLiteral("yyyy-MM-dd HH:mm")), in.commit)
             .arg(runs));
    line();
    line(machineLine(in.loadBefore, in.loadAfter));
    line(
        QStringLiteral("- Data: %1 resources, %2 items, %3 departments; encrypted file %4 MB, %5-byte pages, "
                       "journal mode %6; plain copy %7 MB, %8-byte pages. Largest department (the filtered "
                       "page): %9 resources.")
            .arg(dataset.resources)
            .arg(dataset.items)
            .arg(dataset.departments)
            .arg(QString::number(double(dataset.fileBytes) / 1e6, 'f', 0))
            .arg(dataset.pageSize)
            .arg(dataset.journalMode, QString::number(double(QFileInfo(in.plainPath).size()) / 1e6, 'f', 0),
                 in.plainPageSize)
            .arg(dataset.deptResources));
    line(QStringLiteral("- Engines: govcat in-process SQLCipher %1 (SQLite %2); `sqlcipher` CLI (SQLite %3); "
                        "`sqlite3` CLI (SQLite %4). Page cache %5 MiB everywhere.")
             .arg(dataset.cipherVersion, dataset.sqliteVersion, engines.at(0).version, engines.at(1).version)
             .arg(kCacheKiB / 1024));
    line();

    line(QStringLiteral("#### Targets"));
    line();
    row({QStringLiteral("What"), QStringLiteral("Measured"), QStringLiteral("Target"),
         QStringLiteral("Result")});
    row({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---")});
    if (gen.contains(QStringLiteral("gen.total_ms"))) {
        const double wallS = gen.value(QStringLiteral("gen.total_ms")).toDouble() / 1000;
        row({QStringLiteral("Demo generation, %1 resources: create + generate + close, wall (1 run, %2)")
                 .arg(gen.value(QStringLiteral("gen.resources")),
                      gen.value(QStringLiteral("gen.measured_at"))),
             QString::number(wallS, 'f', 1) + QStringLiteral(" s"), QStringLiteral("< 60 s"),
             verdict(wallS, 60, QStringLiteral(" s"))});
        if (gen.contains(QStringLiteral("gen.cpu_ms"))) {
            row({QStringLiteral("… CPU time (user + sys) of that process; load average before: %1")
                     .arg(gen.value(QStringLiteral("gen.load_before"))),
                 QString::number(gen.value(QStringLiteral("gen.cpu_ms")).toDouble() / 1000, 'f', 1) +
                     QStringLiteral(" s"),
                 QStringLiteral("—"), QStringLiteral("information")});
        }
        const double peak = gen.value(QStringLiteral("gen.peak_process_kib")).toDouble() * mb;
        row({QStringLiteral("Demo generation, peak RSS of the process (VmHWM, incl. the Argon2id wrap)"),
             QString::number(peak, 'f', 0) + QStringLiteral(" MB"), QStringLiteral("< 500 MB"),
             verdict(peak, 500, QStringLiteral(" MB"))});
        if (gen.contains(QStringLiteral("gen.peak_generate_kib"))) {
            row({QStringLiteral("… the generator alone (VmHWM reset after `Database::create`)"),
                 QString::number(gen.value(QStringLiteral("gen.peak_generate_kib")).toDouble() * mb, 'f', 0) +
                     QStringLiteral(" MB"),
                 QStringLiteral("—"), QStringLiteral("information")});
        }
    }
    const double openRest = samples.median(QStringLiteral("ours.open_rest"));
    row({QStringLiteral("Open + unlock without Argon2id, wall (median of %1 opens)")
             .arg(samples.count(QStringLiteral("ours.open_rest"))),
         ms(openRest), QStringLiteral("< 150"), verdict(openRest, 150, QStringLiteral(" ms"))});
    row({QStringLiteral("Argon2id unwrap (`Database::unwrapMillis()`, key file's Moderate profile)"),
         ms(samples.median(QStringLiteral("ours.unwrap"))), QStringLiteral("—"),
         QStringLiteral("information")});
    const double firstPage = samples.median(QStringLiteral("ours.first_page.cold1"));
    row({QStringLiteral(
             "First page after unlock: `resourceCount` + `resourceList` + 256 rows, first run, wall"),
         ms(firstPage), QStringLiteral("< 300"), verdict(firstPage, 300, QStringLiteral(" ms"))});
    const double appStart = samples.median(QStringLiteral("ours.app_start.cold1"));
    row({QStringLiteral("… what the main window waits for: profile + departments with counts + first page "
                        "(same target applied; not part of its definition)"),
         ms(appStart), QStringLiteral("< 300"), verdict(appStart, 300, QStringLiteral(" ms"))});

    struct Worst
    {
        double ratio = 0;
        QString kind;
    };
    auto worstRatio = [&](const QString& num, const QString& den, const QString& measure) {
        Worst w;
        for (const QString& kind : cliKinds()) {
            const double r = samples.median(QStringLiteral("%1.%2.%3").arg(num, kind, measure)) /
                             samples.median(QStringLiteral("%1.%2.%3").arg(den, kind, measure));
            if (r > w.ratio) {
                w = {r, kind};
            }
        }
        return w;
    };
    const std::pair<QString, QString> measures[] = {
        {QStringLiteral("cold_cpu"), QStringLiteral("cache flushed")},
        {QStringLiteral("warm_cpu"), QStringLiteral("warm")}};
    for (const auto& [measure, label] : measures) {
        const Worst w = worstRatio(QStringLiteral("ours"), QStringLiteral("enc"), measure);
        row({QStringLiteral("govcat ÷ sqlcipher CLI, same SQL, CPU time, worst of 4 queries, %1").arg(label),
             ratioText(w.ratio) + QStringLiteral(" (`") + w.kind + QStringLiteral("`)"),
             QStringLiteral("≤ 1.5×"), verdict(w.ratio, kTargetOursVsCli, QStringLiteral("×"), true)});
    }
    for (const auto& [measure, label] : measures) {
        const Worst w = worstRatio(QStringLiteral("enc"), QStringLiteral("plain"), measure);
        row({QStringLiteral(
                 "encrypted (sqlcipher CLI) ÷ plain (sqlite3 CLI), CPU time, worst of 4 queries, %1")
                 .arg(label),
             ratioText(w.ratio) + QStringLiteral(" (`") + w.kind + QStringLiteral("`)"),
             QStringLiteral("≤ 1.3×"), verdict(w.ratio, kTargetEncryptedVsPlain, QStringLiteral("×"), true)});
    }
    line();

    line(QStringLiteral("#### govcat in-process (a fresh process per run), wall / CPU"));
    line();
    line(QStringLiteral(
             "*First run* = right after `Database::open`; *cache flushed* = median of %1 runs, each "
             "right after `PRAGMA shrink_memory` (not timed); *warm* = median of %1 further runs. "
             "CPU = user + sys of the process.")
             .arg(repeat));
    line();
    row({QStringLiteral("Scenario"), QStringLiteral("Rows"), QStringLiteral("First run"),
         QStringLiteral("Cache flushed"), QStringLiteral("Warm")});
    row({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:"),
         QStringLiteral("---:")});
    row({QStringLiteral("Open, wall: total / Argon2id / rest"), QStringLiteral("—"),
         ms(samples.median(QStringLiteral("ours.open"))) + QStringLiteral(" / ") +
             ms(samples.median(QStringLiteral("ours.unwrap"))) + QStringLiteral(" / ") + ms(openRest),
         QStringLiteral("—"), QStringLiteral("—")});
    auto pair = [&](const QString& key, const QString& measure) -> QString {
        return ms(samples.median(key + measure)) + QStringLiteral(" / ") +
               ms(samples.median(key + measure + QStringLiteral("_cpu")));
    };
    for (const QString& kind : probeKinds()) {
        const QString key = QStringLiteral("ours.") + kind + QLatin1Char('.');
        row({describeKind(kind) + QStringLiteral(" (`") + kind + QStringLiteral("`)"),
             QString::number(samples.median(key + QStringLiteral("rows")), 'f', 0),
             pair(key, QStringLiteral("cold1")), pair(key, QStringLiteral("cold")),
             pair(key, QStringLiteral("warm"))});
    }
    line();

    line(QStringLiteral("#### The same SQL through the CLIs, wall / CPU"));
    line();
    line(QStringLiteral(
             "*Process* = wall time of one CLI run from start to exit (key, schema warm-up, the query "
             "once); *start-up* = the same with `SELECT 1` instead of warm-up and query; the other "
             "columns come from `.timer on` in one further CLI process per figure: *first run* after "
             "the schema warm-up, then %1 runs each right after `PRAGMA shrink_memory` (*cache "
             "flushed*, median) and %1 more (*warm*, median). `.timer` reports real time in whole "
             "milliseconds and CPU (user + sys) finer.")
             .arg(repeat));
    line();
    row({QStringLiteral("Query"), QStringLiteral("CLI"), QStringLiteral("Process"),
         QStringLiteral("Process − start-up"), QStringLiteral("First run"), QStringLiteral("Cache flushed"),
         QStringLiteral("Warm")});
    row({QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"),
         QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:")});
    for (const Engine& engine : std::as_const(engines)) {
        row({QStringLiteral("start-up (`SELECT 1`) / + key and schema warm-up"), engine.label,
             ms(samples.median(engine.id + QStringLiteral(".start"))) + QStringLiteral(" / ") +
                 ms(samples.median(engine.id + QStringLiteral(".schema"))),
             QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")});
    }
    for (const QString& kind : cliKinds()) {
        for (const Engine& engine : std::as_const(engines)) {
            const QString key = engine.id + QLatin1Char('.') + kind + QLatin1Char('.');
            row({QLatin1Char('`') + kind + QLatin1Char('`'), engine.label,
                 ms(samples.median(key + QStringLiteral("wall"))),
                 ms(samples.median(key + QStringLiteral("net"))), pair(key, QStringLiteral("cold1")),
                 pair(key, QStringLiteral("cold")), pair(key, QStringLiteral("warm"))});
        }
    }
    line();

    line(QStringLiteral("#### Ratios of the medians above (✓ within target, ✗ not)"));
    line();
    row({QStringLiteral("Query"), QStringLiteral("govcat ÷ sqlcipher, CPU, flushed / warm (≤ 1.5)"),
         QStringLiteral("govcat ÷ sqlcipher, wall, flushed / warm"),
         QStringLiteral("govcat (open w/o Argon2id + first run) ÷ sqlcipher (process − start-up)"),
         QStringLiteral("encrypted ÷ plain sqlite3, CPU, flushed / warm (≤ 1.3)"),
         QStringLiteral("encrypted ÷ plain, same engine (sqlcipher CLI), CPU, flushed / warm")});
    row({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:"),
         QStringLiteral("---:"), QStringLiteral("---:")});
    for (const QString& kind : cliKinds()) {
        auto ratio = [&](const QString& num, const QString& den, const QString& measure) {
            return samples.median(QStringLiteral("%1.%2.%3").arg(num, kind, measure)) /
                   samples.median(QStringLiteral("%1.%2.%3").arg(den, kind, measure));
        };
        auto marked = [&](const QString& num, const QString& den, double target) -> QString {
            const double c = ratio(num, den, QStringLiteral("cold_cpu"));
            const double w = ratio(num, den, QStringLiteral("warm_cpu"));
            QString text = ratioText(c) + QStringLiteral(" / ") + ratioText(w);
            if (target > 0) {
                text += QLatin1Char(' ') + mark(c, target) + mark(w, target);
            }
            return text;
        };
        const double endToEnd = (openRest + samples.median(QStringLiteral("ours.%1.cold1").arg(kind))) /
                                samples.median(QStringLiteral("enc.%1.net").arg(kind));
        row({QLatin1Char('`') + kind + QLatin1Char('`'),
             marked(QStringLiteral("ours"), QStringLiteral("enc"), kTargetOursVsCli),
             ratioText(ratio(QStringLiteral("ours"), QStringLiteral("enc"), QStringLiteral("cold"))) +
                 QStringLiteral(" / ") +
                 ratioText(ratio(QStringLiteral("ours"), QStringLiteral("enc"), QStringLiteral("warm"))),
             ratioText(endToEnd),
             marked(QStringLiteral("enc"), QStringLiteral("plain"), kTargetEncryptedVsPlain),
             marked(QStringLiteral("enc"), QStringLiteral("plainc"), 0)});
    }
    line();

    line(QStringLiteral("#### SQL and query plans"));
    line();
    line(QStringLiteral(
        "Captured with `sqlite3_trace_v2` while `CatalogQueries` ran them (parameters expanded); "
        "the CLIs add `LIMIT 256` to the two list pages, where the app stops stepping after 256 "
        "rows."));
    line();
    for (const AppQuery& query : dataset.queries) {
        line(QLatin1Char('`') + query.kind + QStringLiteral("` — ") + describeKind(query.kind) +
             QStringLiteral(":"));
        line();
        line(QStringLiteral("```sql"));
        line(query.appSql + QLatin1Char(';'));
        line(QStringLiteral("```"));
        line();
        line(QStringLiteral("```text"));
        line(QStringLiteral("govcat (SQLCipher %1, SQLite %2):")
                 .arg(dataset.cipherVersion, dataset.sqliteVersion));
        for (const QString& step : query.plan) {
            line(QStringLiteral("  ") + step);
        }
        for (const QString& plan : in.cliPlans.value(query.kind)) {
            line(plan);
        }
        line(QStringLiteral("```"));
        line();
    }

    return md.join(QLatin1Char('\n'));
}

} // namespace govcat::bench
