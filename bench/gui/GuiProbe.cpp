// govcat_bench_gui: the widget side of the catalog-editing benchmarks (see bench/Editing.h and
// docs/PERFORMANCE.md). Run under QT_QPA_PLATFORM=offscreen by `govcat_bench editing`.
//
//   memory --db PATH [--search TEXT]
//     Opens the database as the unlock dialog does (Database::open, Argon2id included), builds the
//     MainWindow as GuiController::show does (profile, a private settings file), shows it, scrolls
//     the resource list to its end (the view's own fetchMore, page by page), types a search into its
//     search box, closes the window and prints the peak resident set size at each stage.
//   editor --db PATH --resource ID [--repeat K] [--mode widget|dialog]
//     (only when ui/editor/ResourceEditor.h is built) widget: ResourceStore::loadForEditing, then
//     constructing a ResourceEditor with the classifications and legal bases (read once before),
//     setDraft() and the first show. dialog: what the app opens, a ResourceDialog (it reads the
//     classifications and legal bases itself, loads the resource and its allowed actions) and its
//     first show. K times after a first run. A window like the main window is shown before (not
//     timed), as in the app.
//   framegap --db PATH [--mode worker|gui-thread] [--runs N] [--format xlsx|csv|json]
//     The longest gap between a 16 ms timer's ticks on the GUI thread while the catalog is exported
//     (bench/gui/FrameGap.cpp).
#include "../BenchUtil.h"
#include "FrameGap.h"
#include "app/Workbench.h"
#include "catalog/CatalogQueries.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "db/Database.h"
#include "db/ProfileStore.h"
#include "db/Repository.h"
#include "models/catalog/ResourceListModel.h"
#include "ui/shell/MainWindow.h"
#ifdef GOVCAT_BENCH_EDITOR
#include "ui/catalog/editor/ResourceEditor.h"
#endif
#ifdef GOVCAT_BENCH_DIALOG
#include "catalog/CatalogWorkflow.h"
#include "ui/catalog/editor/ResourceDialog.h"
#endif

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

namespace govcat::bench {

namespace {

qint64 currentRssKiB()
{
    const QStringList lines = readTextFile(QStringLiteral("/proc/self/status")).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("VmRSS:"))) {
            return line.mid(6).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
        }
    }
    return -1;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

std::unique_ptr<db::Database> openDatabase(const QString& path)
{
    auto database = db::Database::open(path, benchPassphrase());
    if (!database) {
        fail(database.error().message);
    }
    return std::move(database).value();
}

int runMemory(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const QString search = option(arguments, QStringLiteral("search"), QStringLiteral("信用代码"));
    if (path.isEmpty()) {
        fail(QStringLiteral("usage: govcat_bench_gui memory --db PATH [--search TEXT]"));
    }
    printFigure("rss_start_kib", currentRssKiB());
    Stopwatch total;
    auto database = openDatabase(path);
    printFigure("open_ms", total.wallMs());
    printFigure("peak_open_kib", peakRssKiB()); // includes the Argon2id unwrap
    printFigure("rss_open_kib", currentRssKiB());
    const bool reset = resetPeakRss();

    auto profile = db::ProfileStore(database->connection()).load();
    if (!profile) {
        fail(profile.error().message);
    }
    db::LocalProfile local;
    if (profile.value()) {
        local = *profile.value();
    } else { // the profile dialog would ask; any department will do
        const QString dept =
            catalog::CatalogQueries(database->connection()).departments().value().value(0).id;
        local = {QStringLiteral("基准测试"), dept, QString(), canonicalName(Role::CatalogEditor)};
    }
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("bench.ini")));

    Stopwatch watch;
    auto* window = app::makeWorkbench(std::move(database), local, settings).release();
    window->show();
    settle();
    printFigure("window_ms", watch.wallMs());
    auto* view = window->findChild<QTableView*>(QStringLiteral("resourceTableView"));
    // The list page owns its model without a QObject parent (since 632605d): reach it through the view.
    auto* model = view != nullptr ? qobject_cast<models::ResourceListModel*>(view->model()) : nullptr;
    if (!view || !model) {
        fail(QStringLiteral("the main window has no resourceTableView or ResourceListModel"));
    }
    printFigure("list_total", model->totalCount());
    printFigure("rss_window_kib", currentRssKiB());

    // Scroll to the end as a user dragging the scroll bar down would: the view fetches the next
    // page whenever it reaches the bottom.
    watch.restart();
    int steps = 0;
    while (model->canFetchMore({})) {
        view->scrollToBottom();
        settle();
        if (++steps % 50 == 0 && model->canFetchMore({})) {
            std::fprintf(stderr, "memory: %d rows after %.1f s\n", model->rowCount(), watch.wallMs() / 1000);
        }
        if (steps > 100000) {
            fail(QStringLiteral("the list does not reach its end"));
        }
    }
    view->scrollToBottom();
    settle();
    printFigure("scroll_ms", watch.wallMs());
    printFigure("scroll_steps", qint64(steps));
    printFigure("rows_scrolled", qint64(model->rowCount()));
    printFigure("rss_scrolled_kib", currentRssKiB());

    // A search: typed into the window's search box (Enter applies it at once), or, in a window
    // without one, loaded into the list model with the window's filter.
    watch.restart();
    if (auto* box = window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))) {
        box->setText(search);
        Q_EMIT box->returnPressed();
        printFigure("search_box", qint64(1));
    } else {
        catalog::ResourceFilter filter = model->filter();
        filter.search = search;
        QString error;
        if (!model->load(catalog::CatalogQueries(window->database().connection()), filter, &error)) {
            fail(error);
        }
        printFigure("search_box", qint64(0));
    }
    settle();
    if (model->filter().search != search) {
        fail(QStringLiteral("the search did not reach the list"));
    }
    view->scrollToTop();
    settle();
    printFigure("search_ms", watch.wallMs());
    printFigure("search_total", model->totalCount());
    printFigure("rss_search_kib", currentRssKiB());

    window->close();
    delete window;
    settle();
    printFigure("rss_end_kib", currentRssKiB());
    if (reset) {
        printFigure("peak_after_open_kib", peakRssKiB());
    }
    printFigure("total_ms", total.wallMs());
    return 0;
}

#ifdef GOVCAT_BENCH_EDITOR
int runEditor(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const QString id = option(arguments, QStringLiteral("resource"));
    const int repeat = option(arguments, QStringLiteral("repeat"), QStringLiteral("10")).toInt();
    const QString mode = option(arguments, QStringLiteral("mode"), QStringLiteral("widget"));
    if (path.isEmpty() || id.isEmpty() || repeat < 1 ||
        (mode != QLatin1String("widget") && mode != QLatin1String("dialog"))) {
        fail(QStringLiteral("usage: govcat_bench_gui editor --db PATH --resource ID [--repeat K] "
                            "[--mode widget|dialog]"));
    }
    auto database = openDatabase(path);
    const QSqlDatabase connection = database->connection();
    db::Repository repo(connection, {QStringLiteral("基准测试"), {}, canonicalName(Role::CatalogEditor)});
    catalog::ResourceStore store(connection, repo);
    const catalog::CatalogQueries queries(connection);

    // In govcat an editor opens from the main window: Qt's style, fonts and the platform plugin are
    // set up by then. A window like it is shown first (not timed).
    QMainWindow host;
    host.setCentralWidget(new QTableView(&host));
    host.menuBar()->addMenu(QStringLiteral("文件(&F)"))->addAction(QStringLiteral("退出(&X)"));
    host.statusBar()->showMessage(QStringLiteral("共 0 条信息资源"));
    host.resize(1280, 800);
    host.show();
    settle();

    QMap<QString, QList<double>> values;
    if (mode == QLatin1String("dialog")) {
#ifdef GOVCAT_BENCH_DIALOG
        // A catalog editor of the resource's department: the dialog offers editing.
        QSqlQuery dept(connection);
        dept.prepare(QStringLiteral("SELECT provider_dept_id FROM info_resource WHERE id = ?"));
        dept.addBindValue(id);
        if (!dept.exec() || !dept.next()) {
            fail(QStringLiteral("no resource ") + id);
        }
        repo.setActor(
            {QStringLiteral("基准测试"), dept.value(0).toString(), canonicalName(Role::CatalogEditor)});
        dept.finish();
        catalog::CatalogWorkflow workflow(store);
        for (int i = 0; i <= repeat; ++i) {
            const QString phase = i == 0 ? QStringLiteral("first") : QStringLiteral("again");
            Stopwatch lap;
            auto dialog = std::make_unique<ui::ResourceDialog>(store, workflow, id, &host);
            const double constructMs = lap.wallMs();
            lap.restart();
            dialog->show();
            settle();
            const double showMs = lap.wallMs();
            if (dialog->editor()->draft().items.size() < 1) {
                fail(QStringLiteral("the dialog shows no items"));
            }
            values[phase + QStringLiteral(".construct")].append(constructMs);
            values[phase + QStringLiteral(".show")].append(showMs);
            values[phase + QStringLiteral(".total")].append(constructMs + showMs);
            dialog.reset();
            settle();
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            printFigure(qPrintable(QStringLiteral("dialog.") + it.key() + QStringLiteral("_ms")),
                        median(it.value()));
        }
        return 0;
#else
        fail(QStringLiteral("ui/catalog/ResourceDialog.h is not in this build"));
#endif
    }

    // What a host of the editor reads once and keeps: the classification tree and legal bases.
    Stopwatch watch;
    const auto classes = queries.classes();
    const auto bases = queries.legalBases();
    if (!classes || !bases) {
        fail(QStringLiteral("cannot read classes or legal bases"));
    }
    printFigure("choices_ms", watch.wallMs());
    QList<ui::ResourceEditor::Choice> classChoices;
    for (const catalog::ClassNode& node : classes.value()) {
        classChoices.append({node.id, node.code + QLatin1Char(' ') + node.name, node.code});
    }
    QList<ui::ResourceEditor::Choice> basisChoices;
    for (const auto& [basisId, title] : bases.value()) {
        basisChoices.append({basisId, title});
    }
    printFigure("classes", qint64(classChoices.size()));

    qint64 items = 0;
    for (int i = 0; i <= repeat; ++i) {
        const QString phase = i == 0 ? QStringLiteral("first") : QStringLiteral("again");
        Stopwatch lap;
        auto draft = store.loadForEditing(id);
        if (!draft) {
            fail(draft.error().message);
        }
        items = draft.value().items.size();
        const double loadMs = lap.wallMs();
        lap.restart();
        auto editor = std::make_unique<ui::ResourceEditor>(&host);
        editor->setWindowFlag(Qt::Window);
        editor->setClassifications(classChoices);
        editor->setLegalBases(basisChoices);
        editor->setRuleContext(store.ruleContext());
        const double constructMs = lap.wallMs();
        lap.restart();
        editor->setDraft(draft.value(), false);
        const double setDraftMs = lap.wallMs();
        lap.restart();
        editor->resize(1400, 1000);
        editor->show();
        settle();
        const double showMs = lap.wallMs();
        values[phase + QStringLiteral(".load")].append(loadMs);
        values[phase + QStringLiteral(".construct")].append(constructMs);
        values[phase + QStringLiteral(".set_draft")].append(setDraftMs);
        values[phase + QStringLiteral(".show")].append(showMs);
        values[phase + QStringLiteral(".total")].append(loadMs + constructMs + setDraftMs + showMs);
        editor.reset();
        settle();
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        printFigure(qPrintable(QStringLiteral("editor.") + it.key() + QStringLiteral("_ms")),
                    median(it.value()));
    }
    printFigure("items", items);
    return 0;
}
#endif

} // namespace

} // namespace govcat::bench

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    try {
        if (command == QLatin1String("features")) {
#ifdef GOVCAT_BENCH_EDITOR
            govcat::bench::printFigure("editor", qint64(1));
#else
            govcat::bench::printFigure("editor", qint64(0));
#endif
#if defined(GOVCAT_BENCH_EDITOR) && defined(GOVCAT_BENCH_DIALOG)
            govcat::bench::printFigure("dialog", qint64(1));
#else
            govcat::bench::printFigure("dialog", qint64(0));
#endif
            return 0;
        }
        if (command == QLatin1String("memory")) {
            return govcat::bench::runMemory(arguments);
        }
        if (command == QLatin1String("framegap")) {
            return govcat::bench::runFrameGap(arguments);
        }
#ifdef GOVCAT_BENCH_EDITOR
        if (command == QLatin1String("editor")) {
            return govcat::bench::runEditor(arguments);
        }
#endif
    } catch (const govcat::bench::Failure& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "govcat_bench_gui %s: %s\n", qPrintable(command), qPrintable(failure.message));
        return 2;
    }
    std::fputs("usage: govcat_bench_gui memory|editor ... (govcat_bench editing runs it)\n", stderr);
    return 1;
}
