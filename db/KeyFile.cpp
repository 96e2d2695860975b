#include "db/KeyFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace govcat::db {

namespace {

constexpr auto kFormat = "govcat-keyfile";
constexpr auto kKdf = "argon2id13";
constexpr auto kCipherV1 = "xsalsa20poly1305";
constexpr auto kCipherV2 = "xchacha20poly1305-ietf";
constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "govcatkf";
constexpr quint64 kWrapSubkeyId = 1;
constexpr quint64 kCheckSubkeyId = 2;
constexpr size_t kCheckBytes = 16;

static_assert(crypto_secretbox_NONCEBYTES == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(crypto_secretbox_MACBYTES == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(crypto_kdf_KEYBYTES == crypto_secretbox_KEYBYTES);

struct KdfCost
{
    quint64 ops;
    quint64 mem;
};

KdfCost costOf(KdfProfile profile)
{
    switch (profile) {
    case KdfProfile::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case KdfProfile::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case KdfProfile::Minimal:
        break;
    }
    return {crypto_pwhash_OPSLIMIT_MIN, 8u * 1024u * 1024u};
}

Error damaged(const QString& why)
{
    return makeError(Error::Kind::KeyFileDamaged, QStringLiteral("key file damaged: ") + why);
}

Error kdfFailed()
{
    return makeError(Error::Kind::Io, QStringLiteral("Argon2id failed: not enough memory"));
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// Argon2id of the passphrase; fails only when memory for Argon2id cannot be had.
bool derive(SecureBytes& out, const SecureBytes& passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    return crypto_pwhash(out.data(), out.size(), reinterpret_cast<const char*>(passphrase.data()),
                         quint64(passphrase.size()), bytes(salt), ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// The version 2 subkeys of an Argon2id master key: the wrapping key and the check value.
struct Subkeys
{
    SecureBytes wrap{crypto_aead_xchacha20poly1305_ietf_KEYBYTES};
    SecureBytes check{kCheckBytes};
};

Subkeys subkeysOf(const SecureBytes& master)
{
    Subkeys keys;
    crypto_kdf_derive_from_key(keys.wrap.data(), keys.wrap.size(), kWrapSubkeyId, kSubkeyContext,
                               master.data());
    crypto_kdf_derive_from_key(keys.check.data(), keys.check.size(), kCheckSubkeyId, kSubkeyContext,
                               master.data());
    return keys;
}

SecureBytes secureCopy(const QByteArray& text)
{
    return SecureBytes::copyOf(text.constData(), size_t(text.size()));
}

} // namespace

SecureBytes KeyFile::generateDataKey()
{
    SecureBytes key(kDataKeyBytes);
    randombytes_buf(key.data(), key.size());
    return key;
}

Result<KeyFile> KeyFile::wrap(const SecureBytes& dataKey, const SecureBytes& passphrase, KdfProfile profile)
{
    const KdfCost cost = costOf(profile);
    return seal(dataKey, passphrase, cost.ops, cost.mem);
}

Result<KeyFile> KeyFile::wrap(const SecureBytes& dataKey, const QByteArray& passphrase, KdfProfile profile)
{
    return wrap(dataKey, secureCopy(passphrase), profile);
}

Result<KeyFile> KeyFile::rewrapCurrent(const SecureBytes& dataKey, const SecureBytes& passphrase) const
{
    return seal(dataKey, passphrase, m_opsLimit, m_memLimit);
}

Result<KeyFile> KeyFile::seal(const SecureBytes& dataKey, const SecureBytes& passphrase, quint64 ops,
                              quint64 mem)
{
    SecureBytes::initSodium();
    if (dataKey.size() != kDataKeyBytes) {
        return makeError(Error::Kind::Invalid, QStringLiteral("data key must be 32 bytes"));
    }
    KeyFile file;
    file.m_version = kVersion;
    file.m_opsLimit = ops;
    file.m_memLimit = mem;
    file.m_salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(file.m_salt.data(), size_t(file.m_salt.size()));
    file.m_nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(file.m_nonce.data(), size_t(file.m_nonce.size()));

    SecureBytes master(crypto_kdf_KEYBYTES);
    if (!derive(master, passphrase, file.m_salt, ops, mem)) {
        return kdfFailed();
    }
    const Subkeys keys = subkeysOf(master);
    file.m_check = QByteArray(reinterpret_cast<const char*>(keys.check.data()), qsizetype(keys.check.size()));
    const QByteArray ad = file.associatedData();
    file.m_sealed.resize(qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES + dataKey.size()));
    unsigned long long sealedBytes = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(file.m_sealed.data()), &sealedBytes, dataKey.data(), dataKey.size(),
        bytes(ad), quint64(ad.size()), nullptr, bytes(file.m_nonce), keys.wrap.data());
    return file;
}

Result<SecureBytes> KeyFile::unwrap(const QByteArray& passphrase) const
{
    return unwrap(secureCopy(passphrase));
}

Result<SecureBytes> KeyFile::unwrap(const SecureBytes& passphrase) const
{
    SecureBytes::initSodium();
    if (m_version == 1) {
        return unwrapV1(passphrase);
    }
    SecureBytes master(crypto_kdf_KEYBYTES);
    if (!derive(master, passphrase, m_salt, m_opsLimit, m_memLimit)) {
        return kdfFailed();
    }
    const Subkeys keys = subkeysOf(master);
    master.wipe();
    if (sodium_memcmp(keys.check.data(), bytes(m_check), kCheckBytes) != 0) {
        return makeError(Error::Kind::WrongPassphrase,
                         QStringLiteral("the passphrase does not open the key file (or the key file's "
                                        "salt or cost were edited)"));
    }
    const QByteArray ad = associatedData();
    SecureBytes key(kDataKeyBytes);
    unsigned long long keyBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keyBytes, nullptr, bytes(m_sealed),
                                                   quint64(m_sealed.size()), bytes(ad), quint64(ad.size()),
                                                   bytes(m_nonce), keys.wrap.data()) != 0 ||
        keyBytes != kDataKeyBytes) {
        // The passphrase is right (the check value matches), so the header or sealed key was edited.
        return damaged(QStringLiteral("the passphrase fits but the sealed key does not open (edited)"));
    }
    return key;
}

Result<SecureBytes> KeyFile::unwrapV1(const SecureBytes& passphrase) const
{
    SecureBytes kek(crypto_secretbox_KEYBYTES);
    if (!derive(kek, passphrase, m_salt, m_opsLimit, m_memLimit)) {
        return kdfFailed();
    }
    SecureBytes key(kDataKeyBytes);
    if (crypto_secretbox_open_easy(key.data(), bytes(m_sealed), quint64(m_sealed.size()), bytes(m_nonce),
                                   kek.data()) != 0) {
        // Version 1 cannot tell an edited nonce or sealed key from a wrong passphrase.
        return makeError(Error::Kind::WrongPassphrase,
                         QStringLiteral("the passphrase does not open the key file (version 1: or the "
                                        "key file was edited)"));
    }
    return key;
}

QByteArray KeyFile::checksum() const
{
    // Version 1's body is the same with an empty check value.
    QByteArray body;
    body += QByteArray::number(m_version) + ':' + QByteArray::number(m_opsLimit) + ':' +
            QByteArray::number(m_memLimit) + ':' + m_salt + m_check + m_nonce + m_sealed;
    QByteArray hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), size_t(hash.size()), bytes(body),
                       quint64(body.size()), nullptr, 0);
    return hash.toHex();
}

QByteArray KeyFile::associatedData() const
{
    return QByteArray(kFormat) + ':' + QByteArray::number(m_version) + ':' + kKdf + ':' +
           QByteArray::number(m_opsLimit) + ':' + QByteArray::number(m_memLimit) + ':' + kCipherV2 + ':' +
           m_salt + m_check;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("version"), m_version);
    o.insert(QStringLiteral("kdf"), QLatin1String(kKdf));
    o.insert(QStringLiteral("opslimit"), QString::number(m_opsLimit));
    o.insert(QStringLiteral("memlimit"), QString::number(m_memLimit));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64()));
    if (m_version >= 2) {
        o.insert(QStringLiteral("check"), QString::fromLatin1(m_check.toBase64()));
    }
    o.insert(QStringLiteral("cipher"), QLatin1String(m_version == 1 ? kCipherV1 : kCipherV2));
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64()));
    o.insert(QStringLiteral("wrapped_key"), QString::fromLatin1(m_sealed.toBase64()));
    o.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged(QStringLiteral("not JSON"));
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        return damaged(QStringLiteral("not a govcat key file"));
    }
    const QJsonValue versionValue = o.value(QStringLiteral("version"));
    const int version = versionValue.toInt();
    if (!versionValue.isDouble() || double(version) != versionValue.toDouble() || version < kOldestVersion ||
        version > kVersion) {
        return damaged(QStringLiteral("unknown version %1").arg(versionValue.toDouble()));
    }
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String(kKdf) ||
        o.value(QStringLiteral("cipher")).toString() != QLatin1String(version == 1 ? kCipherV1 : kCipherV2)) {
        return damaged(QStringLiteral("unknown algorithm"));
    }
    if (version == 1 && o.contains(QStringLiteral("check"))) {
        return damaged(QStringLiteral("a check value in a version 1 file"));
    }
    KeyFile f;
    f.m_version = version;
    bool opsOk = false;
    bool memOk = false;
    f.m_opsLimit = o.value(QStringLiteral("opslimit")).toString().toULongLong(&opsOk);
    f.m_memLimit = o.value(QStringLiteral("memlimit")).toString().toULongLong(&memOk);
    const auto b64 = [&o](const char* key) {
        return QByteArray::fromBase64(o.value(QLatin1String(key)).toString().toLatin1(),
                                      QByteArray::AbortOnBase64DecodingErrors);
    };
    f.m_salt = b64("salt");
    f.m_nonce = b64("nonce");
    f.m_sealed = b64("wrapped_key");
    if (version >= 2) {
        f.m_check = b64("check");
    }
    if (!opsOk || !memOk || f.m_salt.size() != crypto_pwhash_SALTBYTES ||
        f.m_check.size() != (version >= 2 ? qsizetype(kCheckBytes) : 0) ||
        f.m_nonce.size() != crypto_secretbox_NONCEBYTES ||
        f.m_sealed.size() != qsizetype(crypto_secretbox_MACBYTES + kDataKeyBytes)) {
        return damaged(QStringLiteral("missing or malformed fields"));
    }
    // Bounds keep an edited file from asking for absurd work or memory; checked before any derivation.
    if (f.m_opsLimit < kMinOpsLimit || f.m_opsLimit > kMaxOpsLimit || f.m_memLimit < kMinMemLimit ||
        f.m_memLimit > kMaxMemLimit) {
        return damaged(QStringLiteral("cost parameters out of range (opslimit %1, memlimit %2)")
                           .arg(f.m_opsLimit)
                           .arg(f.m_memLimit));
    }
    if (o.value(QStringLiteral("checksum")).toString().toLatin1() != f.checksum()) {
        return damaged(QStringLiteral("checksum mismatch"));
    }
    return f;
}

Result<KeyFile> KeyFile::read(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    // No symbolic link is followed and nothing but a regular file is read: O_NONBLOCK keeps a FIFO
    // from blocking the open; fstat then refuses it, a directory or a device before any read.
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            return makeError(Error::Kind::KeyFileMissing, QStringLiteral("key file not found: ") + path);
        }
        if (error == ELOOP) {
            return damaged(QStringLiteral("a symbolic link, not followed: ") + path);
        }
        return makeError(Error::Kind::Io, QStringLiteral("cannot read key file: ") +
                                              QString::fromLocal8Bit(std::strerror(error)));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        return makeError(Error::Kind::Io, QStringLiteral("cannot read key file: ") +
                                              QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!S_ISREG(st.st_mode)) {
        return damaged(QStringLiteral("not a regular file: ") + path);
    }
    if (st.st_size > kMaxFileBytes) {
        return damaged(QStringLiteral("too large (%1 bytes)").arg(qint64(st.st_size)));
    }
    QByteArray content(kMaxFileBytes + 1, '\0');
    qsizetype got = 0;
    while (got < content.size()) {
        const ssize_t n = ::read(fd, content.data() + got, size_t(content.size() - got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return makeError(Error::Kind::Io, QStringLiteral("cannot read key file: ") +
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (n == 0) {
            break;
        }
        got += qsizetype(n);
    }
    if (got > kMaxFileBytes) { // grew after fstat
        return damaged(QStringLiteral("too large"));
    }
    content.truncate(got);
    return fromJson(content);
}

Result<void> KeyFile::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(Error::Kind::Io, QStringLiteral("cannot write key file: ") + file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson());
    if (!file.commit()) {
        return makeError(Error::Kind::Io, QStringLiteral("cannot write key file: ") + file.errorString());
    }
    return {};
}

} // namespace govcat::db
