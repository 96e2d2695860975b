#include "Probe.h"

#include "BenchUtil.h"
#include "catalog/CatalogQueries.h"
#include "db/Database.h"
#include "db/ProfileStore.h"
#include "demo/DemoCity.h"
#include "models/catalog/DepartmentListModel.h"
#include "models/catalog/ResourceListModel.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>

namespace govcat::bench {

namespace {

constexpr int kPageRows = models::ResourceListModel::kPageSize;

// Steps the first rows of a list query reading every column as text, as the model does.
qint64 fetchPage(QSqlQuery& query)
{
    qint64 rows = 0;
    qint64 chars = 0;
    const int columns = int(catalog::CatalogQueries::resourceListColumns().size());
    while (rows < kPageRows && query.next()) {
        for (int c = 0; c < columns; ++c) {
            chars += query.value(c).toString().size();
        }
        ++rows;
    }
    if (rows > 0 && chars == 0) {
        fail(QStringLiteral("list rows without text"));
    }
    return rows;
}

} // namespace

qint64 runProbeKind(const db::Database& database, const QString& what, const QString& deptId)
{
    const catalog::CatalogQueries queries(database.connection());
    if (what == QLatin1String("departments")) {
        auto rows = queries.departments();
        if (!rows) {
            fail(rows.error().message);
        }
        return rows.value().size();
    }
    if (what == QLatin1String("count_all")) {
        auto count = queries.resourceCount({});
        if (!count) {
            fail(count.error().message);
        }
        return count.value() > 0 ? 1 : 0;
    }
    if (what == QLatin1String("dept_page") || what == QLatin1String("all_page")) {
        auto query = queries.resourceList(
            catalog::ResourceFilter::forDepartment(what == QLatin1String("dept_page") ? deptId : QString()));
        if (!query) {
            fail(query.error().message);
        }
        return fetchPage(query.value());
    }
    if (what == QLatin1String("first_page") || what == QLatin1String("dept_load")) {
        models::ResourceListModel model;
        QString error;
        if (!model.load(queries,
                        catalog::ResourceFilter::forDepartment(
                            what == QLatin1String("dept_load") ? deptId : QString()),
                        &error)) {
            fail(error);
        }
        return model.rowCount();
    }
    if (what == QLatin1String("app_start")) {
        auto profile = db::ProfileStore(database.connection()).load();
        if (!profile) {
            fail(profile.error().message);
        }
        models::DepartmentListModel departments;
        models::ResourceListModel resources;
        QString error;
        if (!departments.reload(queries, &error) || !resources.load(queries, {}, &error)) {
            fail(error);
        }
        return resources.rowCount();
    }
    fail(QStringLiteral("unknown probe kind: ") + what);
}

namespace {

// Drops every unpinned page from the connection's page cache: the next read decrypts again.
void shrinkCache(const db::Database& database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("PRAGMA shrink_memory"))) {
        fail(QStringLiteral("PRAGMA shrink_memory failed"));
    }
}

} // namespace

int runGenerate(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    bool countOk = false;
    bool seedOk = false;
    const int resources =
        option(arguments, QStringLiteral("resources"), QStringLiteral("100000")).toInt(&countOk);
    const uint seed = option(arguments, QStringLiteral("seed"), QStringLiteral("1")).toUInt(&seedOk);
    const QString kdf = option(arguments, QStringLiteral("kdf"), QStringLiteral("moderate"));
    if (path.isEmpty() || !countOk || resources < 1 || !seedOk ||
        (kdf != QLatin1String("moderate") && kdf != QLatin1String("interactive"))) {
        fail(QStringLiteral("usage: govcat_bench generate --db PATH [--resources N] [--seed S] "
                            "[--kdf moderate|interactive]"));
    }
    printFigure("gen.load_before", loadAverage());
    QElapsedTimer total;
    total.start();
    auto database = db::Database::create(path, benchPassphrase(),
                                         kdf == QLatin1String("interactive") ? db::KdfProfile::Interactive
                                                                             : db::KdfProfile::Moderate);
    if (!database) {
        fail(database.error().message);
    }
    const double createMs = elapsedMs(total);
    const qint64 wrapMs = database.value()->unwrapMillis();
    const qint64 peakAfterCreate = peakRssKiB();
    const bool peakReset = resetPeakRss();

    demo::DemoOptions options;
    options.resources = resources;
    options.seed = seed;
    int lastDecile = -1;
    QElapsedTimer generation;
    generation.start();
    auto summary = demo::generateDemoCity(*database.value(), options, [&](int done, int all) {
        const int decile = all > 0 ? int(qint64(done) * 10 / all) : 10;
        if (decile != lastDecile) {
            std::fprintf(stderr, "generate: %d/%d resources after %.1f s\n", done, all,
                         elapsedMs(generation) / 1000.0);
            lastDecile = decile;
        }
        return true;
    });
    if (!summary) {
        fail(summary.error().message);
    }
    const double generateMs = elapsedMs(generation);
    database.value().reset(); // closes the connection (final checkpoint) inside the measured time
    const double totalMs = elapsedMs(total);
    const qint64 peakGenerate = peakRssKiB();

    printFigure("gen.resources", qint64(summary.value().resources));
    printFigure("gen.items", qint64(summary.value().items));
    printFigure("gen.departments", qint64(summary.value().departments));
    printFigure("gen.classes", qint64(summary.value().classes));
    printFigure("gen.create_ms", createMs);
    printFigure("gen.kdf_ms", wrapMs);
    printFigure("gen.generate_ms", generateMs);
    printFigure("gen.total_ms", totalMs);
    printFigure("gen.peak_create_kib", peakAfterCreate);
    printFigure("gen.cpu_ms", processCpuMs());
    printFigure("gen.peak_process_kib", qMax(peakAfterCreate, peakGenerate));
    if (peakReset) { // VmHWM was reset after create: the peak of the generator alone
        printFigure("gen.peak_generate_kib", peakGenerate);
    }
    printFigure("gen.file_bytes", QFileInfo(path).size());
    return 0;
}

int runProbe(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const QString what = option(arguments, QStringLiteral("what"));
    const QString deptId = option(arguments, QStringLiteral("dept"));
    const int repeat = option(arguments, QStringLiteral("repeat"), QStringLiteral("10")).toInt();
    if (path.isEmpty() || !probeKinds().contains(what) || repeat < 1) {
        fail(QStringLiteral("usage: govcat_bench probe --db PATH --what KIND [--dept ID] [--repeat K]"));
    }

    QElapsedTimer timer;
    timer.start();
    auto database = db::Database::open(path, benchPassphrase());
    const double openMs = elapsedMs(timer);
    if (!database) {
        fail(database.error().message);
    }
    const db::Database& db = *database.value();

    Stopwatch watch;
    const qint64 rows = runProbeKind(db, what, deptId);
    const double cold1Ms = watch.wallMs();
    const double cold1CpuMs = watch.cpuMs();

    QList<double> coldMs, coldCpuMs;
    for (int i = 0; i < repeat; ++i) {
        shrinkCache(db);
        watch.restart();
        runProbeKind(db, what, deptId);
        coldMs.append(watch.wallMs());
        coldCpuMs.append(watch.cpuMs());
    }
    QList<double> warmMs, warmCpuMs;
    for (int i = 0; i < repeat; ++i) {
        watch.restart();
        runProbeKind(db, what, deptId);
        warmMs.append(watch.wallMs());
        warmCpuMs.append(watch.cpuMs());
    }

    printFigure("open_ms", openMs);
    printFigure("unwrap_ms", db.unwrapMillis());
    printFigure("open_rest_ms", openMs - double(db.unwrapMillis()));
    printFigure("cold1_ms", cold1Ms);
    printFigure("cold1_cpu_ms", cold1CpuMs);
    printFigure("cold_ms", median(coldMs));
    printFigure("cold_cpu_ms", median(coldCpuMs));
    printFigure("warm_ms", median(warmMs));
    printFigure("warm_cpu_ms", median(warmCpuMs));
    printFigure("rows", rows);
    return 0;
}

int runSql(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const int repeat = option(arguments, QStringLiteral("repeat"), QStringLiteral("1")).toInt();
    const bool flush = flag(arguments, QStringLiteral("flush"));
    const bool print = flag(arguments, QStringLiteral("print"));
    if (path.isEmpty() || repeat < 1) {
        fail(QStringLiteral(
            "usage: govcat_bench sql --db PATH [--repeat K] [--flush] [--print] < script.sql"));
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read stdin"));
    }
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--"))) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }

    auto database = db::Database::open(path, benchPassphrase());
    if (!database) {
        fail(database.error().message);
    }
    const db::Database& db = *database.value();
    std::printf("# wall_ms cpu_ms rows statement\n");
    for (const QString& sql : std::as_const(statements)) {
        for (int r = 0; r < repeat; ++r) {
            if (flush) {
                shrinkCache(db);
            }
            Stopwatch watch;
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if (!q.exec(sql)) {
                fail(sql + QStringLiteral(": ") + q.lastError().text());
            }
            qint64 rows = 0;
            QStringList printed;
            const int columns = q.record().count();
            while (q.next()) {
                ++rows;
                QStringList values;
                for (int c = 0; c < columns; ++c) {
                    values.append(q.value(c).toString());
                }
                if (print && r == 0) {
                    printed.append(values.join(QLatin1Char('|')));
                }
            }
            const double wall = watch.wallMs();
            const double cpu = watch.cpuMs();
            std::printf("%.3f %.3f %lld %s\n", wall, cpu, static_cast<long long>(rows),
                        sql.simplified().left(100).toUtf8().constData());
            for (const QString& text : std::as_const(printed)) {
                std::printf("    %s\n", text.toUtf8().constData());
            }
        }
    }
    return 0;
}

} // namespace govcat::bench
