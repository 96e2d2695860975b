// CatalogWorkflow's read side: versions, transitions and the reviewer queue.
#include "catalog/CatalogWorkflow.h"
#include "core/rules/DraftFields.h"
#include "db/SqlError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace govcat::catalog {

namespace {

// A resource whose row holds a published version (the catalog shows it, or showed it until taken
// offline).
bool holdsPublished(const QString& status)
{
    const auto s = fromName<ResourceStatus>(status);
    return s == ResourceStatus::Published || s == ResourceStatus::Withdrawing ||
           s == ResourceStatus::Withdrawn;
}

} // namespace

Result<QList<VersionInfo>> CatalogWorkflow::versions(const QString& id) const
{
    auto row = m_store.load(id);
    if (!row) {
        return row.error();
    }
    const ResourceDraft& current = row.value();
    QSqlQuery r(m_store.database());
    r.prepare(QStringLiteral(
        "SELECT updated_at, updated_by, coalesce(submitted_at, ''), coalesce(publish_date, '') "
        "FROM info_resource WHERE id = ?"));
    r.addBindValue(id);
    if (!r.exec() || !r.next()) {
        return db::sqlError(r, QStringLiteral("read resource"));
    }
    const QString rowUpdatedAt = r.value(0).toString();
    const QString rowUpdatedBy = r.value(1).toString();
    const QString rowSubmittedAt = r.value(2).toString();
    const QString rowPublishDate = r.value(3).toString();

    // Who approved each version and when (the newest approval of a version counts).
    QHash<int, std::pair<QString, QString>> approvals; // version → actor, at
    QSqlQuery a(m_store.database());
    a.setForwardOnly(true);
    a.prepare(
        QStringLiteral("SELECT version_no, actor, at FROM resource_transition WHERE resource_id = ? AND "
                       "action = ? AND is_deleted = 0 ORDER BY at, rowid"));
    a.addBindValue(id);
    a.addBindValue(actionName(CatalogAction::Approve));
    if (!a.exec()) {
        return db::sqlError(a, QStringLiteral("list approvals"));
    }
    while (a.next()) {
        approvals.insert(a.value(0).toInt(), {a.value(1).toString(), a.value(2).toString()});
    }

    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version_no, status, coalesce(published_at, ''), updated_at, updated_by, "
                             "coalesce(comment, ''), coalesce(submitted_at, '') FROM resource_version "
                             "WHERE resource_id = ? AND is_deleted = 0 ORDER BY version_no"));
    q.addBindValue(id);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("list versions"));
    }
    const QString published = canonicalName(ResourceStatus::Published);
    QList<VersionInfo> out;
    while (q.next()) {
        VersionInfo v;
        v.versionNo = q.value(0).toInt();
        v.status = q.value(1).toString();
        v.comment = q.value(5).toString();
        if (v.status == published) {
            v.kind = VersionInfo::Kind::Published;
            const auto approval = approvals.constFind(v.versionNo);
            v.at = approval != approvals.cend()      ? approval->second
                   : q.value(2).toString().isEmpty() ? q.value(3).toString()
                                                     : q.value(2).toString();
            v.by = approval != approvals.cend() ? approval->first : q.value(4).toString();
            v.recorded = approval != approvals.cend();
        } else {
            v.kind = VersionInfo::Kind::Revision;
            v.at = q.value(3).toString();
            v.by = q.value(4).toString();
            v.submittedAt = q.value(6).toString();
        }
        out.append(v);
    }
    if (holdsPublished(current.status)) {
        const bool listed = std::any_of(out.begin(), out.end(), [&](const VersionInfo& v) {
            return v.kind == VersionInfo::Kind::Published && v.versionNo == current.catalogVersion;
        });
        if (!listed) {
            // Published without a version record (it arrived published, e.g. the demo city's
            // baseline): the row itself is that version, approved by whoever the transitions say.
            VersionInfo v;
            v.versionNo = current.catalogVersion;
            v.status = published;
            v.kind = VersionInfo::Kind::Published;
            const auto approval = approvals.constFind(v.versionNo);
            v.recorded = approval != approvals.cend();
            v.at = v.recorded ? approval->second : rowPublishDate.isEmpty() ? rowUpdatedAt : rowPublishDate;
            v.by = v.recorded ? approval->first : rowUpdatedBy;
            const auto after = std::find_if(out.begin(), out.end(),
                                            [&](const VersionInfo& o) { return o.versionNo > v.versionNo; });
            out.insert(after, v);
        }
        for (VersionInfo& v : out) {
            v.inCatalog = v.kind == VersionInfo::Kind::Published && v.versionNo == current.catalogVersion;
        }
    } else {
        // Never published: the resource itself is the working copy.
        VersionInfo v;
        v.versionNo = 0;
        v.status = current.status;
        v.kind = VersionInfo::Kind::WorkingCopy;
        v.at = rowUpdatedAt;
        v.by = rowUpdatedBy;
        v.submittedAt = rowSubmittedAt;
        out.append(v);
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
        return db::sqlError(q, QStringLiteral("read version"));
    }
    if (!q.next()) {
        // A resource that arrived published has no version record: the row is its published version.
        auto row = m_store.load(id);
        if (row && holdsPublished(row.value().status) && row.value().catalogVersion == versionNo) {
            return row;
        }
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
        return db::sqlError(q, QStringLiteral("list transitions"));
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
            "r.catalog_version, r.provider_dept_id FROM info_resource r JOIN department d ON d.id = "
            "r.provider_dept_id "
            "WHERE r.status = '待审核' AND r.is_deleted = 0 "
            "UNION ALL "
            "SELECT r.id, r.name, coalesce(r.code, ''), d.name, coalesce(v.submitted_at, v.updated_at), 1, "
            "v.version_no, r.provider_dept_id FROM resource_version v JOIN info_resource r ON r.id = "
            "v.resource_id "
            "JOIN department d ON d.id = r.provider_dept_id "
            "WHERE v.status = '待审核' AND v.is_deleted = 0 AND r.is_deleted = 0 "
            "ORDER BY 5, 1"))) {
        return db::sqlError(q, QStringLiteral("review queue"));
    }
    QList<QueueEntry> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0, q.value(6).toInt(),
                    q.value(7).toString()});
    }
    return out;
}

} // namespace govcat::catalog
