#include "exchange/ImportApply.h"

#include "core/Uuid.h"
#include "db/Transaction.h"

#include <QCoreApplication>

namespace govcat::exchange {

namespace {

bool chosen(const ImportPlanRow& row, ImportScope scope)
{
    return scope == ImportScope::All ? row.isApplicable() : row.isClean();
}

} // namespace

Result<ImportApplied>
ImportApply::apply(const catalog::ResourceStore& store, const ImportPlan& plan, ImportScope scope,
                   const std::function<bool(qsizetype, qsizetype)>& progress,
                   const std::function<Result<void>(const ImportApplied&)>& beforeCommit)
{
    // One transaction, written resource by resource: the rows of one resource are planned, written
    // and dropped before the next (no change set of the whole file in memory), and cancelling or
    // failing anywhere rolls everything back.
    return db::inTransaction(store.database(), [&]() -> Result<ImportApplied> {
        ImportApplied applied;
        applied.undo.reserve(plan.rows.size());
        qsizetype done = 0;
        for (const ImportPlanRow& row : plan.rows) {
            ++done;
            if (progress && done % 200 == 0 && !progress(done, plan.rows.size())) {
                return Error{
                    Error::Kind::Cancelled,
                    QCoreApplication::translate("govcat::ImportApply", "导入已取消，未写入任何内容。")};
            }
            if (!chosen(row, scope)) {
                continue;
            }
            ImportUndoEntry entry;
            entry.resourceId = row.resourceId;
            std::optional<ResourceDraft> stored;
            if (row.kind == ImportPlanRow::Kind::Changed) {
                // What planSave compares with (the published content of a published resource) and
                // what undo restores (its open revision when there is one): one read for a draft.
                auto current = store.load(row.resourceId);
                auto open = store.revision(row.resourceId);
                if (!current || !open) {
                    return !current ? current.error() : open.error();
                }
                if (open.value()) {
                    auto before = store.loadForEditing(row.resourceId);
                    if (!before) {
                        return before.error();
                    }
                    entry.before = std::move(before).value();
                } else {
                    entry.before = current.value();
                }
                stored = std::move(current).value();
            }
            auto save = store.planSave(row.merged, stored);
            if (!save) {
                Error e = save.error();
                e.message = QStringLiteral("“%1”：%2").arg(row.name, e.message);
                return e;
            }
            catalog::SavePlan& p = save.value();
            entry.target = p.target;
            for (db::RowChange& change : p.changes.changes) {
                if (change.op == db::RowChange::Op::Insert) {
                    if (change.id.isEmpty()) {
                        change.id = newUuid();
                    }
                    entry.revisionOpened |= change.table == QStringLiteral("resource_version");
                    entry.inserted.push_back({change.table, change.id});
                }
            }
            p.changes.action = QStringLiteral("导入信息资源");
            if (auto ids = store.repository().applyWithin(p.changes, {}, db::AuditEntries::Once); !ids) {
                return ids.error();
            }
            (row.kind == ImportPlanRow::Kind::New ? applied.created : applied.changed) << row.resourceId;
            applied.undo << std::move(entry);
        }
        if (beforeCommit) {
            if (auto r = beforeCommit(applied); !r) {
                return r.error();
            }
        }
        if (progress) {
            progress(plan.rows.size(), plan.rows.size());
        }
        return applied;
    });
}

Result<void> ImportApply::undo(const catalog::ResourceStore& store, const ImportApplied& applied)
{
    db::ChangeSet restore{QStringLiteral("撤销导入信息资源"), {}};
    for (const ImportUndoEntry& entry : applied.undo) {
        const bool removeInserted =
            entry.target == catalog::SavePlan::Target::NewResource || entry.revisionOpened;
        if (removeInserted) {
            for (auto it = entry.inserted.crbegin(); it != entry.inserted.crend(); ++it) {
                restore.changes.push_back({db::RowChange::Op::Delete, it->first, it->second, {}});
            }
            continue;
        }
        auto back = store.planSave(entry.before);
        if (!back) {
            return back.error();
        }
        for (db::RowChange& change : back.value().changes.changes) {
            restore.changes.push_back(std::move(change));
        }
    }
    if (restore.changes.empty()) {
        return {};
    }
    auto ids = store.repository().apply(restore);
    return ids ? Result<void>() : Result<void>(ids.error());
}

} // namespace govcat::exchange
