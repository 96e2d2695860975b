#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace govcat::server {

// The city server's tables in PostgreSQL (SYNC.md §2.1), domain-agnostic: every synced row of every
// domain is one row of sync_rows, its columns a jsonb object, so that a new domain syncs from its
// first version without a server migration; the domains' rules check the values, not the table.
// The schema's own version is in server_meta; install() creates it on an empty database and
// refuses a database of another version.
inline constexpr int kServerSchemaVersion = 1;

Result<void> installServerSchema(QSqlDatabase pg);

} // namespace govcat::server
