#include "PassphrasePolicy.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace govcat {

PassphraseStrength PassphrasePolicy::estimate(const QString& passphrase)
{
    PassphraseStrength s;
    if (passphrase.isEmpty()) {
        return s;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    bool wide = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.unicode() > 0x7f) {
            wide = true;
        } else if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            symbol = true;
        }
    }
    int alphabet =
        (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (wide ? 3000 : 0);
    alphabet = std::max(alphabet, 2);
    // Repetition lowers the estimate: count only distinct characters fully.
    const double effectiveLength = distinct.size() + 0.3 * double(passphrase.size() - distinct.size());
    s.bits = effectiveLength * std::log2(double(alphabet));
    if (passphrase.size() < kMinimumLength) {
        s.level = PassphraseStrength::Level::TooShort;
    } else if (s.bits < 40) {
        s.level = PassphraseStrength::Level::Weak;
    } else if (s.bits < 64) {
        s.level = PassphraseStrength::Level::Fair;
    } else {
        s.level = PassphraseStrength::Level::Strong;
    }
    return s;
}

bool PassphrasePolicy::acceptable(const QString& passphrase)
{
    const auto level = estimate(passphrase).level;
    return (level == PassphraseStrength::Level::Fair || level == PassphraseStrength::Level::Strong) &&
           utf8Bytes(passphrase) <= kMaximumBytes;
}

qsizetype PassphrasePolicy::utf8Bytes(const QString& passphrase)
{
    qsizetype bytes = 0;
    const qsizetype size = passphrase.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = passphrase.at(i).unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && passphrase.at(i + 1).isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3; // BMP, or a lone surrogate (U+FFFD in UTF-8)
        }
    }
    return bytes;
}

int PassphrasePolicy::unlockDelaySeconds(int consecutiveFailures)
{
    if (consecutiveFailures < 3) {
        return 0;
    }
    const int exponent = std::min(consecutiveFailures - 2, 9);
    return std::min(1 << exponent, 300);
}

} // namespace govcat
