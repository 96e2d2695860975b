#pragma once

#include "core/CodeDisplay.h"
#include "core/CodeLists.h"

#include <QString>

#include <optional>

namespace govcat {

// What a user can do to a catalog resource (DOMAIN §2.8, platform practice).
enum class CatalogAction
{
    Create,         // a new draft for the actor's department
    Edit,           // change a draft, a returned resource, or the revision of a published one
    Submit,         // 草稿/已退回 → 待审核 (also a revision)
    Approve,        // 待审核 → 已发布 (also a revision)
    Return,         // 待审核 → 已退回, reason required (also a revision)
    Revise,         // 已发布: open a new draft version while the published one stays visible
    RequestOffline, // 已发布 → 下线中
    ConfirmOffline, // 下线中 → 已下线
    CancelOffline,  // 下线中 → 已发布
    RestoreVersion, // an older version becomes the new draft
    UndoApproval,   // 已发布 → 待审核 right after an approval, when nothing changed since
    DeleteDraft,    // a 草稿 never submitted (no code) is deleted (a tombstone; undo restores it)
    Read,
};

// Who the actor is, from the local profile.
struct ActorRole
{
    Role role = Role::Leader;
    QString deptId;
};

// The status a resource reaches by an action, or nullopt when the action does not apply to that
// status. Edit, Revise, Read and RestoreVersion keep the status of the row.
std::optional<ResourceStatus> lifecycleTarget(CatalogAction action, ResourceStatus from);

// Empty when the actor may perform the action on a resource of resourceDeptId in status `from`;
// otherwise a plain Chinese sentence saying why not. The UI enables only what this allows, and the
// store refuses the rest with the same sentence.
QString refusalReason(const ActorRole& actor, CatalogAction action, const QString& resourceDeptId,
                      ResourceStatus from);
inline bool mayPerform(const ActorRole& actor, CatalogAction action, const QString& resourceDeptId,
                       ResourceStatus from)
{
    return refusalReason(actor, action, resourceDeptId, from).isEmpty();
}

QString actionName(CatalogAction action);        // Chinese, e.g. 提交审核: the audit stores it
QString actionDisplayName(CatalogAction action); // translated, for messages

} // namespace govcat
