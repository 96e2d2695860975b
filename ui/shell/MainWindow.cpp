#include "MainWindow.h"

#include "catalog/CatalogQueries.h"
#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "db/Database.h"
#include "db/Repository.h"
#include "models/catalog/ResourceListModel.h"
#include "models/commands/BulkEditCommand.h"
#include "models/commands/ImportUndoCommand.h"
#include "models/common/ErrorMessages.h"
#include "ui/catalog/bulk/BulkEditDialog.h"
#include "ui/catalog/datacall/DataCallDialog.h"
#include "ui/catalog/editor/ResourceDialog.h"
#include "ui/catalog/export/ExportFlow.h"
#include "ui/catalog/import/ImportDialog.h"
#include "ui/catalog/list/FilterChips.h"
#include "ui/catalog/list/FilterPanel.h"
#include "ui/catalog/quality/OneSourceView.h"
#include "ui/catalog/quality/QualityView.h"
#include "ui/catalog/review/ReviewQueueView.h"
#include "ui/session/ChangePassphraseDialog.h"
#include "ui/session/ProfileDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace govcat::ui {

namespace {
QString roleDisplay(const QString& canonical)
{
    const CodeEntry* e = codeList(CodeListId::Role).findName(canonical);
    if (e && QLocale().language() == QLocale::English) {
        return e->english;
    }
    return canonical;
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<db::Database> database, db::LocalProfile profile, Settings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_database(std::move(database)), m_profile(std::move(profile)),
      m_settings(settings),
      m_repository(std::make_unique<db::Repository>(
          m_database->connection(), db::Actor{m_profile.userName, m_profile.deptId, m_profile.role})),
      m_store(std::make_unique<catalog::ResourceStore>(m_database->connection(), *m_repository)),
      m_workflow(std::make_unique<catalog::CatalogWorkflow>(*m_store)), m_undoStack(new QUndoStack(this)),
      m_filters(new FilterPanel(this)), m_chips(new FilterChips(this)),
      m_resources(std::make_unique<models::ResourceListModel>()), m_search(new QLineEdit(this)),
      m_searchTimer(new QTimer(this)), m_resourceView(new QTableView(this)),
      m_tabs(std::make_unique<QTabWidget>(this)), m_fileLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)), m_schemaLabel(new QLabel(this)), m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack->setObjectName(QStringLiteral("mainUndoStack"));
    setWindowTitle(tr("govcat 政务信息资源目录工作台"));

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("搜索名称、代码、摘要、提供方、信息项（输入即搜，空格分隔多个词）"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });
    setupResourceView();

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_chips);
    listLayout->addWidget(m_resourceView, 1);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("catalogSplitter"));
    splitter->addWidget(m_filters);
    splitter->addWidget(listPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(splitter, tr("信息资源目录"));
    setCentralWidget(m_tabs.get());

    connect(m_resources.get(), &models::ResourceListModel::readFailed, this, &MainWindow::showError);
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::applyFilter);
    connect(m_chips, &FilterChips::removeRequested, this, &MainWindow::removeFilter);
    connect(m_chips, &FilterChips::clearAllRequested, this, &MainWindow::clearAllFilters);
    m_filters->setDepartmentOrder(m_settings.departmentOrder.get() == QStringLiteral("official")
                                      ? models::DepartmentListModel::Order::Official
                                      : models::DepartmentListModel::Order::Pinyin);
    addWorkTabs();
    // Undo and redo of bulk edits and imports change rows: show the result.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        const auto* command =
            dynamic_cast<const models::ReportingCommand*>(m_undoStack->command(m_undoStack->index() - 1));
        const auto* next =
            dynamic_cast<const models::ReportingCommand*>(m_undoStack->command(m_undoStack->index()));
        for (const models::ReportingCommand* c : {command, next}) {
            if (c && !c->lastError().isEmpty()) { // a sentence for the user already (ReportingCommand)
                QMessageBox::warning(this, tr("撤销或重做未完成"), c->lastError());
            }
        }
        reload();
    });

    m_fileLabel->setObjectName(QStringLiteral("databaseFileLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_schemaLabel->setObjectName(QStringLiteral("schemaVersionLabel"));
    m_countLabel->setObjectName(QStringLiteral("resourceCountLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);

    buildMenus();
    reload();
    updateStatus();
    resize(1280, 800);
    restoreGeometry(m_settings.mainWindowGeometry.get());
}

MainWindow::~MainWindow()
{
    // The undo stack, a child, clears itself when Qt deletes it, after the database is gone: its
    // indexChanged must not reach reload() then (a window closed with an import still undoable).
    disconnect(m_undoStack, nullptr, this, nullptr);
    // Models hold queries on the connection: drop them before the database closes.
    m_resourceView->setModel(nullptr);
    m_resources.reset();
    m_filters->detach();
    // The report tabs keep copies of the connection: they go before the database is removed.
    m_tabs.reset();
}

void MainWindow::setupResourceView()
{
    m_resourceView->setObjectName(QStringLiteral("resourceTableView"));
    m_resourceView->setModel(m_resources.get());
    m_resourceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resourceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resourceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resourceView->setAlternatingRowColors(true);
    m_resourceView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_resourceView->verticalHeader()->hide();
    m_resourceView->setWordWrap(false);
    QHeaderView* header = m_resourceView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSectionsClickable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (const auto& [column, width] :
         {std::pair{models::ResourceListModel::Code, 230}, std::pair{models::ResourceListModel::Name, 300},
          std::pair{models::ResourceListModel::Provider, 220}}) {
        header->resizeSection(column, width);
    }
    // Code-list columns fit their widest value in the UI language (English names are longer).
    for (int column = 0; column < models::ResourceListModel::ColumnCount; ++column) {
        if (const auto list =
                models::ResourceListModel::codeListOf(models::ResourceListModel::Column(column))) {
            int width = header->sectionSizeHint(column);
            for (const CodeEntry& e : codeList(*list).entries) {
                width = std::max(width, m_resourceView->fontMetrics().horizontalAdvance(displayName(e)) + 16);
            }
            header->resizeSection(column, width);
        }
    }
    header->hideSection(models::ResourceListModel::FormatCategory);
    header->hideSection(models::ResourceListModel::OpenToPublic);
    if (const QByteArray state = m_settings.resourceHeaderState.get(); !state.isEmpty()) {
        header->restoreState(state);
        header->setSortIndicator(-1, Qt::AscendingOrder); // each session starts in relevance/code order
    }
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (column < 0) {
            m_resources->resetSort();
            applyFilter();
        } else {
            m_resources->sort(column, order);
        }
    });
    connect(m_resourceView, &QTableView::activated, this, [this](const QModelIndex& index) {
        openResource(index.siblingAtColumn(0).data(models::ResourceListModel::IdRole).toString());
    });
}

void MainWindow::addWorkTabs()
{
    auto* queue = new ReviewQueueView(*m_workflow, this);
    m_tabs->addTab(queue, tr("待审核"));
    connect(queue, &ReviewQueueView::openResource, this, &MainWindow::openResource);
    connect(queue, &ReviewQueueView::changed, this, &MainWindow::reload);
    queue->setUndoStack(m_undoStack); // approvals undo with 编辑 → 撤销
    connect(queue, &ReviewQueueView::statusMessage, this, &MainWindow::showStatusMessage);

    auto* quality = new QualityView(m_database->connection(), this);
    m_tabs->addTab(quality, tr("目录质量"));
    connect(quality, &QualityView::openResources, this, &MainWindow::showResources);

    auto* oneSource = new OneSourceView(m_database->connection(), this);
    m_tabs->addTab(oneSource, tr("一数一源"));
    connect(oneSource, &OneSourceView::openResource, this, &MainWindow::openResource);

    // The report views compute themselves when first shown; the queue is read again every time.
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, [this, queue](int index) {
        if (m_tabs->widget(index) == queue) {
            queue->refresh();
        }
    });
}

void MainWindow::showResources(const QStringList& ids, const QString& title)
{
    // The count was made over the whole catalog: a department, class, attribute or search left on
    // from before would list fewer resources than it says (a count of 14 listed 1). Clear them; the
    // chip row shows the list, and filters chosen afterwards narrow it.
    m_filters->clear(false);
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_pinnedIds = ids;
    m_pinnedTitle = title;
    m_tabs->setCurrentIndex(0);
    applyFilter();
}

void MainWindow::updateChips()
{
    QList<FilterChips::Chip> chips;
    if (!m_pinnedIds.isEmpty()) {
        chips.append(
            {QStringLiteral("pinned"), tr("%1（%2 条）").arg(m_pinnedTitle).arg(m_pinnedIds.size())});
    }
    if (const QString text = m_search->text().trimmed(); !text.isEmpty()) {
        chips.append({QStringLiteral("search"), tr("搜索：%1").arg(text)});
    }
    for (const ActiveFilter& f : m_filters->activeFilters()) {
        chips.append({f.key, f.label});
    }
    m_chips->setChips(chips);
}

void MainWindow::removeFilter(const QString& key)
{
    if (key == QStringLiteral("pinned")) {
        m_pinnedIds.clear();
        applyFilter();
    } else if (key == QStringLiteral("search")) {
        m_searchTimer->stop();
        {
            const QSignalBlocker blocker(m_search);
            m_search->clear();
        }
        applyFilter();
    } else {
        m_filters->removeFilter(key); // emits filterChanged
    }
}

void MainWindow::clearAllFilters()
{
    m_pinnedIds.clear();
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_filters->clear(); // emits filterChanged
}

void MainWindow::bulkEdit()
{
    QStringList ids;
    for (const QModelIndex& row : m_resourceView->selectionModel()->selectedRows()) {
        ids << row.data(models::ResourceListModel::IdRole).toString();
    }
    if (ids.isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("批量修改"),
                                  tr("没有选中信息资源。是否对当前列表中的全部 %1 条进行批量修改？")
                                      .arg(m_resources->totalCount()));
        if (answer != QMessageBox::Yes) {
            return;
        }
        auto all = catalog::CatalogQueries(m_database->connection()).resourceIds(m_resources->filter());
        if (!all) {
            showError(models::ErrorMessages::forEdit(all.error()));
            return;
        }
        ids = all.value();
    }
    BulkEditDialog dialog(m_database->connection(), *m_repository, ids, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const auto& applied = dialog.appliedResult()) {
        QString message = tr("已批量修改 %1 条信息资源").arg(applied->changedIds.size());
        if (applied->unchanged > 0) {
            message += tr("，%1 条原已是该值").arg(applied->unchanged);
        }
        if (!applied->refused.isEmpty()) {
            message += tr("，%1 条无权修改未改").arg(applied->refused.size());
        }
        showStatusMessage(message + tr("（编辑 → 撤销 可恢复）"));
    }
    if (auto command = dialog.takeCommand()) {
        m_undoStack->push(command.release()); // already applied: its first redo() does nothing
    }
    reload();
}

void MainWindow::importCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("导入目录"), m_settings.lastImportDir.get(),
                                                      tr("目录文件 (*.xlsx *.csv *.json);;所有文件 (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_settings.lastImportDir.set(QFileInfo(path).absolutePath());
    ImportDialog dialog(*m_store, path, {}, this);
    if (!dialog.load() || dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto command = dialog.takeCommand()) {
        const exchange::ImportApplied& applied = command->applied();
        showStatusMessage(tr("已导入 %1 条（新增 %2 条，修改 %3 条）")
                              .arg(applied.created.size() + applied.changed.size())
                              .arg(applied.created.size())
                              .arg(applied.changed.size()));
        m_undoStack->push(command.release()); // already applied: its first redo() does nothing
    }
    reload();
}

void MainWindow::showColumnMenu(const QPoint& pos)
{
    QHeaderView* header = m_resourceView->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < m_resources->columnCount(); ++c) {
        QAction* a = menu.addAction(m_resources->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != models::ResourceListModel::Name); // the name always shows
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("按相关度/代码排序"), this,
                   [header] { header->setSortIndicator(-1, Qt::AscendingOrder); });
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    QAction* open =
        file->addAction(tr("打开数据库(&O)…"), this, [this] { Q_EMIT switchDatabaseRequested(false); });
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* create =
        file->addAction(tr("新建数据库(&N)…"), this, [this] { Q_EMIT switchDatabaseRequested(true); });
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("导入目录(&I)…"), this, &MainWindow::importCatalog);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction = importAction;
    QAction* exportAction = file->addAction(tr("导出目录(&E)…"), this, [this] {
        exportCatalog(this, m_database->connection(), m_resources->filter(), m_resources->totalCount(),
                      m_settings);
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* profileAction = file->addAction(tr("本机用户(&U)…"), this, &MainWindow::changeProfile);
    profileAction->setObjectName(QStringLiteral("changeProfileAction"));
    profileAction->setToolTip(tr("修改在本机使用该数据库的人员：姓名、所在部门、角色"));
    file->addSeparator();
    QAction* refresh = file->addAction(tr("刷新(&R)"), this, &MainWindow::reload);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("退出(&X)"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("编辑(&E)"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("撤销"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("重做"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("查找(&F)"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* catalog = menuBar()->addMenu(tr("目录(&C)"));
    QAction* newResource = catalog->addAction(tr("新建信息资源(&N)…"), this, [this] { openResource({}); });
    newResource->setObjectName(QStringLiteral("newResourceAction"));
    newResource->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newResourceAction = newResource;
    QAction* openSelected = catalog->addAction(tr("打开所选信息资源(&O)"), this, [this] {
        const QModelIndex current = m_resourceView->currentIndex();
        if (current.isValid()) {
            openResource(current.siblingAtColumn(0).data(models::ResourceListModel::IdRole).toString());
        }
    });
    openSelected->setObjectName(QStringLiteral("openResourceAction"));
    catalog->addSeparator();
    QAction* dataCall = catalog->addAction(tr("目录填报包(&D)…"), this, [this] {
        DataCallDialog dialog(
            m_database->connection(), m_repository->actor(), [this] { importCatalog(); }, this,
            m_repository->clock());
        dialog.exec();
    });
    dataCall->setObjectName(QStringLiteral("dataCallAction"));
    m_dataCallAction = dataCall;
    QAction* bulk = catalog->addAction(tr("批量修改所选(&B)…"), this, &MainWindow::bulkEdit);
    bulk->setObjectName(QStringLiteral("bulkEditAction"));
    m_bulkAction = bulk;
    updateActions();

    QMenu* view = menuBar()->addMenu(tr("视图(&V)"));
    QMenu* order = view->addMenu(tr("部门排序"));
    order->setObjectName(QStringLiteral("departmentOrderMenu"));
    auto* orderGroup = new QActionGroup(this);
    const bool official = m_settings.departmentOrder.get() == QStringLiteral("official");
    for (const auto& [key, label, name] :
         {std::tuple{QStringLiteral("pinyin"), tr("按拼音"), "departmentOrderPinyinAction"},
          std::tuple{QStringLiteral("official"), tr("按部门代码（官方顺序）"),
                     "departmentOrderOfficialAction"}}) {
        QAction* a = order->addAction(label);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked((key == QStringLiteral("official")) == official);
        orderGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, k = key] {
            m_settings.departmentOrder.set(k);
            m_filters->setDepartmentOrder(k == QStringLiteral("official")
                                              ? models::DepartmentListModel::Order::Official
                                              : models::DepartmentListModel::Order::Pinyin);
        });
    }

    QMenu* security = menuBar()->addMenu(tr("安全(&S)"));
    QAction* change = security->addAction(tr("修改口令(&P)…"), this, [this] {
        ChangePassphraseDialog dialog(*m_database, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(tr("口令已修改。下次解锁请使用新口令。"), 8000);
        }
    });
    change->setObjectName(QStringLiteral("changePassphraseAction"));

    QMenu* language = menuBar()->addMenu(tr("语言(&L)"));
    auto* group = new QActionGroup(this);
    const QString current = m_settings.language.get();
    for (const auto& [code, label] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(current == code);
        a->setObjectName(QStringLiteral("language_%1_Action").arg(code));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, c = code] {
            m_settings.language.set(c);
            m_settings.sync();
            QMessageBox::information(this, tr("语言"), tr("界面语言将在下次启动 govcat 时切换。"));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于 govcat(&A)"), this, [this] {
        QMessageBox::about(
            this, tr("关于 govcat"),
            tr("<b>govcat %1</b><br>政务信息资源目录工作台<br>数据保存在本机加密数据库（SQLCipher）中。")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::reload()
{
    QString error;
    if (!m_filters->reload(catalog::CatalogQueries(m_database->connection()), &error)) {
        showError(error);
        return;
    }
    applyFilter();
}

void MainWindow::applyFilter()
{
    catalog::ResourceFilter filter = m_filters->filter();
    filter.search = m_search->text();
    filter.ids = m_pinnedIds;
    const auto known =
        filter.search.trimmed().isEmpty() && m_pinnedIds.isEmpty() ? m_filters->knownCount() : std::nullopt;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!m_resources->load(catalog::CatalogQueries(m_database->connection()), filter, &error, known)) {
        showError(error);
        return;
    }
    m_countLabel->setText((m_pinnedIds.isEmpty() ? QString() : m_pinnedTitle + tr("：")) +
                          tr("共 %1 条信息资源").arg(m_resources->totalCount()) +
                          (filter.hasSearch() ? tr("（搜索用时 %1 毫秒）").arg(timer.elapsed()) : QString()));
    updateChips();
}

void MainWindow::openResource(const QString& id)
{
    ResourceDialog dialog(*m_store, *m_workflow, id, this);
    bool changed = false;
    connect(&dialog, &ResourceDialog::changed, this, [&changed] { changed = true; });
    // 已保存, 已提交审核，代码 …, 已审核通过并发布 …
    connect(&dialog, &ResourceDialog::statusMessage, this, &MainWindow::showStatusMessage);
    dialog.exec();
    if (changed) {
        // The imports and bulk edits on the window's stack stay undoable; those that wrote this
        // resource refuse to undo over what was just changed (models::ReportingCommand::wrote). The editor's
        // own undo steps went with the dialog: what it saved is in the resource's history.
        for (int i = 0; i < m_undoStack->index(); ++i) {
            auto* command = dynamic_cast<const models::ReportingCommand*>(m_undoStack->command(i));
            if (command && command->wrote(id)) {
                const_cast<models::ReportingCommand*>(command)->markChangedElsewhere();
            }
        }
        reload();
    }
    for (auto& command : dialog.takeUndoCommands()) { // an approval or a deleted draft
        m_undoStack->push(command.release());         // already done: its first redo() does nothing
    }
}

void MainWindow::showStatusMessage(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::updateActions()
{
    const bool leader = m_store->actorRole().role == Role::Leader;
    m_importAction->setEnabled(!leader);
    m_dataCallAction->setEnabled(!leader);
    m_bulkAction->setEnabled(!leader);
    m_newResourceAction->setEnabled(
        mayPerform(m_store->actorRole(), CatalogAction::Create, m_profile.deptId, ResourceStatus::Draft));
}

void MainWindow::changeProfile()
{
    ProfileDialog dialog(*m_database, this);
    dialog.setProfile(m_profile);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    applyProfile(dialog.profile());
}

void MainWindow::applyProfile(const db::LocalProfile& profile)
{
    const bool same = profile.userName == m_profile.userName && profile.deptId == m_profile.deptId &&
                      profile.role == m_profile.role;
    m_profile = profile;
    m_repository->setActor(db::ProfileStore::actorOf(m_profile));
    // Undoing a bulk edit or an import as another user would record the wrong actor.
    m_undoStack->clear();
    updateStatus();
    updateActions();
    reload();
    showStatusMessage(same ? tr("本机用户未改变")
                           : tr("本机用户已改为 %1（%2，%3），已记入操作日志")
                                 .arg(m_profile.userName, m_profile.deptName, roleDisplay(m_profile.role)));
}

void MainWindow::updateStatus()
{
    m_fileLabel->setText(tr("数据库：%1").arg(m_database->path()));
    m_fileLabel->setToolTip(m_database->path());
    m_userLabel->setText(
        tr("用户：%1（%2，%3）").arg(m_profile.userName, m_profile.deptName, roleDisplay(m_profile.role)));
    m_schemaLabel->setText(tr("数据结构版本：%1").arg(m_database->schemaVersion()));
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("读取失败"),
                         tr("无法读取数据库：%1").arg(models::ErrorMessages::forText(message)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.mainWindowGeometry.set(saveGeometry());
    m_settings.resourceHeaderState.set(m_resourceView->horizontalHeader()->saveState());
    m_settings.sync();
    event->accept();
}

} // namespace govcat::ui
