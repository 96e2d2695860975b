#include "db/driver/RawStatement.h"

#include "db/driver/CipherDriver.h"
#include "db/driver/CipherSupport.h"

#include <QLocale>
#include <QSqlDriver>

#include <sqlite3.h>

namespace govcat::db {

RawStatement::RawStatement(const QSqlDatabase& db)
    : m_connection(db.driver() != nullptr ? db.driver()->handle().value<sqlite3*>() : nullptr)
{}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

bool RawStatement::prepare(const QString& sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_failed = m_connection == nullptr || sqlite3_prepare_v2(m_connection, sql.toUtf8().constData(), -1,
                                                             &m_statement, nullptr) != SQLITE_OK;
    return !m_failed;
}

bool RawStatement::bind(int index, const QVariant& value)
{
    const int rc = m_statement == nullptr ? SQLITE_MISUSE : cipher::bindValue(m_statement, index, value);
    m_failed = m_failed || rc != SQLITE_OK;
    return rc == SQLITE_OK;
}

Result<void> RawStatement::run(const QString& what)
{
    Result<void> result;
    if (m_statement == nullptr || m_failed) {
        result = error(what);
    } else if (const int rc = sqlite3_step(m_statement); rc != SQLITE_DONE && rc != SQLITE_ROW) {
        result = error(what);
    }
    if (m_statement != nullptr) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_failed = false;
    return result;
}

qint64 RawStatement::lastInsertRowid() const
{
    return m_connection == nullptr ? 0 : sqlite3_last_insert_rowid(m_connection);
}

bool RawStatement::next()
{
    if (m_statement == nullptr || m_failed) {
        m_failed = true;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

Error RawStatement::error(const QString& what) const
{
    if (m_connection == nullptr) {
        return makeError(Error::Kind::Sql, what + QStringLiteral(": no connection"));
    }
    const int code = sqlite3_extended_errcode(m_connection);
    const Error::Kind kind = (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB
                                 ? Error::Kind::Damaged
                             : (code & 0xff) == SQLITE_CONSTRAINT ? Error::Kind::Constraint
                                                                  : Error::Kind::Sql;
    return makeError(kind, what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_connection)),
                     code);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString RawStatement::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes == nullptr ? QString() : QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

QString RawStatement::number(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(m_statement, column), 'g',
                               QLocale::FloatingPointShortest);
    default:
        return text(column);
    }
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double RawStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

} // namespace govcat::db
