#pragma once

#include "SyncColumns.sql.h"

// Schema version 1. Never edit a released migration: add the next one instead.
// Every synced table carries the sync columns (see docs/ARCHITECTURE.md, "Data model").
// Enum columns store canonical Chinese names; codes are mapped at the edges (core/CodeLists).

namespace govcat::catalog::migrations {

inline constexpr const char* kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",

    "CREATE TABLE department (" GOVCAT_SYNC_COLUMNS
    "name TEXT NOT NULL, short_name TEXT, uscc TEXT NOT NULL, region_code TEXT NOT NULL, "
    "level TEXT NOT NULL CHECK (level IN ('省', '市', '县', '乡')), "
    "parent_id TEXT REFERENCES department(id), catalog_class_code TEXT, contact TEXT, "
    "is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)))",
    "CREATE INDEX department_parent ON department(parent_id)",

    "CREATE TABLE local_profile (id INTEGER PRIMARY KEY CHECK (id = 1), user_name TEXT NOT NULL, "
    "dept_id TEXT NOT NULL REFERENCES department(id), "
    "role TEXT NOT NULL CHECK (role IN ('编目员', '审核员', '领导', '管理员')), created_at TEXT NOT NULL)",

    "CREATE TABLE catalog_class (" GOVCAT_SYNC_COLUMNS
    "code TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('类', '项', '目', "
    "'细目')), "
    "parent_id TEXT REFERENCES catalog_class(id), kind TEXT NOT NULL CHECK (kind IN ('基础', '主题', "
    "'部门')), "
    "sort_order INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX catalog_class_parent ON catalog_class(parent_id)",
    "CREATE INDEX catalog_class_code ON catalog_class(code)",

    "CREATE TABLE legal_basis (" GOVCAT_SYNC_COLUMNS
    "title TEXT NOT NULL, doc_no TEXT, article TEXT, effective_from TEXT, effective_to TEXT, "
    "level TEXT NOT NULL CHECK (level IN ('法律', '行政法规', '国务院决定', '党中央国务院政策', "
    "'地方性法规', '规章')))",

    "CREATE TABLE code_list (" GOVCAT_SYNC_COLUMNS
    "list_name TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, parent_code TEXT, "
    "sort_order INTEGER NOT NULL DEFAULT 0, jurisdiction TEXT NOT NULL DEFAULT '全国')",
    "CREATE INDEX code_list_list ON code_list(list_name, sort_order)",

    "CREATE TABLE info_resource (" GOVCAT_SYNC_COLUMNS
    "classification_id TEXT NOT NULL REFERENCES catalog_class(id), "
    "name TEXT NOT NULL, code TEXT, sequence_no INTEGER, "
    "provider_dept_id TEXT NOT NULL REFERENCES department(id), provider_code TEXT NOT NULL, "
    "provider_internal_unit TEXT, abstract TEXT NOT NULL DEFAULT '', "
    "format_category TEXT, format_type TEXT, format_other_desc TEXT, "
    "share_type TEXT NOT NULL CHECK (share_type IN ('无条件共享', '有条件共享', '不予共享')), "
    "share_condition TEXT, no_share_basis_id TEXT REFERENCES legal_basis(id), "
    "share_method_category TEXT, share_method_type TEXT, "
    "open_to_public TEXT NOT NULL DEFAULT '否' CHECK (open_to_public IN ('是', '否')), open_condition TEXT, "
    "update_cycle TEXT, update_cycle_other TEXT, publish_date TEXT, "
    "is_secret TEXT NOT NULL DEFAULT '非涉密' CHECK (is_secret IN ('涉密', '非涉密')), "
    "level TEXT NOT NULL DEFAULT '部门' CHECK (level IN ('部门', '国家')), "
    "status TEXT NOT NULL DEFAULT '草稿' "
    "CHECK (status IN ('草稿', '待审核', '已退回', '已发布', '下线中', '已下线')), "
    "mount_status TEXT NOT NULL DEFAULT '未挂接' CHECK (mount_status IN ('未挂接', '挂接待审核', '已挂接', "
    "'挂接退回')), "
    "mounted_at TEXT, last_data_update_at TEXT, catalog_version INTEGER NOT NULL DEFAULT 1, "
    "business_items TEXT)",
    "CREATE UNIQUE INDEX info_resource_code ON info_resource(code)",
    "CREATE INDEX info_resource_provider ON info_resource(provider_dept_id, code)",
    // Covers the live-resource counts (per department and in total) without reading table rows.
    // provider_dept_id first: with is_deleted first SQLite 3.15 picks it for the ordered list and sorts.
    "CREATE INDEX info_resource_live ON info_resource(provider_dept_id, is_deleted)",
    "CREATE INDEX info_resource_class ON info_resource(classification_id)",
    "CREATE INDEX info_resource_status ON info_resource(status, share_type)",

    "CREATE TABLE info_item (" GOVCAT_SYNC_COLUMNS
    "resource_id TEXT NOT NULL REFERENCES info_resource(id), seq INTEGER NOT NULL, name TEXT NOT NULL, "
    "data_type TEXT NOT NULL CHECK (data_type IN ('C', 'N', 'Y', 'D', 'T', 'L', 'M', 'G', 'B', 'I', 'F')), "
    "length INTEGER, precision INTEGER, is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)), "
    "is_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (is_sensitive IN (0, 1)), "
    "item_share_type TEXT, item_share_condition TEXT)",
    "CREATE INDEX info_item_resource ON info_item(resource_id, seq)",

    "CREATE TABLE resource_survey (" GOVCAT_SYNC_COLUMNS
    "resource_id TEXT NOT NULL REFERENCES info_resource(id), period TEXT NOT NULL, "
    "storage_total_gb REAL NOT NULL DEFAULT 0, records_total_10k REAL NOT NULL DEFAULT 0, "
    "shared_storage_gb REAL NOT NULL DEFAULT 0, shared_records_10k REAL NOT NULL DEFAULT 0, "
    "opened_storage_gb REAL NOT NULL DEFAULT 0, opened_records_10k REAL NOT NULL DEFAULT 0)",
    "CREATE INDEX resource_survey_resource ON resource_survey(resource_id)",

    "CREATE TABLE resource_relation (" GOVCAT_SYNC_COLUMNS
    "resource_id TEXT NOT NULL REFERENCES info_resource(id), related_code TEXT NOT NULL, "
    "relation_kind TEXT NOT NULL CHECK (relation_kind IN ('来源', '关联')))",
    "CREATE INDEX resource_relation_resource ON resource_relation(resource_id)",

    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE, "
    "table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
    "op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')), base_version INTEGER NOT NULL, "
    "owner_dept_id TEXT NOT NULL, fields TEXT NOT NULL, schema_version INTEGER NOT NULL, "
    "created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
    "state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')), reason TEXT)",
    "CREATE INDEX outbox_row ON outbox(table_name, row_id)",

    "CREATE TABLE audit_journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT "
    "NULL, "
    "actor_dept_id TEXT, actor_role TEXT, action TEXT NOT NULL, table_name TEXT, row_id TEXT, detail TEXT)",
};

} // namespace govcat::catalog::migrations
