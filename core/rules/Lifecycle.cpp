#include "Lifecycle.h"

#include <QCoreApplication>

namespace govcat {

namespace {

using S = ResourceStatus;

bool isEditable(S s)
{
    return s == S::Draft || s == S::Returned;
}

// Editors act on their own department's catalog; reviewers decide; administrators may do both.
bool isEditorAction(CatalogAction a)
{
    switch (a) {
    case CatalogAction::Create:
    case CatalogAction::Edit:
    case CatalogAction::Submit:
    case CatalogAction::Revise:
    case CatalogAction::RestoreVersion:
    case CatalogAction::DeleteDraft:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<ResourceStatus> lifecycleTarget(CatalogAction action, ResourceStatus from)
{
    switch (action) {
    case CatalogAction::Create:
        return S::Draft;
    case CatalogAction::Edit:
        return isEditable(from) || from == S::Published ? std::optional(from) : std::nullopt;
    case CatalogAction::Submit:
        return isEditable(from) ? std::optional(S::PendingReview) : std::nullopt;
    case CatalogAction::Approve:
        return from == S::PendingReview ? std::optional(S::Published) : std::nullopt;
    case CatalogAction::Return:
        return from == S::PendingReview ? std::optional(S::Returned) : std::nullopt;
    case CatalogAction::Revise:
        return from == S::Published ? std::optional(from) : std::nullopt;
    case CatalogAction::RequestOffline:
        return from == S::Published ? std::optional(S::Withdrawing) : std::nullopt;
    case CatalogAction::ConfirmOffline:
        return from == S::Withdrawing ? std::optional(S::Withdrawn) : std::nullopt;
    case CatalogAction::CancelOffline:
        return from == S::Withdrawing ? std::optional(S::Published) : std::nullopt;
    case CatalogAction::RestoreVersion:
        return from == S::PendingReview || from == S::Withdrawing || from == S::Withdrawn
                   ? std::nullopt
                   : std::optional(from);
    case CatalogAction::UndoApproval:
        return from == S::Published ? std::optional(S::PendingReview) : std::nullopt;
    case CatalogAction::DeleteDraft:
        return from == S::Draft ? std::optional(from) : std::nullopt;
    case CatalogAction::Read:
        return from;
    }
    return std::nullopt;
}

QString refusalReason(const ActorRole& actor, CatalogAction action, const QString& resourceDeptId,
                      ResourceStatus from)
{
    if (action == CatalogAction::Read) {
        return {};
    }
    if (actor.role == Role::Leader) {
        return QCoreApplication::translate("govcat::Lifecycle",
                                           "“部门领导（查阅）”角色只能查阅目录，不能修改。");
    }
    const bool admin = actor.role == Role::Administrator;
    if (isEditorAction(action)) {
        if (actor.role != Role::CatalogEditor && !admin) {
            return QCoreApplication::translate("govcat::Lifecycle", "只有目录填报人员可以%1。")
                .arg(actionDisplayName(action));
        }
        if (!admin && resourceDeptId != actor.deptId) {
            return QCoreApplication::translate("govcat::Lifecycle", "只能%1本部门的信息资源。")
                .arg(actionDisplayName(action));
        }
    } else if (actor.role != Role::Reviewer && !admin) {
        return QCoreApplication::translate("govcat::Lifecycle", "只有审核员可以%1。")
            .arg(actionDisplayName(action));
    }
    if (!lifecycleTarget(action, from)) {
        return QCoreApplication::translate("govcat::Lifecycle", "状态为“%1”的信息资源不能%2。")
            .arg(codeDisplayName(from), actionDisplayName(action));
    }
    return {};
}

namespace {
// The source text of an action name: stored Chinese (audit), translated for display.
const char* actionSource(CatalogAction action)
{
    switch (action) {
    case CatalogAction::Create:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "新建");
    case CatalogAction::Edit:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "编辑");
    case CatalogAction::Submit:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "提交审核");
    case CatalogAction::Approve:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "审核通过");
    case CatalogAction::Return:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "退回");
    case CatalogAction::Revise:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "修订");
    case CatalogAction::RequestOffline:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "申请下线");
    case CatalogAction::ConfirmOffline:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "确认下线");
    case CatalogAction::CancelOffline:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "撤销下线");
    case CatalogAction::RestoreVersion:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "恢复为新草稿");
    case CatalogAction::UndoApproval:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "撤销审核通过");
    case CatalogAction::DeleteDraft:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "删除草稿");
    case CatalogAction::Read:
        return QT_TRANSLATE_NOOP("govcat::Lifecycle", "查阅");
    }
    return "";
}
} // namespace

QString actionName(CatalogAction action)
{
    return QString::fromUtf8(actionSource(action));
}

QString actionDisplayName(CatalogAction action)
{
    return QCoreApplication::translate("govcat::Lifecycle", actionSource(action));
}

} // namespace govcat
