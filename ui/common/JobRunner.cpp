#include "JobRunner.h"

#include "ui/common/WorkProgress.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>

namespace govcat::ui {

struct JobRunner::Private
{
    Private(QWidget* parent, const JobLabels& labels)
        : progress(parent, labels.objectName, labels.title, labels.label)
    {}
    WorkProgress progress;
    QEventLoop loop;
    bool finished = false;
    QPointer<db::Worker> worker;
};

JobRunner::JobRunner(QWidget* parent, db::Worker& worker, const JobLabels& labels)
    : d(std::make_unique<Private>(parent, labels))
{
    d->worker = &worker;
    // Busy until the first report; a cancel click (or Esc) reaches the job at its next report.
    d->progress.report(0, 0);
    connect(&worker, &db::Worker::progressed, this,
            [this, progressLabel = labels.progressLabel](qint64 done, qint64 total) {
                if (!d->finished && progressLabel) {
                    d->progress.setLabelText(progressLabel(done, total));
                }
                if (!d->finished && !d->progress.report(done, total) && d->worker) {
                    d->worker->cancel();
                }
            });
    connect(d->progress.dialog(), &QProgressDialog::canceled, this, [this] {
        if (d->worker) {
            d->worker->cancel();
        }
    });
    connect(&worker, &QObject::destroyed, this, [this] { finish(); });
}

JobRunner::~JobRunner() = default;

void JobRunner::wait()
{
    if (!d->finished) {
        d->loop.exec(QEventLoop::AllEvents);
    }
    d->progress.finish();
}

void JobRunner::finish()
{
    d->finished = true;
    d->progress.finish();
    d->loop.quit();
}

} // namespace govcat::ui
