#pragma once

#include <QString>

namespace govcat {

// A rough strength estimate for a new passphrase, shown as a hint while typing.
struct PassphraseStrength
{
    enum class Level
    {
        Empty,
        TooShort,
        Weak,
        Fair,
        Strong
    };
    Level level = Level::Empty;
    double bits = 0; // estimated entropy
};

class PassphrasePolicy
{
public:
    static constexpr int kMinimumLength = 8;
    // The longest passphrase accepted anywhere, in UTF-8 bytes: a passphrase file, standard input or
    // GOVCAT_PASSPHRASE longer than this is refused (never cut), and no dialog sets a longer one.
    static constexpr int kMaximumBytes = 4095;

    static PassphraseStrength estimate(const QString& passphrase);
    // Accepted for a new database: at least kMinimumLength characters, not Weak, at most
    // kMaximumBytes in UTF-8.
    static bool acceptable(const QString& passphrase);
    // The length of passphrase in UTF-8 bytes, counted without making a copy of it.
    static qsizetype utf8Bytes(const QString& passphrase);
    // Seconds the unlock dialog waits after this many wrong passphrases in a row (0 for the first
    // three, then 2, 4, 8 … up to 300).
    static int unlockDelaySeconds(int consecutiveFailures);
};

} // namespace govcat
