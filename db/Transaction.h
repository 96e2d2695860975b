#pragma once

#include "db/SqlError.h"

#include <QSqlDatabase>

namespace govcat::db {

// One transaction of db held open across calls (a writer that commits in batches): begin(), then
// commit(); one still open when it is destroyed is rolled back. Every transaction in govcat is begun
// by this class, mostly through inTransaction below.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction() { rollback(); }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isOpen() const { return m_open; }
    Result<void> begin()
    {
        if (!m_db.transaction()) {
            return sqlError(m_db.lastError(), QStringLiteral("begin transaction"));
        }
        m_open = true;
        return {};
    }
    // On failure the transaction is rolled back.
    Result<void> commit()
    {
        m_open = false;
        if (!m_db.commit()) {
            const Error e = sqlError(m_db.lastError(), QStringLiteral("commit"));
            m_db.rollback();
            return e;
        }
        return {};
    }
    void rollback()
    {
        if (m_open) {
            m_open = false;
            m_db.rollback();
        }
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Runs body() inside one transaction of db: commits when it succeeds, rolls back when it fails or
// when the commit fails. body returns a Result; its value (or error) is returned.
template <typename Body> auto inTransaction(QSqlDatabase db, Body&& body) -> decltype(body())
{
    Transaction transaction(std::move(db));
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto result = body();
    if (!result) {
        transaction.rollback();
        return result;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return result;
}

} // namespace govcat::db
