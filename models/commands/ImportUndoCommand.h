#pragma once

#include "exchange/ImportApply.h"
#include "io/catalog/ImportedCatalog.h"
#include "models/commands/ReportingCommand.h"

#include <QCoreApplication>

#include <functional>

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

    // Where undo() and redo() do their writing: runner(label, work) runs work(store, progress) and
    // returns its result (the import dialog gives one that runs it on the database's worker thread
    // over a store of its own, with a progress dialog, while this thread waits in an event loop).
    // Without one, work runs here over the command's store. An undo's result carries nothing.
    using Progress = std::function<bool(qint64, qint64)>;
    using Work =
        std::function<Result<exchange::ImportApplied>(const catalog::ResourceStore&, const Progress&)>;
    using Runner = std::function<Result<exchange::ImportApplied>(const QString& label, const Work& work)>;
    void setRunner(Runner runner) { m_runner = std::move(runner); }

    void undo() override;
    void redo() override;
    bool wrote(const QString& resourceId) const override;

    const exchange::ImportApplied& applied() const { return m_applied; }

private:
    Result<exchange::ImportApplied> run(const QString& label, const Work& work) const;

    const catalog::ResourceStore& m_store;
    Runner m_runner;
    io::ImportedCatalog m_file;
    exchange::ImportScope m_scope;
    exchange::ImportApplied m_applied;
    bool m_inDatabase = true;
};

} // namespace govcat::models
