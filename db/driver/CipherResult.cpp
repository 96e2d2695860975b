#include "db/driver/CipherResult.h"

#include "db/driver/CipherDriver.h"
#include "db/driver/CipherSupport.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlField>
#include <QTime>

#include <limits>
#include <sqlite3.h>

namespace govcat::db {

using cipher::sqliteError;

CipherResult::CipherResult(const CipherDriver* driver) : QSqlResult(driver), m_driver(driver)
{
    if (m_driver != nullptr) {
        m_driver->attachResult(this);
    }
}

CipherResult::~CipherResult()
{
    finalizeStatement();
    if (m_driver != nullptr) {
        m_driver->detachResult(this);
    }
}

QVariant CipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void CipherResult::releaseStatement()
{
    finalizeStatement();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void CipherResult::forgetDriver()
{
    releaseStatement();
    m_driver = nullptr;
}

sqlite3* CipherResult::connection() const
{
    return m_driver != nullptr ? m_driver->connection() : nullptr;
}

void CipherResult::finalizeStatement()
{
    if (m_stmt != nullptr) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_valueIndex.clear();
    clearRows();
    m_record = QSqlRecord();
    m_recordKept = false;
}

void CipherResult::clearRows()
{
    m_rows.clear();
    m_rowsBase = 0;
    m_live = false;
    m_pendingRow = false;
    m_done = true;
}

void CipherResult::setStatementError(int rc, const QString& what)
{
    setLastError(sqliteError(connection(), rc, what, QSqlError::StatementError));
}

bool CipherResult::prepare(const QString& query)
{
    finalizeStatement();
    m_rowsAffected = -1;
    m_lastInsertId = 0;
    sqlite3* db = connection();
    if (db == nullptr) {
        setLastError(QSqlError(QStringLiteral("Database is not open"), QString(), QSqlError::ConnectionError,
                               QString::number(SQLITE_MISUSE)));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(rc, QStringLiteral("Unable to prepare statement"));
        finalizeStatement();
        return false;
    }
    if (m_stmt == nullptr) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("the query contains no SQL statement"),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    // SQLite compiles only the first statement; refuse to ignore the rest silently.
    const char* end = sql.constData() + sql.size();
    if (tail != nullptr && tail < end) {
        sqlite3_stmt* next = nullptr;
        rc = sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &next, nullptr);
        const bool more = rc != SQLITE_OK || next != nullptr;
        sqlite3_finalize(next);
        if (more) {
            finalizeStatement();
            setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                                   QStringLiteral("only one SQL statement per query is supported"),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            return false;
        }
    }
    setSelect(sqlite3_column_count(m_stmt) > 0);
    return true;
}

bool CipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

// SQLite numbers parameters 1..n, a repeated :name sharing one number. Qt keeps one value per
// placeholder occurrence (boundValueName(k) is its name; "?" arrive renamed :a, :bb... by
// QSqlResult::savePrepare because we announce NamedPlaceholders).
const std::vector<int>& CipherResult::parameterValueIndex()
{
    const int parameters = sqlite3_bind_parameter_count(m_stmt);
    if (m_valueIndex.size() == size_t(parameters) + 1) {
        return m_valueIndex;
    }
    QHash<QString, int> firstValueOfName;
    const int count = boundValueCount();
    for (int k = count - 1; k >= 0; --k) {
        firstValueOfName.insert(boundValueName(k), k);
    }
    m_valueIndex.assign(size_t(parameters) + 1, -1);
    for (int p = 1; p <= parameters; ++p) {
        const char* name = sqlite3_bind_parameter_name(m_stmt, p);
        m_valueIndex[size_t(p)] = name != nullptr && name[0] == ':'
                                      ? firstValueOfName.value(QString::fromUtf8(name), p - 1)
                                      : p - 1;
    }
    return m_valueIndex;
}

bool CipherResult::bindAll()
{
    const int parameters = sqlite3_bind_parameter_count(m_stmt);
    const int values = boundValueCount();
    const std::vector<int>& valueIndex = parameterValueIndex();
    for (int p = 1; p <= parameters; ++p) {
        const int k = valueIndex[size_t(p)];
        if (k < 0 || k >= values) {
            setLastError(QSqlError(QStringLiteral("Unable to bind parameters"),
                                   QStringLiteral("parameter count mismatch: %1 placeholders, %2 values")
                                       .arg(parameters)
                                       .arg(values),
                                   QSqlError::StatementError, QString::number(SQLITE_RANGE)));
            return false;
        }
        const int rc = cipher::bindValue(m_stmt, p, boundValue(k));
        if (rc != SQLITE_OK) {
            if (rc == SQLITE_MISMATCH) {
                setLastError(QSqlError(QStringLiteral("Unable to bind parameters"),
                                       QStringLiteral("unsupported value type %1 for parameter %2")
                                           .arg(QString::fromLatin1(boundValue(k).typeName()))
                                           .arg(p),
                                       QSqlError::StatementError, QString::number(SQLITE_MISMATCH)));
            } else {
                setStatementError(rc, QStringLiteral("Unable to bind parameters"));
            }
            return false;
        }
    }
    return true;
}

bool CipherResult::exec()
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (m_stmt == nullptr) {
        if (!lastError().isValid()) {
            setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
                                   QStringLiteral("no prepared statement"), QSqlError::StatementError,
                                   QString::number(SQLITE_MISUSE)));
        }
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    m_rowsAffected = -1;
    m_lastInsertId = 0;
    if (!bindAll()) {
        return false;
    }

    m_streaming = isForwardOnly();
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        setStatementError(rc, QStringLiteral("Unable to execute statement"));
        sqlite3_reset(m_stmt);
        return false;
    }
    m_pendingRow = rc == SQLITE_ROW;
    m_done = rc == SQLITE_DONE;
    sqlite3* db = connection();
    const bool select = sqlite3_column_count(m_stmt) > 0;
    setSelect(select);
    buildRecord();
    if (!select) {
        m_rowsAffected = sqlite3_changes(db);
        m_lastInsertId = sqlite3_last_insert_rowid(db);
    }
    if (m_done) {
        sqlite3_reset(m_stmt); // releases the statement's locks; bindings stay
    }
    setActive(true);
    return true;
}

void CipherResult::buildRecord()
{
    if (m_recordKept && m_record.count() == sqlite3_column_count(m_stmt)) {
        return;
    }
    m_record = QSqlRecord();
    // Kept for the next runs of the statement when every column has a declared type; a column of an
    // expression takes its type from the first row, which may differ from run to run. (Built for
    // every run, the record showed in profiles of an import that reads each row it updates.)
    bool kept = true;
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, c));
        QMetaType type = cipher::metaTypeForDeclType(QString::fromUtf8(sqlite3_column_decltype(m_stmt, c)));
        if (!type.isValid()) {
            kept = false;
            if (m_pendingRow) {
                type = cipher::metaTypeForStorageClass(sqlite3_column_type(m_stmt, c));
            }
        }
        m_record.append(QSqlField(name, type));
    }
    m_recordKept = kept;
}

// Moves the statement to its next row; false at the end or on an error (then lastError() is set).
bool CipherResult::stepRow()
{
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_done || m_stmt == nullptr) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        setStatementError(rc, QStringLiteral("Unable to fetch row"));
    }
    sqlite3_reset(m_stmt);
    return false;
}

QVariant CipherResult::columnValue(int field) const
{
    if (m_stmt == nullptr || field < 0 || field >= sqlite3_column_count(m_stmt)) {
        return QVariant();
    }
    switch (sqlite3_column_type(m_stmt, field)) {
    case SQLITE_INTEGER:
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32) {
            return QVariant(sqlite3_column_int(m_stmt, field));
        }
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, field)));
    case SQLITE_FLOAT:
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(sqlite3_column_int(m_stmt, field));
        case QSql::LowPrecisionInt64:
            return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, field)));
        default:
            return QVariant(sqlite3_column_double(m_stmt, field));
        }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, field));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, field)));
    }
    case SQLITE_BLOB: {
        const void* blob = sqlite3_column_blob(m_stmt, field);
        const int bytes = sqlite3_column_bytes(m_stmt, field);
        if (blob == nullptr || bytes == 0) {
            return QVariant(QByteArray(""));
        }
        return QVariant(QByteArray(static_cast<const char*>(blob), bytes));
    }
    default:
        return QVariant(m_record.field(field).metaType()); // typed NULL
    }
}

QList<QVariant> CipherResult::currentRow() const
{
    const int columns = m_stmt != nullptr ? sqlite3_column_count(m_stmt) : 0;
    QList<QVariant> row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        row.append(columnValue(c));
    }
    return row;
}

QVariant CipherResult::data(int field)
{
    if (m_live) {
        return columnValue(field);
    }
    const qsizetype row = at() - m_rowsBase;
    if (!isValid() || row < 0 || row >= m_rows.size() || field < 0 || field >= m_rows.at(row).size()) {
        return QVariant();
    }
    return m_rows.at(row).at(field);
}

bool CipherResult::isNull(int field)
{
    if (m_live) {
        return m_stmt == nullptr || sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
    }
    return data(field).isNull();
}

bool CipherResult::fetchNext()
{
    if (!m_streaming) {
        return fetch(at() + 1);
    }
    if (at() == QSql::AfterLastRow || !stepRow()) {
        m_live = false;
        return false;
    }
    m_live = true;
    setAt(at() + 1); // BeforeFirstRow is -1
    return true;
}

bool CipherResult::fetch(int row)
{
    if (row < 0) {
        return false;
    }
    if (m_streaming) {
        if (isValid() && row == at()) {
            return true;
        }
        if (at() == QSql::AfterLastRow || row < at()) {
            return false; // forward only
        }
        while (at() < row) {
            if (!fetchNext()) {
                return false;
            }
        }
        return true;
    }
    while (m_rows.size() <= row && stepRow()) {
        m_rows.append(currentRow());
    }
    if (row >= m_rows.size()) {
        return false;
    }
    setAt(row);
    return true;
}

bool CipherResult::fetchPrevious()
{
    return !m_streaming && fetch(at() - 1);
}

bool CipherResult::fetchFirst()
{
    if (m_streaming) {
        return at() == QSql::BeforeFirstRow ? fetchNext() : at() == 0;
    }
    return fetch(0);
}

bool CipherResult::fetchLast()
{
    if (m_streaming) {
        if (at() == QSql::AfterLastRow) {
            return false;
        }
        int last = at();
        QList<QVariant> row;
        if (m_live && isValid()) {
            row = currentRow();
        }
        while (stepRow()) {
            row = currentRow();
            ++last;
        }
        if (last < 0) {
            return false;
        }
        m_live = false;
        m_rows = {row};
        m_rowsBase = last;
        setAt(last);
        return true;
    }
    while (stepRow()) {
        m_rows.append(currentRow());
    }
    if (m_rows.isEmpty()) {
        return false;
    }
    setAt(static_cast<int>(m_rows.size() - 1));
    return true;
}

int CipherResult::size()
{
    return -1; // QuerySize is not supported: SQLite does not know the count before stepping
}

int CipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord CipherResult::record() const
{
    return isActive() ? m_record : QSqlRecord();
}

QVariant CipherResult::lastInsertId() const
{
    if (!isActive() || m_lastInsertId == 0) {
        return QVariant();
    }
    return QVariant(m_lastInsertId);
}

void CipherResult::detachFromResultSet()
{
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
    }
    clearRows();
}

} // namespace govcat::db
