#include "Suite.h"

#include "BenchUtil.h"
#include "Cli.h"
#include "Probe.h"
#include "SuiteReport.h"
#include "catalog/CatalogQueries.h"
#include "db/Database.h"
#include "db/driver/CipherDriver.h"
#include "models/catalog/ResourceListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <utility>

namespace govcat::bench {

namespace {

// The app's connection settings, given to the CLIs too (inspect() checks the page size of the file).
constexpr int kCipherPageSize = db::CipherOptions{}.cipherPageSize;
constexpr int kCacheKiB = db::CipherOptions{}.cacheSizeKiB;
constexpr int kPageRows = models::ResourceListModel::kPageSize;
// Result rows printed by a "once" script: every line but the warm-up count.
qint64 resultLines(const QByteArray& out)
{
    return out.count('\n') - 1;
}

// ---- what the app runs ------------------------------------------------------------------------

// Opens the database once in this process: picks the largest department, counts, and captures the
// exact SQL of each CLI query with sqlite3_trace_v2 while CatalogQueries runs it.
Dataset inspect(const QString& path)
{
    auto database = db::Database::open(path, benchPassphrase());
    if (!database) {
        fail(database.error().message);
    }
    const QSqlDatabase connection = database.value()->connection();
    const catalog::CatalogQueries queries(connection);
    Dataset out;
    auto departments = queries.departments();
    if (!departments || departments.value().isEmpty()) {
        fail(QStringLiteral("no departments in ") + path);
    }
    out.departments = departments.value().size();
    for (const catalog::DepartmentSummary& d : std::as_const(departments.value())) {
        if (d.resourceCount > out.deptResources) {
            out.deptResources = d.resourceCount;
            out.deptId = d.id;
            out.deptName = d.name;
        }
    }
    auto tables = queries.tableCounts();
    if (!tables) {
        fail(tables.error().message);
    }
    for (const catalog::TableCount& t : std::as_const(tables.value())) {
        if (t.table == QLatin1String("info_resource")) {
            out.resources = t.rows;
        } else if (t.table == QLatin1String("info_item")) {
            out.items = t.rows;
        }
    }
    out.cipherVersion = scalar(connection, QStringLiteral("PRAGMA cipher_version"));
    out.sqliteVersion = scalar(connection, QStringLiteral("SELECT sqlite_version()"));
    out.journalMode = scalar(connection, QStringLiteral("PRAGMA journal_mode"));
    out.pageSize = scalar(connection, QStringLiteral("PRAGMA page_size")).toInt();
    if (out.pageSize != kCipherPageSize) {
        fail(QStringLiteral("the file has %1-byte pages, the bench assumes %2")
                 .arg(out.pageSize)
                 .arg(kCipherPageSize));
    }
    out.fileBytes = QFileInfo(path).size();

    for (const QString& kind : cliKinds()) {
        QStringList statements;
        qint64 rows = 0;
        {
            StatementCapture capture(connection);
            rows = runProbeKind(*database.value(), kind, out.deptId);
            statements = capture.take();
        }
        if (statements.size() != 1) {
            fail(QStringLiteral("expected one statement for %1, traced: %2")
                     .arg(kind, statements.join(QStringLiteral(" | "))));
        }
        AppQuery query;
        query.kind = kind;
        query.appSql = statements.first();
        query.cliSql = query.appSql;
        if (kind.endsWith(QLatin1String("_page"))) {
            query.cliSql += QStringLiteral(" LIMIT %1").arg(kPageRows);
        }
        query.rows = rows;
        query.plan = queryPlan(connection, query.appSql);
        out.queries.append(query);
    }
    return out;
}

// ---- CLIs -------------------------------------------------------------------------------------

// The plain copy for the sqlite3 reference: sqlcipher_export into a file with 4096-byte pages.
void ensurePlainCopy(ScriptDir& scripts, const QString& dbPath, const QString& plainPath, QByteArray prelude,
                     const Dataset& dataset)
{
    if (QFileInfo::exists(plainPath)) {
        const ProcessRun check = runProcess(
            QStringLiteral("sqlite3"), cliArguments(plainPath),
            scripts.write(QStringLiteral("plain-check.sql"),
                          QByteArrayLiteral("SELECT (SELECT count(*) FROM info_resource) || ' ' || (SELECT "
                                            "count(*) FROM info_item);\n")));
        if (check.out.trimmed() ==
            QByteArray::number(dataset.resources) + ' ' + QByteArray::number(dataset.items)) {
            return;
        }
        std::fprintf(stderr, "plain copy %s does not match; exporting again\n", qPrintable(plainPath));
        QFile::remove(plainPath);
    }
    std::fprintf(stderr, "exporting a plain copy to %s\n", qPrintable(plainPath));
    prelude +=
        QByteArrayLiteral("ATTACH DATABASE ") + sqlString(plainPath).toUtf8() +
        QByteArrayLiteral(" AS plain KEY '';\nSELECT sqlcipher_export('plain');\nDETACH DATABASE plain;\n");
    runProcess(QStringLiteral("sqlcipher"), cliArguments(dbPath),
               scripts.write(QStringLiteral("export.sql"), std::move(prelude)));
    if (!QFileInfo::exists(plainPath)) {
        fail(QStringLiteral("sqlcipher_export wrote no ") + plainPath);
    }
}

void writeEngineScripts(ScriptDir& scripts, Engine& engine, const QByteArray& prelude, const Dataset& dataset,
                        int repeat)
{
    const QString prefix = engine.id + QLatin1Char('-');
    engine.startScript = scripts.write(prefix + QStringLiteral("start.sql"), prelude + "SELECT 1;\n");
    engine.schemaScript = scripts.write(prefix + QStringLiteral("schema.sql"), prelude + kWarmUp);
    for (const AppQuery& query : dataset.queries) {
        const QByteArray sql = query.cliSql.toUtf8() + ";\n";
        QByteArray timed = prelude + kWarmUp + QByteArrayLiteral(".timer on\n") + sql;
        for (int i = 0; i < repeat; ++i) {
            timed += QByteArrayLiteral("PRAGMA shrink_memory;\n") + sql;
        }
        for (int i = 0; i < repeat; ++i) {
            timed += sql;
        }
        engine.once.insert(query.kind, scripts.write(prefix + query.kind + QStringLiteral("-once.sql"),
                                                     prelude + kWarmUp + sql));
        engine.timed.insert(
            query.kind, scripts.write(prefix + query.kind + QStringLiteral("-timed.sql"), std::move(timed)));
    }
}

QString cliVersion(const QString& program)
{
    return QString::fromUtf8(runProcess(program, {QStringLiteral("-version")}).out.trimmed())
        .section(QLatin1Char(' '), 0, 0);
}

// sqlite3 3.40 prints its plan as a tree; the sqlcipher CLI as selectid|order|from|detail rows.
QString cliPlan(ScriptDir& scripts, const Engine& engine, const QByteArray& prelude, const AppQuery& query)
{
    const ProcessRun run =
        runProcess(engine.program, cliArguments(engine.file),
                   scripts.write(engine.id + QLatin1Char('-') + query.kind + QStringLiteral("-plan.sql"),
                                 prelude + "EXPLAIN QUERY PLAN " + query.appSql.toUtf8() + ";\n"));
    return QString::fromUtf8(run.out.trimmed());
}

} // namespace

int runSuite(const QStringList& arguments)
{
    const QString dbPath = QFileInfo(option(arguments, QStringLiteral("db"))).absoluteFilePath();
    const QString plainPath = QFileInfo(option(arguments, QStringLiteral("plain"))).absoluteFilePath();
    const int runs = option(arguments, QStringLiteral("runs"), QStringLiteral("7")).toInt();
    const int repeat = option(arguments, QStringLiteral("repeat"), QStringLiteral("10")).toInt();
    const QString genFile = option(arguments, QStringLiteral("gen"));
    const QString commit = option(arguments, QStringLiteral("commit"), QStringLiteral("unknown"));
    const QString outFile = option(arguments, QStringLiteral("out"));
    if (option(arguments, QStringLiteral("db")).isEmpty() ||
        option(arguments, QStringLiteral("plain")).isEmpty() || runs < 1 || repeat < 1) {
        fail(QStringLiteral("usage: govcat_bench suite --db PATH --plain PATH [--runs N] [--repeat K] "
                            "[--gen FILE] [--commit TEXT] [--out FILE]"));
    }
    const QString loadBefore = loadAverage();
    const QDateTime started = QDateTime::currentDateTimeUtc();

    std::fprintf(stderr, "inspecting %s\n", qPrintable(dbPath));
    const Dataset dataset = inspect(dbPath);

    ScriptDir scripts;
    QByteArray keyHex = rawKeyHex(dbPath);
    const QByteArray encPrelude = encryptedPrelude(keyHex);
    keyHex.fill('\0');
    ensurePlainCopy(scripts, dbPath, plainPath, encPrelude, dataset);

    QList<Engine> engines(3);
    engines[0].id = QStringLiteral("enc");
    engines[0].label = QStringLiteral("sqlcipher CLI, encrypted");
    engines[0].program = QStringLiteral("sqlcipher");
    engines[0].file = dbPath;
    engines[1].id = QStringLiteral("plain");
    engines[1].label = QStringLiteral("sqlite3 CLI, plain copy");
    engines[1].program = QStringLiteral("sqlite3");
    engines[1].file = plainPath;
    engines[2].id = QStringLiteral("plainc");
    engines[2].label = QStringLiteral("sqlcipher CLI, plain copy");
    engines[2].program = QStringLiteral("sqlcipher");
    engines[2].file = plainPath;
    QMap<QString, QStringList> cliPlans; // kind → plan of each engine
    for (Engine& engine : engines) {
        const QByteArray prelude = engine.id == QLatin1String("enc") ? encPrelude : plainPrelude();
        engine.version = cliVersion(engine.program);
        writeEngineScripts(scripts, engine, prelude, dataset, repeat);
        if (engine.id != QLatin1String("plainc")) {
            for (const AppQuery& query : dataset.queries) {
                cliPlans[query.kind].append(engine.label + QStringLiteral(" (SQLite ") + engine.version +
                                            QStringLiteral("):\n") +
                                            cliPlan(scripts, engine, prelude, query));
            }
        }
    }
    const QString plainPageSize = QString::fromUtf8(
        runProcess(QStringLiteral("sqlite3"), cliArguments(plainPath),
                   scripts.write(QStringLiteral("plain-pagesize.sql"), "PRAGMA page_size;\n"))
            .out.trimmed());

    const QString self = QCoreApplication::applicationFilePath();
    Samples samples;
    for (int run = 1; run <= runs; ++run) {
        std::fprintf(stderr, "run %d/%d (load %s)\n", run, runs, qPrintable(loadAverage()));
        for (const QString& kind : probeKinds()) {
            const ProcessRun probe =
                runProcess(self, {QStringLiteral("probe"), QStringLiteral("--db"), dbPath,
                                  QStringLiteral("--what"), kind, QStringLiteral("--dept"), dataset.deptId,
                                  QStringLiteral("--repeat"), QString::number(repeat)});
            const Figures figures = parseFigures(probe.out);
            for (const char* key : {"open_ms", "unwrap_ms", "open_rest_ms", "cold1_ms", "cold1_cpu_ms",
                                    "cold_ms", "cold_cpu_ms", "warm_ms", "warm_cpu_ms", "rows"}) {
                const QString name = QString::fromLatin1(key);
                if (!figures.contains(name)) {
                    fail(QStringLiteral("probe %1 printed no %2").arg(kind, name));
                }
                QString measure = name;
                measure.remove(QStringLiteral("_ms"));
                samples.add(QStringLiteral("ours.%1.%2").arg(kind, measure), figures.value(name).toDouble());
                if (name.startsWith(QLatin1String("open_")) || name.startsWith(QLatin1String("unwrap_"))) {
                    samples.add(QStringLiteral("ours.") + measure, figures.value(name).toDouble());
                }
            }
        }
        for (const Engine& engine : std::as_const(engines)) {
            const double start =
                runProcess(engine.program, cliArguments(engine.file), engine.startScript).wallMs;
            samples.add(engine.id + QStringLiteral(".start"), start);
            samples.add(engine.id + QStringLiteral(".schema"),
                        runProcess(engine.program, cliArguments(engine.file), engine.schemaScript).wallMs);
            for (const AppQuery& query : dataset.queries) {
                const QString key = engine.id + QLatin1Char('.') + query.kind + QLatin1Char('.');
                const ProcessRun once =
                    runProcess(engine.program, cliArguments(engine.file), engine.once[query.kind]);
                if (run == 1 && resultLines(once.out) != query.rows) {
                    fail(QStringLiteral("%1: the CLI printed %2 rows, govcat read %3")
                             .arg(key)
                             .arg(resultLines(once.out))
                             .arg(query.rows));
                }
                samples.add(key + QStringLiteral("wall"), once.wallMs);
                samples.add(key + QStringLiteral("net"), once.wallMs - start);
                const QList<TimerLine> t = timerLines(
                    runProcess(engine.program, cliArguments(engine.file), engine.timed[query.kind]).out);
                if (t.size() != 1 + 3 * repeat) {
                    fail(QStringLiteral("%1: %2 .timer lines, expected %3")
                             .arg(key)
                             .arg(t.size())
                             .arg(1 + 3 * repeat));
                }
                QList<double> cold, coldCpu, warm, warmCpu;
                for (int i = 0; i < repeat; ++i) {
                    cold.append(t.at(2 + 2 * i).realMs);
                    coldCpu.append(t.at(2 + 2 * i).cpuMs);
                    warm.append(t.at(1 + 2 * repeat + i).realMs);
                    warmCpu.append(t.at(1 + 2 * repeat + i).cpuMs);
                }
                samples.add(key + QStringLiteral("cold1"), t.first().realMs);
                samples.add(key + QStringLiteral("cold1_cpu"), t.first().cpuMs);
                samples.add(key + QStringLiteral("cold"), median(cold));
                samples.add(key + QStringLiteral("cold_cpu"), median(coldCpu));
                samples.add(key + QStringLiteral("warm"), median(warm));
                samples.add(key + QStringLiteral("warm_cpu"), median(warmCpu));
            }
        }
    }
    const QString loadAfter = loadAverage();

    const SuiteResults results{dataset, engines, samples,    cliPlans,  runs,      repeat,       genFile,
                               commit,  started, loadBefore, loadAfter, plainPath, plainPageSize};
    const QString report = suiteReport(results);
    std::fputs(report.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    if (!outFile.isEmpty()) {
        // The CLI form of each query, for bench/whatif.sh: "kind<TAB>sql" lines.
        QFile queries(QFileInfo(outFile).absolutePath() + QStringLiteral("/queries.txt"));
        if (!queries.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            fail(QStringLiteral("cannot write ") + queries.fileName());
        }
        for (const AppQuery& query : dataset.queries) {
            queries.write((query.kind + QLatin1Char('\t') + query.cliSql + QLatin1Char('\n')).toUtf8());
        }
        QFile out(outFile);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
            out.write(report.toUtf8() + '\n') < 0) {
            fail(QStringLiteral("cannot write ") + outFile);
        }
    }
    return 0;
}

} // namespace govcat::bench
