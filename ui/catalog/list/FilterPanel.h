#pragma once

#include "catalog/CatalogQueries.h"
#include "models/catalog/DepartmentListModel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QListView;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace govcat::ui {

// One filter that is on, as the chip row over the list shows it.
struct ActiveFilter
{
    QString key;   // for removeFilter(): "dept", "class" or "attr:<column>:<value>"
    QString label; // e.g. 部门：临川市公安局
};

// The side panels of the resource list: provider department, classification tree (类/项/目/细目 with
// counts) and attribute facets (共享类型, 状态, 更新周期, 格式分类, 向社会开放). The choices combine
// with AND; inside one facet, ticked values combine with OR, and no tick means any. The counts of
// the classification tree follow the department and attribute choices.
class FilterPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget* parent = nullptr);
    ~FilterPanel() override;

    // Reads the panels through `queries`, which the panel keeps using (the class counts) until
    // detach(): it must outlive the panel (catalog::CatalogServices::queries).
    bool reload(const catalog::CatalogQueries& queries, QString* error);
    // The panels' part of the filter (no search text).
    catalog::ResourceFilter filter() const;
    // Resource count of the selected department when only a department is chosen (saves a query).
    std::optional<qint64> knownCount() const;
    // Every filter that is on, in the panels' order (department, classification, attributes).
    QList<ActiveFilter> activeFilters() const;
    // Turns one filter off (a key of activeFilters()) and emits filterChanged.
    void removeFilter(const QString& key);
    // Turns every filter off; emits filterChanged unless notify is false.
    void clear(bool notify = true);
    void setDepartmentOrder(models::DepartmentListModel::Order order);
    // Releases the models before the database closes.
    void detach();

Q_SIGNALS:
    void filterChanged();

private:
    void buildAttributes();
    void fillClasses(const catalog::CatalogQueries& queries);
    // Recounts the classification tree under the department and attribute choices: at once when the
    // tree shows (after the list has been read), else when its tab is opened.
    void scheduleClassCounts();
    void updateClassCounts();
    void setClassTotals(const QHash<QString, qint64>& direct);

    QTabWidget* m_tabs;
    std::unique_ptr<models::DepartmentListModel> m_departments; // reset by detach()
    QListView* m_departmentView;
    QStandardItemModel* m_classes;
    QTreeView* m_classView;
    QTreeWidget* m_attributes;
    const catalog::CatalogQueries* m_queries = nullptr;
    catalog::ResourceFilter m_countedFor; // the filter the class counts were made for
    Qt::CheckState m_pressedState = Qt::Unchecked;
    QTreeWidgetItem* m_pressedItem = nullptr;
    QTimer* m_countTimer;
    bool m_countsStale = true;
    bool m_updating = false;
};

} // namespace govcat::ui
