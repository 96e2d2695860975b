#pragma once

#include <QStringList>

namespace govcat::app {

// govcat profile --db PATH --name NAME --department NAME|USCC --role ROLE [--passphrase-file F]
// Sets the database's local profile (who works here), with the rules of the first-start dialog
// (db/ProfileRules): a name, a department of the database (full name, short name, 统一社会信用代码
// or id), a role (目录填报人员, 审核员, 部门领导（查阅）, 管理员, or editor, reviewer, leader, admin). Exit codes:
//   0 saved; 1 the database has no department yet (open it once in govcat to register one);
//   2 wrong passphrase; 3 the database could not be opened or written; 64 usage (a missing option,
//   a blank name, an unknown role or department).
int runProfileCommand(const QStringList& arguments);

} // namespace govcat::app
