#include "EditReport.h"

#include "SuiteReport.h"

namespace govcat::bench {

namespace {

const double kMb = 1024.0 / 1e6; // KiB → MB (10^6 bytes)

QString pairText(double wall, double cpu)
{
    return ms(wall) + QStringLiteral(" / ") + ms(cpu);
}

} // namespace

QString editingReport(const EditResults& r)
{
    const Samples& s = r.samples;
    QStringList md;
    auto line = [&md](const QString& text = {}) { md.append(text); };
    auto row = [&md](const QStringList& cells) {
        md.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    };
    auto gov = [&](const EditCase& c, const QString& lap, const QString& phase) {
        return s.median(QStringLiteral("gov.%1.%2.%3").arg(c.id, lap, phase));
    };
    auto cli = [&](const EditCase& c, const QString& phase) {
        return s.median(QStringLiteral("cli.%1.%2").arg(c.id, phase));
    };
    auto rowsOf = [&](const EditCase& c) {
        return c.kind == QLatin1String("list")
                   ? QString::number(c.total)
                   : QString::number(s.median(QStringLiteral("gov.%1.rows").arg(c.id)), 'f', 0);
    };

    line(
        QStringLiteral("Measured %1 UTC on commit %2 by `%3` (%4 runs, medians; every figure in milliseconds "
                       "unless marked).")
            .arg(r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.commit, r.command)
            .arg(r.runs));
    line();
    line(machineLine(r.loadBefore, r.loadAfter));
    line(QStringLiteral(
             "- Data: %1 resources, %2 items (the demo city). Largest department: %3 (%4 resources). "
             "The 200-item resource is saved through `ResourceStore` into a copy of the database; the "
             "bulk selection is the first %5 of the %6 resources its filter selects.")
             .arg(r.data.resources)
             .arg(r.data.items)
             .arg(r.data.deptName)
             .arg(r.data.deptResources)
             .arg(r.data.bulkIds)
             .arg(r.data.bulkSelected));
    line(QStringLiteral(
             "- Engines: govcat in-process SQLCipher %1 (SQLite %2); `sqlcipher` CLI %3 on the same "
             "file (raw key, 4096-byte pages, 64 MiB cache; `synchronous = FULL` and foreign keys "
             "for the writes, as govcat sets them).")
             .arg(r.data.cipherVersion, r.data.sqliteVersion, r.data.cliVersion));
    line();

    line(QStringLiteral("#### Targets"));
    line();
    line(
        QStringLiteral(
            "govcat: median of the runs of the per-process medians with SQLite's cache flushed (`PRAGMA "
            "shrink_memory` before each of %1 operations; %2 for the bulk change and for lists that took "
            "over a "
            "second; the OS page cache is warm). Reference: the same SQL in the `sqlcipher` CLI, same phase. "
            "The "
            "target applies to govcat's wall time. Ratios are govcat ÷ CLI.")
            .arg(r.repeat)
            .arg(r.bulkRepeat == 1 ? QStringLiteral("1") : QStringLiteral("1 (bulk: %1)").arg(r.bulkRepeat)));
    line();
    row({QStringLiteral("Operation"), QStringLiteral("Resources / rows"), QStringLiteral("govcat wall / CPU"),
         QStringLiteral("sqlcipher CLI wall / CPU"), QStringLiteral("Ratio wall / CPU"),
         QStringLiteral("Target"), QStringLiteral("Result")});
    row({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:"),
         QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---")});
    for (const EditCase& c : r.cases) {
        const QString target = c.targetMs >= 1000 ? QStringLiteral("< %1 s").arg(c.targetMs / 1000)
                                                  : QStringLiteral("< %1").arg(c.targetMs);
        // The CLI replays the whole operation: its figure goes with the single lap or the total.
        const QString whole = c.laps.size() == 1 ? c.laps.constFirst() : QStringLiteral("total");
        for (const QString& lap : c.targetLaps) {
            const double wall = gov(c, lap, QStringLiteral("cold"));
            const double cpu = gov(c, lap, QStringLiteral("cold_cpu"));
            QString label = c.label;
            if (c.kind == QLatin1String("list")) {
                label = QStringLiteral("list: ") + label + (c.ranked ? QStringLiteral(" ¹") : QString());
            } else if (c.kind.startsWith(QLatin1String("bulk"))) {
                label = lap == QLatin1String("total")
                            ? QString(QStringLiteral("… the whole: select (`resourceIds`) + ") +
                                      c.laps.mid(1).join(QStringLiteral(" + ")))
                            : QString(label + QStringLiteral(": `") + lap + QStringLiteral("` ²"));
            }
            QString reference = QStringLiteral("—");
            QString ratio = QStringLiteral("—");
            if (lap == whole) {
                const double cliWall = cli(c, QStringLiteral("cold"));
                const double cliCpu = cli(c, QStringLiteral("cold_cpu"));
                reference = pairText(cliWall, cliCpu);
                ratio = ratioText(wall / cliWall) + QStringLiteral(" / ") + ratioText(cpu / cliCpu);
            }
            row({label, lap == c.targetLaps.constFirst() ? rowsOf(c) : QStringLiteral("—"),
                 pairText(wall, cpu), reference, ratio, target,
                 verdict(wall, c.targetMs, QStringLiteral(" ms"))});
        }
    }
    if (r.dialog) {
        const double again = s.median(QStringLiteral("gui.dialog.again.total_ms"));
        const double first = s.median(QStringLiteral("gui.dialog.first.total_ms"));
        row({QStringLiteral("open a resource in the app: `ResourceDialog` (classification tree, legal bases, "
                            "loadForEditing, allowed actions, ResourceEditor::setDraft) + first show ⁴"),
             QString::number(s.median(QStringLiteral("gui.items")), 'f', 0),
             ms(again) + QStringLiteral(" (wall)"), QStringLiteral("—"), QStringLiteral("—"),
             QStringLiteral("< 100"), verdict(again, 100, QStringLiteral(" ms"))});
        row({QStringLiteral("… the first dialog of the process (after a main-window-like window was shown)"),
             QStringLiteral("—"), ms(first) + QStringLiteral(" (wall)"), QStringLiteral("—"),
             QStringLiteral("—"), QStringLiteral("< 100"), verdict(first, 100, QStringLiteral(" ms"))});
    }
    if (r.editor) {
        const double again = s.median(QStringLiteral("gui.editor.again.total_ms"));
        const double first = s.median(QStringLiteral("gui.editor.first.total_ms"));
        row({QStringLiteral(
                 "open the editor widget: loadForEditing + ResourceEditor (choices read once before) + "
                 "setDraft + first show ⁴"),
             QString::number(s.median(QStringLiteral("gui.items")), 'f', 0),
             ms(again) + QStringLiteral(" (wall)"), QStringLiteral("—"), QStringLiteral("—"),
             QStringLiteral("< 100"), verdict(again, 100, QStringLiteral(" ms"))});
        row({QStringLiteral("… the first editor of the process (after a main-window-like window was shown)"),
             QStringLiteral("—"), ms(first) + QStringLiteral(" (wall)"), QStringLiteral("—"),
             QStringLiteral("—"), QStringLiteral("< 100"), verdict(first, 100, QStringLiteral(" ms"))});
    }
    if (r.gui) {
        const double peakOpen = s.median(QStringLiteral("gui.memory.peak_open_kib")) * kMb;
        const double peakAfter = s.has(QStringLiteral("gui.memory.peak_after_open_kib"))
                                     ? s.median(QStringLiteral("gui.memory.peak_after_open_kib")) * kMb
                                     : -1;
        const double peak = qMax(peakOpen, peakAfter);
        row({QStringLiteral("app memory: peak RSS of the process (VmHWM), full demo in the main window, list "
                            "scrolled to the end, a search, quit ³"),
             QString::number(s.median(QStringLiteral("gui.memory.rows_scrolled")), 'f', 0),
             QString::number(peak, 'f', 0) + QStringLiteral(" MB"), QStringLiteral("—"), QStringLiteral("—"),
             QStringLiteral("< 300 MB"), verdict(peak, 300, QStringLiteral(" MB"))});
        if (peakAfter >= 0) {
            row({QStringLiteral("… peak after the unlock (Argon2id's 256 MiB excluded: VmHWM reset after "
                                "`Database::open`)"),
                 QStringLiteral("—"), QString::number(peakAfter, 'f', 0) + QStringLiteral(" MB"),
                 QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("< 300 MB"),
                 verdict(peakAfter, 300, QStringLiteral(" MB"))});
        }
    }
    line();
    line(QStringLiteral(
        "¹ A search in relevance order runs two statements: the scores of every match "
        "(`govcat_rank()`, C functions govcat registers on its connections, over matchinfo `'pcb'`, and "
        "`'l'` for name hits), which govcat sorts in C++ and whose number is the count, then the rows of "
        "the first page by rowid. The CLI has no `govcat_rank()`: each call is replaced by "
        "`length(matchinfo(resource_fts, 'pcb'))`, so it still computes `matchinfo` for every match, "
        "without the C functions and without the sort."));
    line(r.bulkEdit
             ? QStringLiteral(
                   "² `BulkEdit::preview` and `BulkEdit::apply` (db/BulkEdit.h) as an administrator (a "
                   "catalog "
                   "editor may change only their own department's resources, and no demo department has "
                   "10,000): every selected resource is published, so the first apply of each copy opens a "
                   "revision per resource (`resource_version` with the whole content as JSON), later ones "
                   "rewrite those revisions. The `Repository::apply` rows below write the same value into "
                   "the resource rows directly, which is what bulk edit does for drafts.")
             : QStringLiteral(
                   "² db/BulkEdit.h is not in the measured build: a single `Repository::apply` "
                   "ChangeSet of one update_cycle change per resource, which is what bulk edit will "
                   "do."));
    if (r.gui) {
        line(QStringLiteral(
            "³ `govcat_bench_gui memory` (bench/gui/GuiProbe.cpp) under `QT_QPA_PLATFORM=offscreen`: "
            "`Database::open` as the unlock dialog does, `MainWindow` built as `GuiController::show` builds "
            "it, "
            "the resource list scrolled with `scrollToBottom()` until the model has fetched every page, a "
            "search typed into the window's search box (Enter), the window closed."));
    }
    if (r.editor) {
        line(QStringLiteral("⁴ `govcat_bench_gui editor`, offscreen, after a window like the main window was "
                            "shown; median of "
                            "further opens in the same process (the first one is the next row)."));
    }
    if (!r.editor) {
        line(QStringLiteral(
            "The resource editor widget (ui/editor/ResourceEditor.h) is not in the measured "
            "build, so only `ResourceStore::loadForEditing` is timed for opening the editor."));
    }
    line();

    line(QStringLiteral("#### govcat in-process (a fresh process per run), wall / CPU"));
    line();
    line(QStringLiteral(
        "*First run* = the first operation after `Database::open`; *cache flushed* = median of "
        "K, each after `PRAGMA shrink_memory`; *warm* = median of K more. K is in the second "
        "column."));
    line();
    row({QStringLiteral("Operation"), QStringLiteral("Timed part, K"), QStringLiteral("First run"),
         QStringLiteral("Cache flushed"), QStringLiteral("Warm")});
    row({QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"),
         QStringLiteral("---:")});
    for (const EditCase& c : r.cases) {
        QStringList laps = c.laps;
        if (laps.size() > 1) {
            laps.append(QStringLiteral("total"));
        }
        for (const QString& lap : std::as_const(laps)) {
            row({c.label, QLatin1Char('`') + lap + QStringLiteral("`, ") + QString::number(c.repeat),
                 pairText(gov(c, lap, QStringLiteral("cold1")), gov(c, lap, QStringLiteral("cold1_cpu"))),
                 pairText(gov(c, lap, QStringLiteral("cold")), gov(c, lap, QStringLiteral("cold_cpu"))),
                 pairText(gov(c, lap, QStringLiteral("warm")), gov(c, lap, QStringLiteral("warm_cpu")))});
        }
    }
    line();

    line(QStringLiteral("#### The same SQL in the sqlcipher CLI, wall / CPU"));
    line();
    line(QStringLiteral(
        "Wall from `julianday('now')` before and after the statements (1 ms resolution); CPU is the sum of "
        "the statements' `.timer` user + sys. Lists run the two statements govcat ran (the count and the "
        "list with `LIMIT 256`; for a search by relevance the scores and the first page's rows) on the bench "
        "database; the editor load and the writes replay the statements govcat ran (captured with "
        "`sqlite3_trace_v2` in a separate pass on the editing copy, FTS4's internal statements left out) on "
        "a "
        "second copy taken before that pass, in the same order, so every replayed write changes what it "
        "changed in govcat (BEGIN … COMMIT included)."));
    line();
    row({QStringLiteral("Operation"), QStringLiteral("First run"), QStringLiteral("Cache flushed"),
         QStringLiteral("Warm"), QStringLiteral("Statement 1 / 2 CPU, flushed")});
    row({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:"),
         QStringLiteral("---:")});
    for (const EditCase& c : r.cases) {
        QString split = QStringLiteral("—");
        if (c.kind == QLatin1String("list")) {
            split = ms(s.median(QStringLiteral("cli.%1.stmt0.cold_cpu").arg(c.id))) + QStringLiteral(" / ") +
                    ms(s.median(QStringLiteral("cli.%1.stmt1.cold_cpu").arg(c.id)));
        }
        row({c.label, pairText(cli(c, QStringLiteral("cold1")), cli(c, QStringLiteral("cold1_cpu"))),
             pairText(cli(c, QStringLiteral("cold")), cli(c, QStringLiteral("cold_cpu"))),
             pairText(cli(c, QStringLiteral("warm")), cli(c, QStringLiteral("warm_cpu"))), split});
    }
    line();

    if (r.editor) {
        line(QStringLiteral("#### Opening the editor in widgets (govcat_bench_gui editor, offscreen), wall"));
        line();
        line(QStringLiteral(
                 "ResourceEditor: the classification tree (%1 nodes) and legal bases are read once before "
                 "(`CatalogQueries::classes` + `legalBases`: %2 ms) and given to every editor. "
                 "ResourceDialog reads them itself each time it opens. A window like the main window "
                 "(table view, menu, status bar) is shown first, untimed. *First* = the first editor "
                 "(dialog) of the process; *again* = median of %3 further ones, each built anew.")
                 .arg(s.median(QStringLiteral("gui.classes")), 0, 'f', 0)
                 .arg(ms(s.median(QStringLiteral("gui.choices_ms"))))
                 .arg(r.repeat));
        line();
        row({QStringLiteral("Step"), QStringLiteral("First"), QStringLiteral("Again")});
        row({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:")});
        for (const QString& step :
             {QStringLiteral("load"), QStringLiteral("construct"), QStringLiteral("set_draft"),
              QStringLiteral("show"), QStringLiteral("total")}) {
            row({QStringLiteral("ResourceEditor: `") + step + QLatin1Char('`'),
                 ms(s.median(QStringLiteral("gui.editor.first.%1_ms").arg(step))),
                 ms(s.median(QStringLiteral("gui.editor.again.%1_ms").arg(step)))});
        }
        if (r.dialog) {
            for (const QString& step :
                 {QStringLiteral("construct"), QStringLiteral("show"), QStringLiteral("total")}) {
                row({QStringLiteral("ResourceDialog: `") + step + QLatin1Char('`'),
                     ms(s.median(QStringLiteral("gui.dialog.first.%1_ms").arg(step))),
                     ms(s.median(QStringLiteral("gui.dialog.again.%1_ms").arg(step)))});
            }
        }
        line();
    }

    if (r.gui) {
        line(QStringLiteral(
            "#### Memory of the main window with the full demo (govcat_bench_gui memory), MB"));
        line();
        row({QStringLiteral("Stage"), QStringLiteral("RSS"), QStringLiteral("Time")});
        row({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:")});
        auto mem = [&](const QString& key) {
            return s.has(QStringLiteral("gui.memory.") + key)
                       ? QString::number(s.median(QStringLiteral("gui.memory.") + key) * kMb, 'f', 0)
                       : QStringLiteral("—");
        };
        auto time = [&](const QString& key) {
            return s.has(QStringLiteral("gui.memory.") + key)
                       ? ms(s.median(QStringLiteral("gui.memory.") + key))
                       : QStringLiteral("—");
        };
        row({QStringLiteral("process start"), mem(QStringLiteral("rss_start_kib")), QStringLiteral("—")});
        row({QStringLiteral("after `Database::open` (peak so far, Argon2id)"),
             mem(QStringLiteral("rss_open_kib")) + QStringLiteral(" (peak ") +
                 mem(QStringLiteral("peak_open_kib")) + QStringLiteral(")"),
             time(QStringLiteral("open_ms"))});
        row({QStringLiteral("main window shown, first page"), mem(QStringLiteral("rss_window_kib")),
             time(QStringLiteral("window_ms"))});
        row({QStringLiteral("list scrolled to the end (%1 rows, %2 scroll steps)")
                 .arg(s.median(QStringLiteral("gui.memory.rows_scrolled")), 0, 'f', 0)
                 .arg(s.median(QStringLiteral("gui.memory.scroll_steps")), 0, 'f', 0),
             mem(QStringLiteral("rss_scrolled_kib")), time(QStringLiteral("scroll_ms"))});
        row({QStringLiteral("search loaded (%1 matches)")
                 .arg(s.median(QStringLiteral("gui.memory.search_total")), 0, 'f', 0),
             mem(QStringLiteral("rss_search_kib")), time(QStringLiteral("search_ms"))});
        row({QStringLiteral("window closed"), mem(QStringLiteral("rss_end_kib")), QStringLiteral("—")});
        row({QStringLiteral("peak after `Database::open` (VmHWM reset there)"),
             mem(QStringLiteral("peak_after_open_kib")), QStringLiteral("—")});
        row({QStringLiteral("`/usr/bin/time -v` maximum RSS (counts only from the reset on)"),
             mem(QStringLiteral("time_maxrss_kib")), time(QStringLiteral("total_ms"))});
        line();
    }

    line(QStringLiteral("#### List SQL and query plans"));
    line();
    line(QStringLiteral(
        "Captured with `sqlite3_trace_v2` while `ResourceListModel::load` ran (parameters "
        "expanded): the count, then the list (a search by relevance: the scores, then the first "
        "page's rows); plans from govcat's connection."));
    line();
    for (const EditCase& c : r.cases) {
        if (c.kind != QLatin1String("list")) {
            continue;
        }
        line(QStringLiteral("`%1` — %2 (filter `%3`):").arg(c.id, c.label, c.spec));
        line();
        line(QStringLiteral("```text"));
        for (int i = 0; i < c.appSql.size(); ++i) {
            line(c.appSql.at(i) + QLatin1Char(';'));
            for (const QString& step : c.plans.value(i).split(QLatin1Char('\n'))) {
                line(QStringLiteral("  ") + step);
            }
        }
        line(QStringLiteral("```"));
        line();
    }
    return md.join(QLatin1Char('\n'));
}

} // namespace govcat::bench
