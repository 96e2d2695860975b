#include "WorkflowCommands.h"

#include "models/common/ErrorMessages.h"

#include <QStringList>

namespace govcat::models {

ApprovalCommand::ApprovalCommand(catalog::CatalogWorkflow& workflow, QList<catalog::ApprovalReceipt> receipts,
                                 QUndoCommand* parent)
    : ReportingCommand(parent), m_workflow(workflow), m_receipts(std::move(receipts)),
      m_undone(m_receipts.size(), false)
{
    setText(m_receipts.size() == 1 ? tr("审核通过“%1”").arg(m_receipts.constFirst().name)
                                   : tr("审核通过 %1 项").arg(m_receipts.size()));
}

void ApprovalCommand::undo()
{
    QStringList refused;
    for (qsizetype i = m_receipts.size() - 1; i >= 0; --i) {
        if (m_undone.at(i)) {
            continue;
        }
        if (auto done = m_workflow.undoApproval(m_receipts.at(i)); done) {
            m_undone[i] = true;
        } else {
            refused << tr("“%1”：%2").arg(m_receipts.at(i).name, ErrorMessages::forEdit(done.error()));
        }
    }
    setLastError(refused.isEmpty() ? QString()
                                   : tr("以下信息资源未能撤销审核通过：\n%1").arg(refused.join(u'\n')));
}

void ApprovalCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    QStringList refused;
    for (qsizetype i = 0; i < m_receipts.size(); ++i) {
        if (!m_undone.at(i)) {
            continue;
        }
        auto again = m_workflow.approveWithReceipt(m_receipts.at(i).resourceId, m_receipts.at(i).comment);
        if (again) {
            m_receipts[i] = again.value();
            m_undone[i] = false;
        } else {
            refused << tr("“%1”：%2").arg(m_receipts.at(i).name, ErrorMessages::forEdit(again.error()));
        }
    }
    setLastError(refused.isEmpty() ? QString()
                                   : tr("以下信息资源未能再次审核通过：\n%1").arg(refused.join(u'\n')));
}

DeleteDraftCommand::DeleteDraftCommand(catalog::CatalogWorkflow& workflow, catalog::DeletionReceipt receipt,
                                       QUndoCommand* parent)
    : ReportingCommand(parent), m_workflow(workflow), m_receipt(std::move(receipt))
{
    setText(tr("删除草稿“%1”").arg(m_receipt.name));
}

void DeleteDraftCommand::undo()
{
    if (!m_deleted) {
        return;
    }
    if (auto done = m_workflow.undoDelete(m_receipt); !done) {
        setLastError(tr("未能恢复草稿“%1”：%2").arg(m_receipt.name, ErrorMessages::forEdit(done.error())));
        return;
    }
    m_deleted = false;
    setLastError({});
}

void DeleteDraftCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (m_deleted) {
        return;
    }
    auto again = m_workflow.deleteDraft(m_receipt.resourceId);
    if (!again) {
        setLastError(
            tr("未能再次删除草稿“%1”：%2").arg(m_receipt.name, ErrorMessages::forEdit(again.error())));
        return;
    }
    m_receipt = again.value();
    m_deleted = true;
    setLastError({});
}

} // namespace govcat::models
