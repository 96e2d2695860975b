#pragma once

// The sync columns every synced table starts with (docs/ARCHITECTURE.md, "Data model"). Shared by
// the migrations; the SQL they produce must never change for a released migration.
#define GOVCAT_SYNC_COLUMNS                                                                                  \
    "id TEXT PRIMARY KEY NOT NULL, "                                                                         \
    "owner_dept_id TEXT NOT NULL, "                                                                          \
    "row_version INTEGER NOT NULL DEFAULT 0, "                                                               \
    "is_deleted INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)), "                                   \
    "updated_at TEXT NOT NULL, "                                                                             \
    "updated_by TEXT NOT NULL, "                                                                             \
    "origin_node TEXT NOT NULL DEFAULT 'local', "
