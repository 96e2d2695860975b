#include "FilterPanel.h"

#include "core/CodeLists.h"
#include "db/CatalogQueries.h"
#include "models/DepartmentListModel.h"

#include <QHeaderView>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace govcat::ui {

namespace {

constexpr int kClassCodeRole = Qt::UserRole + 1;
constexpr int kColumnRole = Qt::UserRole + 2;

struct Facet
{
    const char* column;
    CodeListId list;
};
constexpr Facet kFacets[] = {
    {"share_type", CodeListId::ShareType},        {"status", CodeListId::ResourceStatus},
    {"update_cycle", CodeListId::UpdateCycle},    {"format_category", CodeListId::FormatCategory},
    {"open_to_public", CodeListId::OpenToPublic},
};

} // namespace

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_departments(new models::DepartmentListModel(this)),
      m_departmentView(new QListView(this)), m_classes(new QStandardItemModel(this)),
      m_classView(new QTreeView(this)), m_attributes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    m_tabs->setObjectName(QStringLiteral("filterTabs"));
    m_departmentView->setObjectName(QStringLiteral("departmentListView"));
    m_departmentView->setModel(m_departments);
    m_departmentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classView->setObjectName(QStringLiteral("classTreeView"));
    m_classView->setModel(m_classes);
    m_classView->setHeaderHidden(true);
    m_classView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setObjectName(QStringLiteral("attributeFilterTree"));
    m_attributes->setHeaderHidden(true);
    buildAttributes();

    m_tabs->addTab(m_departmentView, tr("部门"));
    m_tabs->addTab(m_classView, tr("分类"));
    m_tabs->addTab(m_attributes, tr("属性"));
    auto* clearButton = new QPushButton(tr("清除筛选"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(clearButton);

    auto changed = [this] {
        if (!m_updating) {
            Q_EMIT filterChanged();
        }
    };
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clear);
    connect(m_departmentView->selectionModel(), &QItemSelectionModel::currentChanged, this, changed);
    connect(m_classView->selectionModel(), &QItemSelectionModel::currentChanged, this, changed);
    connect(m_attributes, &QTreeWidget::itemChanged, this, changed);
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::detach()
{
    m_departmentView->setModel(nullptr);
    delete m_departments;
    m_departments = nullptr;
}

void FilterPanel::buildAttributes()
{
    for (const Facet& facet : kFacets) {
        const CodeList& list = codeList(facet.list);
        auto* group = new QTreeWidgetItem(m_attributes, {list.name});
        group->setFlags(Qt::ItemIsEnabled);
        for (const CodeEntry& e : list.entries) {
            auto* item = new QTreeWidgetItem(group, {e.name});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, kColumnRole, QString::fromUtf8(facet.column));
        }
    }
    m_attributes->expandAll();
}

bool FilterPanel::reload(const db::CatalogQueries& queries, QString* error)
{
    m_updating = true;
    const QString current =
        m_departmentView->currentIndex().data(models::DepartmentListModel::IdRole).toString();
    const bool ok = m_departments->reload(queries, error);
    int row = 0;
    for (int r = 0; r < m_departments->rowCount(); ++r) {
        if (m_departments->index(r).data(models::DepartmentListModel::IdRole).toString() == current) {
            row = r;
        }
    }
    m_departmentView->setCurrentIndex(m_departments->index(row));
    fillClasses(queries);
    m_updating = false;
    return ok;
}

void FilterPanel::fillClasses(const db::CatalogQueries& queries)
{
    const QString current = m_classView->currentIndex().data(kClassCodeRole).toString();
    m_classes->clear();
    auto nodes = queries.classes();
    if (!nodes) {
        return;
    }
    auto* all = new QStandardItem(tr("全部分类"));
    m_classes->appendRow(all);
    // Nodes arrive ordered by code; a node's parent is the nearest shorter code that prefixes it.
    QHash<QString, QStandardItem*> byId;
    QHash<QStandardItem*, qint64> totals;
    QList<QStandardItem*> order;
    for (const db::ClassNode& n : nodes.value()) {
        auto* item = new QStandardItem;
        item->setData(n.code, kClassCodeRole);
        item->setData(n.name, Qt::UserRole + 3);
        QStandardItem* parent = byId.value(n.parentId, nullptr);
        (parent ? parent : m_classes->invisibleRootItem())->appendRow(item);
        byId.insert(n.id, item);
        totals.insert(item, n.resourceCount);
        order << item;
    }
    // Roll the counts up from the leaves (children come after their parents in code order).
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        QStandardItem* item = *it;
        if (QStandardItem* parent = item->parent()) {
            totals[parent] += totals.value(item);
        }
    }
    qint64 grand = 0;
    for (QStandardItem* item : std::as_const(order)) {
        item->setText(QStringLiteral("%1 %2 (%3)")
                          .arg(item->data(kClassCodeRole).toString(), item->data(Qt::UserRole + 3).toString())
                          .arg(totals.value(item)));
        if (!item->parent()) {
            grand += totals.value(item);
        }
    }
    all->setText(tr("全部分类 (%1)").arg(grand));
    QModelIndex select = m_classes->index(0, 0);
    for (QStandardItem* item : std::as_const(order)) {
        if (!current.isEmpty() && item->data(kClassCodeRole).toString() == current) {
            select = item->index();
        }
    }
    m_classView->setCurrentIndex(select);
    m_classView->expandToDepth(0);
}

db::ResourceFilter FilterPanel::filter() const
{
    db::ResourceFilter f;
    // A department includes its 下设机构.
    f.deptIds =
        m_departmentView->currentIndex().data(models::DepartmentListModel::SubtreeIdsRole).toStringList();
    f.classCode = m_classView->currentIndex().data(kClassCodeRole).toString();
    for (int g = 0; g < m_attributes->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_attributes->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* item = group->child(i);
            if (item->checkState(0) != Qt::Checked) {
                continue;
            }
            const QString column = item->data(0, kColumnRole).toString();
            QStringList* target = column == QStringLiteral("share_type")        ? &f.shareTypes
                                  : column == QStringLiteral("status")          ? &f.statuses
                                  : column == QStringLiteral("update_cycle")    ? &f.updateCycles
                                  : column == QStringLiteral("format_category") ? &f.formatCategories
                                                                                : &f.openToPublic;
            target->append(item->text(0));
        }
    }
    return f;
}

std::optional<qint64> FilterPanel::knownCount() const
{
    db::ResourceFilter departmentsOnly;
    departmentsOnly.deptIds = filter().deptIds;
    if (filter() == departmentsOnly) {
        return m_departmentView->currentIndex()
            .data(models::DepartmentListModel::SubtreeCountRole)
            .toLongLong();
    }
    return std::nullopt;
}

void FilterPanel::clear()
{
    m_updating = true;
    m_departmentView->setCurrentIndex(m_departments->index(0));
    m_classView->setCurrentIndex(m_classes->index(0, 0));
    for (int g = 0; g < m_attributes->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_attributes->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            group->child(i)->setCheckState(0, Qt::Unchecked);
        }
    }
    m_updating = false;
    Q_EMIT filterChanged();
}

} // namespace govcat::ui
