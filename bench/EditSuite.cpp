// govcat_bench editing: the catalog-editing suite (Editing.h), run by bench/run.sh.
#include "EditReport.h"
#include "Editing.h"
#include "catalog/CatalogQueries.h"
#include "core/CodeLists.h"
#include "db/Database.h"
#include "models/catalog/ResourceListModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cstdio>

namespace govcat::bench {

namespace {

constexpr int kPageRows = models::ResourceListModel::kPageSize;

// Searches with a fixed text (the demo city of seed 1 is deterministic; the report prints how many
// resources each one matches): a term of many resources' data items (统一社会信用代码), a rare word
// of resource names, a common single character (what search as you type gets first).
const QString kCommonTerm = QStringLiteral("信用代码");
const QString kRareWord = QStringLiteral("上市后备");
const QString kSingleChar = QStringLiteral("证");

std::unique_ptr<db::Database> openDatabase(const QString& path)
{
    auto database = db::Database::open(path, benchPassphrase());
    if (!database) {
        fail(database.error().message);
    }
    return std::move(database).value();
}

QString specPart(const QString& key, const QString& value)
{
    return key + QLatin1Char('=') + value;
}

// The CLI has no govcat_rank() and govcat_name_hit(): each govcat_rank(…) call becomes the length of
// the matchinfo() blob it ranks, so the CLI still computes matchinfo for every match, without the C
// functions (and without the second matchinfo() and the name lengths govcat reads for name hits).
QString withoutRank(const QString& sql, bool* replaced)
{
    static const QString call = QStringLiteral("govcat_rank(");
    QString out = sql;
    for (qsizetype at = out.indexOf(call); at >= 0; at = out.indexOf(call, at)) {
        const qsizetype open = at + call.size();
        qsizetype firstEnd = -1;
        qsizetype end = open;
        int depth = 1;
        bool quoted = false;
        for (; end < out.size() && depth > 0; ++end) {
            const QChar ch = out.at(end);
            if (ch == u'\'') {
                quoted = !quoted;
            } else if (!quoted && ch == u'(') {
                ++depth;
            } else if (!quoted && ch == u')') {
                --depth;
            } else if (!quoted && ch == u',' && depth == 1 && firstEnd < 0) {
                firstEnd = end;
            }
        }
        if (depth != 0) {
            break;
        }
        const QString firstArgument = out.mid(open, (firstEnd < 0 ? end - 1 : firstEnd) - open);
        out.replace(at, end - at, QStringLiteral("length(") + firstArgument + u')');
        *replaced = true;
    }
    return out;
}

// Picks the list cases from the data and captures their SQL while ResourceListModel::load runs them.
void inspect(const QString& path, int repeat, EditData& data, QList<EditCase>& cases, QString& bulkSpec)
{
    auto database = openDatabase(path);
    const QSqlDatabase connection = database->connection();
    const catalog::CatalogQueries queries(connection);
    data.cipherVersion = scalar(connection, QStringLiteral("PRAGMA cipher_version"));
    data.sqliteVersion = scalar(connection, QStringLiteral("SELECT sqlite_version()"));
    data.resources =
        scalar(connection, QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0"))
            .toLongLong();
    data.items = scalar(connection, QStringLiteral("SELECT count(*) FROM info_item WHERE is_deleted = 0"))
                     .toLongLong();
    auto departments = queries.departments();
    if (!departments || departments.value().isEmpty()) {
        fail(QStringLiteral("no departments in ") + path);
    }
    for (const catalog::DepartmentSummary& d : std::as_const(departments.value())) {
        if (d.resourceCount > data.deptResources) {
            data.deptResources = d.resourceCount;
            data.deptId = d.id;
            data.deptName = d.name;
        }
    }
    // The 类 and the 目 with the most resources under them.
    auto classes = queries.classes();
    if (!classes) {
        fail(classes.error().message);
    }
    QHash<QString, qint64> direct; // class code → resources classified directly there
    for (const catalog::ClassNode& node : std::as_const(classes.value())) {
        direct[node.code] += node.resourceCount;
    }
    QString lei;
    QString mu;
    qint64 leiCount = -1;
    qint64 muCount = -1;
    for (const catalog::ClassNode& node : std::as_const(classes.value())) {
        if (node.level != QStringLiteral("类") && node.level != QStringLiteral("目")) {
            continue;
        }
        qint64 under = 0;
        for (auto it = direct.cbegin(); it != direct.cend(); ++it) {
            under += it.key().startsWith(node.code) ? it.value() : 0;
        }
        QString& best = node.level == QStringLiteral("类") ? lei : mu;
        qint64& bestCount = node.level == QStringLiteral("类") ? leiCount : muCount;
        if (under > bestCount) {
            best = node.code;
            bestCount = under;
        }
    }
    const QString commonShare =
        scalar(connection, QStringLiteral("SELECT share_type FROM info_resource WHERE "
                                          "is_deleted = 0 GROUP BY share_type ORDER BY "
                                          "count(*) DESC LIMIT 1"));
    const QString someCode =
        scalar(connection, QStringLiteral("SELECT code FROM info_resource WHERE is_deleted = 0 AND "
                                          "provider_dept_id = %1 AND code IS NOT NULL ORDER BY code LIMIT 1")
                               .arg(sqlString(data.deptId)));
    const QString codePrefix = someCode.left(someCode.indexOf(QLatin1Char('/')) + 3);
    const QString pending = storedValue(ResourceStatus::PendingReview);
    const QString published = storedValue(ResourceStatus::Published);

    const QString dept = specPart(QStringLiteral("dept"), data.deptId);
    const QList<std::pair<QString, QString>> lists = {
        {QStringLiteral("search ") + kCommonTerm + QStringLiteral(" (common)"),
         specPart(QStringLiteral("search"), kCommonTerm)},
        {QStringLiteral("search ") + kRareWord + QStringLiteral(" (rare word)"),
         specPart(QStringLiteral("search"), kRareWord)},
        {QStringLiteral("search ") + kSingleChar + QStringLiteral(" (single character)"),
         specPart(QStringLiteral("search"), kSingleChar)},
        {QStringLiteral("search code prefix ") + codePrefix, specPart(QStringLiteral("search"), codePrefix)},
        {QStringLiteral("department (largest, %1)").arg(data.deptName), dept},
        {QStringLiteral("classification 类 ") + lei, specPart(QStringLiteral("class"), lei)},
        {QStringLiteral("classification 目 ") + mu, specPart(QStringLiteral("class"), mu)},
        {QStringLiteral("status ") + pending, specPart(QStringLiteral("status"), pending)},
        {QStringLiteral("share type ") + commonShare, specPart(QStringLiteral("share"), commonShare)},
        {QStringLiteral("search %1 + department + status %2").arg(kCommonTerm, published),
         specPart(QStringLiteral("search"), kCommonTerm) + QLatin1Char(';') + dept + QLatin1Char(';') +
             specPart(QStringLiteral("status"), published)},
        {QStringLiteral("all resources sorted by name"), QStringLiteral("sort=name")},
    };
    int n = 0;
    for (const auto& [label, spec] : lists) {
        EditCase c;
        c.id = QStringLiteral("list_%1").arg(++n, 2, 10, QLatin1Char('0'));
        c.label = label;
        c.kind = QStringLiteral("list");
        c.spec = spec;
        c.laps = c.targetLaps = {QStringLiteral("load")};
        c.targetMs = 50;
        catalog::ResourceSort sort;
        const catalog::ResourceFilter filter = parseFilterSpec(spec, &sort);
        models::ResourceListModel model;
        if (sort.key == catalog::ResourceSort::Key::Name) {
            model.sort(models::ResourceListModel::Name);
        }
        Stopwatch watch;
        {
            StatementCapture capture(connection);
            QString error;
            if (!model.load(queries, filter, &error)) {
                fail(error);
            }
            c.appSql = capture.take();
        }
        // A list that takes over a second runs once per phase: the runs still give the medians.
        c.repeat = watch.wallMs() > 1000 ? 1 : repeat;
        c.total = model.totalCount();
        if (c.appSql.size() != 2) {
            fail(QStringLiteral("expected a count and a list for %1, traced: %2")
                     .arg(label, c.appSql.join(QStringLiteral(" | "))));
        }
        for (const QString& sql : std::as_const(c.appSql)) {
            c.plans.append(queryPlan(connection, sql).join(QLatin1Char('\n')));
            c.cliSql.append(withoutRank(sql, &c.ranked));
        }
        c.cliSql[1] += QStringLiteral(" LIMIT %1").arg(kPageRows);
        std::fprintf(stderr, "%s: %lld resources\n", qPrintable(label), static_cast<long long>(c.total));
        cases.append(c);
    }
    // Bulk: the resources of the 类 with the most resources, published ones (drafts would get in the way
    // of the save benchmarks' new drafts), first 10,000 by code.
    bulkSpec = specPart(QStringLiteral("class"), lei) + QLatin1Char(';') +
               specPart(QStringLiteral("status"), published);
}

void copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral(".key")}) {
        QFile::remove(to + suffix);
        if (!QFile::copy(from + suffix, to + suffix)) {
            fail(QStringLiteral("cannot copy %1 to %2").arg(from + suffix, to + suffix));
        }
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
    }
}

} // namespace

int runEditing(const QStringList& arguments)
{
    const QString dbPath = QFileInfo(option(arguments, QStringLiteral("db"))).absoluteFilePath();
    const QString work = QFileInfo(option(arguments, QStringLiteral("work"))).absoluteFilePath();
    const int runs = option(arguments, QStringLiteral("runs"), QStringLiteral("5")).toInt();
    const int repeat = option(arguments, QStringLiteral("repeat"), QStringLiteral("10")).toInt();
    const int bulkRepeat = option(arguments, QStringLiteral("bulk-repeat"), QStringLiteral("1")).toInt();
    const QString gui = option(arguments, QStringLiteral("gui"));
    const QString outFile = option(arguments, QStringLiteral("out"));
    if (option(arguments, QStringLiteral("db")).isEmpty() ||
        option(arguments, QStringLiteral("work")).isEmpty() || runs < 1 || repeat < 1 || bulkRepeat < 1) {
        fail(QStringLiteral("usage: govcat_bench editing --db PATH --work DIR [--runs N] [--repeat K] "
                            "[--bulk-repeat K] [--gui PATH] [--commit TEXT] [--command TEXT] [--out FILE]"));
    }
    const QString loadBefore = loadAverage();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString self = QCoreApplication::applicationFilePath();
    QDir().mkpath(work);

    EditData data;
    QList<EditCase> cases;
    QString bulkSpec;
    std::fprintf(stderr, "inspecting %s\n", qPrintable(dbPath));
    inspect(dbPath, repeat, data, cases, bulkSpec);
    for (EditCase& c : cases) {
        c.cliFile = dbPath;
    }

    // The editing copy (govcat writes to it) and the reference copy (the CLI replays the same writes).
    const QString editPath = work + QStringLiteral("/edit.govcat");
    const QString refPath = work + QStringLiteral("/reference.govcat");
    const QString idsFile = work + QStringLiteral("/bulk-ids.txt");
    const QString traceDir = work + QStringLiteral("/trace");
    std::fprintf(stderr, "preparing %s\n", qPrintable(editPath));
    copyDatabase(dbPath, editPath);
    const Figures prepared = parseFigures(
        runProcess(self, {QStringLiteral("edit-prepare"), QStringLiteral("--db"), editPath,
                          QStringLiteral("--dept"), data.deptId, QStringLiteral("--class-id"),
                          [&] {
                              auto database = openDatabase(dbPath);
                              return scalar(database->connection(),
                                            QStringLiteral("SELECT id FROM catalog_class WHERE level = '目' "
                                                           "AND is_deleted = 0 ORDER BY code LIMIT 1"));
                          }(),
                          QStringLiteral("--bulk-filter"), bulkSpec, QStringLiteral("--ids-out"), idsFile})
            .out);
    data.resourceId = prepared.value(QStringLiteral("resource"));
    data.bulkSelected = prepared.value(QStringLiteral("bulk.selected")).toLongLong();
    data.bulkIds = prepared.value(QStringLiteral("bulk.ids")).toLongLong();
    copyDatabase(editPath, refPath);

#if __has_include("catalog/BulkEdit.h")
    const bool bulkEdit = true;
#else
    const bool bulkEdit = false;
#endif
    const QString bulkLabel =
        QStringLiteral("%1 resources (%2 of 类 %3, first %1 by code)")
            .arg(data.bulkIds)
            .arg(storedValue(ResourceStatus::Published), bulkSpec.section(u'=', 1, 1).section(u';', 0, 0));
    struct Edit
    {
        QString kind;
        QString label;
        QStringList laps;
        QStringList targetLaps;
        double targetMs;
    };
    QList<Edit> edits = {
        {QStringLiteral("editor_load"),
         QStringLiteral("open the editor: ResourceStore::loadForEditing, 200 items"),
         {QStringLiteral("load")},
         {QStringLiteral("load")},
         100},
        {QStringLiteral("save_one"),
         QStringLiteral("save, one item name and the abstract changed (200 items)"),
         {QStringLiteral("save")},
         {QStringLiteral("save")},
         50},
        {QStringLiteral("save_new"),
         QStringLiteral("save a new resource with 200 items (all inserts)"),
         {QStringLiteral("save")},
         {QStringLiteral("save")},
         50},
    };
    if (bulkEdit) {
        edits.append({QStringLiteral("bulk"),
                      QStringLiteral("bulk edit of update_cycle, BulkEdit, ") + bulkLabel,
                      {QStringLiteral("select"), QStringLiteral("preview"), QStringLiteral("apply")},
                      {QStringLiteral("preview"), QStringLiteral("apply"), QStringLiteral("total")},
                      2000});
    }
    edits.append({QStringLiteral("bulk_rows"),
                  QStringLiteral("update_cycle rows, one Repository::apply ChangeSet, ") + bulkLabel,
                  {QStringLiteral("select"), QStringLiteral("apply")},
                  {QStringLiteral("apply"), QStringLiteral("total")},
                  2000});
    for (const Edit& e : std::as_const(edits)) {
        EditCase c;
        c.id = e.kind;
        c.kind = e.kind;
        c.label = e.label;
        c.laps = e.laps;
        c.targetLaps = e.targetLaps;
        c.targetMs = e.targetMs;
        c.spec = e.kind.startsWith(QLatin1String("bulk")) ? bulkSpec : QString();
        c.repeat = e.kind.startsWith(QLatin1String("bulk")) ? bulkRepeat : repeat;
        c.cliFile = refPath;
        cases.append(c);
    }

    // The trace pass: the same operations with their SQL captured, in the order the CLI replays them.
    QDir(traceDir).removeRecursively();
    QDir().mkpath(traceDir);
    auto blocksOf = [&](const EditCase& c) {
        if (c.kind == QLatin1String("editor_load")) {
            return 1;
        }
        return runs * (1 + 2 * c.repeat);
    };
    auto probeArguments = [&](const EditCase& c) {
        QStringList args = {QStringLiteral("edit-probe"), QStringLiteral("--what"), c.kind};
        if (c.kind == QLatin1String("list")) {
            args << QStringLiteral("--db") << dbPath;
        } else {
            args << QStringLiteral("--db") << editPath << QStringLiteral("--resource") << data.resourceId;
        }
        if (!c.spec.isEmpty()) {
            args << QStringLiteral("--filter") << c.spec;
        }
        if (c.kind.startsWith(QLatin1String("bulk"))) {
            args << QStringLiteral("--ids") << idsFile;
        }
        return args;
    };
    for (const EditCase& c : std::as_const(cases)) {
        if (c.kind != QLatin1String("list")) {
            std::fprintf(stderr, "tracing %s (%d operations)\n", qPrintable(c.id), blocksOf(c));
            runProcess(self, probeArguments(c) << QStringLiteral("--trace") << traceDir
                                               << QStringLiteral("--blocks") << QString::number(blocksOf(c)));
        }
    }

    ScriptDir scripts;
    QByteArray keyHex = rawKeyHex(dbPath);
    const QByteArray readPrelude = encryptedPrelude(keyHex);
    const QByteArray writePrelude = encryptedPrelude(keyHex, true);
    keyHex.fill('\0');
    data.cliVersion =
        QString::fromUtf8(runProcess(QStringLiteral("sqlcipher"), {QStringLiteral("-version")}).out)
            .section(QLatin1Char(' '), 0, 0);
    // Read scripts are the same every run; write scripts replay each run's own operations.
    QHash<QString, QString> readScripts;
    for (const EditCase& c : std::as_const(cases)) {
        const int k = c.repeat;
        if (c.kind == QLatin1String("list") || c.kind == QLatin1String("editor_load")) {
            const QByteArray b = c.kind == QLatin1String("list")
                                     ? block(c.cliSql)
                                     : blockFromFile(traceDir + QStringLiteral("/editor_load-0.sql"));
            readScripts.insert(c.id,
                               scripts.write(c.id + QStringLiteral(".sql"),
                                             timedScript(readPrelude, QList<QByteArray>(1 + 2 * k, b), k)));
        }
    }

    const QStringList guiEnvironment = {QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const bool haveTime = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    bool editorMeasured = false;
    const Figures guiFeatures =
        gui.isEmpty()
            ? Figures()
            : parseFigures(runProcess(gui, {QStringLiteral("features")}, {}, guiEnvironment, true).out);
    const bool guiEditor = guiFeatures.value(QStringLiteral("editor")) == QLatin1String("1");
    const bool guiDialog = guiFeatures.value(QStringLiteral("dialog")) == QLatin1String("1");
    Samples samples;
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "run %d/%d (load %s)\n", run + 1, runs, qPrintable(loadAverage()));
        for (const EditCase& c : std::as_const(cases)) {
            const int k = c.repeat;
            const Figures figures = parseFigures(
                runProcess(self, probeArguments(c) << QStringLiteral("--repeat") << QString::number(k)).out);
            for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
                if (it.key().endsWith(QLatin1String("_ms"))) {
                    samples.add(QStringLiteral("gov.%1.%2").arg(c.id, it.key().chopped(3)),
                                it.value().toDouble());
                }
            }
            samples.add(QStringLiteral("gov.%1.rows").arg(c.id),
                        figures.value(QStringLiteral("rows")).toDouble());
            if (c.kind == QLatin1String("list") &&
                figures.value(QStringLiteral("total")).toLongLong() != c.total) {
                fail(QStringLiteral("%1: govcat counted %2, the inspection %3")
                         .arg(c.id, figures.value(QStringLiteral("total")))
                         .arg(c.total));
            }

            QString script = readScripts.value(c.id);
            if (script.isEmpty()) { // writes: this run's operations, in the order they were traced
                QList<QByteArray> blocks;
                for (int i = 0; i < 1 + 2 * k; ++i) {
                    blocks.append(blockFromFile(
                        QStringLiteral("%1/%2-%3.sql").arg(traceDir, c.kind).arg(run * (1 + 2 * k) + i)));
                }
                script = scripts.write(QStringLiteral("%1-run%2.sql").arg(c.id).arg(run),
                                       timedScript(writePrelude, blocks, k));
            }
            const QList<CliBlock> blocks =
                cliBlocks(runProcess(QStringLiteral("sqlcipher"), cliArguments(c.cliFile), script).out);
            if (c.kind == QLatin1String("list") && run == 0 && !blocks.isEmpty()) {
                // The count and the first page; a search by relevance: every match's score and the
                // first page.
                const QList<QByteArray>& out = blocks.first().output;
                const qint64 page = qMin<qint64>(kPageRows, c.total);
                const bool counted = c.ranked
                                         ? out.size() == c.total + page
                                         : out.value(0).toLongLong() == c.total && out.size() == 1 + page;
                if (!counted) {
                    fail(QStringLiteral("%1: the CLI printed %2 lines starting %3; govcat: %4 resources")
                             .arg(c.id)
                             .arg(out.size())
                             .arg(QString::fromUtf8(out.value(0)))
                             .arg(c.total));
                }
            }
            addCliSamples(samples, c.id, blocks, k);
        }

        if (!gui.isEmpty() && guiEditor) {
            QStringList modes = {QStringLiteral("widget")};
            if (guiDialog) {
                modes << QStringLiteral("dialog");
            }
            for (const QString& mode : std::as_const(modes)) {
                const ProcessRun editor =
                    runProcess(gui,
                               {QStringLiteral("editor"), QStringLiteral("--db"), editPath,
                                QStringLiteral("--resource"), data.resourceId, QStringLiteral("--repeat"),
                                QString::number(repeat), QStringLiteral("--mode"), mode},
                               {}, guiEnvironment, true);
                const Figures ef = parseFigures(editor.out);
                const QString prefix =
                    mode == QLatin1String("widget") ? QStringLiteral("editor") : QStringLiteral("dialog");
                if (!ef.contains(prefix + QStringLiteral(".again.total_ms"))) {
                    fail(QStringLiteral("govcat_bench_gui editor --mode %1 failed: %2")
                             .arg(mode, QString::fromUtf8(editor.err.right(2000))));
                }
                for (auto it = ef.cbegin(); it != ef.cend(); ++it) {
                    samples.add(QStringLiteral("gui.") + it.key(), it.value().toDouble());
                }
            }
            editorMeasured = true;
        }
        if (!gui.isEmpty()) {
            QStringList memoryArgs = {gui,    QStringLiteral("memory"),   QStringLiteral("--db"),
                                      dbPath, QStringLiteral("--search"), kCommonTerm};
            const ProcessRun memory =
                haveTime
                    ? runProcess(QStringLiteral("/usr/bin/time"),
                                 QStringList{QStringLiteral("-v")} + memoryArgs, {}, guiEnvironment, true)
                    : runProcess(memoryArgs.takeFirst(), memoryArgs, {}, guiEnvironment, true);
            const Figures mf = parseFigures(memory.out);
            if (!mf.contains(QStringLiteral("total_ms"))) {
                fail(QStringLiteral("govcat_bench_gui memory failed: ") +
                     QString::fromUtf8(memory.err.right(2000)));
            }
            for (auto it = mf.cbegin(); it != mf.cend(); ++it) {
                samples.add(QStringLiteral("gui.memory.") + it.key(), it.value().toDouble());
            }
            static const QRegularExpression maxRss(
                QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"));
            const auto match = maxRss.match(QString::fromUtf8(memory.err));
            if (match.hasMatch()) {
                samples.add(QStringLiteral("gui.memory.time_maxrss_kib"), match.captured(1).toDouble());
            }
        }
    }

    const EditResults results{
        data,
        cases,
        samples,
        runs,
        repeat,
        bulkRepeat,
        !gui.isEmpty(),
        editorMeasured,
        editorMeasured && guiDialog,
        option(arguments, QStringLiteral("commit"), QStringLiteral("unknown")),
        option(arguments, QStringLiteral("command"), QStringLiteral("bench/run.sh --suite editing")),
        started,
        loadBefore,
        loadAverage(),
        bulkEdit};
    const QString report = editingReport(results);
    std::fputs(report.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    if (!outFile.isEmpty()) {
        QFile out(outFile);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
            out.write(report.toUtf8() + '\n') < 0) {
            fail(QStringLiteral("cannot write ") + outFile);
        }
    }
    return 0;
}

} // namespace govcat::bench
