#include "Suite.h"

#include "BenchUtil.h"
#include "Probe.h"
#include "db/CatalogQueries.h"
#include "db/CipherDriver.h"
#include "db/Database.h"
#include "db/KeyFile.h"
#include "models/ResourceListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace govcat::bench {

namespace {

// The app's connection settings, given to the CLIs too (inspect() checks the page size of the file).
constexpr int kCipherPageSize = db::CipherOptions{}.cipherPageSize;
constexpr int kCacheKiB = db::CipherOptions{}.cacheSizeKiB;
constexpr int kPageRows = models::ResourceListModel::kPageSize;
constexpr double kTargetOursVsCli = 1.5;
constexpr double kTargetEncryptedVsPlain = 1.3;

// The queries run both in-process (probe kinds of the same name) and by the CLIs.
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

// ---- formatting -------------------------------------------------------------------------------

QString ms(double value)
{
    if (value < 0 && value > -0.05) {
        value = 0;
    }
    const int decimals = std::fabs(value) < 10 ? 2 : (std::fabs(value) < 100 ? 1 : 0);
    return QString::number(value, 'f', decimals);
}

QString ratioText(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("×");
}

QString mark(double ratio, double target)
{
    return ratio <= target ? QStringLiteral("✓") : QStringLiteral("✗");
}

// "pass, 35 % under" or "MISS by 12 ms (+8 %)" for a lower-is-better target.
QString verdict(double measured, double target, const QString& unit, bool inclusive = false)
{
    const bool pass = inclusive ? measured <= target : measured < target;
    const double percent = (measured - target) / target * 100;
    if (pass) {
        return QStringLiteral("pass, %1 % under").arg(QString::number(-percent, 'f', 0));
    }
    return QStringLiteral("**MISS** by %1%2 (+%3 %)")
        .arg(QString::number(measured - target, 'f', unit == QStringLiteral("×") ? 2 : 0), unit,
             QString::number(percent, 'f', 0));
}

// ---- key scripts ------------------------------------------------------------------------------

// A 0700 temporary directory of 0600 CLI scripts. Some hold the raw key: they are overwritten with
// zeros before the directory is removed (also when the suite fails: Failure unwinds to main).
class ScriptDir
{
public:
    ScriptDir() : m_dir(QDir::tempPath() + QStringLiteral("/govcat-bench-XXXXXX"))
    {
        if (!m_dir.isValid()) {
            fail(QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString());
        }
    }
    ~ScriptDir()
    {
        for (const QString& path : std::as_const(m_files)) {
            QFile file(path);
            const qint64 size = file.size();
            if (file.open(QIODevice::ReadWrite)) {
                file.write(QByteArray(size, '\0'));
                file.flush();
                ::fsync(file.handle());
            }
        }
    }
    ScriptDir(const ScriptDir&) = delete;
    ScriptDir& operator=(const ScriptDir&) = delete;

    // Writes content to a new 0600 file and wipes the buffer.
    QString write(const QString& name, QByteArray&& content)
    {
        const QString path = m_dir.filePath(name);
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            fail(QStringLiteral("cannot create ") + path);
        }
        m_files.append(path);
        QFile file;
        if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            fail(QStringLiteral("cannot write ") + path);
        }
        const bool written = file.write(content) == content.size();
        file.close();
        content.fill('\0');
        if (!written) {
            fail(QStringLiteral("cannot write ") + path);
        }
        return path;
    }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

// ---- processes --------------------------------------------------------------------------------

struct ProcessRun
{
    double wallMs = 0;
    QByteArray out;
};

// Runs program with stdin from a file; the wall time spans start() to exit. Any exit code but 0 or
// any output on stderr fails the suite.
ProcessRun runProcess(const QString& program, const QStringList& arguments, const QString& stdinFile = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(stdinFile.isEmpty() ? QProcess::nullDevice() : stdinFile);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(30 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        fail(program + QStringLiteral(" did not finish: ") + process.errorString());
    }
    ProcessRun run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !err.trimmed().isEmpty()) {
        fail(QStringLiteral("%1 %2 failed (exit %3): %4")
                 .arg(program, arguments.join(QLatin1Char(' ')))
                 .arg(process.exitCode())
                 .arg(QString::fromUtf8(err.trimmed())));
    }
    return run;
}

// One ".timer on" line: "Run Time: real 0.004 user 0.000000 sys 0.001715" (seconds; real has 1 ms
// resolution, user and sys come from getrusage and are finer).
struct TimerLine
{
    double realMs = 0;
    double cpuMs = 0;
};

QList<TimerLine> timerLines(const QByteArray& out)
{
    QList<TimerLine> values;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("Run Time: real ")) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 8 || f.at(4) != "user" || f.at(6) != "sys") {
                fail(QStringLiteral("unexpected .timer line: ") + QString::fromUtf8(line));
            }
            values.append({f.at(3).toDouble() * 1000, (f.at(5).toDouble() + f.at(7).toDouble()) * 1000});
        }
    }
    return values;
}

// Result rows printed by a "once" script: every line but the warm-up count.
qint64 resultLines(const QByteArray& out)
{
    return out.count('\n') - 1;
}

// ---- what the app runs ------------------------------------------------------------------------

struct AppQuery
{
    QString kind;
    QString appSql; // as the app ran it, parameters expanded
    QString cliSql; // what the CLIs run: the same, with LIMIT 256 for the list pages
    qint64 rows = 0;
    QStringList plan;
};

struct Dataset
{
    qint64 resources = 0;
    qint64 items = 0;
    qint64 departments = 0;
    QString deptId;
    QString deptName;
    qint64 deptResources = 0;
    QString cipherVersion;
    QString sqliteVersion;
    QString journalMode;
    int pageSize = 0;
    qint64 fileBytes = 0;
    QList<AppQuery> queries;
};

int traceStatement(unsigned type, void* context, void* statement, void*)
{
    if (type == SQLITE_TRACE_STMT) {
        char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        if (sql) {
            static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
    }
    return 0;
}

QString scalar(const QSqlDatabase& connection, const QString& sql)
{
    QSqlQuery q(connection);
    if (!q.exec(sql) || !q.next()) {
        fail(QStringLiteral("cannot run ") + sql);
    }
    return q.value(0).toString();
}

// Opens the database once in this process: picks the largest department, counts, and captures the
// exact SQL of each CLI query with sqlite3_trace_v2 while CatalogQueries runs it.
Dataset inspect(const QString& path)
{
    auto database = db::Database::open(path, benchPassphrase());
    if (!database) {
        fail(database.error().message);
    }
    const QSqlDatabase connection = database.value()->connection();
    const db::CatalogQueries queries(connection);
    Dataset out;
    auto departments = queries.departments();
    if (!departments || departments.value().isEmpty()) {
        fail(QStringLiteral("no departments in ") + path);
    }
    out.departments = departments.value().size();
    for (const db::DepartmentSummary& d : std::as_const(departments.value())) {
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
    for (const db::TableCount& t : std::as_const(tables.value())) {
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

    auto* handle = connection.driver()->handle().value<sqlite3*>();
    if (!handle) {
        fail(QStringLiteral("the driver gives no sqlite3 handle"));
    }
    for (const QString& kind : cliKinds()) {
        QStringList statements;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, &statements);
        const qint64 rows = runProbeKind(*database.value(), kind, out.deptId);
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
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
        QSqlQuery plan(connection);
        if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + query.appSql)) {
            fail(QStringLiteral("EXPLAIN QUERY PLAN failed for ") + kind);
        }
        while (plan.next()) {
            query.plan.append(plan.value(plan.record().count() - 1).toString());
        }
        out.queries.append(query);
    }
    return out;
}

// ---- CLIs -------------------------------------------------------------------------------------

struct Engine
{
    QString id;
    QString label;
    QString program;
    QString file;
    QString version;
    // Script paths, written once.
    QString startScript;          // prelude; SELECT 1
    QString schemaScript;         // prelude; warm-up
    QMap<QString, QString> once;  // prelude; warm-up; query
    QMap<QString, QString> timed; // prelude; warm-up; .timer on; query; (shrink; query) × K; query × K
};

const QByteArray kWarmUp = QByteArrayLiteral("SELECT count(*) FROM sqlite_master;\n");

QByteArray encryptedPrelude(const QByteArray& keyHex)
{
    return QByteArrayLiteral("PRAGMA key = \"x'") + keyHex +
           QByteArrayLiteral("'\";\nPRAGMA cipher_page_size = ") + QByteArray::number(kCipherPageSize) +
           QByteArrayLiteral(";\nPRAGMA cache_size=-") + QByteArray::number(kCacheKiB) +
           QByteArrayLiteral(";\n");
}

QByteArray plainPrelude()
{
    return QByteArrayLiteral("PRAGMA cache_size=-") + QByteArray::number(kCacheKiB) +
           QByteArrayLiteral(";\n");
}

QStringList cliArguments(const QString& file)
{
    return {QStringLiteral("-init"), QStringLiteral("/dev/null"), QStringLiteral("-batch"), file};
}

QByteArray rawKeyHex(const QString& path)
{
    auto keyFile = db::KeyFile::read(db::Database::keyFilePath(path));
    if (!keyFile) {
        fail(keyFile.error().message);
    }
    auto key = keyFile.value().unwrap(benchPassphrase());
    if (!key) {
        fail(key.error().message);
    }
    return QByteArray(reinterpret_cast<const char*>(key.value().data()), qsizetype(key.value().size()))
        .toHex();
}

QString sqlString(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

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

// ---- samples ----------------------------------------------------------------------------------

class Samples
{
public:
    void add(const QString& key, double value) { m_values[key].append(value); }
    double median(const QString& key) const
    {
        if (!m_values.contains(key)) {
            fail(QStringLiteral("no samples for ") + key);
        }
        return bench::median(m_values.value(key));
    }
    qsizetype count(const QString& key) const { return m_values.value(key).size(); }

private:
    QMap<QString, QList<double>> m_values;
};

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

    // ---- report -------------------------------------------------------------------------------
    const Figures gen = genFile.isEmpty() ? Figures() : parseFigures(readTextFile(genFile).toUtf8());
    QStringList md;
    auto line = [&md](const QString& text = {}) { md.append(text); };
    auto row = [&md](const QStringList& cells) {
        md.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    };
    const double mb = 1024.0 / 1e6; // KiB → MB (10^6 bytes)

    line(QStringLiteral("Measured %1 UTC on commit %2 by `bench/run.sh` (%3 runs, medians; every figure in "
                        "milliseconds unless marked).")
             .arg(started.toString(QStringLiteral("yyyy-MM-dd HH:mm")), commit)
             .arg(runs));
    line();
    line(QStringLiteral("- Machine: %1 × %2 (`nproc` %1), %3 MB RAM; load average %4 before, %5 after.")
             .arg(QThread::idealThreadCount())
             .arg(cpuModel(),
                  QString::number(readTextFile(QStringLiteral("/proc/meminfo"))
                                          .section(QLatin1Char('\n'), 0, 0)
                                          .simplified()
                                          .section(QLatin1Char(' '), 1, 1)
                                          .toLongLong() *
                                      mb,
                                  'f', 0),
                  loadBefore, loadAfter));
    line(
        QStringLiteral("- Data: %1 resources, %2 items, %3 departments; encrypted file %4 MB, %5-byte pages, "
                       "journal mode %6; plain copy %7 MB, %8-byte pages. Largest department (the filtered "
                       "page): %9 resources.")
            .arg(dataset.resources)
            .arg(dataset.items)
            .arg(dataset.departments)
            .arg(QString::number(double(dataset.fileBytes) / 1e6, 'f', 0))
            .arg(dataset.pageSize)
            .arg(dataset.journalMode, QString::number(double(QFileInfo(plainPath).size()) / 1e6, 'f', 0),
                 plainPageSize)
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
        for (const QString& plan : cliPlans.value(query.kind)) {
            line(plan);
        }
        line(QStringLiteral("```"));
        line();
    }

    const QString report = md.join(QLatin1Char('\n'));
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
