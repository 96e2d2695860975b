#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace govcat::db {

struct DepartmentSummary
{
    QString id;
    QString name;
    QString uscc;
    qint64 resourceCount = 0;
};

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Read-only catalog queries. Models and commands read through here; nothing here writes.
class CatalogQueries
{
public:
    explicit CatalogQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<DepartmentSummary>> departments() const;
    // Resources of one provider (all when deptId is empty), ordered by code, as a forward-only query
    // whose columns are listed by resourceListColumns().
    Result<QSqlQuery> resourceList(const QString& deptId) const;
    static QStringList resourceListColumns();
    Result<qint64> resourceCount(const QString& deptId) const;
    // Row counts of every table, for `govcat check` and the about box.
    Result<QList<TableCount>> tableCounts() const;

private:
    QSqlDatabase m_db;
};

} // namespace govcat::db
