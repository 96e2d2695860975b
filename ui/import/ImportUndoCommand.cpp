#include "ImportUndoCommand.h"

#include "db/ImportPlanner.h"
#include "ui/common/ErrorMessages.h"

namespace govcat::ui {

ImportUndoCommand::ImportUndoCommand(const db::ResourceStore& store, io::ImportedCatalog file,
                                     db::ImportScope scope, db::ImportApplied applied,
                                     const QString& fileName)
    : m_store(store), m_file(std::move(file)), m_scope(scope), m_applied(std::move(applied))
{
    setText(tr("导入“%1”（新增 %2，修改 %3）")
                .arg(fileName)
                .arg(m_applied.created.size())
                .arg(m_applied.changed.size()));
}

void ImportUndoCommand::undo()
{
    auto undone = db::ImportApply::undo(m_store, m_applied);
    setLastError(undone ? QString() : ErrorMessages::forEdit(undone.error()));
    m_inDatabase = !undone;
}

void ImportUndoCommand::redo()
{
    if (m_inDatabase) {
        return; // pushed after it was applied
    }
    auto plan = db::ImportPlanner(m_store).plan(m_file);
    if (!plan) {
        setLastError(ErrorMessages::forEdit(plan.error()));
        return;
    }
    auto applied = db::ImportApply::apply(m_store, plan.value(), m_scope);
    if (!applied) {
        setLastError(ErrorMessages::forEdit(applied.error()));
        return;
    }
    m_applied = std::move(applied).value();
    m_inDatabase = true;
    setLastError({});
}

} // namespace govcat::ui
