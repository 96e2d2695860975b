#pragma once

#include <QStringList>

namespace govcat::app {

// govcat check --db PATH [--passphrase-file F]: unlocks read-only, runs PRAGMA integrity_check and
// prints the schema version and row counts. Exit 0 all well, 2 wrong passphrase, 3 damaged or not
// a govcat database (missing or damaged key file included), 1 usage or other errors.
int runCheckCommand(const QStringList& arguments);

} // namespace govcat::app
