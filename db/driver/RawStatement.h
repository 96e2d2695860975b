#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace govcat::db {

// A statement stepped through the SQLite API on a govcat connection: for reads of tens of thousands
// of rows, where QSqlQuery's QVariant per value showed in profiles (search ranking, the catalog
// reader behind bulk edit and the quality report), and for the row, outbox and audit inserts of
// the Repository, where QSqlResult::bindValue formats a placeholder name for every value (Qt 6.4).
// Read values with the column getters while next() is true; finalized on destruction.
class RawStatement
{
public:
    explicit RawStatement(const QSqlDatabase& db);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool prepare(const QString& sql);
    // Binds 1-based parameter index as QSqlQuery does through the driver (cipher::bindValue).
    bool bind(int index, const QVariant& value);
    // Runs a statement that returns no rows with the values bound since its last run, then resets
    // it (bindings cleared) for the next; the error names `what`.
    Result<void> run(const QString& what);
    qint64 lastInsertRowid() const; // of the connection
    // Steps to the next row: false at the end or on an error (then failed() is true).
    bool next();
    bool failed() const { return m_failed; }
    // The connection's last error as an Error ("what: message"): SQLITE_CORRUPT as Kind::Damaged,
    // SQLITE_CONSTRAINT as Kind::Constraint (as db/SqlError.h).
    Error error(const QString& what) const;

    bool isNull(int column) const;
    QString text(int column) const;   // empty for NULL
    QString number(int column) const; // as QVariant::toString() gives it: "50", "12.5", "100"; empty for NULL
    qint64 integer(int column) const;
    double real(int column) const;

private:
    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_failed = false;
};

} // namespace govcat::db
