#pragma once

#include "db/ResourceFilter.h"

#include <QWidget>

class QListView;
class QStandardItemModel;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace govcat::db {
class CatalogQueries;
}

namespace govcat::models {
class DepartmentListModel;
}

namespace govcat::ui {

// The side panels of the resource list: provider department, classification tree (类/项/目/细目 with
// counts) and attribute facets (共享类型, 状态, 更新周期, 格式分类, 向社会开放). The choices combine
// with AND; inside one facet, ticked values combine with OR, and no tick means any.
class FilterPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget* parent = nullptr);
    ~FilterPanel() override;

    bool reload(const db::CatalogQueries& queries, QString* error);
    // The panels' part of the filter (no search text).
    db::ResourceFilter filter() const;
    // Resource count of the selected department when only a department is chosen (saves a query).
    std::optional<qint64> knownCount() const;
    void clear();
    // Releases the models before the database closes.
    void detach();

Q_SIGNALS:
    void filterChanged();

private:
    void buildAttributes();
    void fillClasses(const db::CatalogQueries& queries);

    QTabWidget* m_tabs;
    models::DepartmentListModel* m_departments;
    QListView* m_departmentView;
    QStandardItemModel* m_classes;
    QTreeView* m_classView;
    QTreeWidget* m_attributes;
    bool m_updating = false;
};

} // namespace govcat::ui
