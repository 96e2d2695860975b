#pragma once

#include <QStringList>

namespace govcat::app {

// govcat demo --db PATH --resources N [--seed S] [--kdf moderate|interactive]: creates an encrypted
// database of a believable demo city. The passphrase comes from GOVCAT_PASSPHRASE,
// --passphrase-file or a prompt. Exit codes (app/ExitCodes.h): 0 created; 3 the database could not
// be created or written; 64 usage (bad option values, an existing file at PATH, no passphrase or one
// the passphrase policy refuses).
int runDemoCommand(const QStringList& arguments);

} // namespace govcat::app
