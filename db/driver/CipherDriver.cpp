#include "db/driver/CipherDriver.h"

#include "db/driver/CipherResult.h"
#include "db/driver/CipherSupport.h"
#include "db/driver/SecureBytes.h"
#include "db/driver/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace govcat::db {

using cipher::quoteIdentifierPart;
using cipher::sqliteError;

namespace {

constexpr size_t kRawKeyBytes = 32;
constexpr int kBusyTimeoutMs = 5000;
const QByteArray kPlainHeader("SQLite format 3\0", 16);

// Runs one statement on an internal handle; keeps the first column of each row as text.
struct StepOutcome
{
    int rc = SQLITE_OK; // SQLITE_OK when the statement ran to its end
    QString message;
    QStringList firstColumn;
};

StepOutcome runStatement(sqlite3* db, const QString& sql)
{
    StepOutcome out;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    out.rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (out.rc == SQLITE_OK && stmt != nullptr) {
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            out.firstColumn.append(text != nullptr ? QString::fromUtf8(text) : QString());
        }
        out.rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    if (out.rc != SQLITE_OK) {
        out.message = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return out;
}

struct ColumnInfo
{
    QString name;
    QString type;
    bool notNull = false;
    int pk = 0; // position in the primary key, 0 when not part of it
};

} // namespace

struct CipherDriver::Private
{
    sqlite3* db = nullptr;
    std::optional<SecureBytes> key;
    CipherOptions options;
    CipherOpenStatus status = CipherOpenStatus::Ok;
    QList<CipherResult*> results;
    std::unique_ptr<WalCheckpointer> checkpointer; // read-write connections

    QList<ColumnInfo> tableInfo(const CipherDriver& driver, const QString& tableName) const;
};

CipherDriver::CipherDriver(QObject* parent) : QSqlDriver(parent), d(std::make_unique<Private>()) {}

CipherDriver::~CipherDriver()
{
    close();
    const QList<CipherResult*> results = std::exchange(d->results, {});
    for (CipherResult* result : results) {
        result->forgetDriver();
    }
}

void CipherDriver::setRawKey(const unsigned char* key, size_t length)
{
    d->key.reset();
    if (key == nullptr || length != kRawKeyBytes) {
        return; // open() will fail with NoKey
    }
    d->key.emplace(kRawKeyBytes);
    std::copy(key, key + kRawKeyBytes, d->key->data());
}

void CipherDriver::setOptions(const CipherOptions& options)
{
    d->options = options;
}

CipherOpenStatus CipherDriver::openStatus() const
{
    return d->status;
}

sqlite3* CipherDriver::connection() const
{
    return d->db;
}

int CipherDriver::backgroundCheckpoints() const
{
    return d->checkpointer ? d->checkpointer->checkpoints() : -1;
}

void CipherDriver::attachResult(CipherResult* result) const
{
    d->results.append(result);
}

void CipherDriver::detachResult(CipherResult* result) const
{
    d->results.removeAll(result);
}

bool CipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId:
    case BLOB:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case FinishQuery:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

// SYNC.md §3.1: nothing is written to the file before the key has been proven right.
bool CipherDriver::open(const QString& dbName, const QString& /*user*/, const QString& /*password*/,
                        const QString& /*host*/, int /*port*/, const QString& /*connOpts*/)
{
    if (isOpen()) {
        close();
    }
    auto failOpen = [this](CipherOpenStatus status, int sqliteCode, const QString& text,
                           const QString& dbText) {
        if (d->db != nullptr) {
            sqlite3_close_v2(d->db);
            d->db = nullptr;
        }
        d->status = status;
        setLastError(QSqlError(text, dbText, QSqlError::ConnectionError, QString::number(sqliteCode & 0xff)));
        setOpen(false);
        setOpenError(true);
        return false;
    };
    // The key is used once: wiped on every way out of open().
    std::optional<SecureBytes> key = std::exchange(d->key, std::nullopt);
    const CipherOptions& opt = d->options;

    if (!key) {
        return failOpen(CipherOpenStatus::NoKey, SQLITE_MISUSE,
                        QStringLiteral("No database key: setRawKey() must supply 32 bytes before open()"),
                        QString());
    }

    // Before SQLite's first use in the process: no global memory statistics, so that SQLite's
    // allocations take no process-wide mutex (nothing here reads sqlite3_memory_used()). Once
    // SQLite is initialised the call fails and changes nothing.
    [[maybe_unused]] static const int memoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    int flags = SQLITE_OPEN_NOMUTEX;
    if (opt.readOnly) {
        flags |= SQLITE_OPEN_READONLY;
    } else {
        flags |= SQLITE_OPEN_READWRITE | (opt.create ? SQLITE_OPEN_CREATE : 0);
    }
    const QByteArray path = dbName.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &d->db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = d->db != nullptr ? QString::fromUtf8(sqlite3_errmsg(d->db))
                                             : QString::fromUtf8(sqlite3_errstr(rc));
        return failOpen(CipherOpenStatus::CannotOpen, rc,
                        QStringLiteral("Cannot open the database file ") + dbName, msg);
    }
    sqlite3_busy_timeout(d->db, kBusyTimeoutMs);

    // An existing plain SQLite file would silently stay plain: refuse it before any key is applied.
    const QFileInfo info(dbName);
    if (info.exists() && info.size() > 0) {
        QFile file(dbName);
        if (!file.open(QIODevice::ReadOnly)) {
            return failOpen(CipherOpenStatus::CannotOpen, SQLITE_CANTOPEN,
                            QStringLiteral("Cannot read the database file ") + dbName, file.errorString());
        }
        if (file.read(16) == kPlainHeader) {
            return failOpen(CipherOpenStatus::PlainDatabase, SQLITE_NOTADB,
                            QStringLiteral("The file is a plain, unencrypted SQLite database; refusing to "
                                           "open it"),
                            QString());
        }
    }

    // Before any key: with a plain libsqlite3 bound first (LD_PRELOAD, another library),
    // sqlite3_key() would reach SQLCipher with a foreign handle and crash.
    StepOutcome version = runStatement(d->db, QStringLiteral("PRAGMA cipher_version"));
    if (version.rc != SQLITE_OK || version.firstColumn.isEmpty() ||
        version.firstColumn.constFirst().isEmpty()) {
        return failOpen(CipherOpenStatus::CipherMissing, version.rc != SQLITE_OK ? version.rc : SQLITE_ERROR,
                        QStringLiteral("SQLCipher is not active: PRAGMA cipher_version returned no row "
                                       "(a plain libsqlite3 is bound in this process)"),
                        version.message);
    }
    rc = cipher::applyKey(d->db, *key);
    if (rc != SQLITE_OK) {
        return failOpen(CipherOpenStatus::CannotOpen, rc, QStringLiteral("sqlite3_key() failed"),
                        QString::fromUtf8(sqlite3_errmsg(d->db)));
    }

    StepOutcome out =
        runStatement(d->db, QStringLiteral("PRAGMA cipher_page_size = %1").arg(opt.cipherPageSize));
    if (out.rc != SQLITE_OK) {
        return failOpen(CipherOpenStatus::CannotOpen, out.rc,
                        QStringLiteral("Cannot set the cipher page size"), out.message);
    }
    // The first read of page 1 proves the key (and the cipher settings).
    out = runStatement(d->db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (out.rc != SQLITE_OK) {
        const int primary = out.rc & 0xff;
        if (primary == SQLITE_NOTADB) {
            return failOpen(CipherOpenStatus::WrongKey, primary,
                            QStringLiteral("Wrong key or cipher settings, or not an encrypted database"),
                            out.message);
        }
        return failOpen(CipherOpenStatus::Damaged, primary,
                        primary == SQLITE_CORRUPT
                            ? QStringLiteral("The database is corrupt or has been tampered with")
                            : QStringLiteral("The database cannot be read"),
                        out.message);
    }

    QStringList pragmas;
    if (!opt.readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    pragmas << QStringLiteral("PRAGMA foreign_keys = ON")
            << QStringLiteral("PRAGMA cache_size = -%1").arg(opt.cacheSizeKiB);
    for (const QString& pragma : std::as_const(pragmas)) {
        out = runStatement(d->db, pragma);
        if (out.rc != SQLITE_OK) {
            return failOpen(CipherOpenStatus::CannotOpen, out.rc,
                            QStringLiteral("Cannot configure the connection: ") + pragma, out.message);
        }
    }

    if (!opt.readOnly) {
        d->checkpointer = WalCheckpointer::start(path.constData(), *key, opt.cipherPageSize, d->db);
    }

    d->status = CipherOpenStatus::Ok;
    setLastError(QSqlError());
    setOpen(true);
    setOpenError(false);
    return true;
}

void CipherDriver::close()
{
    for (CipherResult* result : std::as_const(d->results)) {
        result->releaseStatement();
    }
    d->checkpointer.reset(); // before the writer: closing last, it checkpoints what is left
    if (d->db != nullptr) {
        // Not sqlite3_next_stmt() + finalize: virtual tables (FTS4) own prepared statements that
        // they finalize themselves when the connection closes. close_v2 waits for any stragglers.
        sqlite3_close_v2(d->db);
        d->db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
    }
    setOpenError(false);
}

QSqlResult* CipherDriver::createResult() const
{
    return new CipherResult(this);
}

bool CipherDriver::runTransactionStatement(const char* sql, const QString& failure)
{
    if (!isOpen()) {
        return false;
    }
    const int rc = sqlite3_exec(d->db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(d->db, rc, failure, QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool CipherDriver::beginTransaction()
{
    return runTransactionStatement("BEGIN IMMEDIATE", QStringLiteral("Unable to begin transaction"));
}

bool CipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", QStringLiteral("Unable to commit transaction"));
}

bool CipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", QStringLiteral("Unable to roll back transaction"));
}

QStringList CipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen()) {
        return names;
    }
    auto collect = [&](const QString& sql) { names += runStatement(d->db, sql).firstColumn; };
    if (type & QSql::Tables) {
        collect(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                               "'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    }
    if (type & QSql::Views) {
        collect(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"));
    }
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
        collect(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE "
                               "'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    }
    return names;
}

// PRAGMA [schema.]table_info(table); tableName may be quoted or "schema.table".
QList<ColumnInfo> CipherDriver::Private::tableInfo(const CipherDriver& driver, const QString& tableName) const
{
    QList<ColumnInfo> columns;
    if (db == nullptr || tableName.isEmpty()) {
        return columns;
    }
    QString schema;
    QString table = tableName;
    if (driver.isIdentifierEscaped(table, TableName)) {
        table = driver.stripDelimiters(table, TableName);
    } else if (const qsizetype dot = table.indexOf(QLatin1Char('.')); dot > 0) {
        schema = table.left(dot);
        table = table.mid(dot + 1);
    }
    const QString sql = QStringLiteral("PRAGMA ") +
                        (schema.isEmpty() ? QString() : quoteIdentifierPart(schema) + QLatin1Char('.')) +
                        QStringLiteral("table_info(") + quoteIdentifierPart(table) + QLatin1Char(')');
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) ==
        SQLITE_OK) {
        // cid, name, type, notnull, dflt_value, pk
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ColumnInfo c;
            c.name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
            c.type = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2)));
            c.notNull = sqlite3_column_int(stmt, 3) != 0;
            c.pk = sqlite3_column_int(stmt, 5);
            columns.append(c);
        }
    }
    sqlite3_finalize(stmt);
    return columns;
}

QSqlRecord CipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    const QList<ColumnInfo> columns = d->tableInfo(*this, tableName);
    const auto pkColumns =
        std::count_if(columns.cbegin(), columns.cend(), [](const ColumnInfo& c) { return c.pk > 0; });
    for (const ColumnInfo& c : columns) {
        QSqlField field(c.name, cipher::metaTypeForDeclType(c.type), tableName);
        field.setRequiredStatus(c.notNull ? QSqlField::Required : QSqlField::Optional);
        // A lone INTEGER PRIMARY KEY is the rowid: SQLite assigns it.
        field.setAutoValue(pkColumns == 1 && c.pk == 1 &&
                           c.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        rec.append(field);
    }
    return rec;
}

QSqlIndex CipherDriver::primaryIndex(const QString& tableName) const
{
    QList<ColumnInfo> columns = d->tableInfo(*this, tableName);
    columns.removeIf([](const ColumnInfo& c) { return c.pk <= 0; });
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo& a, const ColumnInfo& b) { return a.pk < b.pk; });
    QSqlIndex index(tableName, QStringLiteral("primary_key"));
    for (const ColumnInfo& c : std::as_const(columns)) {
        index.append(QSqlField(c.name, cipher::metaTypeForDeclType(c.type), tableName));
    }
    return index;
}

QString CipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type)) {
        return identifier;
    }
    if (type == TableName && identifier.contains(QLatin1Char('.'))) {
        // schema.table: quote each part
        const QStringList parts = identifier.split(QLatin1Char('.'));
        QStringList quoted;
        for (const QString& part : parts) {
            quoted << (isIdentifierEscaped(part, type) ? part : quoteIdentifierPart(part));
        }
        return quoted.join(QLatin1Char('.'));
    }
    return quoteIdentifierPart(identifier);
}

QVariant CipherDriver::handle() const
{
    return QVariant::fromValue(d->db);
}

} // namespace govcat::db
