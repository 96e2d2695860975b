#pragma once

#include "catalog/CatalogWorkflow.h"
#include "models/commands/ReportingCommand.h"

#include <QCoreApplication>
#include <QList>

namespace govcat::models {

// Approvals (one or several from the review queue) as one undoable step. Created after the
// approvals were made, so the first redo() — QUndoStack::push calls it — does nothing. undo() puts
// each resource back to 待审核 (CatalogWorkflow::undoApproval, a 撤销审核通过 transition in its
// history); a resource that changed since is left published and named in lastError(). A later
// redo() approves again, with the same comment, what the undo took back. The workflow must outlive
// the command (the main window's undo stack).
class ApprovalCommand final : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalCommand)
public:
    ApprovalCommand(catalog::CatalogWorkflow& workflow, QList<catalog::ApprovalReceipt> receipts,
                    QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    const QList<catalog::ApprovalReceipt>& receipts() const { return m_receipts; }

private:
    catalog::CatalogWorkflow& m_workflow;
    QList<catalog::ApprovalReceipt> m_receipts; // approved now (after redo) or taken back (after undo)
    QList<bool> m_undone;                       // by receipt: undo() took it back
    bool m_first = true;
};

// Deleting a never-submitted draft as an undoable step: undo() restores the tombstoned rows
// (CatalogWorkflow::undoDelete), redo() deletes the draft again.
class DeleteDraftCommand final : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteDraftCommand)
public:
    DeleteDraftCommand(catalog::CatalogWorkflow& workflow, catalog::DeletionReceipt receipt,
                       QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    catalog::CatalogWorkflow& m_workflow;
    catalog::DeletionReceipt m_receipt;
    bool m_deleted = true;
    bool m_first = true;
};

} // namespace govcat::models
