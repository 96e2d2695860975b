#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <memory>

namespace govcat::test {

inline const QByteArray kPassphrase = QByteArrayLiteral("正确的口令 correct horse 42");

// SHA-256 of a file's bytes, to prove that a rejected open changed nothing.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// A new encrypted database with the cheap test KDF; aborts the test on failure.
inline std::unique_ptr<db::Database> createDatabase(const QString& path, const QByteArray& pass = kPassphrase)
{
    auto created = db::Database::create(path, pass, db::KdfProfile::Minimal);
    if (!created) {
        qFatal("cannot create test database: %s", qPrintable(created.error().message));
    }
    return std::move(created).value();
}

inline bool writeBytes(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset)) {
        return false;
    }
    return f.write(bytes) == bytes.size();
}

} // namespace govcat::test
