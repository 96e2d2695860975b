#include "BulkEditCommand.h"

#include "core/rules/DraftFields.h"
#include "models/common/ErrorMessages.h"

#include <QDebug>

namespace govcat::models {

BulkEditCommand::BulkEditCommand(db::Repository& repository, catalog::BulkResult applied,
                                 QUndoCommand* parent)
    : ReportingCommand(parent), m_repository(repository), m_result(std::move(applied))
{
    setText(tr("批量修改%1（%2 条）")
                .arg(fieldDisplayLabel(m_result.change.column))
                .arg(m_result.changedIds.size()));
}

bool BulkEditCommand::wrote(const QString& resourceId) const
{
    return m_result.changedIds.contains(resourceId);
}

void BulkEditCommand::undo()
{
    if (!m_applied) {
        return;
    }
    if (changedElsewhere()) {
        setLastError(tr("无法撤销“%1”：其中的信息资源之后又在信息资源窗口中修改过，撤销会覆盖这些修改。"
                        "如需改回，请再做一次批量修改。")
                         .arg(text()));
        return;
    }
    auto restored = catalog::BulkEdit::undo(m_repository, m_result.previous);
    setLastError(restored ? QString() : ErrorMessages::forEdit(restored.error()));
    if (!restored) {
        qWarning("bulk edit undo failed: %s", qPrintable(lastError()));
        return;
    }
    m_applied = false;
}

void BulkEditCommand::redo()
{
    if (m_applied) {
        setLastError({});
        return; // pushed after BulkEditDialog applied it, or its undo refused
    }
    auto again =
        catalog::BulkEdit::apply(m_repository.database(), m_repository, m_result.ids, m_result.change);
    setLastError(again ? QString() : ErrorMessages::forEdit(again.error()));
    if (!again) {
        qWarning("bulk edit redo failed: %s", qPrintable(lastError()));
        return;
    }
    m_result = std::move(again).value();
    m_applied = true;
    clearChangedElsewhere();
}

} // namespace govcat::models
