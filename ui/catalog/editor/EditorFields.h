#pragma once

#include "core/rules/ResourceDraft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace govcat::ui {

// The resource fields the editor changes through undo commands, each with the info_resource column
// (or resource_survey / resource_relation column) that names it in findings and commands, the
// objectName of its input widget, and a text accessor on ResourceDraft.
//
// objectName = the column in lowerCamelCase + "Edit" for text inputs, + "Combo" for choices:
//   name → nameEdit, abstract → abstractEdit, format_category → formatCategoryCombo, … (full list in
//   EditorFields.cpp). Two columns share one widget: classification_id and classification_code
//   (classificationCombo).
struct EditorField
{
    QString column;
    QString objectName; // empty: changed together with another field, no widget of its own
    const char* label;  // QT_TRANSLATE_NOOP("govcat::ui::EditorFields", …); see displayLabel()
    QString (*get)(const ResourceDraft&);
    void (*set)(ResourceDraft&, const QString&);

    QString displayLabel() const;
};

const QList<EditorField>& editorFields();
const EditorField* editorField(const QString& column);

// The objectName of the widget that shows a column named in a Finding (resource fields only; item
// findings point at the item grid, "itemTable"). Also covers the read-only fields (code → codeEdit,
// provider_dept_id and provider_name → providerNameEdit, provider_code → providerCodeEdit) and
// items → itemTable. Empty for a column the editor does not show.
QString widgetNameForColumn(const QString& column);

// 关联资源代码 as typed: codes separated by commas, 、, semicolons or white space.
QStringList parseRelatedCodes(const QString& text);
QString joinRelatedCodes(const QStringList& codes);

} // namespace govcat::ui
