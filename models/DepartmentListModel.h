#pragma once

#include "db/CatalogQueries.h"

#include <QAbstractListModel>

namespace govcat::models {

// Departments with their resource counts; row 0 is "all departments".
class DepartmentListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CountRole,
        UsccRole
    };

    explicit DepartmentListModel(QObject* parent = nullptr);

    // Reloads from the database; returns false and keeps the old rows on a read error.
    bool reload(const db::CatalogQueries& queries, QString* error = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<db::DepartmentSummary> m_rows;
    qint64 m_total = 0;
};

} // namespace govcat::models
