#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace govcat::db {

class Database;
class Worker;

// What a job running on the worker gets: the worker's own connection (opened on the worker's thread,
// never used on another), a progress reporter and the cancel flag.
class JobContext
{
public:
    // The worker's connection; null when it could not be opened (the job then never runs).
    Database* database() const { return m_database; }
    QSqlDatabase connection() const;
    bool isCancelled() const { return m_cancel.load(); }
    // done of total (total 0: no measure); false once the job was cancelled. Sent to the GUI thread
    // at most every few tens of milliseconds, and always at done == total.
    bool progress(qint64 done, qint64 total);
    // progress() as the callback the storage and io layers take, whatever their integer types.
    auto callback()
    {
        return [this](auto done, auto total) { return progress(qint64(done), qint64(total)); };
    }

private:
    friend class Worker;
    JobContext(Worker& worker, Database* database, const std::atomic<bool>& cancel)
        : m_worker(worker), m_database(database), m_cancel(cancel)
    {}
    Worker& m_worker;
    Database* m_database;
    const std::atomic<bool>& m_cancel;
    qint64 m_lastSentMs = -1;
};

// One thread beside the GUI thread for long work on a database: Argon2id, migrations, import,
// export, the quality and 一数一源 reports, bulk edits (and later the sync client). It has its own
// connection to the database's file (Database::openSibling, made on first use on its thread: a
// QSqlDatabase stays on the thread that made it) and runs one job at a time. A second job while one
// runs is refused with a Chinese sentence, not queued: it was chosen against what the window showed
// before the first job's writes, so it must not run after them unseen; the window's progress dialog
// is modal, so the refusal is the rare case of code starting two jobs. The job's result comes back
// to the GUI thread by a queued call, never in the caller's stack.
class Worker final : public QObject
{
    Q_OBJECT
public:
    // `database` must outlive the worker (Database::worker() guarantees it).
    explicit Worker(const Database& database, QObject* parent = nullptr);
    ~Worker() override; // cancels a running job, waits for it, closes the connection on its thread
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    // Runs job(context) on the worker's thread, then finished(result) on this (the GUI) thread,
    // unless `receiver` was destroyed meanwhile. Refused (Error::Kind::Invalid, a Chinese sentence)
    // while another job runs or its result has not yet been delivered. A job that throws gives an
    // Error::Kind::Io result.
    template <typename T>
    Result<void> start(std::function<Result<T>(JobContext&)> job, QObject* receiver,
                       std::function<void(Result<T>)> finished)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        return startErased(
            [job = std::move(job), result](JobContext& context) {
                if (context.database() == nullptr) {
                    result->emplace(context.m_worker.openError());
                    return;
                }
                try {
                    result->emplace(job(context));
                } catch (const std::exception& e) {
                    result->emplace(makeError(Error::Kind::Io, QString::fromLocal8Bit(e.what())));
                }
            },
            receiver, [result, finished = std::move(finished)] { finished(std::move(**result)); });
    }

    // True from start() until the job's result was delivered.
    bool isBusy() const { return m_busy; }
    // Asks the running job to stop (its next progress() returns false).
    void cancel();
    // The error of opening the worker's connection, when it failed.
    Error openError() const;

    // The sentence of a refused second job.
    static QString busyMessage();

Q_SIGNALS:
    // A job was accepted (busy from now until idle()).
    void started();
    // done of total from the running job (queued to the GUI thread).
    void progressed(qint64 done, qint64 total);
    // After the job's result was delivered (busy is false again).
    void idle();

private:
    friend class JobContext;
    Result<void> startErased(std::function<void(JobContext&)> job, QObject* receiver,
                             std::function<void()> finished);
    void loop();

    const Database& m_database;
    std::unique_ptr<QThread> m_thread;
    bool m_busy = false; // GUI thread only

    mutable std::mutex m_mutex; // guards what follows
    std::condition_variable m_wake;
    std::function<void(JobContext&)> m_job;
    std::function<void()> m_deliver; // the job's delivery, run on the GUI thread
    bool m_stop = false;
    Error m_openError;
    std::atomic<bool> m_cancel{false};
};

} // namespace govcat::db
