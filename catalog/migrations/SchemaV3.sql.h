#pragma once

// Schema version 3. Never edit a released migration: add the next one instead. A plain list of
// statements, run in order in one transaction (db/Migrations.cpp).

namespace govcat::catalog::migrations {

inline constexpr const char* kSchemaV3[] = {
    // Resource list (issue 3 performance). The facet indexes end with code, the list's default
    // order: a single-value filter reads its first page in order instead of sorting every match,
    // and counts read the index alone. They replace the (column, is_deleted) indexes that some v2
    // databases have (added to v2 after it was first created, hence IF EXISTS).
    "DROP INDEX IF EXISTS info_resource_share_live",
    "DROP INDEX IF EXISTS info_resource_status_live",
    "DROP INDEX IF EXISTS info_resource_class_live",
    "CREATE INDEX info_resource_share_code ON info_resource(share_type, is_deleted, code)",
    "CREATE INDEX info_resource_status_code ON info_resource(status, is_deleted, code)",
    "CREATE INDEX info_resource_class_code ON info_resource(classification_id, is_deleted, code)",
    // A 类/项/目 filter (with a status or not) selects many classifications: its list walks this index
    // in code order, reading a row only for the resources it shows, and its ids (bulk edit) come from
    // the index alone (db/ResourceFilter.cpp).
    "CREATE INDEX info_resource_code_class ON info_resource(code, classification_id, is_deleted, status, id)",
    // Department with status (the department panel plus a status filter; the search combined with
    // them) without reading rows. Replaces info_resource_live (provider_dept_id, is_deleted).
    "DROP INDEX IF EXISTS info_resource_live",
    "CREATE INDEX info_resource_dept_live ON info_resource(provider_dept_id, is_deleted, status)",
    // Sort by name (in v2 databases created after that index was added to v2).
    "CREATE INDEX IF NOT EXISTS info_resource_sort_name ON info_resource(name)",
    // Data calls (数据普查, issue 4): kits generated here, one workbook per department, and which
    // departments returned theirs. Local bookkeeping of this office, not synced.
    "CREATE TABLE data_call (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, folder TEXT NOT NULL, "
    "created_at TEXT NOT NULL, created_by TEXT NOT NULL)",
    "CREATE TABLE data_call_dept (call_id TEXT NOT NULL REFERENCES data_call(id), "
    "dept_id TEXT NOT NULL REFERENCES department(id), file_name TEXT NOT NULL, resources INTEGER NOT NULL, "
    "returned_at TEXT, returned_file TEXT, new_count INTEGER, changed_count INTEGER, rejected_count INTEGER, "
    "PRIMARY KEY (call_id, dept_id))",
};

} // namespace govcat::catalog::migrations
