#pragma once

#include "catalog/ResourceStore.h"

#include <QList>
#include <QString>

namespace govcat::catalog {

struct VersionInfo
{
    enum class Kind
    {
        Published,   // a version that was approved and published (versionNo ≥ 1)
        Revision,    // the open revision of a published resource (草稿, 待审核 or 已退回)
        WorkingCopy, // the resource itself before its first publication (versionNo 0)
    };
    int versionNo = 0;
    QString status; // 已发布, or the state of the open revision or of the unpublished resource
    QString at;     // Published: when it was published; otherwise when it was last edited
    QString by;     // Published: who approved it; otherwise who edited it last
    QString comment;
    Kind kind = Kind::WorkingCopy;
    bool inCatalog = false; // the published version the catalog shows now
    QString submittedAt;    // Revision and WorkingCopy: when submitted for review (empty if not)
    // Published: false when the database holds no approval (审核通过 transition) for it, e.g. a
    // resource imported already published; at and by are then the row's.
    bool recorded = true;
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
    QString providerDeptId;
};

// What an approval changed, so that it can be undone right after (CatalogWorkflow::undoApproval).
struct ApprovalReceipt
{
    QString resourceId;
    QString name;
    QString code;
    QString comment;
    int versionNo = 0;        // the version the approval published
    bool wasRevision = false; // a revision of a published resource, else a first publication
    ResourceDraft before;     // the resource row as it was before the approval
    QVariant publishDateBefore;
    QString versionRowId; // the resource_version row the approval inserted (first) or published (revision)
    QString revisionSnapshotBefore;
    QVariant revisionCommentBefore;
    QString stamp; // changeStamp() right after the approval
};

// What deleting a never-submitted draft tombstoned (CatalogWorkflow::undoDelete restores it).
struct DeletionReceipt
{
    QString resourceId;
    QString name;
    QString providerDeptId;
    std::vector<std::pair<QString, QString>> rows; // table, id: the resource first, then its rows
    QString stamp;
};

// The catalog lifecycle (DOMAIN §2.8): submission with code generation, review, revision of a
// published resource, taking offline, versions and restoring one as a new draft. Each transition
// is one transaction: the row (or the revision), a resource_transition record with who, when and the
// comment, outbox and audit entries. Permissions come from core/rules/Lifecycle.
class CatalogWorkflow
{
public:
    explicit CatalogWorkflow(ResourceStore& store);

    // The clock its dates come from (the repository's).
    const Clock& clock() const;

    // 草稿/已退回 → 待审核 (or the open revision). Refuses a resource whose rules report errors
    // (Error::Kind::Invalid, the messages joined). Generates the resource code on first submission.
    Result<void> submit(const QString& id);
    // Refused (Forbidden) when the actor is the person who submitted this version (same user name,
    // ignoring case and extra spaces), whatever their role: nobody approves their own submission.
    Result<void> approve(const QString& id, const QString& comment = {});
    // The same, returning what undoApproval needs.
    Result<ApprovalReceipt> approveWithReceipt(const QString& id, const QString& comment = {});
    // 已发布 → 待审核 again, recorded as a transition (撤销审核通过): the row (and for a revision its
    // content, items and version) is put back as it was. Refused (Error::Kind::Forbidden, saying why) when
    // the resource changed since the approval, and (Forbidden) when the actor may not review it.
    Result<void> undoApproval(const ApprovalReceipt& receipt);
    // Deletes a 草稿 that was never submitted (no code): tombstones of the resource, its items,
    // relations and survey figures through the Repository, so the outbox records them.
    Result<DeletionReceipt> deleteDraft(const QString& id);
    // Restores what deleteDraft tombstoned; refused (Forbidden) when something changed since.
    Result<void> undoDelete(const DeletionReceipt& receipt);
    // Why this resource cannot be deleted as a draft now; empty when it can.
    QString deleteRefusal(const QString& id) const;
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
    // Whether the actor is the person who submitted the version now under review (four eyes: they
    // may not approve it). False when the resource is not under review or its submitter is unknown.
    bool submittedByActor(const QString& id) const;
    // Why the actor may not perform action on this resource now (Lifecycle's sentence, or the
    // workflow's); empty when allowed.
    QString refusal(const QString& id, CatalogAction action) const;

    // A text that changes whenever the resource, its items, versions, relations, survey or
    // transitions are written locally (undo checks that nothing changed since).
    Result<QString> changeStamp(const QString& id) const;

    // Whether two user names are the same person locally (case and extra spaces ignored).
    static bool samePerson(const QString& a, const QString& b);

private:
    struct State
    {
        ResourceDraft row;
        std::optional<RevisionInfo> revision;
        QString revisionRowId;
        ResourceStatus status = ResourceStatus::Draft; // of the revision when one is open
    };
    Result<State> state(const QString& id) const;
    // Refuses what Lifecycle refuses, an approval by the person who submitted the version (four
    // eyes), and a second open revision.
    Result<void> check(const State& s, CatalogAction action) const;
    // Who submitted the version under review (the user name of the last 提交审核 transition of that
    // version; else who last wrote the row), empty when unknown.
    QString submitterOf(const State& s) const;
    Result<QString> allocateCode(const ResourceDraft& draft);
    db::RowChange transition(const State& s, CatalogAction action, ResourceStatus to, const QString& comment,
                             const QString& now) const;
    // Runs changes (plus a transition record) in one transaction; prepare may add changes inside it.
    Result<void> commit(const QString& action, std::vector<db::RowChange> changes,
                        const std::function<Result<void>(std::vector<db::RowChange>&)>& prepare = {});
    Result<void> simpleTransition(const QString& id, CatalogAction action, const QString& comment);

    ResourceStore& m_store;
};

} // namespace govcat::catalog
