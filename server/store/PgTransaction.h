#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace govcat::server {

// One PostgreSQL transaction of the server: begin(), then commit(); one still open when the object
// goes is rolled back. Every server transaction is begun here (scripts/check-code-rules.sh).
class PgTransaction
{
public:
    explicit PgTransaction(QSqlDatabase pg) : m_pg(std::move(pg)) {}
    ~PgTransaction() { rollback(); }
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    Result<void> begin()
    {
        if (!m_pg.transaction()) {
            return makeError(Error::Kind::Sql, m_pg.lastError().text());
        }
        m_open = true;
        return {};
    }
    Result<void> commit()
    {
        m_open = false;
        if (!m_pg.commit()) {
            const QString text = m_pg.lastError().text();
            m_pg.rollback();
            return makeError(Error::Kind::Sql, text);
        }
        return {};
    }
    void rollback()
    {
        if (m_open) {
            m_open = false;
            m_pg.rollback();
        }
    }

private:
    QSqlDatabase m_pg;
    bool m_open = false;
};

} // namespace govcat::server
