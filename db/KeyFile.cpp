#include "KeyFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace govcat::db {

namespace {

constexpr auto kFormat = "govcat-keyfile";

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

// Derives the wrapping key; fails only when memory for Argon2id cannot be had.
bool deriveKek(SecureBytes& kek, const QByteArray& passphrase, const QByteArray& salt, quint64 ops,
               quint64 mem)
{
    return crypto_pwhash(kek.data(), kek.size(), passphrase.constData(), quint64(passphrase.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

SecureBytes KeyFile::generateDataKey()
{
    SecureBytes key(kDataKeyBytes);
    randombytes_buf(key.data(), key.size());
    return key;
}

Result<KeyFile> KeyFile::wrap(const SecureBytes& dataKey, const QByteArray& passphrase, KdfProfile profile)
{
    SecureBytes::initSodium();
    if (dataKey.size() != kDataKeyBytes) {
        return makeError(Error::Kind::Invalid, QStringLiteral("data key must be 32 bytes"));
    }
    KeyFile file;
    const KdfCost cost = costOf(profile);
    file.m_opsLimit = cost.ops;
    file.m_memLimit = cost.mem;
    file.m_salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(file.m_salt.data(), size_t(file.m_salt.size()));
    file.m_nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(file.m_nonce.data(), size_t(file.m_nonce.size()));

    SecureBytes kek(crypto_secretbox_KEYBYTES);
    if (!deriveKek(kek, passphrase, file.m_salt, file.m_opsLimit, file.m_memLimit)) {
        return makeError(Error::Kind::Io, QStringLiteral("Argon2id failed: not enough memory"));
    }
    file.m_sealed.resize(qsizetype(crypto_secretbox_MACBYTES + dataKey.size()));
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(file.m_sealed.data()), dataKey.data(),
                          dataKey.size(), reinterpret_cast<const unsigned char*>(file.m_nonce.constData()),
                          kek.data());
    return file;
}

Result<SecureBytes> KeyFile::unwrap(const QByteArray& passphrase) const
{
    SecureBytes::initSodium();
    SecureBytes kek(crypto_secretbox_KEYBYTES);
    if (!deriveKek(kek, passphrase, m_salt, m_opsLimit, m_memLimit)) {
        return makeError(Error::Kind::Io, QStringLiteral("Argon2id failed: not enough memory"));
    }
    SecureBytes key(kDataKeyBytes);
    if (crypto_secretbox_open_easy(key.data(), reinterpret_cast<const unsigned char*>(m_sealed.constData()),
                                   quint64(m_sealed.size()),
                                   reinterpret_cast<const unsigned char*>(m_nonce.constData()),
                                   kek.data()) != 0) {
        return makeError(Error::Kind::WrongPassphrase,
                         QStringLiteral("the passphrase does not open the key file"));
    }
    return key;
}

QByteArray KeyFile::checksum() const
{
    QByteArray body;
    body += QByteArray::number(kVersion) + ':' + QByteArray::number(m_opsLimit) + ':' +
            QByteArray::number(m_memLimit) + ':' + m_salt + m_nonce + m_sealed;
    QByteArray hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char*>(body.constData()), quint64(body.size()),
                       nullptr, 0);
    return hash.toHex();
}

QByteArray KeyFile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
    o.insert(QStringLiteral("opslimit"), QString::number(m_opsLimit));
    o.insert(QStringLiteral("memlimit"), QString::number(m_memLimit));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64()));
    o.insert(QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305"));
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
    if (o.value(QStringLiteral("version")).toInt() != kVersion) {
        return damaged(QStringLiteral("unknown version %1").arg(o.value(QStringLiteral("version")).toInt()));
    }
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13") ||
        o.value(QStringLiteral("cipher")).toString() != QLatin1String("xsalsa20poly1305")) {
        return damaged(QStringLiteral("unknown algorithm"));
    }
    KeyFile f;
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
    if (!opsOk || !memOk || f.m_salt.size() != crypto_pwhash_SALTBYTES ||
        f.m_nonce.size() != crypto_secretbox_NONCEBYTES ||
        f.m_sealed.size() != qsizetype(crypto_secretbox_MACBYTES + kDataKeyBytes)) {
        return damaged(QStringLiteral("missing or malformed fields"));
    }
    // Bounds keep a hostile file from asking for absurd work or memory.
    if (f.m_opsLimit < crypto_pwhash_OPSLIMIT_MIN || f.m_opsLimit > 64 || f.m_memLimit < 8192 ||
        f.m_memLimit > 4ull * 1024 * 1024 * 1024) {
        return damaged(QStringLiteral("cost parameters out of range"));
    }
    if (o.value(QStringLiteral("checksum")).toString().toLatin1() != f.checksum()) {
        return damaged(QStringLiteral("checksum mismatch"));
    }
    return f;
}

Result<KeyFile> KeyFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(Error::Kind::KeyFileMissing, QStringLiteral("key file not found: ") + path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io, QStringLiteral("cannot read key file: ") + file.errorString());
    }
    if (file.size() > 64 * 1024) {
        return damaged(QStringLiteral("too large"));
    }
    return fromJson(file.readAll());
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
