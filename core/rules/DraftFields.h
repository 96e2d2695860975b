#pragma once

#include "ResourceDraft.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace govcat {

// The text fields of a ResourceDraft with their info_resource column and Chinese label: one table
// for snapshots, diffs, the quality view and bulk edit.
struct DraftField
{
    QString column;
    QString label;
    QString ResourceDraft::*member;
};
const QList<DraftField>& draftFields();
const DraftField* draftField(const QString& column);
QString fieldLabel(const QString& column);        // resource or item column; the column itself if unknown
QString fieldDisplayLabel(const QString& column); // fieldLabel translated, for messages and widgets
QString fieldDisplayValue(const QString& column,
                          const QString& value); // a code-list value in the UI language

// A resource as a self-contained JSON snapshot (versions, revisions): every field and every item.
QByteArray toSnapshotJson(const ResourceDraft& draft);
Result<ResourceDraft> fromSnapshotJson(const QByteArray& json);

// One difference between two versions of a resource.
struct FieldChange
{
    QString field; // column; for items the info_item column, or "item" for an added/removed item
    QString label;
    QString oldValue;
    QString newValue;
    QString itemName; // the data item the change is in; empty for resource fields
};
QString displayLabel(const FieldChange& change); // the label in the UI language

// Field-by-field differences from `before` to `after`, items matched by id (by name when either
// side has no id), in field order and then item order.
QList<FieldChange> diffDrafts(const ResourceDraft& before, const ResourceDraft& after);

} // namespace govcat
