#pragma once

#include "core/Result.h"
#include "db/driver/SecureBytes.h"

#include <QString>

namespace govcat::app {

// Where a command-line tool gets a passphrase: GOVCAT_PASSPHRASE, --passphrase-file (its first line),
// or a prompt on the terminal without echo (standard input when it is not a terminal). Never from a
// command-line argument (visible in ps and shell history).
//
// The passphrase goes straight into locked memory (db::SecureBytes) and is never cut: one longer than
// PassphrasePolicy::kMaximumBytes is refused. The environment variable is overwritten and removed
// once read, so that no child process inherits it.
class PassphraseSource
{
public:
    static Result<db::SecureBytes> obtain(const QString& passphraseFile, const QString& prompt, bool confirm);
};

} // namespace govcat::app
