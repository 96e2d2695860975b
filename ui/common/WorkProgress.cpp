#include "WorkProgress.h"

#include <algorithm>
#include <limits>

namespace govcat::ui {

WorkProgress::WorkProgress(QWidget* parent, const QString& objectName, const QString& title,
                           const QString& label)
    : m_dialog(label, tr("取消"), 0, 0, parent)
{
    m_dialog.setObjectName(objectName);
    m_dialog.setWindowTitle(title);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(500);
}

WorkProgress::~WorkProgress()
{
    m_dialog.reset();
}

bool WorkProgress::report(qint64 done, qint64 total)
{
    const int maximum = int(std::clamp<qint64>(total, 0, std::numeric_limits<int>::max()));
    if (m_dialog.maximum() != maximum) {
        m_dialog.setMaximum(maximum);
    }
    m_dialog.setValue(int(std::clamp<qint64>(done, 0, maximum)));
    return !m_dialog.wasCanceled();
}

} // namespace govcat::ui
