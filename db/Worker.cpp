#include "db/Worker.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

namespace govcat::db {

namespace {

constexpr qint64 kProgressIntervalMs = 40;
constexpr int kNiceness = 5;

qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

QSqlDatabase JobContext::connection() const
{
    return m_database != nullptr ? m_database->connection() : QSqlDatabase();
}

bool JobContext::progress(qint64 done, qint64 total)
{
    const qint64 now = monotonicMs();
    if (m_lastSentMs < 0 || now - m_lastSentMs >= kProgressIntervalMs || (total > 0 && done >= total)) {
        m_lastSentMs = now;
        Q_EMIT m_worker.progressed(done, total); // queued: the worker object lives on the GUI thread
    }
    return !m_cancel.load();
}

Worker::Worker(const Database& database, QObject* parent) : QObject(parent), m_database(database)
{
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->setObjectName(QStringLiteral("govcat-worker"));
    m_thread->start();
}

Worker::~Worker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cancel = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

QString Worker::busyMessage()
{
    return QCoreApplication::translate("Worker", "另一项耗时操作正在进行。请等它完成或取消后再试。");
}

void Worker::cancel()
{
    m_cancel = true;
}

Error Worker::openError() const
{
    const std::lock_guard lock(m_mutex);
    return m_openError;
}

Result<void> Worker::startErased(std::function<void(JobContext&)> job, QObject* receiver,
                                 std::function<void()> finished)
{
    if (m_busy) {
        return makeError(Error::Kind::Invalid, busyMessage());
    }
    m_busy = true;
    {
        const std::lock_guard lock(m_mutex);
        m_cancel = false;
        m_job = std::move(job);
        m_deliver = [this, target = QPointer<QObject>(receiver), hasReceiver = receiver != nullptr,
                     finished = std::move(finished)] {
            m_busy = false;
            if (!hasReceiver || target) {
                finished();
            }
            Q_EMIT idle();
        };
    }
    m_wake.notify_all();
    Q_EMIT started();
    return {};
}

void Worker::loop()
{
    // A little below the GUI thread (Linux: a thread's own nice value), so that on a busy machine
    // the window's repaints win over the long job.
    ::setpriority(PRIO_PROCESS, ::gettid(), kNiceness);
    std::unique_ptr<Database> connection; // opened on first job, closed on this thread
    bool tried = false;
    for (;;) {
        std::function<void(JobContext&)> job;
        std::function<void()> deliver;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_job; });
            if (m_stop) {
                break;
            }
            job = std::exchange(m_job, nullptr);
            deliver = std::exchange(m_deliver, nullptr);
        }
        if (!tried) {
            tried = true;
            auto opened = m_database.openSibling();
            if (opened) {
                connection = std::move(opened).value();
            } else {
                const std::lock_guard lock(m_mutex);
                m_openError = opened.error();
            }
        }
        JobContext context(*this, connection.get(), m_cancel);
        job(context);
        job = nullptr; // the job's captures are released here, not on the GUI thread
        QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
    }
    connection.reset();
}

} // namespace govcat::db
