#pragma once

#include "exchange/ImportApply.h"
#include "io/catalog/ImportedCatalog.h"
#include "models/commands/ReportingCommand.h"

#include <QCoreApplication>

namespace govcat::models {

// An applied import as one undoable step. Created after ImportApply::apply succeeded, so the first
// redo() (QUndoStack::push) does nothing; undo() restores what the import changed in one
// transaction; a later redo() previews the same file again and applies it with the same scope (new
// resources get new ids). The store must outlive the command (the main window's undo stack).
class ImportUndoCommand final : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndoCommand)
public:
    ImportUndoCommand(const catalog::ResourceStore& store, io::ImportedCatalog file,
                      exchange::ImportScope scope, exchange::ImportApplied applied, const QString& fileName);

    void undo() override;
    void redo() override;
    bool wrote(const QString& resourceId) const override;

    const exchange::ImportApplied& applied() const { return m_applied; }

private:
    const catalog::ResourceStore& m_store;
    io::ImportedCatalog m_file;
    exchange::ImportScope m_scope;
    exchange::ImportApplied m_applied;
    bool m_inDatabase = true;
};

} // namespace govcat::models
