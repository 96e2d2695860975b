#pragma once

#include "db/CatalogQueries.h"

#include <QAbstractListModel>

namespace govcat::models {

// Departments with their resource counts; row 0 is "all departments". The list is the department
// tree flattened depth-first: a 下设机构 follows its department, indented.
class DepartmentListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CountRole, // resources of the department itself
        UsccRole,
        SubtreeIdsRole,  // QStringList: the department and everything under it
        SubtreeCountRole // resources of the department and everything under it
    };

    explicit DepartmentListModel(QObject* parent = nullptr);

    // Reloads from the database; returns false and keeps the old rows on a read error.
    bool reload(const db::CatalogQueries& queries, QString* error = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        db::DepartmentSummary d;
        int depth = 0;
        QStringList subtreeIds;
        qint64 subtreeCount = 0;
    };
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace govcat::models
