#pragma once

#include "ImportedCatalog.h"

#include <QString>

namespace govcat::io {

// Reading one value of a catalog file into an ImportedResource, whatever the file format: the cell
// text (or JSON value as text) of a column key becomes the stored value (CellValues), the key is
// marked present with its source cell, and a value that cannot be read becomes an ImportProblem
// naming the column and saying what was expected.

// A resource column (CatalogColumns key other than item.* and "items").
void readResourceValue(ImportedResource& r, const QString& key, const QString& raw, SourceCell cell);
// An item column of r.draft.items[index]; key without the "item." prefix. The caller marks the key
// present in r.items[index] (items of a sheet share one set).
void readItemValue(ImportedResource& r, int index, const QString& key, const QString& raw, SourceCell cell);
// Adds a problem of rule "IMPORT" (an error) to a list.
void addImportProblem(QList<ImportProblem>& problems, const QString& field, int itemIndex,
                      const QString& message, SourceCell cell);

} // namespace govcat::io
