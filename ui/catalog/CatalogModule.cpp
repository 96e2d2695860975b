#include "CatalogModule.h"

#include "bulk/BulkEditDialog.h"
#include "catalog/CatalogQueries.h"
#include "catalog/CatalogServices.h"
#include "core/Settings.h"
#include "datacall/DataCallDialog.h"
#include "db/Database.h"
#include "db/ProfileStore.h"
#include "db/Repository.h"
#include "editor/ResourceDialog.h"
#include "export/ExportFlow.h"
#include "import/ImportDialog.h"
#include "list/ResourceListPage.h"
#include "models/commands/BulkEditCommand.h"
#include "models/commands/ImportUndoCommand.h"
#include "models/common/ErrorMessages.h"
#include "quality/OneSourceView.h"
#include "quality/QualityView.h"
#include "review/ReviewQueueView.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>

#include <tuple>

namespace govcat::ui {

CatalogModule::CatalogModule(std::unique_ptr<catalog::CatalogServices> services, QObject* parent)
    : DomainModule(parent), m_services(std::move(services))
{}

CatalogModule::~CatalogModule() = default;

void CatalogModule::install(Shell& shell)
{
    m_shell = &shell;

    m_list = new ResourceListPage(m_services->queries, shell.settings(), shell.dialogParent());
    m_list->setObjectName(QStringLiteral("resourceListPage"));
    shell.addTab(m_list, tr("信息资源目录"));
    shell.addStatusWidget(m_list->countLabel());
    connect(m_list, &ResourceListPage::openResource, this, &CatalogModule::openResource);
    connect(m_list, &ResourceListPage::readFailed, this, &CatalogModule::showError);
    addReportTabs();
    addMenus();
    addViewMenu();
    updateActions();
    m_list->reload();
}

void CatalogModule::addReportTabs()
{
    QWidget* parent = m_shell->dialogParent();
    auto* queue = new ReviewQueueView(m_services->workflow, parent);
    m_shell->addTab(queue, tr("待审核"));
    connect(queue, &ReviewQueueView::openResource, this, &CatalogModule::openResource);
    connect(queue, &ReviewQueueView::changed, this, &CatalogModule::reload);
    queue->setUndoStack(m_shell->undoStack()); // approvals undo with 编辑 → 撤销
    connect(queue, &ReviewQueueView::statusMessage, this,
            [this](const QString& message) { m_shell->showStatusMessage(message); });

    auto* quality = new QualityView(*m_services, parent);
    m_shell->addTab(quality, tr("目录质量"));
    connect(quality, &QualityView::openResources, this, &CatalogModule::showResources);

    auto* oneSource = new OneSourceView(*m_services, parent);
    m_shell->addTab(oneSource, tr("一数一源"));
    connect(oneSource, &OneSourceView::openResource, this, &CatalogModule::openResource);

    m_queue = queue;
}

void CatalogModule::addMenus()
{
    QWidget* window = m_shell->dialogParent();
    m_importAction = new QAction(tr("导入目录(&I)…"), window);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &CatalogModule::importCatalog);
    m_shell->addFileAction(m_importAction);
    auto* exportAction = new QAction(tr("导出目录(&E)…"), window);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &CatalogModule::exportCatalog);
    m_shell->addFileAction(exportAction);

    auto* find = new QAction(tr("查找(&F)"), window);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_shell->showTab(m_list);
        m_list->focusSearch();
    });
    m_shell->addEditAction(find);

    QMenu* menu = m_shell->addMenu(tr("目录(&C)"));
    m_newResourceAction = menu->addAction(tr("新建信息资源(&N)…"), this, [this] { openResource({}); });
    m_newResourceAction->setObjectName(QStringLiteral("newResourceAction"));
    m_newResourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* openSelected = menu->addAction(tr("打开所选信息资源(&O)"), this, [this] {
        if (const QString id = m_list->currentId(); !id.isEmpty()) {
            openResource(id);
        }
    });
    openSelected->setObjectName(QStringLiteral("openResourceAction"));
    menu->addSeparator();
    m_dataCallAction = menu->addAction(tr("目录填报包(&D)…"), this, &CatalogModule::openDataCall);
    m_dataCallAction->setObjectName(QStringLiteral("dataCallAction"));
    m_bulkAction = menu->addAction(tr("批量修改所选(&B)…"), this, &CatalogModule::bulkEdit);
    m_bulkAction->setObjectName(QStringLiteral("bulkEditAction"));
}

void CatalogModule::addViewMenu()
{
    Settings& settings = m_shell->settings();
    QMenu* order = m_shell->viewMenu()->addMenu(tr("部门排序"));
    order->setObjectName(QStringLiteral("departmentOrderMenu"));
    auto* orderGroup = new QActionGroup(order);
    const bool official = settings.departmentOrder.get() == QStringLiteral("official");
    for (const auto& [key, label, name] :
         {std::tuple{QStringLiteral("pinyin"), tr("按拼音"), "departmentOrderPinyinAction"},
          std::tuple{QStringLiteral("official"), tr("按部门代码（官方顺序）"),
                     "departmentOrderOfficialAction"}}) {
        QAction* a = order->addAction(label);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked((key == QStringLiteral("official")) == official);
        orderGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, &settings, k = key] {
            settings.departmentOrder.set(k);
            m_list->setDepartmentOrder(k == QStringLiteral("official")
                                           ? models::DepartmentListModel::Order::Official
                                           : models::DepartmentListModel::Order::Pinyin);
        });
    }
}

void CatalogModule::tabShown(QWidget* page)
{
    // The report views compute themselves when first shown; the queue is read again every time.
    if (page != nullptr && page == m_queue) {
        m_queue->refresh();
    }
}

void CatalogModule::reload()
{
    if (m_list) {
        m_list->reload();
    }
}

void CatalogModule::profileChanged()
{
    updateActions();
    reload();
}

void CatalogModule::saveState()
{
    if (m_list) {
        m_list->saveState();
    }
}

void CatalogModule::showResources(const QStringList& ids, const QString& title)
{
    m_shell->showTab(m_list);
    m_list->showResources(ids, title);
}

void CatalogModule::bulkEdit()
{
    QStringList ids = m_list->selectedIds();
    QWidget* window = m_shell->dialogParent();
    if (ids.isEmpty()) {
        const auto answer = QMessageBox::question(
            window, tr("批量修改"),
            tr("没有选中信息资源。是否对当前列表中的全部 %1 条进行批量修改？").arg(m_list->totalCount()));
        if (answer != QMessageBox::Yes) {
            return;
        }
        auto all = m_services->queries.resourceIds(m_list->filter());
        if (!all) {
            showError(models::ErrorMessages::forEdit(all.error()));
            return;
        }
        ids = all.value();
    }
    BulkEditDialog dialog(*m_services, ids, window);
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
        m_shell->showStatusMessage(message + tr("（编辑 → 撤销 可恢复）"));
    }
    if (auto command = dialog.takeCommand()) {
        m_shell->undoStack()->push(command.release()); // already applied: its first redo() does nothing
    }
    reload();
}

void CatalogModule::importCatalog()
{
    Settings& settings = m_shell->settings();
    QWidget* window = m_shell->dialogParent();
    const QString path = QFileDialog::getOpenFileName(window, tr("导入目录"), settings.lastImportDir.get(),
                                                      tr("目录文件 (*.xlsx *.csv *.json);;所有文件 (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.lastImportDir.set(QFileInfo(path).absolutePath());
    ImportDialog dialog(m_services->store, path, {}, window);
    if (!dialog.load() || dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto command = dialog.takeCommand()) {
        const exchange::ImportApplied& applied = command->applied();
        m_shell->showStatusMessage(tr("已导入 %1 条（新增 %2 条，修改 %3 条）")
                                       .arg(applied.created.size() + applied.changed.size())
                                       .arg(applied.created.size())
                                       .arg(applied.changed.size()));
        m_shell->undoStack()->push(command.release()); // already applied: its first redo() does nothing
    }
    reload();
}

void CatalogModule::exportCatalog()
{
    ui::exportCatalog(m_shell->dialogParent(), *m_services, m_list->filter(), m_list->totalCount(),
                      m_shell->settings());
}

void CatalogModule::openDataCall()
{
    DataCallDialog dialog(
        m_shell->database(), m_shell->repository().actor(), [this] { importCatalog(); },
        m_shell->dialogParent(), m_shell->repository().clock());
    dialog.exec();
}

void CatalogModule::openResource(const QString& id)
{
    ResourceDialog dialog(m_services->store, m_services->workflow, id, m_shell->dialogParent());
    bool changed = false;
    connect(&dialog, &ResourceDialog::changed, this, [&changed] { changed = true; });
    // 已保存, 已提交审核，代码 …, 已审核通过并发布 …
    connect(&dialog, &ResourceDialog::statusMessage, this,
            [this](const QString& message) { m_shell->showStatusMessage(message); });
    dialog.exec();
    QUndoStack* undo = m_shell->undoStack();
    if (changed) {
        // The imports and bulk edits on the window's stack stay undoable; those that wrote this
        // resource refuse to undo over what was just changed (models::ReportingCommand::wrote). The
        // editor's own undo steps went with the dialog: what it saved is in the resource's history.
        for (int i = 0; i < undo->index(); ++i) {
            auto* command = dynamic_cast<const models::ReportingCommand*>(undo->command(i));
            if (command && command->wrote(id)) {
                const_cast<models::ReportingCommand*>(command)->markChangedElsewhere();
            }
        }
        reload();
    }
    for (auto& command : dialog.takeUndoCommands()) { // an approval or a deleted draft
        undo->push(command.release());                // already done: its first redo() does nothing
    }
}

void CatalogModule::updateActions()
{
    const bool leader = m_services->store.actorRole().role == Role::Leader;
    m_importAction->setEnabled(!leader);
    m_dataCallAction->setEnabled(!leader);
    m_bulkAction->setEnabled(!leader);
    m_newResourceAction->setEnabled(mayPerform(m_services->store.actorRole(), CatalogAction::Create,
                                               m_shell->profile().deptId, ResourceStatus::Draft));
}

void CatalogModule::showError(const QString& message)
{
    QMessageBox::warning(m_shell->dialogParent(), tr("读取失败"),
                         tr("无法读取数据库：%1").arg(models::ErrorMessages::forText(message)));
}

} // namespace govcat::ui
