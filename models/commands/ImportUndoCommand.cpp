#include "ImportUndoCommand.h"

#include "exchange/ImportPlanner.h"
#include "models/common/ErrorMessages.h"

namespace govcat::models {

ImportUndoCommand::ImportUndoCommand(const catalog::ResourceStore& store, io::ImportedCatalog file,
                                     exchange::ImportScope scope, exchange::ImportApplied applied,
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
    auto undone = exchange::ImportApply::undo(m_store, m_applied);
    setLastError(undone ? QString() : ErrorMessages::forEdit(undone.error()));
    m_inDatabase = !undone;
}

void ImportUndoCommand::redo()
{
    if (m_inDatabase) {
        return; // pushed after it was applied
    }
    auto plan = exchange::ImportPlanner(m_store).plan(m_file);
    if (!plan) {
        setLastError(ErrorMessages::forEdit(plan.error()));
        return;
    }
    auto applied = exchange::ImportApply::apply(m_store, plan.value(), m_scope);
    if (!applied) {
        setLastError(ErrorMessages::forEdit(applied.error()));
        return;
    }
    m_applied = std::move(applied).value();
    m_inDatabase = true;
    setLastError({});
}

} // namespace govcat::models
