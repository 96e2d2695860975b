#pragma once

#include "ResourceStore.h"

#include <QList>
#include <QString>

namespace govcat::db {

struct VersionInfo
{
    int versionNo = 0;
    QString status; // 已发布, or the state of an open revision; the working copy of an unpublished
                    // resource is listed with versionNo 0
    QString at;
    QString by;
    QString comment;
};

struct TransitionInfo
{
    int versionNo = 0;
    QString action;
    QString fromStatus;
    QString toStatus;
    QString comment;
    QString actor;
    QString actorRole;
    QString at;
};

struct QueueEntry
{
    QString resourceId;
    QString name;
    QString code;
    QString provider;
    QString submittedAt; // ISO date-time, UTC
    bool isRevision = false;
    int versionNo = 0;
};

// The catalog lifecycle (DOMAIN §2.8): submission with code generation, review, revision of a
// published resource, taking offline, versions and restoring one as a new draft. Each transition
// is one transaction: the row (or the revision), a resource_transition record with who, when and the
// comment, outbox and audit entries. Permissions come from core/rules/Lifecycle.
class CatalogWorkflow
{
public:
    explicit CatalogWorkflow(ResourceStore& store);

    // 草稿/已退回 → 待审核 (or the open revision). Refuses a resource whose rules report errors
    // (Error::Kind::Invalid, the messages joined). Generates the resource code on first submission.
    Result<void> submit(const QString& id);
    Result<void> approve(const QString& id, const QString& comment = {});
    Result<void> returnToEditor(const QString& id, const QString& reason); // reason required
    Result<void> revise(const QString& id);                                // opens a revision
    Result<void> requestOffline(const QString& id, const QString& reason);
    Result<void> confirmOffline(const QString& id, const QString& comment = {});
    Result<void> cancelOffline(const QString& id, const QString& comment = {});
    // The content of version versionNo becomes the draft (or the open revision of a published one).
    Result<void> restoreVersion(const QString& id, int versionNo);

    Result<QList<VersionInfo>> versions(const QString& id) const;
    // versionNo 0: the current working copy (the open revision, else the row).
    Result<ResourceDraft> version(const QString& id, int versionNo) const;
    Result<QList<TransitionInfo>> transitions(const QString& id) const;
    // Everything waiting for review, oldest submission first.
    Result<QList<QueueEntry>> reviewQueue() const;

    // What the actor may do to this resource now (for enabling actions in the UI).
    QList<CatalogAction> allowedActions(const QString& id) const;

private:
    struct State
    {
        ResourceDraft row;
        std::optional<RevisionInfo> revision;
        QString revisionRowId;
        ResourceStatus status = ResourceStatus::Draft; // of the revision when one is open
    };
    Result<State> state(const QString& id) const;
    Result<void> check(const State& s, CatalogAction action) const;
    Result<QString> allocateCode(const ResourceDraft& draft);
    RowChange transition(const State& s, CatalogAction action, ResourceStatus to, const QString& comment,
                         const QString& now) const;
    // Runs changes (plus a transition record) in one transaction; prepare may add changes inside it.
    Result<void> commit(const QString& action, std::vector<RowChange> changes,
                        const std::function<Result<void>(std::vector<RowChange>&)>& prepare = {});
    Result<void> simpleTransition(const QString& id, CatalogAction action, const QString& comment);

    ResourceStore& m_store;
};

} // namespace govcat::db
