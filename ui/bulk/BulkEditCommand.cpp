#include "BulkEditCommand.h"

#include "core/rules/DraftFields.h"
#include "ui/common/ErrorMessages.h"

#include <QDebug>

namespace govcat::ui {

BulkEditCommand::BulkEditCommand(QSqlDatabase db, db::Repository& repository, db::BulkResult applied,
                                 QUndoCommand* parent)
    : ReportingCommand(parent), m_db(std::move(db)), m_repository(repository), m_result(std::move(applied))
{
    setText(tr("批量修改%1（%2 条）")
                .arg(fieldDisplayLabel(m_result.change.column))
                .arg(m_result.changedIds.size()));
}

void BulkEditCommand::undo()
{
    if (!m_applied) {
        return;
    }
    auto restored = db::BulkEdit::undo(m_repository, m_result.previous);
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
    auto again = db::BulkEdit::apply(m_db, m_repository, m_result.ids, m_result.change);
    setLastError(again ? QString() : ErrorMessages::forEdit(again.error()));
    if (!again) {
        qWarning("bulk edit redo failed: %s", qPrintable(lastError()));
        return;
    }
    m_result = std::move(again).value();
    m_applied = true;
}

} // namespace govcat::ui
