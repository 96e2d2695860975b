#pragma once

#include "catalog/CatalogQueries.h"
#include "models/catalog/DepartmentListModel.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace govcat {
class Settings;
}

namespace govcat::models {
class ResourceListModel;
}

namespace govcat::ui {

class FilterChips;
class FilterPanel;

// The catalog's first tab: filter panels on the left (department, classification, attributes), the
// search box, the chips of what filters the list, and the resource list on the right. It reads through
// the catalog's queries (catalog::CatalogServices::queries), which must outlive it.
class ResourceListPage final : public QWidget
{
    Q_OBJECT
public:
    ResourceListPage(const catalog::CatalogQueries& queries, Settings& settings, QWidget* parent = nullptr);
    ~ResourceListPage() override;

    // Reads the filter panels and the list again.
    void reload();
    // Lists exactly the given resources (a count opened from a report): the other filters and the
    // search are cleared first, and the chip row says what is listed.
    void showResources(const QStringList& ids, const QString& title);
    void focusSearch();
    void setDepartmentOrder(models::DepartmentListModel::Order order);
    // The ids of the selected rows (the whole list when none is selected and all is true).
    QStringList selectedIds() const;
    QString currentId() const;
    catalog::ResourceFilter filter() const;
    qint64 totalCount() const;
    // The count line for the status bar: 共 N 条信息资源, with the search time.
    QLabel* countLabel() const { return m_countLabel; }
    void saveState();

Q_SIGNALS:
    void openResource(const QString& id);
    void readFailed(const QString& message);

private:
    void setupView();
    void applyFilter();
    void showColumnMenu(const QPoint& pos);
    void updateChips();
    void removeFilter(const QString& key);
    void clearAllFilters();
    void clearSearch();

    const catalog::CatalogQueries& m_queries;
    Settings& m_settings;
    FilterPanel* m_filters;
    FilterChips* m_chips;
    // Owned here, not by a Qt parent: it holds queries on the connection and goes before it closes.
    std::unique_ptr<models::ResourceListModel> m_resources;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QTableView* m_view;
    QLabel* m_countLabel;
    QStringList m_pinnedIds; // a list opened from a report; other filters narrow it
    QString m_pinnedTitle;
};

} // namespace govcat::ui
