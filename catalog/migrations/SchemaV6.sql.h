#pragma once

// Schema version 6: the catalog's fields and wording a reviewer would correct (issue 12). Never edit
// a released migration: add the next one instead. Run in order in one transaction, followed by the
// rewrite of pending outbox entries (db/Migrations.cpp, toV6).
//
// Stored wording (codes unchanged, core/CodeLists): 更新周期 半年 → 每半年, 共享方式分类 共享平台 →
// 共享平台方式, roles 编目员 → 目录填报人员 and 领导 → 部门领导（查阅）. Of the columns that hold them only
// local_profile.role has a CHECK listing the values; SQLite cannot alter a CHECK, so that one-row
// table is rebuilt (with the new names in its CHECK). info_resource's update_cycle and
// share_method_category have no CHECK (the code list and rule R13 keep them), so the 100,000-row
// table is updated in place, each row written once, no index touched.
//
// 开放类型 (info_resource.open_type, DOMAIN §2.6): no CHECK either, for the same reason; existing
// rows get it from 是否向社会开放: 否 → 不予开放; 是 → 无条件开放 when the open condition is empty or
// says 无条件, else 有条件开放 (core/CodeLists: derivedOpenType, also used for snapshots written
// before this version).

namespace govcat::catalog::migrations {

inline constexpr const char* kSchemaV6[] = {
    "ALTER TABLE info_resource ADD COLUMN open_type TEXT",
    "UPDATE info_resource SET "
    "open_type = CASE WHEN open_to_public = '是' THEN "
    "CASE WHEN coalesce(trim(open_condition), '') = '' OR instr(open_condition, '无条件') > 0 "
    "THEN '无条件开放' ELSE '有条件开放' END ELSE '不予开放' END, "
    "update_cycle = CASE WHEN update_cycle = '半年' THEN '每半年' ELSE update_cycle END, "
    "share_method_category = CASE WHEN share_method_category = '共享平台' THEN '共享平台方式' "
    "ELSE share_method_category END",

    "ALTER TABLE local_profile RENAME TO local_profile_v5",
    "CREATE TABLE local_profile (id INTEGER PRIMARY KEY CHECK (id = 1), user_name TEXT NOT NULL, "
    "dept_id TEXT NOT NULL REFERENCES department(id), "
    "role TEXT NOT NULL CHECK (role IN ('目录填报人员', '审核员', '部门领导（查阅）', '管理员')), "
    "created_at TEXT NOT NULL)",
    "INSERT INTO local_profile (id, user_name, dept_id, role, created_at) "
    "SELECT id, user_name, dept_id, CASE role WHEN '编目员' THEN '目录填报人员' "
    "WHEN '领导' THEN '部门领导（查阅）' ELSE role END, created_at FROM local_profile_v5",
    "DROP TABLE local_profile_v5",

    "UPDATE resource_transition SET actor_role = CASE actor_role WHEN '编目员' THEN '目录填报人员' "
    "ELSE '部门领导（查阅）' END WHERE actor_role IN ('编目员', '领导')",
    "UPDATE audit_journal SET actor_role = CASE actor_role WHEN '编目员' THEN '目录填报人员' "
    "ELSE '部门领导（查阅）' END WHERE actor_role IN ('编目员', '领导')",
    // Snapshots (core/rules/DraftFields: compact JSON, "key":"value").
    "UPDATE resource_version SET snapshot = "
    "replace(replace(snapshot, '\"update_cycle\":\"半年\"', '\"update_cycle\":\"每半年\"'), "
    "'\"share_method_category\":\"共享平台\"', '\"share_method_category\":\"共享平台方式\"') "
    "WHERE instr(snapshot, '\"update_cycle\":\"半年\"') > 0 "
    "OR instr(snapshot, '\"share_method_category\":\"共享平台\"') > 0",
    // The code lists as the server sent them (the demo writes core/CodeLists there).
    "UPDATE code_list SET name = '每半年' WHERE list_name = 'update_cycle' AND name = '半年'",
    "UPDATE code_list SET name = '共享平台方式' WHERE list_name = 'share_method_category' AND name = "
    "'共享平台'",
    "UPDATE code_list SET name = '目录填报人员' WHERE list_name = 'role' AND name = '编目员'",
    "UPDATE code_list SET name = '部门领导（查阅）' WHERE list_name = 'role' AND name = '领导'",
};

} // namespace govcat::catalog::migrations
