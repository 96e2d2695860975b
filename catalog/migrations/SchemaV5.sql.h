#pragma once

// Schema version 5. Never edit a released migration: add the next one instead. A plain list of
// statements, run in order in one transaction (db/Migrations.cpp).

namespace govcat::catalog::migrations {

inline constexpr const char* kSchemaV5[] = {
    // From v5 on, the items in a new resource's outbox entry give their values bare and leave out
    // resource_id (the entry's row) and owner_dept_id when it is the entry's:
    // {"info_item": [{"id": …, "fields": {"column": value, …}}, …]}. Entries written under v4
    // (outbox.schema_version 4) keep the long form {"column": {"new": …}} with both columns; a reader
    // takes either (docs/ARCHITECTURE.md). An import of 10,000 resources wrote 31 MB of children.
    // info_resource(classification_id) is the first column of info_resource_class_code (v3), which
    // serves every lookup it served, the foreign key check included: one index less to write.
    "DROP INDEX info_resource_class",
};

} // namespace govcat::catalog::migrations
