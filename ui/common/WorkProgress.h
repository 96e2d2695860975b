#pragma once

#include <QCoreApplication>
#include <QProgressDialog>
#include <QString>

namespace govcat::ui {

// The progress of work that runs on the GUI thread and reports (done, total) through a callback: a
// window-modal dialog with 取消 that appears only when the work lasts longer than half a second.
// Used by the quality checks, 一数一源, import, export and the data call kits.
class WorkProgress
{
    Q_DECLARE_TR_FUNCTIONS(WorkProgress)

public:
    WorkProgress(QWidget* parent, const QString& objectName, const QString& title, const QString& label);
    ~WorkProgress();
    WorkProgress(const WorkProgress&) = delete;
    WorkProgress& operator=(const WorkProgress&) = delete;

    // Shows done of total (total 0: a busy indicator); false once the user has cancelled.
    bool report(qint64 done, qint64 total);
    // report() as the callback the db and io layers take, whatever their integer types.
    auto callback()
    {
        return [this](auto done, auto total) { return report(qint64(done), qint64(total)); };
    }
    void setLabelText(const QString& text) { m_dialog.setLabelText(text); }
    bool wasCanceled() const { return m_dialog.wasCanceled(); }
    QProgressDialog* dialog() { return &m_dialog; } // for its canceled() signal (ui/common/JobRunner)
    // Closes the dialog (also done on destruction).
    void finish() { m_dialog.reset(); }

private:
    QProgressDialog m_dialog;
};

} // namespace govcat::ui
