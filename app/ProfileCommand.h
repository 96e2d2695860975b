#pragma once

#include <QStringList>

namespace govcat::app {

// govcat profile --db PATH --name NAME --department NAME|USCC --role ROLE [--passphrase-file F]
// Sets the database's local profile (who works here), with the rules of the first-start dialog
// (db/ProfileRules): a name, a department of the database (full name, short name, 统一社会信用代码
// or id), a role (目录填报人员, 审核员, 部门领导（查阅）, 管理员, or editor, reviewer, leader,
// admin). Exit codes (app/ExitCodes.h):
//   0 saved; 2 wrong passphrase; 3 the database could not be opened or written; 64 usage (a missing
//   option or passphrase, a blank name, an unknown role or department, 管理员 for the first profile,
//   or a database without any department yet: open it once in govcat to register one).
int runProfileCommand(const QStringList& arguments);

} // namespace govcat::app
