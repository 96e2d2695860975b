#include "catalog/CatalogQueries.h"

#include "db/SqlError.h"
#include "db/driver/RawStatement.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <vector>

namespace govcat::catalog {

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
    if (!q.exec(QStringLiteral(
            "SELECT d.id, d.name, d.uscc, (SELECT count(*) FROM info_resource r "
            "WHERE r.provider_dept_id = d.id AND r.is_deleted = 0), coalesce(d.parent_id, ''), "
            "coalesce(d.catalog_class_code, '') FROM department d WHERE d.is_deleted = 0 "
            "ORDER BY d.catalog_class_code IS NULL, d.catalog_class_code, d.region_code, d.name"))) {
        return db::sqlError(q, QStringLiteral("list departments"));
    }
    QList<DepartmentSummary> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    }
    if (q.lastError().isValid()) {
        return db::sqlError(q, QStringLiteral("list departments"));
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

namespace {

Result<QSqlQuery> run(const QSqlDatabase& db, const FilterSql& sql, const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql.sql)) {
        return db::sqlError(q, what);
    }
    for (const QVariant& v : sql.binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return db::sqlError(q, what);
    }
    return q;
}

} // namespace

Result<QSqlQuery> CatalogQueries::resourceList(const ResourceFilter& filter, const ResourceSort& sort) const
{
    return run(m_db, listSql(filter, sort, kResourceColumns), QStringLiteral("list resources"));
}

Result<qint64> CatalogQueries::resourceCount(const ResourceFilter& filter) const
{
    auto q = run(m_db, countSql(filter), QStringLiteral("count resources"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return db::sqlError(q.value(), QStringLiteral("count resources"));
    }
    return q.value().value(0).toLongLong();
}

Result<QList<qint64>> CatalogQueries::rankedRowids(const ResourceFilter& filter) const
{
    // Tens of thousands of rows of two numbers: stepped through the SQLite API, without a QVariant per
    // value, and sorted here (SQLite's sorter took 20-40 ms for the 30,000 matches of a common term).
    const FilterSql sql = scoresSql(filter);
    db::RawStatement statement(m_db);
    statement.prepare(sql.sql);
    for (int i = 0; i < int(sql.binds.size()); ++i) {
        statement.bind(i + 1, sql.binds.at(i));
    }
    std::vector<std::pair<double, qint64>> scored;
    while (statement.next()) {
        scored.emplace_back(statement.real(1), statement.integer(0));
    }
    if (statement.failed()) {
        return statement.error(QStringLiteral("rank matches"));
    }
    std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<qint64> out;
    out.reserve(qsizetype(scored.size()));
    for (const auto& [score, rowid] : scored) {
        out << rowid;
    }
    return out;
}

Result<QList<QVariantList>> CatalogQueries::resourceRows(const QList<qint64>& rowids) const
{
    QList<QVariantList> out;
    if (rowids.isEmpty()) {
        return out;
    }
    FilterSql sql;
    sql.sql = QStringLiteral("SELECT r.rowid, ") + kResourceColumns +
              QStringLiteral(" FROM info_resource r JOIN department d ON d.id = r.provider_dept_id WHERE "
                             "r.is_deleted = 0 AND r.rowid IN (%1)")
                  .arg(QStringList(rowids.size(), QStringLiteral("?")).join(u','));
    for (const qint64 rowid : rowids) {
        sql.binds << rowid;
    }
    auto q = run(m_db, sql, QStringLiteral("read resources"));
    if (!q) {
        return q.error();
    }
    const int columns = int(resourceListColumns().size());
    QHash<qint64, QVariantList> found;
    while (q.value().next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 1; c <= columns; ++c) {
            row << q.value().value(c);
        }
        found.insert(q.value().value(0).toLongLong(), row);
    }
    if (q.value().lastError().isValid()) {
        return db::sqlError(q.value(), QStringLiteral("read resources"));
    }
    for (const qint64 rowid : rowids) {
        if (auto it = found.constFind(rowid); it != found.cend()) {
            out << *it;
        }
    }
    return out;
}

Result<QStringList> CatalogQueries::resourceIds(const ResourceFilter& filter) const
{
    auto q = run(m_db, idsSql(filter), QStringLiteral("list resource ids"));
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q.value().next()) {
        out << q.value().value(0).toString();
    }
    if (q.value().lastError().isValid()) {
        return db::sqlError(q.value(), QStringLiteral("list resource ids"));
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
        return db::sqlError(q, QStringLiteral("list classes"));
    }
    QList<ClassNode> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    }
    return out;
}

Result<QHash<QString, qint64>> CatalogQueries::classCounts(const ResourceFilter& filter) const
{
    ResourceFilter others = filter;
    others.classCode.clear();
    others.search.clear();
    if (others == ResourceFilter{}) {
        // Every live resource: one range of the classification index per node.
        auto nodes = classes(true);
        if (!nodes) {
            return nodes.error();
        }
        QHash<QString, qint64> out;
        for (const ClassNode& n : nodes.value()) {
            out.insert(n.id, n.resourceCount);
        }
        return out;
    }
    auto q = run(m_db, classCountsSql(filter), QStringLiteral("count classes"));
    if (!q) {
        return q.error();
    }
    QHash<QString, qint64> out;
    while (q.value().next()) {
        out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    }
    if (q.value().lastError().isValid()) {
        return db::sqlError(q.value(), QStringLiteral("count classes"));
    }
    return out;
}

Result<QList<std::pair<QString, QString>>> CatalogQueries::legalBases() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title || coalesce('（' || doc_no || '）', '') FROM legal_basis "
                               "WHERE is_deleted = 0 ORDER BY level, title"))) {
        return db::sqlError(q, QStringLiteral("list legal bases"));
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
        return db::sqlError(tables, QStringLiteral("list tables"));
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
            return db::sqlError(q, QStringLiteral("count ") + name);
        }
        out.append({name, q.value(0).toLongLong()});
    }
    return out;
}

} // namespace govcat::catalog
