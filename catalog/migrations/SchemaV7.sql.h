#pragma once

#include "SyncColumns.sql.h"

// Schema version 7: the data call tables (数据普查包, schema v3) become synced tables like the
// catalog's: the sync columns, and writes through the Repository with outbox and audit entries
// (db/DataCall.cpp). Never edit a released migration: add the next one instead. Run in order in one
// transaction; toV7 (db/Migrations.cpp) then copies the departments' rows, each with a new id.
//
// SQLite cannot add a primary key, so both tables are rebuilt. A call belongs to the department of
// the local user who issued it (rows from before this version: the local profile's department), each
// department's part to the call's owner. Existing rows were never sent to a server: they keep
// row_version 0 and get no outbox entries. Foreign keys are on: the child table is renamed and
// dropped first.

namespace govcat::catalog::migrations {

inline constexpr const char* kSchemaV7[] = {
    "ALTER TABLE data_call_dept RENAME TO data_call_dept_v6",
    "ALTER TABLE data_call RENAME TO data_call_v6",
    "CREATE TABLE data_call (" GOVCAT_SYNC_COLUMNS
    "title TEXT NOT NULL, folder TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL)",
    "CREATE TABLE data_call_dept (" GOVCAT_SYNC_COLUMNS
    "call_id TEXT NOT NULL REFERENCES data_call(id), dept_id TEXT NOT NULL REFERENCES department(id), "
    "file_name TEXT NOT NULL, resources INTEGER NOT NULL, returned_at TEXT, returned_file TEXT, "
    "new_count INTEGER, changed_count INTEGER, rejected_count INTEGER, UNIQUE (call_id, dept_id))",
    "INSERT INTO data_call (id, owner_dept_id, updated_at, updated_by, title, folder, created_at, "
    "created_by) SELECT id, coalesce((SELECT dept_id FROM local_profile WHERE id = 1), ''), created_at, "
    "created_by, title, folder, created_at, created_by FROM data_call_v6",
};

// After the departments' rows were copied (toV7).
inline constexpr const char* kSchemaV7Drop[] = {
    "DROP TABLE data_call_dept_v6",
    "DROP TABLE data_call_v6",
};

} // namespace govcat::catalog::migrations
