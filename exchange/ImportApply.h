#pragma once

#include "catalog/ResourceStore.h"
#include "core/Result.h"
#include "exchange/ImportPlan.h"

#include <functional>

namespace govcat::exchange {

enum class ImportScope
{
    All,   // every new or changed row (rejected rows are never written)
    Clean, // only rows without warnings and without a local unsaved draft in the way
};

// What undoing an applied import needs, per resource.
struct ImportUndoEntry
{
    QString resourceId;
    catalog::SavePlan::Target target = catalog::SavePlan::Target::Row;
    ResourceDraft before;                        // Row and Revision: the content before the import
    bool revisionOpened = false;                 // Revision: the import opened it (undo removes it)
    QList<std::pair<QString, QString>> inserted; // NewResource / opened revision: (table, id) inserted
};

struct ImportApplied
{
    QStringList created;
    QStringList changed;
    QList<ImportUndoEntry> undo;
};

// Writes an import plan: every chosen row's merged resource through ResourceStore::planSave (drafts
// change in place, published resources get the change in their revision), all in one transaction
// with outbox and audit entries. Any failure, or progress returning false, writes nothing.
class ImportApply
{
public:
    // beforeCommit, when given, runs inside the same transaction once the rows are written (the
    // import session records a returned data call kit there); its failure rolls everything back.
    static Result<ImportApplied>
    apply(const catalog::ResourceStore& store, const ImportPlan& plan, ImportScope scope,
          const std::function<bool(qsizetype, qsizetype)>& progress = {},
          const std::function<Result<void>(const ImportApplied&)>& beforeCommit = {});
    // Restores what the import changed, as one transaction.
    static Result<void> undo(const catalog::ResourceStore& store, const ImportApplied& applied);
};

} // namespace govcat::exchange
