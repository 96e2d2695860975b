#include "Database.h"

#include "CipherDriver.h"
#include "Migrations.h"
#include "SearchIndex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace govcat::db {

namespace {

constexpr int kCipherPageSize = 4096;
const QByteArray kPlainHeader("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("govcat-%1").arg(++counter);
}

Error openError(CipherOpenStatus status, const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt();
    switch (status) {
    case CipherOpenStatus::WrongKey:
        return makeError(
            Error::Kind::KeyMismatch,
            QStringLiteral("the key does not open this database (key file of another database, or "
                           "the first page is damaged): ") +
                e.text(),
            code);
    case CipherOpenStatus::Damaged:
        return makeError(Error::Kind::Damaged, QStringLiteral("database damaged: ") + e.text(), code);
    case CipherOpenStatus::PlainDatabase:
        return makeError(Error::Kind::NotEncrypted,
                         QStringLiteral("plain SQLite file, not an encrypted catalog"));
    case CipherOpenStatus::CipherMissing:
        return makeError(
            Error::Kind::CipherUnavailable,
            QStringLiteral("SQLCipher is not active in this process (a plain libsqlite3 was loaded)"));
    case CipherOpenStatus::CannotOpen:
    case CipherOpenStatus::NoKey:
    case CipherOpenStatus::Ok:
        break;
    }
    return makeError(Error::Kind::Io, QStringLiteral("cannot open database: ") + e.text(), code);
}

// Checks on the raw file before any key is used: existence, plain SQLite, whole pages.
Result<void> precheckFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(Error::Kind::Io, QStringLiteral("database file not found: ") + path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io, QStringLiteral("cannot read database file: ") + file.errorString());
    }
    const qint64 size = file.size();
    if (file.read(16) == kPlainHeader) {
        return makeError(Error::Kind::NotEncrypted,
                         QStringLiteral("plain SQLite file, not an encrypted catalog"));
    }
    if (size < kCipherPageSize || size % kCipherPageSize != 0) {
        return makeError(
            Error::Kind::Damaged,
            QStringLiteral("file size %1 is not a whole number of %2-byte pages (truncated or not a "
                           "govcat database)")
                .arg(size)
                .arg(kCipherPageSize));
    }
    return {};
}

Result<void> checkIsGovcat(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'app'")) || !q.next() ||
        q.value(0).toString() != QLatin1String("govcat")) {
        return makeError(Error::Kind::NotADatabase,
                         QStringLiteral("encrypted database without govcat metadata"));
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::keyFilePath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".key");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto v = Migrations::currentVersion(connection());
    return v ? v.value() : -1;
}

Result<std::unique_ptr<Database>> Database::attach(const QString& path, const unsigned char* key,
                                                   OpenMode mode, bool create, int schemaVersion)
{
    auto* driver = new CipherDriver;
    CipherOptions options;
    options.cipherPageSize = kCipherPageSize;
    options.readOnly = mode == OpenMode::ReadOnly;
    options.create = create;
    driver->setOptions(options);
    driver->setRawKey(key, KeyFile::kDataKeyBytes);

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    if (!db.open()) {
        return openError(driver->openStatus(), db.lastError());
    }
    SearchIndex::registerFunctions(driver->connection());
    if (mode == OpenMode::ReadOnly) {
        auto version = Migrations::currentVersion(db);
        if (!version) {
            return version.error();
        }
        if (version.value() > Migrations::kCurrentVersion) {
            return makeError(Error::Kind::TooNew,
                             QStringLiteral("database schema %1 is newer than this build (%2)")
                                 .arg(version.value())
                                 .arg(Migrations::kCurrentVersion));
        }
    } else if (auto migrated = Migrations::migrate(db, schemaVersion); !migrated) {
        return migrated.error();
    }
    if (auto r = checkIsGovcat(db); !r) {
        return r.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const QByteArray& passphrase,
                                                   KdfProfile profile, int schemaVersion)
{
    return create(path, SecureBytes::copyOf(passphrase.constData(), size_t(passphrase.size())), profile,
                  schemaVersion);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const SecureBytes& passphrase,
                                                   KdfProfile profile, int schemaVersion)
{
    const QString keyPath = keyFilePath(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keyPath)) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("refusing to overwrite an existing file: ") + path);
    }
    const SecureBytes dataKey = KeyFile::generateDataKey();
    QElapsedTimer timer;
    timer.start();
    auto keyFile = KeyFile::wrap(dataKey, passphrase, profile);
    const qint64 wrapMillis = timer.elapsed();
    if (!keyFile) {
        return keyFile.error();
    }
    if (auto written = keyFile.value().write(keyPath); !written) {
        return written.error();
    }
    auto database = attach(path, dataKey.data(), OpenMode::ReadWrite, true, schemaVersion);
    if (!database) {
        QFile::remove(keyPath);
        QFile::remove(path);
        return database.error();
    }
    database.value()->m_unwrapMillis = wrapMillis;
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QByteArray& passphrase,
                                                 OpenMode mode)
{
    return open(path, SecureBytes::copyOf(passphrase.constData(), size_t(passphrase.size())), mode);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& passphrase,
                                                 OpenMode mode)
{
    if (auto r = precheckFile(path); !r) {
        return r.error();
    }
    auto keyFile = KeyFile::read(keyFilePath(path));
    if (!keyFile) {
        return keyFile.error();
    }
    QElapsedTimer timer;
    timer.start();
    auto dataKey = keyFile.value().unwrap(passphrase);
    const qint64 unwrapMillis = timer.elapsed();
    if (!dataKey) {
        return dataKey.error();
    }
    auto database = attach(path, dataKey.value().data(), mode, false);
    if (database) {
        database.value()->m_unwrapMillis = unwrapMillis;
        if (mode == OpenMode::ReadWrite && keyFile.value().version() < KeyFile::kVersion) {
            // An older key file opened: rewrite it in the current format. If that fails the old
            // file is left as it was and still opens; the next read-write unlock tries again.
            if (auto upgraded = keyFile.value().rewrapCurrent(dataKey.value(), passphrase); upgraded) {
                (void)upgraded.value().write(keyFilePath(path));
            }
        }
    }
    return database;
}

Result<void> Database::changePassphrase(const QByteArray& oldPassphrase, const QByteArray& newPassphrase,
                                        KdfProfile profile)
{
    return changePassphrase(SecureBytes::copyOf(oldPassphrase.constData(), size_t(oldPassphrase.size())),
                            SecureBytes::copyOf(newPassphrase.constData(), size_t(newPassphrase.size())),
                            profile);
}

Result<void> Database::changePassphrase(const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase,
                                        KdfProfile profile)
{
    const QString keyPath = keyFilePath(m_path);
    auto current = KeyFile::read(keyPath);
    if (!current) {
        return current.error();
    }
    auto dataKey = current.value().unwrap(oldPassphrase);
    if (!dataKey) {
        return dataKey.error();
    }
    auto rewrapped = KeyFile::wrap(dataKey.value(), newPassphrase, profile);
    if (!rewrapped) {
        return rewrapped.error();
    }
    return rewrapped.value().write(keyPath);
}

Result<void> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        const QSqlError e = q.lastError();
        return makeError(Error::Kind::Damaged, QStringLiteral("integrity check failed: ") + e.text(),
                         e.nativeErrorCode().toInt());
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (q.lastError().isValid()) {
        problems << q.lastError().text();
    }
    if (!problems.isEmpty()) {
        return makeError(Error::Kind::Damaged, problems.join(QLatin1Char('\n')));
    }
    return {};
}

} // namespace govcat::db
