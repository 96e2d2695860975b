#include "catalog/BulkEdit.h"
#include "catalog/BulkPlan.h"
#include "catalog/CatalogQuality.h"
#include "core/CodeLists.h"
#include "core/Uuid.h"
#include "core/rules/DraftFields.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace govcat::catalog {

namespace {

constexpr std::size_t kChunk = 256; // row changes written at a time

void setDraftFields(ResourceDraft& d, const QVariantMap& fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        d.*draftField(it.key())->member = it.value().toString();
    }
}

// Undo inside the caller's transaction: the rows' previous values, new revisions removed, and the
// open revisions' snapshot members set back (in their current snapshots).
Result<void> undoWithin(QSqlDatabase db, db::Repository& repo, const BulkUndo& previous)
{
    using Op = db::RowChange::Op;
    const QString snapshot = QStringLiteral("snapshot");
    for (std::size_t start = 0; start < previous.restore.size(); start += kChunk) {
        const auto first = previous.restore.cbegin() + qsizetype(start);
        const auto last = first + qsizetype(std::min(kChunk, previous.restore.size() - start));
        const db::ChangeSet set{previous.action, std::vector<db::RowChange>(first, last)};
        if (auto applied = repo.applyWithin(set); !applied) {
            return applied.error();
        }
    }
    const QStringList revisions = previous.revisions.keys();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < revisions.size(); start += qsizetype(kChunk)) {
        const QStringList chunk = revisions.mid(start, qsizetype(kChunk));
        q.prepare(
            QStringLiteral("SELECT id, CAST(snapshot AS BLOB) FROM resource_version WHERE is_deleted = 0 "
                           "AND id IN (%1)")
                .arg(QStringList(chunk.size(), QStringLiteral("?")).join(u',')));
        for (const QString& id : chunk) {
            q.addBindValue(id);
        }
        if (!q.exec()) {
            return db::sqlError(q, QStringLiteral("read revisions"));
        }
        db::ChangeSet set{previous.action, {}};
        db::MemberChanges members;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const QList<db::MemberChange>& back = previous.revisions[id];
            QVariantMap values;
            for (const db::MemberChange& m : back) {
                values.insert(m.member, m.newValue);
            }
            auto restored = bulk::withSnapshotValues(q.value(1).toByteArray(), values);
            if (!restored) {
                return restored.error();
            }
            members[set.changes.size()].insert(snapshot, back);
            set.changes.push_back({Op::Update,
                                   QStringLiteral("resource_version"),
                                   id,
                                   {{snapshot, QString::fromUtf8(restored.value())}}});
        }
        if (q.lastError().isValid()) {
            return db::sqlError(q, QStringLiteral("read revisions"));
        }
        if (qsizetype(set.changes.size()) != chunk.size()) {
            return makeError(Error::Kind::NotFound,
                             QStringLiteral("a revision was deleted after bulk editing"));
        }
        if (auto applied = repo.applyWithin(set, members); !applied) {
            return applied.error();
        }
    }
    return {};
}

Result<BulkResult> applyWithin(QSqlDatabase db, db::Repository& repo, const BulkPreview& preview,
                               const ProgressCallback& progress)
{
    const BulkChange& change = preview.change;
    const QStringList& ids = preview.ids;
    // The preview's plan while nothing was written since; otherwise read again, inside the transaction.
    auto stamp = bulk::writeStamp(db);
    if (!stamp) {
        return stamp.error();
    }
    const bool current = preview.plan && preview.plan->stamp == stamp.value() &&
                         preview.plan->actor == bulk::actorKey(repo.actor());
    auto planned =
        current ? Result<QList<BulkPlanned>>(preview.plan->planned) : bulk::plan(db, repo, ids, change);
    if (!planned) {
        return planned.error();
    }
    // Asked before any write, after each chunk and before the commit: a cancel rolls everything back.
    const qsizetype total = planned.value().size();
    qsizetype done = 0;
    const auto goOn = [&] { return !progress || progress(done, total); };
    if (!goOn()) {
        return bulk::cancelled();
    }
    using Op = db::RowChange::Op;
    const QString label = fieldLabel(change.column);
    const QVariantMap wanted = bulk::newFields(change);
    BulkResult result{change, ids, {}, {}, 0, {QStringLiteral("撤销批量修改%1").arg(label), {}, {}}};
    const QString snapshot = QStringLiteral("snapshot");
    // Written in chunks, in the caller's transaction: a few hundred snapshots in memory at a time.
    db::ChangeSet set{QStringLiteral("批量修改%1").arg(label), {}};
    db::MemberChanges members;        // of the open revisions' snapshots in `set`
    QHash<QString, std::size_t> slot; // resource id → index in `set` of its new revision's insert
    // A new revision holds the whole published content with the change, as ResourceStore::save
    // writes it; the content of a chunk's new revisions is read set-based.
    const auto fill = [&](ResourceDraft& d) {
        setDraftFields(d, wanted);
        d.status = canonicalName(ResourceStatus::Draft);
        set.changes.at(slot.take(d.id)).fields = {{QStringLiteral("owner_dept_id"), d.providerDeptId},
                                                  {QStringLiteral("resource_id"), d.id},
                                                  {QStringLiteral("version_no"), d.catalogVersion + 1},
                                                  {QStringLiteral("status"), d.status},
                                                  {snapshot, QString::fromUtf8(toSnapshotJson(d))}};
        return true;
    };
    const auto flush = [&]() -> Result<void> {
        if (!slot.isEmpty()) {
            if (auto read = DraftReader(db, DraftReader::Content::Full).forEach(fill, slot.keys()); !read) {
                return read.error();
            }
            if (!slot.isEmpty()) {
                return makeError(Error::Kind::NotFound,
                                 QStringLiteral("a resource was deleted while bulk editing"));
            }
        }
        if (!set.changes.empty()) {
            if (auto applied = repo.applyWithin(set, members); !applied) {
                return applied.error();
            }
        }
        set.changes.clear();
        members.clear();
        return {};
    };
    for (const BulkPlanned& p : std::as_const(planned.value())) {
        ++done;
        const BulkPreviewRow& r = p.row;
        if (!r.willChange()) {
            r.editable ? void(++result.unchanged) : result.refused.append(r);
            continue;
        }
        result.changedIds << r.resourceId;
        if (r.target == BulkPreviewRow::Target::Row) {
            set.changes.push_back({Op::Update, QStringLiteral("info_resource"), r.resourceId, wanted});
            result.previous.restore.push_back(
                {Op::Update, QStringLiteral("info_resource"), r.resourceId, p.oldFields});
        } else if (r.target == BulkPreviewRow::Target::OpenRevision) {
            // The revision's snapshot with the change; the outbox records the changed members only, and
            // undo sets them back.
            auto after = bulk::withSnapshotValues(p.revisionJson, wanted);
            if (!after) {
                return after.error();
            }
            QList<db::MemberChange> forward;
            QList<db::MemberChange> back;
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
                const QString before = p.oldFields.value(it.key()).toString();
                if (before != it.value().toString()) {
                    forward.append({it.key(), before, it.value().toString()});
                    back.append({it.key(), it.value().toString(), before});
                }
            }
            members[set.changes.size()].insert(snapshot, forward);
            result.previous.revisions.insert(p.revisionId, back);
            set.changes.push_back({Op::Update,
                                   QStringLiteral("resource_version"),
                                   p.revisionId,
                                   {{snapshot, QString::fromUtf8(after.value())}}});
        } else {
            const QString revisionId = newUuid();
            slot.insert(r.resourceId, set.changes.size());
            set.changes.push_back({Op::Insert, QStringLiteral("resource_version"), revisionId, {}});
            result.previous.restore.push_back(
                {Op::Delete, QStringLiteral("resource_version"), revisionId, {}});
        }
        if (set.changes.size() >= kChunk) {
            if (auto written = flush(); !written) {
                return written.error();
            }
            if (!goOn()) {
                return bulk::cancelled();
            }
        }
    }
    if (auto written = flush(); !written) {
        return written.error();
    }
    if (!goOn()) {
        return bulk::cancelled();
    }
    return result;
}

} // namespace

Result<BulkResult> BulkEdit::apply(QSqlDatabase db, db::Repository& repo, const QStringList& ids,
                                   const BulkChange& change)
{
    BulkPreview unplanned;
    unplanned.change = change;
    unplanned.ids = ids;
    return apply(db, repo, unplanned);
}

Result<BulkResult> BulkEdit::apply(QSqlDatabase db, db::Repository& repo, const BulkPreview& preview,
                                   const ProgressCallback& progress)
{
    return db::inTransaction(db, [&] { return applyWithin(db, repo, preview, progress); });
}

Result<void> BulkEdit::undo(db::Repository& repo, const BulkUndo& previous)
{
    QSqlDatabase db = repo.database();
    if (previous.restore.empty() && previous.revisions.isEmpty()) {
        return {};
    }
    return db::inTransaction(db, [&] { return undoWithin(db, repo, previous); });
}

} // namespace govcat::catalog
