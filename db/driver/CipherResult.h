#pragma once

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace govcat::db {

class CipherDriver;

// The QSqlResult of the QSQLCIPHER driver: one sqlite3_stmt per result.
// Forward-only queries stream rows straight from the statement (nothing cached); scrollable ones cache
// the rows seen so far. size() is -1. Named (:name) and positional (?) placeholders both work.
class CipherResult final : public QSqlResult
{
public:
    explicit CipherResult(const CipherDriver* driver);
    ~CipherResult() override;

    QVariant handle() const override; // QVariant::fromValue(sqlite3_stmt*), may be null

private:
    friend class CipherDriver;
    void releaseStatement(); // CipherDriver::close(): finalize now, the connection goes away
    void forgetDriver();     // the driver is being destroyed

protected:
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    sqlite3* connection() const;
    void finalizeStatement();
    void clearRows();
    bool bindAll();
    // For each SQLite parameter (1-based), the index of its bound value. Built once per prepared
    // statement: Qt stores one value per placeholder occurrence, SQLite numbers distinct names.
    const std::vector<int>& parameterValueIndex();
    bool stepRow();
    QVariant columnValue(int field) const;
    QList<QVariant> currentRow() const;
    void buildRecord();
    void setStatementError(int rc, const QString& what);

    const CipherDriver* m_driver = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<int> m_valueIndex; // see parameterValueIndex(); cleared when m_stmt changes
    QSqlRecord m_record;
    bool m_recordKept = false;     // m_record holds for every run of m_stmt (buildRecord())
    QList<QList<QVariant>> m_rows; // scrollable: rows 0..n-1; forward-only: the row fetchLast() kept
    int m_rowsBase = 0;            // row number of m_rows[0]
    bool m_streaming = true;       // forward-only at exec(): data() reads the statement (when m_live)
    bool m_live = false;           // the current row is the statement's current row
    bool m_pendingRow = false;     // exec() stepped onto a row that no fetch has consumed yet
    bool m_done = true;            // the statement returned SQLITE_DONE or an error
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

} // namespace govcat::db

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)
