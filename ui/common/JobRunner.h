#pragma once

#include "core/Result.h"
#include "db/Worker.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace govcat::ui {

// What the progress dialog of a job shows.
struct JobLabels
{
    QString objectName; // of the dialog, for tests
    QString title;
    QString label;
    // The dialog's label for a progress report, when it should change with it (empty: `label`).
    std::function<QString(qint64 done, qint64 total)> progressLabel = {};
};

// Runs a job on a database's worker thread (db/Worker.h) and waits for its result in an event loop
// of its own, as QDialog::exec() does: the window keeps repainting, and a window-modal progress
// dialog (WorkProgress: shown after half a second, with 取消) follows the job's progress and cancels
// it. The caller shows the finishing message. A second job while one runs is refused with the
// worker's sentence, and the worker ending (its database closed) ends the wait with Cancelled.
class JobRunner final : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    static Result<T> run(QWidget* parent, db::Worker& worker, const JobLabels& labels,
                         std::function<Result<T>(db::JobContext&)> job)
    {
        std::optional<Result<T>> result;
        JobRunner runner(parent, worker, labels);
        auto started = worker.start<T>(std::move(job), &runner, [&result, &runner](Result<T> r) {
            result.emplace(std::move(r));
            runner.finish();
        });
        if (!started) {
            return started.error();
        }
        runner.wait();
        if (!result) {
            return makeError(Error::Kind::Cancelled, QStringLiteral("the worker ended before the job"));
        }
        return std::move(*result);
    }

private:
    JobRunner(QWidget* parent, db::Worker& worker, const JobLabels& labels);
    ~JobRunner() override;
    void wait();
    void finish();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace govcat::ui
