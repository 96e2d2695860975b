#pragma once

#include "core/CodeLists.h"
#include "core/Result.h"
#include "sync/Push.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace govcat::server {

// Who pushes: the device's registration, its user, the user's role and the departments whose rows
// the user may write (an editor's own; a reviewer's or an administrator's region is not limited
// here).
struct PushIdentity
{
    QString clientId;
    QString userName;
    Role role = Role::CatalogEditor;
    QStringList deptIds;
};

struct MutationResult
{
    qint64 seq = 0;
    QString status; // applied | noop | conflict | rejected
    qint64 rowVersion = 0;
    QString reason; // why it was rejected, a sentence for its author
    bool operator==(const MutationResult&) const = default;
};

struct PushResult
{
    qint64 lastAppliedSeq = 0;
    QList<MutationResult> results;
    // Set when the batch skipped a seq (a client bug or a restored backup): nothing was applied and
    // the client must send from this seq.
    std::optional<qint64> expectedSeq;
};

// Applies one push batch in one PostgreSQL transaction (SYNC.md §2.2, §2.3): in seq order, each
// mutation once (a replay gets its stored answer), rights checked per mutation (a refusal is a
// stored 'rejected' with its reason, and the batch goes on), field-level three-way merge against
// the stored row (a field changed on both sides from the same base becomes a conflict record and
// keeps the server's value; an edit of a deleted row is a conflict, never a resurrection), then the
// changed rows' change numbers drawn under the late advisory lock so that pulls see them in commit
// order. Errors: NotFound for an unknown device, Forbidden for a revoked one, Sql otherwise; a
// failure rolls everything back.
Result<PushResult> applyPush(QSqlDatabase pg, const PushIdentity& identity, const sync::PushRequest& request);

// The advisory lock key that orders change numbers (and, later, the audit chain).
inline constexpr qint64 kSyncOrderLock = 0x676f76636174; // "govcat"

} // namespace govcat::server
