#include "db/driver/SecureBytesQt.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

namespace govcat::db {

SecureBytes secureUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes secret = SecureBytes::copyOf(utf8.constData(), size_t(utf8.size()));
    wipeBytes(utf8);
    return secret;
}

QString textOf(const SecureBytes& secret)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

bool wipeText(QString& text)
{
    if (text.isEmpty() || !text.isDetached()) {
        return false;
    }
    sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    return true;
}

bool wipeBytes(QByteArray& bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached()) {
        return false;
    }
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return true;
}

} // namespace govcat::db
