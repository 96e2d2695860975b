#pragma once

#include "SecureBytes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace govcat::db {

// Argon2id cost for wrapping the data key. Stored in the key file, so every file keeps its own.
enum class KdfProfile
{
    Moderate,    // libsodium MODERATE: t=3, 256 MiB (~0.5 s) — the default for real catalogs
    Interactive, // libsodium INTERACTIVE: t=2, 64 MiB (~0.1 s)
    Minimal,     // t=1, 8 MiB — tests only; never offered in the UI
};

// The small versioned file "<database>.key" beside each database (SYNC.md §3.1): the 32-byte data
// key sealed with crypto_secretbox under an Argon2id key derived from the passphrase, plus the salt
// and cost. Nothing in it is secret on its own. A checksum tells a damaged or edited file from a
// wrong passphrase.
class KeyFile
{
public:
    static constexpr int kVersion = 1;
    static constexpr size_t kDataKeyBytes = 32;

    // A fresh random data key.
    static SecureBytes generateDataKey();
    // Seals dataKey under passphrase.
    static Result<KeyFile> wrap(const SecureBytes& dataKey, const QByteArray& passphrase, KdfProfile profile);
    // Opens the data key; Error::Kind::WrongPassphrase when the passphrase does not fit.
    Result<SecureBytes> unwrap(const QByteArray& passphrase) const;

    // KeyFileMissing, or KeyFileDamaged for anything unreadable, edited or of another version.
    static Result<KeyFile> read(const QString& path);
    Result<void> write(const QString& path) const; // atomic replace, mode 0600

    QByteArray toJson() const;
    static Result<KeyFile> fromJson(const QByteArray& json);

    quint64 opsLimit() const { return m_opsLimit; }
    quint64 memLimit() const { return m_memLimit; }

private:
    QByteArray checksum() const;

    quint64 m_opsLimit = 0;
    quint64 m_memLimit = 0;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_sealed;
};

} // namespace govcat::db
