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

bool ImportUndoCommand::wrote(const QString& resourceId) const
{
    return m_applied.created.contains(resourceId) || m_applied.changed.contains(resourceId);
}

void ImportUndoCommand::undo()
{
    if (!m_inDatabase) {
        return;
    }
    if (changedElsewhere()) {
        setLastError(tr("无法撤销“%1”：其中的信息资源之后又在信息资源窗口中修改过，撤销会覆盖这些修改。"
                        "如需改回，请逐条修改这些信息资源。")
                         .arg(text()));
        return;
    }
    auto undone = exchange::ImportApply::undo(m_store, m_applied);
    setLastError(undone ? QString() : ErrorMessages::forEdit(undone.error()));
    m_inDatabase = !undone;
}

void ImportUndoCommand::redo()
{
    if (m_inDatabase) {
        setLastError({});
        return; // pushed after it was applied, or its undo refused
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
    clearChangedElsewhere();
    setLastError({});
}

} // namespace govcat::models
