#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace govcat::app {

// Where a command-line tool gets a passphrase: GOVCAT_PASSPHRASE, --passphrase-file, or a prompt on
// the terminal without echo. Never from a command-line argument (visible in ps and shell history).
class PassphraseSource
{
public:
    static Result<QByteArray> obtain(const QString& passphraseFile, const QString& prompt, bool confirm);
};

} // namespace govcat::app
