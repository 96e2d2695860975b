#pragma once

#include <QStringList>

namespace govcat::app {

// govcat import --db PATH FILE [--dry-run] [--apply-clean] [--report OUT.xlsx] [--summary-json]
//               [--encoding utf-8|gb18030] [--passphrase-file F]
// Reads a catalog file (.xlsx, .csv, .json), previews it against the database as the local
// profile's user, and writes it unless --dry-run. Exit codes (app/ExitCodes.h):
//   0 every row was accepted (and written, without --dry-run);
//   1 some rows were rejected (校验不通过; "rejected" in --summary-json): the report is written when
//     asked for; the other rows are written only without --dry-run and with --apply-clean (then only
//     clean rows);
//   2 wrong passphrase;
//   3 the database could not be opened or written (missing, damaged, not govcat …);
//   4 the file was refused (unreadable, hostile, over a limit, not a catalog): nothing written;
//   64 usage error, no usable passphrase, or the database has no local profile yet (set it with
//     govcat profile, or open it once in the GUI).
int runImportCommand(const QStringList& arguments);

} // namespace govcat::app
