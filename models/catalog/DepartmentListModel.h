#pragma once

#include "catalog/CatalogQueries.h"

#include <QAbstractListModel>

namespace govcat::models {

// Departments with their resource counts; row 0 is "all departments". The list is the department
// tree flattened depth-first: a 下设机构 follows its department, indented. Siblings are sorted by
// pinyin (QCollator, zh), as Excel users expect, or in the official order (department code).
class DepartmentListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CountRole, // resources of the department itself
        UsccRole,
        SubtreeIdsRole,   // QStringList: the department and everything under it
        SubtreeCountRole, // resources of the department and everything under it
        NameRole          // the name alone (no count, no indent)
    };
    enum class Order
    {
        Pinyin,  // by name, Chinese by pinyin
        Official // department.catalog_class_code, then region and name (CatalogQueries::departments)
    };

    explicit DepartmentListModel(QObject* parent = nullptr);

    // Reloads from the database; returns false and keeps the old rows on a read error.
    bool reload(const catalog::CatalogQueries& queries, QString* error = nullptr);
    // Sorts the rows again (also for later reloads).
    void setOrder(Order order);
    Order order() const { return m_order; }
    // Sorts departments by name in pinyin order (the same comparison as the list).
    static void sortByPinyin(QList<catalog::DepartmentSummary>& departments);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    struct Row
    {
        catalog::DepartmentSummary d;
        int depth = 0;
        QStringList subtreeIds;
        qint64 subtreeCount = 0;
    };
    QList<catalog::DepartmentSummary> m_departments; // as read, in the official order
    QList<Row> m_rows;
    qint64 m_total = 0;
    Order m_order = Order::Pinyin;
};

} // namespace govcat::models
