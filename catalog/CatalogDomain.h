#pragma once

#include "db/Domains.h"

namespace govcat::catalog {

// The catalog as storage sees it: the root domain, with its schema steps, its synced tables (a data
// item rides in its new resource's outbox entry) and the search index's write hook.
db::Domain domain();

// Registers the catalog with db::Domains (app/Domains.cpp calls it at start-up).
void registerDomain();

} // namespace govcat::catalog
