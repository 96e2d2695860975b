#pragma once

#include <QStringList>

namespace govcat::app {

// govcat export --db PATH --format xlsx|csv|json --out FILE [--department NAME_OR_ID]...
//               [--status STATUS]... [--encoding utf-8|gb18030] [--passphrase-file F] [--quiet]
// Opens the database read-only and writes the catalog (or the resources of the given departments
// and statuses) in the import template's layout. Progress on stderr. Exit codes (app/ExitCodes.h):
// 0 written; 2 wrong passphrase; 3 the database cannot be opened or read (damaged, not a govcat
// database, key file missing or damaged); 4 the --out file could not be written, or the data does
// not fit the chosen format or encoding (nothing is left behind); 64 usage (unknown option value, department
// or status, no usable passphrase); 130 interrupted (Ctrl-C or SIGTERM; nothing is left behind).
int runExportCommand(const QStringList& arguments);

} // namespace govcat::app
