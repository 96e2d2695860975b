#pragma once

#include "ui/catalog/editor/ResourceEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

// Drives a ResourceEditor through its widgets' objectNames, as a user would.
namespace govcat::test {

template <typename T> T* editorField(QWidget* editor, const QString& column)
{
    const QString name = ui::ResourceEditor::widgetNameFor(column);
    T* w = editor->findChild<T*>(name);
    if (!w) {
        qFatal("no widget %s for column %s", qPrintable(name), qPrintable(column));
    }
    return w;
}

// What an input method does when it commits Chinese text (QTest cannot type CJK keys in Qt 6.4).
inline void commitText(QWidget* editor, const char* column, const QString& text)
{
    QWidget* w = editor->findChild<QWidget*>(ui::ResourceEditor::widgetNameFor(QLatin1String(column)));
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->selectAll();
        line->insert(text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        plain->selectAll();
        plain->insertPlainText(text);
    } else {
        qFatal("%s is not a text field", column);
    }
}

// Picks an entry of a choice by its stored value, as a click in the drop-down does.
inline void choose(QWidget* editor, const char* column, const QString& value)
{
    auto* combo = editorField<QComboBox>(editor, QLatin1String(column));
    const int i = combo->findData(value);
    if (i < 0) {
        qFatal("%s has no entry %s", column, qPrintable(value));
    }
    combo->setCurrentIndex(i);
}

} // namespace govcat::test
