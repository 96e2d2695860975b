#include "CatalogQueries.h"

#include "SqlError.h"
#include "core/search/SearchText.h"

#include <QSqlError>

namespace govcat::db {

namespace {

const QString kResourceColumns =
    QStringLiteral("r.id, r.code, r.name, d.name, r.share_type, r.update_cycle, r.status, r.publish_date, "
                   "r.format_category, r.open_to_public");

} // namespace

Result<QList<DepartmentSummary>> CatalogQueries::departments() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The count runs on the (provider_dept_id, code) index, one range per department.
    if (!q.exec(
            QStringLiteral("SELECT d.id, d.name, d.uscc, (SELECT count(*) FROM info_resource r "
                           "WHERE r.provider_dept_id = d.id AND r.is_deleted = 0), coalesce(d.parent_id, '') "
                           "FROM department d WHERE d.is_deleted = 0 ORDER BY d.region_code, d.name"))) {
        return sqlError(q, QStringLiteral("list departments"));
    }
    QList<DepartmentSummary> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString()});
    }
    if (q.lastError().isValid()) {
        return sqlError(q, QStringLiteral("list departments"));
    }
    return out;
}

QStringList CatalogQueries::resourceListColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("code"),
            QStringLiteral("name"),
            QStringLiteral("provider"),
            QStringLiteral("share_type"),
            QStringLiteral("update_cycle"),
            QStringLiteral("status"),
            QStringLiteral("publish_date"),
            QStringLiteral("format_category"),
            QStringLiteral("open_to_public")};
}

Result<QSqlQuery> CatalogQueries::resourceList(const ResourceFilter& filter, const ResourceSort& sort) const
{
    const FilterSql sql = filterSql(filter, sort);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kResourceColumns + QStringLiteral(" FROM ") + sql.from +
              QStringLiteral(" JOIN department d ON d.id = r.provider_dept_id WHERE ") + sql.where +
              QStringLiteral(" ORDER BY ") + sql.orderBy);
    for (const QVariant& v : sql.binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("list resources"));
    }
    return q;
}

Result<qint64> CatalogQueries::resourceCount(const ResourceFilter& filter) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    ResourceFilter searchOnly;
    searchOnly.search = filter.search;
    if (filter.hasSearch() && filter == searchOnly) {
        // The index holds live resources only: count there without reading a row.
        q.prepare(QStringLiteral("SELECT count(*) FROM resource_fts WHERE resource_fts MATCH ?"));
        q.addBindValue(search::matchExpression(filter.search));
        if (!q.exec() || !q.next()) {
            return sqlError(q, QStringLiteral("count matches"));
        }
        return q.value(0).toLongLong();
    }
    const FilterSql sql = filterSql(filter, {}, false);
    // The department join is needed only to keep the count equal to the list's rows.
    q.prepare(QStringLiteral("SELECT count(*) FROM ") + sql.from + QStringLiteral(" WHERE ") + sql.where);
    for (const QVariant& v : sql.binds) {
        q.addBindValue(v);
    }
    if (!q.exec() || !q.next()) {
        return sqlError(q, QStringLiteral("count resources"));
    }
    return q.value(0).toLongLong();
}

Result<QStringList> CatalogQueries::resourceIds(const ResourceFilter& filter) const
{
    const FilterSql sql = filterSql(filter, {ResourceSort::Key::Code, false}, false);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id FROM ") + sql.from + QStringLiteral(" WHERE ") + sql.where +
              QStringLiteral(" ORDER BY r.code"));
    for (const QVariant& v : sql.binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("list resource ids"));
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Result<QList<ClassNode>> CatalogQueries::classes(bool withCounts) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString count =
        withCounts
            ? QStringLiteral("(SELECT count(*) FROM info_resource r WHERE r.classification_id = c.id AND "
                             "r.is_deleted = 0)")
            : QStringLiteral("0");
    if (!q.exec(QStringLiteral("SELECT c.id, c.code, c.name, c.level, coalesce(c.parent_id, ''), %1 "
                               "FROM catalog_class c WHERE c.is_deleted = 0 ORDER BY c.code")
                    .arg(count))) {
        return sqlError(q, QStringLiteral("list classes"));
    }
    QList<ClassNode> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    }
    return out;
}

Result<QList<std::pair<QString, QString>>> CatalogQueries::legalBases() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title || coalesce('（' || doc_no || '）', '') FROM legal_basis "
                               "WHERE is_deleted = 0 ORDER BY level, title"))) {
        return sqlError(q, QStringLiteral("list legal bases"));
    }
    QList<std::pair<QString, QString>> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

Result<QList<TableCount>> CatalogQueries::tableCounts() const
{
    QSqlQuery tables(m_db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite_%' ORDER BY name"))) {
        return sqlError(tables, QStringLiteral("list tables"));
    }
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    QList<TableCount> out;
    for (const QString& name : std::as_const(names)) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) || !q.next()) {
            return sqlError(q, QStringLiteral("count ") + name);
        }
        out.append({name, q.value(0).toLongLong()});
    }
    return out;
}

} // namespace govcat::db
