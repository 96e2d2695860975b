// The in-process side of the catalog-editing benchmarks: edit-prepare and edit-probe (Editing.h).
#include "BenchUtil.h"
#include "Cli.h"
#include "Editing.h"
#include "catalog/CatalogQueries.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/Database.h"
#include "db/Repository.h"
#include "models/catalog/ResourceListModel.h"
#if __has_include("catalog/BulkEdit.h")
#include "catalog/BulkEdit.h"
#define GOVCAT_BENCH_BULK_EDIT 1
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <functional>
#include <optional>

namespace govcat::bench {

namespace {

constexpr int kItems = 200;

QString actorName()
{
    return QStringLiteral("基准测试");
}

std::unique_ptr<db::Database> openDatabase(const QString& path)
{
    auto database = db::Database::open(path, benchPassphrase());
    if (!database) {
        fail(database.error().message);
    }
    return std::move(database).value();
}

db::Actor editorOf(const QString& deptId)
{
    return {actorName(), deptId, canonicalName(Role::CatalogEditor)};
}

template <typename T> T valueOr(Result<T> result, const QString& what)
{
    if (!result) {
        fail(what + QStringLiteral(": ") + result.error().message);
    }
    return std::move(result).value();
}

QString toggled(const QString& text)
{
    // The last character alternates between 甲 and 乙, so every save changes the value.
    if (text.endsWith(u'甲')) {
        return text.chopped(1) + u'乙';
    }
    if (text.endsWith(u'乙')) {
        return text.chopped(1) + u'甲';
    }
    return text + u'甲';
}

QStringList readIds(const QString& path)
{
    const QStringList ids = readTextFile(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        fail(QStringLiteral("no ids in ") + path);
    }
    return ids;
}

QString updateCycleOf(const QSqlDatabase& connection, const QString& id)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT coalesce(update_cycle, '') FROM info_resource WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("cannot read the update cycle of ") + id);
    }
    return q.value(0).toString();
}

db::ChangeSet cycleChanges(const QStringList& ids, const QString& cycle)
{
    db::ChangeSet set{QStringLiteral("批量修改更新周期"), {}};
    set.changes.reserve(std::size_t(ids.size()));
    for (const QString& id : ids) {
        set.changes.push_back({db::RowChange::Op::Update,
                               QStringLiteral("info_resource"),
                               id,
                               {{QStringLiteral("update_cycle"), cycle}}});
    }
    return set;
}

// May edit every department's resources (a catalog editor only their own; no department of the demo
// has 10,000).
db::Actor administrator()
{
    return {actorName(), {}, canonicalName(Role::Administrator)};
}

// The bulk selection: the filter's resources in code order, as many as were prepared (checked).
QStringList select(const catalog::CatalogQueries& queries, const catalog::ResourceFilter& filter,
                   const QStringList& ids)
{
    const QStringList selected =
        valueOr(queries.resourceIds(filter), QStringLiteral("select")).mid(0, ids.size());
    if (selected != ids) {
        fail(QStringLiteral("the bulk filter no longer selects the prepared resources"));
    }
    return selected;
}

// Named laps of one operation: (wall, CPU) milliseconds.
using Laps = QList<std::pair<QString, std::pair<double, double>>>;

struct Operation
{
    std::function<void(Laps&)> run;
    qint64 rows = -1;  // what the operation produced (list rows, items), printed as rows=
    qint64 total = -1; // list: the count; printed as total=
};

} // namespace

catalog::ResourceFilter parseFilterSpec(const QString& spec, catalog::ResourceSort* sort)
{
    catalog::ResourceFilter filter;
    catalog::ResourceSort order;
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1);
        const QStringList values = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (key == QLatin1String("search")) {
            filter.search = value;
        } else if (key == QLatin1String("dept")) {
            filter.deptIds = values;
        } else if (key == QLatin1String("class")) {
            filter.classCode = value;
        } else if (key == QLatin1String("status")) {
            filter.statuses = values;
        } else if (key == QLatin1String("share")) {
            filter.shareTypes = values;
        } else if (key == QLatin1String("cycle")) {
            filter.updateCycles = values;
        } else if (key == QLatin1String("sort")) {
            if (value == QLatin1String("name")) {
                order.key = catalog::ResourceSort::Key::Name;
            } else if (value == QLatin1String("code")) {
                order.key = catalog::ResourceSort::Key::Code;
            } else if (value != QLatin1String("relevance")) {
                fail(QStringLiteral("unknown sort: ") + value);
            }
        } else {
            fail(QStringLiteral("unknown filter key: ") + key);
        }
    }
    if (sort) {
        *sort = order;
    }
    return filter;
}

int runEditPrepare(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const QString deptId = option(arguments, QStringLiteral("dept"));
    const QString classId = option(arguments, QStringLiteral("class-id"));
    const QString bulkSpec = option(arguments, QStringLiteral("bulk-filter"));
    const int bulkCount = option(arguments, QStringLiteral("bulk-count"), QStringLiteral("10000")).toInt();
    const QString idsOut = option(arguments, QStringLiteral("ids-out"));
    if (path.isEmpty() || deptId.isEmpty() || classId.isEmpty() || idsOut.isEmpty() || bulkCount < 1) {
        fail(QStringLiteral("usage: govcat_bench edit-prepare --db COPY --dept ID --class-id ID "
                            "--bulk-filter SPEC [--bulk-count N] --ids-out FILE"));
    }
    auto database = openDatabase(path);
    const QSqlDatabase connection = database->connection();
    db::Repository repo(connection, editorOf(deptId));
    catalog::ResourceStore store(connection, repo);

    ResourceDraft draft = valueOr(store.newDraft(deptId), QStringLiteral("new draft"));
    draft.name = QStringLiteral("基准测试二百信息项资源");
    draft.classificationId = classId;
    draft.classificationCode = scalar(
        connection, QStringLiteral("SELECT code FROM catalog_class WHERE id = %1").arg(sqlString(classId)));
    draft.abstract = QStringLiteral("用于性能测试的信息资源，含二百个信息项。");
    draft.formatCategory = canonicalName(FormatCategory::Database);
    draft.formatType = formatTypesOf(FormatCategory::Database).constFirst().name;
    draft.shareMethodCategory = codeList(CodeListId::ShareMethodCategory).entries.constFirst().name;
    draft.shareMethodType = canonicalName(ShareMethodType::Interface);
    draft.updateCycle = canonicalName(UpdateCycle::Daily);
    // 200 distinct item names as the demo uses them, most frequent first.
    QSqlQuery names(connection);
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT name FROM info_item WHERE is_deleted = 0 GROUP BY name "
                                   "ORDER BY count(*) DESC, name LIMIT %1")
                        .arg(kItems))) {
        fail(QStringLiteral("cannot read item names: ") + names.lastError().text());
    }
    const QStringList types = {QStringLiteral("C"), QStringLiteral("N"), QStringLiteral("D"),
                               QStringLiteral("C"), QStringLiteral("T")};
    while (names.next()) {
        const int i = int(draft.items.size());
        const QString type = types.at(i % types.size());
        draft.items.append(ItemDraft::of(names.value(0).toString(), type,
                                         type == QLatin1String("C")   ? QStringLiteral("100")
                                         : type == QLatin1String("N") ? QStringLiteral("18")
                                                                      : QString(),
                                         type == QLatin1String("N") ? QStringLiteral("2") : QString()));
    }
    names.finish();
    for (int i = int(draft.items.size()); i < kItems; ++i) {
        draft.items.append(ItemDraft::of(QStringLiteral("测试信息项%1").arg(i + 1), QStringLiteral("C"),
                                         QStringLiteral("50")));
    }
    const QString id = valueOr(store.save(draft), QStringLiteral("save the 200-item resource"));
    const ResourceDraft saved = valueOr(store.loadForEditing(id), QStringLiteral("load it again"));
    if (saved.items.size() != kItems) {
        fail(QStringLiteral("the saved resource has %1 items").arg(saved.items.size()));
    }

    // The bulk selection, and one update cycle for all of it (edit-probe bulk keeps its own state).
    QFile::remove(idsOut + QStringLiteral(".bulkedit"));
    const QStringList all = valueOr(
        catalog::CatalogQueries(connection).resourceIds(parseFilterSpec(bulkSpec)), QStringLiteral("select"));
    if (all.size() < bulkCount) {
        fail(QStringLiteral("the bulk filter selects %1 resources, fewer than %2")
                 .arg(all.size())
                 .arg(bulkCount));
    }
    const QStringList ids = all.mid(0, bulkCount);
    valueOr(repo.apply(cycleChanges(ids, canonicalName(UpdateCycle::Monthly))),
            QStringLiteral("set the update cycle of the bulk selection"));
    QFile out(idsOut);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        out.write((ids.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0) {
        fail(QStringLiteral("cannot write ") + idsOut);
    }
    printFigure("resource", id);
    printFigure("items", qint64(saved.items.size()));
    printFigure("bulk.selected", qint64(all.size()));
    printFigure("bulk.ids", qint64(ids.size()));
    return 0;
}

int runEditProbe(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const QString what = option(arguments, QStringLiteral("what"));
    const QString spec = option(arguments, QStringLiteral("filter"));
    const QString resourceId = option(arguments, QStringLiteral("resource"));
    const QString idsFile = option(arguments, QStringLiteral("ids"));
    const int repeat = option(arguments, QStringLiteral("repeat"), QStringLiteral("10")).toInt();
    const QString traceDir = option(arguments, QStringLiteral("trace"));
    const int blocks = option(arguments, QStringLiteral("blocks"), QStringLiteral("1")).toInt();
    const QStringList kinds = {QStringLiteral("list"),     QStringLiteral("editor_load"),
                               QStringLiteral("save_one"), QStringLiteral("save_new"),
                               QStringLiteral("bulk"),     QStringLiteral("bulk_rows")};
    if (path.isEmpty() || !kinds.contains(what) || repeat < 0 || blocks < 1 ||
        (what != QLatin1String("list") && resourceId.isEmpty()) ||
        (what.startsWith(QLatin1String("bulk")) && idsFile.isEmpty())) {
        fail(QStringLiteral(
            "usage: govcat_bench edit-probe --db PATH --what list|editor_load|save_one|"
            "save_new|bulk|bulk_rows [--filter SPEC] [--resource ID] [--ids FILE] [--repeat K] "
            "[--trace DIR --blocks N]"));
    }

    QElapsedTimer openTimer;
    openTimer.start();
    auto database = openDatabase(path);
    const double openMs = elapsedMs(openTimer);
    const QSqlDatabase connection = database->connection();
    const catalog::CatalogQueries queries(connection);
    db::Repository repo(connection, editorOf({}));
    catalog::ResourceStore store(connection, repo);

    // Everything read before the first timed operation is what that operation needs anyway (the
    // resource for a save) or small; list and editor_load read nothing before.
    Operation op;
    models::ResourceListModel model;
    catalog::ResourceFilter filter;
    std::optional<ResourceDraft> draft;
    QStringList ids;
    int saveNo = 0;
    if (what == QLatin1String("list")) {
        catalog::ResourceSort sort;
        filter = parseFilterSpec(spec, &sort);
        if (sort.key == catalog::ResourceSort::Key::Name) {
            model.sort(models::ResourceListModel::Name); // no load yet: sets the order for load()
        } else if (sort.key == catalog::ResourceSort::Key::Code) {
            model.sort(models::ResourceListModel::Code);
        }
        op.run = [&](Laps& laps) {
            Stopwatch watch;
            QString error;
            if (!model.load(queries, filter, &error)) {
                fail(error);
            }
            laps.append({QStringLiteral("load"), {watch.wallMs(), watch.cpuMs()}});
            op.rows = model.rowCount();
            op.total = model.totalCount();
        };
    } else if (what == QLatin1String("editor_load")) {
        op.run = [&](Laps& laps) {
            Stopwatch watch;
            const ResourceDraft loaded = valueOr(store.loadForEditing(resourceId), QStringLiteral("load"));
            laps.append({QStringLiteral("load"), {watch.wallMs(), watch.cpuMs()}});
            op.rows = loaded.items.size();
        };
    } else if (what == QLatin1String("save_one") || what == QLatin1String("save_new")) {
        draft = valueOr(store.loadForEditing(resourceId), QStringLiteral("load"));
        repo.setActor(editorOf(draft->providerDeptId));
        const bool isNew = what == QLatin1String("save_new");
        const QString baseName = QStringLiteral("基准测试新资源%1-").arg(QCoreApplication::applicationPid());
        op.run = [&, isNew, baseName](Laps& laps) {
            ResourceDraft d = *draft;
            if (isNew) {
                d.id.clear();
                d.code.clear();
                d.status.clear();
                d.name = baseName + QString::number(++saveNo);
                for (ItemDraft& item : d.items) {
                    item.id.clear();
                }
            } else {
                d.abstract = toggled(d.abstract);
                d.items[kItems / 2].name = toggled(d.items.at(kItems / 2).name);
                *draft = d; // the next save toggles back
            }
            Stopwatch watch;
            valueOr(store.save(d), QStringLiteral("save"));
            laps.append({QStringLiteral("save"), {watch.wallMs(), watch.cpuMs()}});
            op.rows = d.items.size();
        };
    } else if (what == QLatin1String("bulk_rows")) {
        // Repository::apply of one update_cycle change per resource: the row-level write bulk editing
        // builds on (a published resource's change goes into its revision in BulkEdit).
        ids = readIds(idsFile);
        filter = parseFilterSpec(spec);
        repo.setActor(administrator());
        op.run = [&](Laps& laps) {
            const QString now = updateCycleOf(connection, ids.constFirst());
            const QString next = now == canonicalName(UpdateCycle::Monthly)
                                     ? canonicalName(UpdateCycle::Quarterly)
                                     : canonicalName(UpdateCycle::Monthly);
            Stopwatch watch;
            const QStringList selected = select(queries, filter, ids);
            laps.append({QStringLiteral("select"), {watch.wallMs(), watch.cpuMs()}});
            watch.restart();
            const QStringList changed =
                valueOr(repo.apply(cycleChanges(selected, next)), QStringLiteral("apply"));
            laps.append({QStringLiteral("apply"), {watch.wallMs(), watch.cpuMs()}});
            op.rows = changed.size();
        };
    } else { // bulk
#ifdef GOVCAT_BENCH_BULK_EDIT
        ids = readIds(idsFile);
        filter = parseFilterSpec(spec);
        repo.setActor(administrator());
        op.run = [&](Laps& laps) {
            // BulkEdit writes a published resource's change into its revision, so the row does not say
            // what the last change was: a file next to the ids does.
            const QString stateFile = idsFile + QStringLiteral(".bulkedit");
            const QString next = readTextFile(stateFile).trimmed() == canonicalName(UpdateCycle::Quarterly)
                                     ? canonicalName(UpdateCycle::Monthly)
                                     : canonicalName(UpdateCycle::Quarterly);
            const catalog::BulkChange change{QStringLiteral("update_cycle"), next, {}, {}};
            Stopwatch watch;
            const QStringList selected = select(queries, filter, ids);
            laps.append({QStringLiteral("select"), {watch.wallMs(), watch.cpuMs()}});
            watch.restart();
            const catalog::BulkPreview preview = valueOr(
                catalog::BulkEdit::preview(connection, repo, selected, change), QStringLiteral("preview"));
            laps.append({QStringLiteral("preview"), {watch.wallMs(), watch.cpuMs()}});
            if (preview.toChange != selected.size()) {
                fail(QStringLiteral("the bulk preview changes %1 of %2 resources")
                         .arg(preview.toChange)
                         .arg(selected.size()));
            }
            watch.restart();
            // As the bulk edit dialog applies what it previewed.
            const catalog::BulkResult result =
                valueOr(catalog::BulkEdit::apply(connection, repo, preview), QStringLiteral("apply"));
            laps.append({QStringLiteral("apply"), {watch.wallMs(), watch.cpuMs()}});
            op.rows = result.changedIds.size();
            QFile state(stateFile);
            if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate) || state.write(next.toUtf8()) < 0) {
                fail(QStringLiteral("cannot write ") + stateFile);
            }
        };
#else
        fail(QStringLiteral("db/BulkEdit.h is not in this build"));
#endif
    }

    if (!traceDir.isEmpty()) {
        for (int i = 0; i < blocks; ++i) {
            QStringList statements;
            {
                StatementCapture capture(connection);
                Laps laps;
                op.run(laps);
                statements = capture.take();
            }
            QFile out(QDir(traceDir).filePath(QStringLiteral("%1-%2.sql").arg(what).arg(i)));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                fail(QStringLiteral("cannot write ") + out.fileName());
            }
            for (const QString& sql : std::as_const(statements)) {
                out.write(sql.toUtf8() + ";\n");
            }
        }
        printFigure("blocks", qint64(blocks));
        printFigure("rows", op.rows);
        return 0;
    }

    QMap<QString, QList<double>> values; // "<lap>.<phase>[_cpu]"
    auto once = [&](const QString& phase) {
        Laps laps;
        op.run(laps);
        if (laps.size() > 1) {
            std::pair<double, double> sum{0, 0};
            for (const auto& lap : std::as_const(laps)) {
                sum.first += lap.second.first;
                sum.second += lap.second.second;
            }
            laps.append({QStringLiteral("total"), sum});
        }
        for (const auto& [name, times] : std::as_const(laps)) {
            values[name + QLatin1Char('.') + phase].append(times.first);
            values[name + QLatin1Char('.') + phase + QStringLiteral("_cpu")].append(times.second);
        }
    };
    once(QStringLiteral("cold1"));
    for (int i = 0; i < repeat; ++i) {
        QSqlQuery shrink(connection);
        if (!shrink.exec(QStringLiteral("PRAGMA shrink_memory"))) {
            fail(QStringLiteral("PRAGMA shrink_memory failed"));
        }
        shrink.finish();
        once(QStringLiteral("cold"));
    }
    for (int i = 0; i < repeat; ++i) {
        once(QStringLiteral("warm"));
    }
    printFigure("open_ms", openMs);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        printFigure(qPrintable(it.key() + QStringLiteral("_ms")), median(it.value()));
    }
    printFigure("rows", op.rows);
    printFigure("total", op.total);
    return 0;
}

} // namespace govcat::bench
