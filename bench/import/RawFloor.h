#pragma once

#include <QSqlDatabase>

namespace govcat::bench {

// The reference for the import's write: `items` data item rows and their outbox entries (the same
// columns and JSON an import writes for a new item) inserted with two prepared statements through
// the SQLite API, in one transaction on the same database: no Qt Sql, no Repository, no search
// index, no audit. Prints floor_ms, floor_cpu_ms (the inserts) and floor_commit_ms.
void runRawFloor(const QSqlDatabase& db, int items);

} // namespace govcat::bench
