#pragma once

#include "core/Result.h"
#include "db/driver/SecureBytes.h"

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
// key sealed under a key derived from the passphrase with Argon2id, plus the salt and cost. Nothing
// in it is secret on its own.
//
// Version 2 (written since issue 13): Argon2id gives a master key; BLAKE2b (crypto_kdf) derives from
// it a wrapping key and a 16-byte check value stored in the file. The data key is sealed with
// XChaCha20-Poly1305 whose associated data is the whole header (version, cost, salt, check value), so
// no header field can be changed without the unwrap failing. The check value tells the two failures
// apart: it does not match → wrong passphrase (or an edited salt or cost, which the message says);
// it matches but the seal does not open → the file was edited (damaged). A plain BLAKE2b checksum
// over everything still catches accidental damage before any derivation runs.
// Version 1 (secretbox, no check value) is still read and is rewritten as version 2 on the first
// read-write unlock (Database::open).
class KeyFile
{
public:
    static constexpr int kVersion = 2;       // written
    static constexpr int kOldestVersion = 1; // still read
    static constexpr size_t kDataKeyBytes = 32;
    // Bounds on the cost a file may ask for; anything outside is refused as damaged before any
    // derivation runs. The upper bounds keep an edited file from freezing every unlock (4 GiB, t=64
    // were accepted before); the lower ones are libsodium's minimum and the tests' Minimal profile.
    static constexpr quint64 kMinOpsLimit = 1;
    static constexpr quint64 kMaxOpsLimit = 10;
    static constexpr quint64 kMinMemLimit = 8192;
    static constexpr quint64 kMaxMemLimit = 1024ull * 1024 * 1024;
    // A key file is about 500 bytes; read() refuses anything larger than this without reading it.
    static constexpr qint64 kMaxFileBytes = 4096;

    // A fresh random data key.
    static SecureBytes generateDataKey();
    // Seals dataKey under passphrase (the UTF-8 bytes, as typed).
    static Result<KeyFile> wrap(const SecureBytes& dataKey, const SecureBytes& passphrase,
                                KdfProfile profile);
    static Result<KeyFile> wrap(const SecureBytes& dataKey, const QByteArray& passphrase, KdfProfile profile);
    // Seals dataKey in the current version with the same cost as this file (new salt and nonce): the
    // upgrade of an older file after a successful unwrap.
    Result<KeyFile> rewrapCurrent(const SecureBytes& dataKey, const SecureBytes& passphrase) const;
    // Opens the data key. Error::Kind::WrongPassphrase when the passphrase does not fit (or, since
    // nothing can tell them apart, the salt or cost were edited); KeyFileDamaged when the passphrase
    // fits but the sealed key or header was edited (version 2).
    Result<SecureBytes> unwrap(const SecureBytes& passphrase) const;
    Result<SecureBytes> unwrap(const QByteArray& passphrase) const;

    // KeyFileMissing; KeyFileDamaged for anything unreadable, edited, of another version, not a
    // regular file (a symbolic link is not followed, a FIFO or device is not read) or larger than
    // kMaxFileBytes.
    static Result<KeyFile> read(const QString& path);
    Result<void> write(const QString& path) const; // atomic replace, mode 0600

    QByteArray toJson() const;
    static Result<KeyFile> fromJson(const QByteArray& json);

    int version() const { return m_version; }
    quint64 opsLimit() const { return m_opsLimit; }
    quint64 memLimit() const { return m_memLimit; }

private:
    static Result<KeyFile> seal(const SecureBytes& dataKey, const SecureBytes& passphrase, quint64 ops,
                                quint64 mem);
    QByteArray checksum() const;
    QByteArray associatedData() const;
    Result<SecureBytes> unwrapV1(const SecureBytes& passphrase) const;

    int m_version = kVersion;
    quint64 m_opsLimit = 0;
    quint64 m_memLimit = 0;
    QByteArray m_salt;
    QByteArray m_check; // version 2 only
    QByteArray m_nonce;
    QByteArray m_sealed;
};

} // namespace govcat::db
