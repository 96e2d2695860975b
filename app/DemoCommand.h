#pragma once

#include <QStringList>

namespace govcat::app {

// govcat demo --db PATH --resources N [--seed S] [--kdf moderate|interactive]: creates an encrypted
// database of a believable demo city. The passphrase comes from GOVCAT_PASSPHRASE,
// --passphrase-file or a prompt.
int runDemoCommand(const QStringList& arguments);

} // namespace govcat::app
