#pragma once

#include "db/Worker.h"

#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace govcat::test {

// Another long job holding a database's worker, as a test needs it to show that a second job is
// refused: start() puts a job on the worker that waits (20 s at most) until release() or the
// destructor; running() says it has begun. `finished` runs on the GUI thread when its result
// arrives.
class BusyWorker
{
public:
    explicit BusyWorker(db::Worker& worker, std::function<void()> finished = {})
    {
        auto started = m_started;
        auto release = m_release;
        m_accepted = worker
                         .start<int>(
                             [started, release](db::JobContext&) -> Result<int> {
                                 *started = true;
                                 for (int i = 0; i < 20000 && !*release; ++i) {
                                     QThread::msleep(1);
                                 }
                                 return 0;
                             },
                             nullptr,
                             [finished = std::move(finished)](Result<int>) {
                                 if (finished) {
                                     finished();
                                 }
                             })
                         .ok();
    }
    ~BusyWorker() { release(); }
    BusyWorker(const BusyWorker&) = delete;
    BusyWorker& operator=(const BusyWorker&) = delete;

    // The worker took the job.
    bool accepted() const { return m_accepted; }
    // The job runs on the worker's thread.
    bool running() const { return *m_started; }
    void release() { *m_release = true; }

private:
    std::shared_ptr<std::atomic<bool>> m_started = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<bool>> m_release = std::make_shared<std::atomic<bool>>(false);
    bool m_accepted = false;
};

} // namespace govcat::test
