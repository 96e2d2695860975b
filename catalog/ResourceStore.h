#pragma once

#include "core/Result.h"
#include "core/rules/CatalogRules.h"
#include "core/rules/Lifecycle.h"
#include "core/rules/ResourceDraft.h"
#include "db/Repository.h"
#include "db/StatementCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <optional>

namespace govcat::catalog {

// The open revision of a published resource: a new draft version while the published one stays.
struct RevisionInfo
{
    int versionNo = 0;
    ResourceStatus status = ResourceStatus::Draft; // 草稿, 待审核 or 已退回
    QString submittedAt;
};

// What saving one resource writes (ResourceStore::planSave).
struct SavePlan
{
    enum class Target
    {
        NewResource, // a new resource row (status 草稿)
        Row,         // the editable row (草稿, 已退回)
        Revision,    // the open revision of a published resource (opened when there is none)
    };
    QString resourceId;
    Target target = Target::Row;
    db::ChangeSet changes;
};

// Catalog resources as editors and reviewers see them: load and save a whole resource (row, data
// items, survey figures and related codes in one transaction with outbox and audit entries) with
// the local profile's permissions (core/rules/Lifecycle) enforced here, not only in the UI.
// Lifecycle transitions and versions are in CatalogWorkflow.
class ResourceStore
{
public:
    ResourceStore(QSqlDatabase db, db::Repository& repository);

    ActorRole actorRole() const;

    // The resource as stored (for a published resource with a revision: the published content).
    Result<ResourceDraft> load(const QString& id) const;
    // What an editor opens: the open revision when there is one, otherwise the resource.
    Result<ResourceDraft> loadForEditing(const QString& id) const;
    Result<std::optional<RevisionInfo>> revision(const QString& id) const;

    // Saves a draft: inserts a new resource (status 草稿) when draft.id is empty or unknown, updates
    // an editable one (草稿, 已退回), or writes the open revision of a published one (opening it when
    // there is none). Returns the resource id. Refuses with Error::Kind::Forbidden what the actor may
    // not do, and with Error::Kind::Invalid a draft without the minimum a row needs (name,
    // classification, provider, share type).
    Result<QString> save(const ResourceDraft& draft);
    // What save() would write, checked the same way but not written: the caller applies the ChangeSet
    // alone (save) or together with other resources' plans in one transaction (import).
    Result<SavePlan> planSave(const ResourceDraft& draft) const;
    // The same with the stored resource (load()) already known to the caller; nullopt for a new one.
    Result<SavePlan> planSave(const ResourceDraft& draft, const std::optional<ResourceDraft>& stored) const;

    // The rule context backed by this database (duplicate names within a provider, the level of a
    // legal basis, whether a related code names a resource, the sharing profile); it uses this store,
    // which must outlive it.
    RuleContext ruleContext() const;
    QList<Finding> validate(const ResourceDraft& draft) const;

    // Provider name and 统一社会信用代码 for a new draft of a department.
    Result<ResourceDraft> newDraft(const QString& providerDeptId) const;

    QSqlDatabase database() const { return m_db; }
    db::Repository& repository() const { return m_repo; }

    // Row changes that make the stored resource equal to `draft` (row columns, items, survey,
    // relations). Used by save() and by the workflow when a revision is published.
    Result<std::vector<db::RowChange>> changesFor(const ResourceDraft& draft, bool isNew) const;

private:
    Result<db::RowChange> revisionChange(const ResourceDraft& draft,
                                         const std::optional<RevisionInfo>& open) const;

    // A forward-only prepared statement for this SQL, prepared once per store (load() runs for every
    // changed row of an import); callers finish() it after reading.
    QSqlQuery& statement(const QString& sql) const;

    QSqlDatabase m_db;
    db::Repository& m_repo;
    mutable db::StatementCache m_statements;
};

// The jurisdiction's sharing rules (core/rules/CatalogRules: SharingProfile), kept in the database's
// meta table so that every user of a bureau's database checks the same: meta keys
// sharing_profile.name (e.g. 山东省) and sharing_profile.conditional_needs_basis ("1": 有条件共享 also
// needs a legal basis). Absent: the national rules.
inline const QString kSharingProfileName = QStringLiteral("sharing_profile.name");
inline const QString kSharingProfileConditionalBasis =
    QStringLiteral("sharing_profile.conditional_needs_basis");
SharingProfile sharingProfile(const QSqlDatabase& db);
Result<void> setSharingProfile(const QSqlDatabase& db, const SharingProfile& profile);

// The resource columns a draft writes (everything the editor owns; code, status and versions are
// the workflow's).
QVariantMap resourceColumns(const ResourceDraft& draft);

} // namespace govcat::catalog
