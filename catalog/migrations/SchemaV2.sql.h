#pragma once

#include "SyncColumns.sql.h"

// Schema version 2: catalog editing (issue 3). Search index, code sequences, versions, lifecycle
// transitions. Never edit a released migration: add the next one instead.

namespace govcat::catalog::migrations {

inline constexpr const char* kSchemaV2[] = {
    // Local, derived: rebuilt from info_resource and info_item (core/search/SearchText tokens).
    // docid = info_resource.rowid.
    "CREATE VIRTUAL TABLE resource_fts USING fts4(name, code, provider, abstract, items)",

    // Local: the last 顺序码 handed out per 分类码, so that a code is never reused even when its
    // resource is deleted.
    "CREATE TABLE code_sequence (class_code TEXT PRIMARY KEY NOT NULL, last_no INTEGER NOT NULL)",

    // When a resource was last submitted for review (the reviewer queue's age).
    "ALTER TABLE info_resource ADD COLUMN submitted_at TEXT",
    // Duplicate-name rule within a provider.
    "CREATE INDEX info_resource_name ON info_resource(provider_dept_id, name)",
    // The list's facet filters and counts (covering with is_deleted), and its sort by name.
    "CREATE INDEX info_resource_share_live ON info_resource(share_type, is_deleted)",
    "CREATE INDEX info_resource_status_live ON info_resource(status, is_deleted)",
    "CREATE INDEX info_resource_class_live ON info_resource(classification_id, is_deleted)",
    "CREATE INDEX info_resource_sort_name ON info_resource(name)",

    // Published versions (status 已发布) and the open revision of a published resource (草稿,
    // 待审核, 已退回) as self-contained JSON snapshots (core/rules/DraftFields).
    "CREATE TABLE resource_version (" GOVCAT_SYNC_COLUMNS
    "resource_id TEXT NOT NULL REFERENCES info_resource(id), version_no INTEGER NOT NULL, "
    "status TEXT NOT NULL CHECK (status IN ('草稿', '待审核', '已退回', '已发布')), "
    "snapshot TEXT NOT NULL, comment TEXT, submitted_at TEXT, published_at TEXT)",
    "CREATE INDEX resource_version_resource ON resource_version(resource_id, version_no)",
    "CREATE INDEX resource_version_status ON resource_version(status)",

    // Every lifecycle transition: who, when, from which status to which, and the comment.
    "CREATE TABLE resource_transition (" GOVCAT_SYNC_COLUMNS
    "resource_id TEXT NOT NULL REFERENCES info_resource(id), version_no INTEGER NOT NULL, "
    "action TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL, comment TEXT, "
    "actor TEXT NOT NULL, actor_role TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE INDEX resource_transition_resource ON resource_transition(resource_id, at)",
};

} // namespace govcat::catalog::migrations
