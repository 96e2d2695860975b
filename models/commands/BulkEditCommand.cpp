#include "BulkEditCommand.h"

#include "core/rules/DraftFields.h"
#include "models/common/ErrorMessages.h"

#include <QDebug>

namespace govcat::models {

BulkEditCommand::BulkEditCommand(QSqlDatabase db, db::Repository& repository, catalog::BulkResult applied,
                                 QUndoCommand* parent)
    : ReportingCommand(parent), m_db(std::move(db)), m_repository(repository), m_result(std::move(applied))
{
    setText(
        tr("批量修改%1（%2 条）").arg(fieldLabel(m_result.change.column)).arg(m_result.changedIds.size()));
}

void BulkEditCommand::undo()
{
    if (!m_applied) {
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
        return; // pushed after BulkEditDialog applied it
    }
    auto again = catalog::BulkEdit::apply(m_db, m_repository, m_result.ids, m_result.change);
    setLastError(again ? QString() : ErrorMessages::forEdit(again.error()));
    if (!again) {
        qWarning("bulk edit redo failed: %s", qPrintable(lastError()));
        return;
    }
    m_result = std::move(again).value();
    m_applied = true;
}

} // namespace govcat::models
