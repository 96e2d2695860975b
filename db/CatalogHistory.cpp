// CatalogWorkflow's read side: versions, transitions and the reviewer queue.
#include "CatalogWorkflow.h"
#include "SqlError.h"
#include "core/rules/DraftFields.h"

#include <QSqlError>
#include <QSqlQuery>

namespace govcat::db {

Result<QList<VersionInfo>> CatalogWorkflow::versions(const QString& id) const
{
    auto row = m_store.load(id);
    if (!row) {
        return row.error();
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT version_no, status, coalesce(published_at, updated_at), updated_by, "
                       "coalesce(comment, '') FROM resource_version WHERE resource_id = ? AND is_deleted = 0 "
                       "ORDER BY version_no"));
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("list versions"));
    }
    QList<VersionInfo> out;
    while (q.next()) {
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    }
    const bool published = std::any_of(out.begin(), out.end(), [&](const VersionInfo& v) {
        return v.versionNo == row.value().catalogVersion &&
               v.status == canonicalName(ResourceStatus::Published);
    });
    if (!published) {
        QSqlQuery r(m_store.database());
        r.prepare(QStringLiteral("SELECT updated_at, updated_by FROM info_resource WHERE id = ?"));
        r.addBindValue(id);
        if (!r.exec() || !r.next()) {
            return sqlError(r, QStringLiteral("read resource"));
        }
        out.append({0, row.value().status, r.value(0).toString(), r.value(1).toString(), {}});
    }
    return out;
}

Result<ResourceDraft> CatalogWorkflow::version(const QString& id, int versionNo) const
{
    if (versionNo == 0) {
        return m_store.loadForEditing(id);
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT snapshot, status FROM resource_version WHERE resource_id = ? AND "
                             "version_no = ? AND is_deleted = 0"));
    q.addBindValue(id);
    q.addBindValue(versionNo);
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("read version"));
    }
    if (!q.next()) {
        return makeError(Error::Kind::NotFound, QStringLiteral("no version %1 of %2").arg(versionNo).arg(id));
    }
    auto draft = fromSnapshotJson(q.value(0).toByteArray());
    if (draft) {
        draft.value().status = q.value(1).toString();
        draft.value().catalogVersion = versionNo;
    }
    return draft;
}

Result<QList<TransitionInfo>> CatalogWorkflow::transitions(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT version_no, action, from_status, to_status, coalesce(comment, ''), actor, "
                       "actor_role, at FROM resource_transition WHERE resource_id = ? AND is_deleted = 0 "
                       "ORDER BY at, rowid"));
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(q, QStringLiteral("list transitions"));
    }
    QList<TransitionInfo> out;
    while (q.next()) {
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                    q.value(7).toString()});
    }
    return out;
}

Result<QList<QueueEntry>> CatalogWorkflow::reviewQueue() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.name, coalesce(r.code, ''), d.name, coalesce(r.submitted_at, r.updated_at), 0, "
            "r.catalog_version FROM info_resource r JOIN department d ON d.id = r.provider_dept_id "
            "WHERE r.status = '待审核' AND r.is_deleted = 0 "
            "UNION ALL "
            "SELECT r.id, r.name, coalesce(r.code, ''), d.name, coalesce(v.submitted_at, v.updated_at), 1, "
            "v.version_no FROM resource_version v JOIN info_resource r ON r.id = v.resource_id "
            "JOIN department d ON d.id = r.provider_dept_id "
            "WHERE v.status = '待审核' AND v.is_deleted = 0 AND r.is_deleted = 0 "
            "ORDER BY 5, 1"))) {
        return sqlError(q, QStringLiteral("review queue"));
    }
    QList<QueueEntry> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0,
                    q.value(6).toInt()});
    }
    return out;
}

} // namespace govcat::db
