#pragma once

#include "CatalogTableParser.h"
#include "ImportedCatalog.h"
#include "core/Result.h"

#include <QString>

namespace govcat::io {

// Reads a catalog file whatever its format: .xlsx and .csv through CatalogTableParser, .json
// through CatalogJson. `csvEncoding` forces a CSV's encoding ("utf-8", "gb18030"); empty detects it.
Result<ImportedCatalog> readCatalogFile(const QString& path, const QString& csvEncoding = {},
                                        const ReadProgress& progress = {});

} // namespace govcat::io
