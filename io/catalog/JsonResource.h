#pragma once

#include "ImportedCatalog.h"
#include "core/rules/ResourceDraft.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace govcat::io {

// One resource of a govcat-catalog JSON file (docs/CATALOG_JSON.md) as compact JSON text: every
// resource key of CatalogColumns in template order, then "items". Values as govcat stores them
// (code-list names; data_type as its letter), figures as numbers (null when empty), related_codes
// and business_items as arrays of strings, booleans as true/false.
QByteArray resourceJson(const ResourceDraft& draft, const QHash<QString, QString>& legalBasisTitles);

// The resource an object of the "resources" array gives, read the way the table parser reads
// cells (io/catalog/CellValues): the keys present are the keys the object has; "items" present
// makes its array the resource's data items. `position` is the 1-based place in the array, kept
// as the row of every SourceCell (sheet -1). Unknown keys are ignored.
ImportedResource resourceFromJson(const QJsonObject& object, int position);

} // namespace govcat::io
