#pragma once

#include "ImportPlan.h"
#include "ResourceStore.h"
#include "core/Result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace govcat::db {

// Plans the new resources of an import on a second thread, ahead of the thread that writes them:
// ResourceStore::planSave of a new resource reads nothing from the database (its rows, ids and
// checks come from the draft and the actor alone), so the writer only writes. At most kAhead plans
// wait at a time, which bounds the memory. The destructor stops and joins the thread.
class NewResourcePlans
{
public:
    // rows for which wanted(row) is true and whose kind is New are planned, in order
    NewResourcePlans(const ResourceStore& store, const ImportPlan& plan,
                     std::function<bool(const ImportPlanRow&)> wanted);
    ~NewResourcePlans();
    NewResourcePlans(const NewResourcePlans&) = delete;
    NewResourcePlans& operator=(const NewResourcePlans&) = delete;

    // The plan of the next planned row, which must be plan.rows[index]; waits until it is ready.
    Result<SavePlan> take(qsizetype index);

    static constexpr qsizetype kAhead = 64;

private:
    void run();

    const ResourceStore& m_store;
    const ImportPlan& m_plan;
    const std::function<bool(const ImportPlanRow&)> m_wanted;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<qsizetype, Result<SavePlan>>> m_ready;
    bool m_stop = false;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace govcat::db
