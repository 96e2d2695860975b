#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <map>

namespace govcat::db {

// Statements kept prepared by their SQL for the life of their owner (a Repository, a ResourceStore):
// the same few statements run for every row of an import or a bulk edit. Callers finish() a reading
// statement when done with it, so that a kept statement holds no read open.
class StatementCache
{
public:
    struct Prepared
    {
        QSqlQuery query;
        QSqlError error; // of the prepare; invalid when it succeeded
    };

    StatementCache(QSqlDatabase db, bool forwardOnly) : m_db(std::move(db)), m_forwardOnly(forwardOnly) {}

    // The statement for `sql`, prepared on first use (a failed prepare is kept with its error).
    Prepared& get(const QString& sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            Prepared p{QSqlQuery(m_db), {}};
            p.query.setForwardOnly(m_forwardOnly);
            if (!p.query.prepare(sql)) {
                p.error = p.query.lastError();
            }
            it = m_statements.emplace(sql, std::move(p)).first;
        }
        return it->second;
    }

private:
    QSqlDatabase m_db;
    bool m_forwardOnly;
    std::map<QString, Prepared> m_statements;
};

} // namespace govcat::db
