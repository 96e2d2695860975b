#pragma once

#include "catalog/BulkEdit.h"
#include "models/commands/ReportingCommand.h"

#include <QCoreApplication>
#include <QString>

namespace govcat::models {

// A bulk edit as one undoable step. It is created from a change BulkEdit::apply has already made
// (BulkEditDialog applies it), so the first redo() — QUndoStack::push calls it — does nothing;
// undo() restores the previous values as one transaction; a later redo() applies the same change to
// the same resources again, all on the repository's connection (the session's, on the GUI thread). The
// repository must outlive the command (the main window's undo stack).
class BulkEditCommand final : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkEditCommand)
public:
    BulkEditCommand(db::Repository& repository, catalog::BulkResult applied, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    bool wrote(const QString& resourceId) const override;

    const catalog::BulkResult& result() const { return m_result; }

private:
    db::Repository& m_repository;
    catalog::BulkResult m_result;
    bool m_applied = true; // the change is in the database
};

} // namespace govcat::models
