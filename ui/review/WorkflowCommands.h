#pragma once

#include "db/CatalogWorkflow.h"
#include "ui/common/ReportingCommand.h"

#include <QCoreApplication>
#include <QList>

namespace govcat::ui {

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
    ApprovalCommand(db::CatalogWorkflow& workflow, QList<db::ApprovalReceipt> receipts,
                    QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    const QList<db::ApprovalReceipt>& receipts() const { return m_receipts; }

private:
    db::CatalogWorkflow& m_workflow;
    QList<db::ApprovalReceipt> m_receipts; // approved now (after redo) or taken back (after undo)
    QList<bool> m_undone;                  // by receipt: undo() took it back
    bool m_first = true;
};

// Deleting a never-submitted draft as an undoable step: undo() restores the tombstoned rows
// (CatalogWorkflow::undoDelete), redo() deletes the draft again.
class DeleteDraftCommand final : public ReportingCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteDraftCommand)
public:
    DeleteDraftCommand(db::CatalogWorkflow& workflow, db::DeletionReceipt receipt,
                       QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    db::CatalogWorkflow& m_workflow;
    db::DeletionReceipt m_receipt;
    bool m_deleted = true;
    bool m_first = true;
};

} // namespace govcat::ui
