#pragma once

#include <QStringList>

namespace govcat::app {

// govcat export --db PATH --format xlsx|csv|json --out FILE [--department NAME_OR_ID]...
//               [--status STATUS]... [--encoding utf-8|gb18030] [--passphrase-file F] [--quiet]
// Opens the database read-only and writes the catalog (or the resources of the given departments
// and statuses) in the import template's layout. Progress on stderr. Exit 0 written; 1 the file
// could not be written (nothing is left behind); 2 wrong passphrase; 3 the database cannot be
// opened (damaged, not a govcat database, key file missing or damaged); 64 usage (unknown option
// value, department or status); 130 interrupted (Ctrl-C; nothing is left behind).
int runExportCommand(const QStringList& arguments);

} // namespace govcat::app
