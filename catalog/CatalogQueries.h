#pragma once

#include "catalog/ResourceFilter.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace govcat::catalog {

struct DepartmentSummary
{
    QString id;
    QString name;
    QString uscc;
    qint64 resourceCount = 0;
    QString parentId; // 下设机构: the department it belongs to; empty at the top
    // Where the department stands in the official order: its 目 code under 类 3
    // (department.catalog_class_code), empty when it has none.
    QString officialCode;
};

struct ClassNode
{
    QString id;
    QString code;
    QString name;
    QString level; // 类 项 目 细目
    QString parentId;
    qint64 resourceCount = 0; // resources classified directly under this node
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

    // Departments in the official order (catalog_class_code, then region and name).
    Result<QList<DepartmentSummary>> departments() const;
    // The resources a filter selects, in the sort's order, as a forward-only query whose columns are
    // listed by resourceListColumns().
    Result<QSqlQuery> resourceList(const ResourceFilter& filter, const ResourceSort& sort = {}) const;
    static QStringList resourceListColumns();
    Result<qint64> resourceCount(const ResourceFilter& filter) const;
    // A search in relevance order, as the resource list reads it: the rowids of the resources a
    // filter with a search selects, best first (ties in the order the resources were created, as
    // resourceList sorts them). Their number is the count.
    Result<QList<qint64>> rankedRowids(const ResourceFilter& filter) const;
    // The columns of resourceListColumns() of resources given by rowid, in that order; deleted ones
    // are left out.
    Result<QList<QVariantList>> resourceRows(const QList<qint64>& rowids) const;
    // Ids of the resources a filter selects (bulk edit), in code order.
    Result<QStringList> resourceIds(const ResourceFilter& filter) const;
    // The classification tree with the number of live resources directly in each node (0 without
    // withCounts, for pickers).
    Result<QList<ClassNode>> classes(bool withCounts = true) const;
    // Live resources per classification id among those the filter selects, its classCode and search
    // left out (the counts of the classification tree under the other side-panel filters).
    Result<QHash<QString, qint64>> classCounts(const ResourceFilter& filter) const;
    // Legal bases for 不予共享依据: id and title.
    Result<QList<std::pair<QString, QString>>> legalBases() const;
    // Row counts of every table, for `govcat check` and the about box.
    Result<QList<TableCount>> tableCounts() const;

private:
    QSqlDatabase m_db;
};

} // namespace govcat::catalog
