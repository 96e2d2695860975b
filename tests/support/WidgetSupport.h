#pragma once

#include <QApplication>
#include <QString>
#include <QWidget>

namespace govcat::test {

// A widget by objectName; aborts the test when it is missing (GUI tests drive real widgets).
template <typename T> T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

// Saves a screenshot of the widget as GOVCAT_SCREENSHOT_DIR/name.png when that variable is set
// (for the user guide); false only when saving failed.
inline bool saveScreenshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("GOVCAT_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return true;
    }
    QApplication::processEvents();
    return widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

} // namespace govcat::test
