#pragma once

#include "db/Domains.h"

#include <vector>

namespace govcat::catalog {

// The catalog's schema version: the newest step of schemaSteps(). The catalog is the root domain,
// so this is the database's PRAGMA user_version.
inline constexpr int kSchemaVersion = 7;

// The catalog's schema steps, 1 to kSchemaVersion (SQL in catalog/migrations/).
std::vector<db::SchemaStep> schemaSteps();

} // namespace govcat::catalog
