#pragma once

// Schema version 4. Never edit a released migration: add the next one instead. A plain list of
// statements, run in order in one transaction (db/Migrations.cpp).

namespace govcat::catalog::migrations {

inline constexpr const char* kSchemaV4[] = {
    // A new resource's outbox entry carries the data items inserted with it (issue 4: an import of
    // 10,000 resources wrote 110,000 entries, 100,000 of them for items):
    // {"info_item": [{"id": …, "fields": {"column": {"new": …}, …}}, …]}, NULL for other entries
    // (docs/ARCHITECTURE.md, "Outbox").
    "ALTER TABLE outbox ADD COLUMN children TEXT",
};

} // namespace govcat::catalog::migrations
