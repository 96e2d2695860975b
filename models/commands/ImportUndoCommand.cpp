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

Result<exchange::ImportApplied> ImportUndoCommand::run(const QString& label, const Work& work) const
{
    return m_runner ? m_runner(label, work) : work(m_store, {});
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
    auto undone = run(tr("正在撤销导入…"), [this](const catalog::ResourceStore& store, const Progress&) {
        auto done = exchange::ImportApply::undo(store, m_applied);
        return done ? Result<exchange::ImportApplied>(exchange::ImportApplied{})
                    : Result<exchange::ImportApplied>(done.error());
    });
    setLastError(undone ? QString() : ErrorMessages::forEdit(undone.error()));
    m_inDatabase = !undone;
}

void ImportUndoCommand::redo()
{
    if (m_inDatabase) {
        setLastError({});
        return; // pushed after it was applied, or its undo refused
    }
    auto applied =
        run(tr("正在重新导入…"),
            [this](const catalog::ResourceStore& store,
                   const Progress& progress) -> Result<exchange::ImportApplied> {
                // The preview counts half, the write the other half.
                auto plan = exchange::ImportPlanner(store).plan(m_file, [&](qsizetype done, qsizetype total) {
                    return !progress || progress(done, 2 * total);
                });
                if (!plan) {
                    return plan.error();
                }
                return exchange::ImportApply::apply(store, plan.value(), m_scope,
                                                    [&](qsizetype done, qsizetype total) {
                                                        return !progress || progress(total + done, 2 * total);
                                                    });
            });
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
