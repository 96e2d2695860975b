#pragma once

// Shared by the tst_cipher* conformance tests of the QSQLCIPHER driver.

#include "db/driver/CipherDriver.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace cipher_test {

using govcat::db::CipherDriver;
using govcat::db::CipherOpenStatus;
using govcat::db::CipherOptions;

inline QByteArray randomBytes(int n)
{
    QByteArray bytes(n, '\0');
    for (char& b : bytes) {
        b = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return bytes;
}

inline QByteArray randomKey()
{
    return randomBytes(32);
}

inline QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

inline CipherOptions createOptions()
{
    CipherOptions o;
    o.create = true;
    return o;
}

// One named connection over a new CipherDriver; closed and removed on destruction.
// Declare queries and models after it so that they go first.
class Connection
{
public:
    Connection(const QString& path, const QByteArray& key, const CipherOptions& options = CipherOptions(),
               bool withKey = true)
        : m_name(QStringLiteral("cipher_test_%1").arg(++counter()))
    {
        m_driver = new CipherDriver;
        if (withKey) {
            m_driver->setRawKey(reinterpret_cast<const unsigned char*>(key.constData()),
                                static_cast<size_t>(key.size()));
        }
        m_driver->setOptions(options);
        QSqlDatabase db = QSqlDatabase::addDatabase(m_driver, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
        m_error = db.lastError();
        m_status = m_driver->openStatus();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    CipherDriver* driver() const { return m_driver; }
    CipherOpenStatus status() const { return m_status; }
    QSqlError error() const { return m_error; }
    const QString& name() const { return m_name; }

private:
    static int& counter()
    {
        static int n = 0;
        return n;
    }

    QString m_name;
    CipherDriver* m_driver = nullptr;
    bool m_ok = false;
    QSqlError m_error;
    CipherOpenStatus m_status = CipherOpenStatus::Ok;
};

// Whether a shared object whose path contains `needle` is mapped into this process.
inline bool libraryMapped(const QByteArray& needle)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        return true; // cannot tell: make the caller fail
    }
    return maps.readAll().contains(needle);
}

} // namespace cipher_test
