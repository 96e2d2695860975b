#include "CatalogQueries.h"

#include <QSqlError>

namespace govcat::db {

namespace {

Error readError(const QSqlQuery& q, const QString& what)
{
    const QSqlError e = q.lastError();
    return makeError((e.nativeErrorCode().toInt() & 0xff) == 11 ? Error::Kind::Damaged : Error::Kind::Sql,
                     what + QStringLiteral(": ") + e.text(), e.nativeErrorCode().toInt());
}

const QString kResourceColumns =
    QStringLiteral("r.id, r.code, r.name, d.name, r.share_type, r.update_cycle, r.status, r.publish_date");

} // namespace

Result<QList<DepartmentSummary>> CatalogQueries::departments() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The count runs on the (provider_dept_id, code) index, one range per department.
    if (!q.exec(QStringLiteral("SELECT d.id, d.name, d.uscc, (SELECT count(*) FROM info_resource r "
                               "WHERE r.provider_dept_id = d.id AND r.is_deleted = 0) "
                               "FROM department d WHERE d.is_deleted = 0 ORDER BY d.region_code, d.name"))) {
        return readError(q, QStringLiteral("list departments"));
    }
    QList<DepartmentSummary> out;
    while (q.next()) {
        out.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    if (q.lastError().isValid()) {
        return readError(q, QStringLiteral("list departments"));
    }
    return out;
}

QStringList CatalogQueries::resourceListColumns()
{
    return {QStringLiteral("id"),       QStringLiteral("code"),        QStringLiteral("name"),
            QStringLiteral("provider"), QStringLiteral("share_type"),  QStringLiteral("update_cycle"),
            QStringLiteral("status"),   QStringLiteral("publish_date")};
}

Result<QSqlQuery> CatalogQueries::resourceList(const QString& deptId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString base =
        QStringLiteral("SELECT ") + kResourceColumns +
        QStringLiteral(" FROM info_resource r JOIN department d ON d.id = r.provider_dept_id "
                       "WHERE r.is_deleted = 0");
    if (deptId.isEmpty()) {
        q.prepare(base + QStringLiteral(" ORDER BY r.code"));
    } else {
        q.prepare(base + QStringLiteral(" AND r.provider_dept_id = ? ORDER BY r.code"));
        q.addBindValue(deptId);
    }
    if (!q.exec()) {
        return readError(q, QStringLiteral("list resources"));
    }
    return q;
}

Result<qint64> CatalogQueries::resourceCount(const QString& deptId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (deptId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM info_resource WHERE provider_dept_id = ? AND is_deleted = 0"));
        q.addBindValue(deptId);
    }
    if (!q.exec() || !q.next()) {
        return readError(q, QStringLiteral("count resources"));
    }
    return q.value(0).toLongLong();
}

Result<QList<TableCount>> CatalogQueries::tableCounts() const
{
    QSqlQuery tables(m_db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite_%' ORDER BY name"))) {
        return readError(tables, QStringLiteral("list tables"));
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
            return readError(q, QStringLiteral("count ") + name);
        }
        out.append({name, q.value(0).toLongLong()});
    }
    return out;
}

} // namespace govcat::db
