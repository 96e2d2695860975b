#include "NewResourcePlans.h"

namespace govcat::db {

NewResourcePlans::NewResourcePlans(const ResourceStore& store, const ImportPlan& plan,
                                   std::function<bool(const ImportPlanRow&)> wanted)
    : m_store(store), m_plan(plan), m_wanted(std::move(wanted)), m_thread([this] { run(); })
{}

NewResourcePlans::~NewResourcePlans()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void NewResourcePlans::run()
{
    for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
        const ImportPlanRow& row = m_plan.rows.at(i);
        if (row.kind != ImportPlanRow::Kind::New || !m_wanted(row)) {
            continue;
        }
        Result<SavePlan> save = m_store.planSave(row.merged, std::nullopt);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kAhead; });
        if (m_stop) {
            return;
        }
        m_ready.emplace_back(i, std::move(save));
        lock.unlock();
        m_changed.notify_all();
    }
    const std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

Result<SavePlan> NewResourcePlans::take(qsizetype index)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty() || m_ready.front().first != index) {
        return Error{Error::Kind::Invalid,
                     QStringLiteral("new resource plans out of step at row %1").arg(index)};
    }
    Result<SavePlan> save = std::move(m_ready.front().second);
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return save;
}

} // namespace govcat::db
