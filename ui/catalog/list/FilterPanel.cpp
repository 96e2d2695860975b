#include "FilterPanel.h"

#include "catalog/CatalogQueries.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "models/catalog/DepartmentListModel.h"

#include <QHeaderView>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace govcat::ui {

namespace {

constexpr int kClassCodeRole = Qt::UserRole + 1;
constexpr int kColumnRole = Qt::UserRole + 2;
constexpr int kClassNameRole = Qt::UserRole + 3;
constexpr int kClassIdRole = Qt::UserRole + 4;
constexpr int kValueRole = Qt::UserRole + 5; // the stored code-list value; the text is the shown name

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

const QString kDeptKey = QStringLiteral("dept");
const QString kClassKey = QStringLiteral("class");
const QString kAttrPrefix = QStringLiteral("attr:");

// The classification counts depend on these parts of the filter only.
catalog::ResourceFilter countedPart(catalog::ResourceFilter f)
{
    f.classCode.clear();
    f.search.clear();
    f.ids.clear();
    return f;
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)),
      m_departments(std::make_unique<models::DepartmentListModel>()), m_departmentView(new QListView(this)),
      m_classes(new QStandardItemModel(this)), m_classView(new QTreeView(this)),
      m_attributes(new QTreeWidget(this)), m_countTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    m_tabs->setObjectName(QStringLiteral("filterTabs"));
    m_departmentView->setObjectName(QStringLiteral("departmentListView"));
    m_departmentView->setModel(m_departments.get());
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
            Q_EMIT filterChanged(); // the list first: the counts follow
            scheduleClassCounts();
        }
    };
    // Counting under a broad facet reads a row per resource (250 ms for 50,000 with one share type
    // on the 100,000-resource demo): never before the list, and only for a tree that shows.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &FilterPanel::updateClassCounts);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_countsStale && m_tabs->currentWidget() == m_classView) {
            m_countTimer->start();
        }
    });
    connect(clearButton, &QPushButton::clicked, this, [this] { clear(); });
    connect(m_departmentView->selectionModel(), &QItemSelectionModel::currentChanged, this, changed);
    connect(m_classView->selectionModel(), &QItemSelectionModel::currentChanged, this, changed);
    connect(m_attributes, &QTreeWidget::itemChanged, this, changed);
    // A click on a value's label ticks it, as a click on its box does. The box toggles itself on
    // release, before itemClicked: only a click that left the state as it was on press toggles here.
    connect(m_attributes, &QTreeWidget::itemPressed, this, [this](QTreeWidgetItem* item, int) {
        m_pressedItem = item;
        m_pressedState = item ? item->checkState(0) : Qt::Unchecked;
    });
    connect(m_attributes, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item, int column) {
        if (item && item == m_pressedItem && column == 0 && (item->flags() & Qt::ItemIsUserCheckable) &&
            item->checkState(0) == m_pressedState) {
            item->setCheckState(0, m_pressedState == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
        m_pressedItem = nullptr;
    });
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::detach()
{
    m_departmentView->setModel(nullptr);
    m_departments.reset();
    m_countTimer->stop();
    m_queries = nullptr;
}

void FilterPanel::buildAttributes()
{
    for (const Facet& facet : kFacets) {
        const CodeList& list = codeList(facet.list);
        auto* group = new QTreeWidgetItem(m_attributes, {displayTitle(facet.list)});
        group->setFlags(Qt::ItemIsEnabled);
        for (const CodeEntry& e : list.entries) {
            auto* item = new QTreeWidgetItem(group, {displayName(e)});
            item->setData(0, kValueRole, list.storedValue(e));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, kColumnRole, QString::fromUtf8(facet.column));
        }
    }
    m_attributes->expandAll();
}

bool FilterPanel::reload(const catalog::CatalogQueries& queries, QString* error)
{
    m_queries = &queries;
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

void FilterPanel::setDepartmentOrder(models::DepartmentListModel::Order order)
{
    const QString current =
        m_departmentView->currentIndex().data(models::DepartmentListModel::IdRole).toString();
    m_updating = true;
    m_departments->setOrder(order);
    for (int r = 0; r < m_departments->rowCount(); ++r) {
        if (m_departments->index(r).data(models::DepartmentListModel::IdRole).toString() == current) {
            m_departmentView->setCurrentIndex(m_departments->index(r));
        }
    }
    m_updating = false;
}

void FilterPanel::fillClasses(const catalog::CatalogQueries& queries)
{
    const QString current = m_classView->currentIndex().data(kClassCodeRole).toString();
    m_classes->clear();
    auto nodes = queries.classes(false);
    if (!nodes) {
        return;
    }
    auto* all = new QStandardItem(tr("全部分类"));
    m_classes->appendRow(all);
    // Nodes arrive ordered by code; a node's parent is the nearest shorter code that prefixes it.
    QHash<QString, QStandardItem*> byId;
    for (const catalog::ClassNode& n : nodes.value()) {
        auto* item = new QStandardItem;
        item->setData(n.code, kClassCodeRole);
        item->setData(n.name, kClassNameRole);
        item->setData(n.id, kClassIdRole);
        QStandardItem* parent = byId.value(n.parentId, nullptr);
        (parent ? parent : m_classes->invisibleRootItem())->appendRow(item);
        byId.insert(n.id, item);
    }
    for (QStandardItem* item : std::as_const(byId)) {
        item->setText(QStringLiteral("%1 %2").arg(item->data(kClassCodeRole).toString(),
                                                  item->data(kClassNameRole).toString()));
    }
    m_countedFor = catalog::ResourceFilter{};
    m_countedFor.search = QStringLiteral("\x01"); // nothing counted yet
    scheduleClassCounts();
    QModelIndex select = m_classes->index(0, 0);
    for (QStandardItem* item : byId) {
        if (!current.isEmpty() && item->data(kClassCodeRole).toString() == current) {
            select = item->index();
        }
    }
    m_classView->setCurrentIndex(select);
    m_classView->expandToDepth(0);
}

void FilterPanel::scheduleClassCounts()
{
    m_countsStale = true;
    if (m_tabs->currentWidget() == m_classView) {
        m_countTimer->start();
    }
}

void FilterPanel::updateClassCounts()
{
    m_countTimer->stop();
    if (m_queries == nullptr || m_classes->rowCount() == 0) {
        return;
    }
    m_countsStale = false;
    const catalog::ResourceFilter counted = countedPart(filter());
    if (counted == m_countedFor) {
        return; // a classification was chosen: its counts stay
    }
    auto direct = m_queries->classCounts(counted);
    if (!direct) {
        return; // the counts stay as they were; the list reports read errors
    }
    m_countedFor = counted;
    setClassTotals(direct.value());
}

void FilterPanel::setClassTotals(const QHash<QString, qint64>& direct)
{
    // Roll the counts up from the leaves: a node counts its own resources and its children's.
    QHash<QStandardItem*, qint64> totals;
    const std::function<qint64(QStandardItem*)> visit = [&](QStandardItem* item) -> qint64 {
        qint64 total = direct.value(item->data(kClassIdRole).toString());
        for (int r = 0; r < item->rowCount(); ++r) {
            total += visit(item->child(r));
        }
        totals.insert(item, total);
        return total;
    };
    qint64 grand = 0;
    QStandardItem* root = m_classes->invisibleRootItem();
    for (int r = 1; r < root->rowCount(); ++r) {
        grand += visit(root->child(r));
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        QStandardItem* item = it.key();
        item->setText(QStringLiteral("%1 %2 (%3)")
                          .arg(item->data(kClassCodeRole).toString(), item->data(kClassNameRole).toString())
                          .arg(it.value()));
    }
    root->child(0)->setText(tr("全部分类 (%1)").arg(grand));
}

catalog::ResourceFilter FilterPanel::filter() const
{
    catalog::ResourceFilter f;
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
            target->append(item->data(0, kValueRole).toString());
        }
    }
    return f;
}

std::optional<qint64> FilterPanel::knownCount() const
{
    catalog::ResourceFilter departmentsOnly;
    departmentsOnly.deptIds = filter().deptIds;
    if (filter() == departmentsOnly) {
        return m_departmentView->currentIndex()
            .data(models::DepartmentListModel::SubtreeCountRole)
            .toLongLong();
    }
    return std::nullopt;
}

QList<ActiveFilter> FilterPanel::activeFilters() const
{
    QList<ActiveFilter> out;
    const QModelIndex dept = m_departmentView->currentIndex();
    if (dept.isValid() && dept.row() > 0) {
        out.append(
            {kDeptKey, tr("部门：%1").arg(dept.data(models::DepartmentListModel::NameRole).toString())});
    }
    const QModelIndex node = m_classView->currentIndex();
    if (const QString code = node.data(kClassCodeRole).toString(); !code.isEmpty()) {
        out.append({kClassKey, tr("分类：%1 %2").arg(code, node.data(kClassNameRole).toString())});
    }
    for (int g = 0; g < m_attributes->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_attributes->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* item = group->child(i);
            if (item->checkState(0) == Qt::Checked) {
                out.append({kAttrPrefix + item->data(0, kColumnRole).toString() + QLatin1Char(':') +
                                item->data(0, kValueRole).toString(),
                            tr("%1：%2").arg(group->text(0), item->text(0))});
            }
        }
    }
    return out;
}

void FilterPanel::removeFilter(const QString& key)
{
    m_updating = true;
    if (key == kDeptKey) {
        m_departmentView->setCurrentIndex(m_departments->index(0));
    } else if (key == kClassKey) {
        m_classView->setCurrentIndex(m_classes->index(0, 0));
    } else if (key.startsWith(kAttrPrefix)) {
        const QString column = key.mid(kAttrPrefix.size()).section(QLatin1Char(':'), 0, 0);
        const QString value = key.section(QLatin1Char(':'), 2, -1);
        for (int g = 0; g < m_attributes->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = m_attributes->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem* item = group->child(i);
                if (item->data(0, kColumnRole).toString() == column &&
                    item->data(0, kValueRole).toString() == value) {
                    item->setCheckState(0, Qt::Unchecked);
                }
            }
        }
    }
    m_updating = false;
    Q_EMIT filterChanged();
    scheduleClassCounts();
}

void FilterPanel::clear(bool notify)
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
    if (notify) {
        Q_EMIT filterChanged();
    }
    scheduleClassCounts();
}

} // namespace govcat::ui
