#pragma once

#include <QSqlDriver>

#include <memory>

struct sqlite3;

namespace govcat::db {

class CipherResult;

// How a CipherDriver opens its file. The same cipher settings must be used on every open.
struct CipherOptions
{
    int cipherPageSize = 4096; // PRAGMA cipher_page_size (SQLCipher 3 default is 1024)
    int cacheSizeKiB = 65536;  // PRAGMA cache_size = -cacheSizeKiB
    bool readOnly = false;     // SQLITE_OPEN_READONLY; no journal_mode change
    bool create = false;       // SQLITE_OPEN_CREATE; otherwise the file must exist
};

// Why open() failed; open() also sets lastError() with the SQLite code as nativeErrorCode().
enum class CipherOpenStatus
{
    Ok,
    CannotOpen,    // sqlite3_open_v2 failed (missing file, no permission)
    NoKey,         // setRawKey() was not called
    CipherMissing, // PRAGMA cipher_version gave no row: plain libsqlite3 is bound
    PlainDatabase, // the file starts with "SQLite format 3\0": not encrypted
    WrongKey,      // SQLITE_NOTADB (26) on the first read
    Damaged,       // SQLITE_CORRUPT (11) on the first read, or another read error
};

// QSQLCIPHER: a Qt Sql driver written over the SQLCipher C API (libsqlcipher).
// The key arrives as raw bytes before open() and is wiped right after it, success or not.
// open() runs the fail-closed sequence of SYNC.md §3.1 and never writes to a file it rejects.
class CipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    explicit CipherDriver(QObject* parent = nullptr);
    ~CipherDriver() override;

    static QString driverName() { return QStringLiteral("QSQLCIPHER"); }

    void setRawKey(const unsigned char* key, size_t length); // 32 bytes; copied to locked memory
    void setOptions(const CipherOptions& options);
    CipherOpenStatus openStatus() const;
    sqlite3* connection() const;
    // Checkpoints of the write-ahead log done in the background so far (db/WalCheckpointer); -1 when
    // no checkpointer runs (a read-only open, or its connection could not be opened: then SQLite
    // checkpoints inside the commits, as it does by default).
    int backgroundCheckpoints() const;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

private:
    bool runTransactionStatement(const char* sql, const QString& failure);
    friend class CipherResult;
    void attachResult(CipherResult* result) const; // results register so close() can finalize them
    void detachResult(CipherResult* result) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace govcat::db

// handle() returns the connection as QVariant::fromValue(sqlite3*): read it with value<sqlite3*>().
Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)
