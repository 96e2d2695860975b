#pragma once

#include <QStringList>

namespace govcat::app {

// govcat check --db PATH [--passphrase-file F]: unlocks read-only, runs PRAGMA integrity_check and
// prints the schema version and row counts. Exit codes (app/ExitCodes.h): 0 all well; 2 wrong
// passphrase; 3 the database cannot be used: missing, damaged (integrity check included), not a
// govcat database, interrupted creation, a hot journal, missing or damaged key file; 64 usage (no
// --db, no usable passphrase).
int runCheckCommand(const QStringList& arguments);

} // namespace govcat::app
