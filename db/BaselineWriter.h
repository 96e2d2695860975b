#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "db/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <map>

namespace govcat::db {

// Who is making a change; recorded in updated_by, the outbox and the audit journal.
struct Actor
{
    QString userName;
    QString deptId;
    QString role;
};

// Writes rows that arrive already accepted (the demo city, and later a server bootstrap):
// row_version 1, no outbox entries, one audit entry per commit. Rows are buffered in a transaction
// that the caller commits in batches, so memory stays bounded.
class BaselineWriter
{
public:
    BaselineWriter(QSqlDatabase db, Actor actor, QString auditAction, const Clock& clock = Clock::instance());
    ~BaselineWriter(); // rolls back anything not committed

    // row_version is 1 and origin_node the server; updated_at and updated_by are the batch time and the
    // actor unless the row gives both (a row that was last changed by someone else, earlier).
    Result<void> add(const QString& table, const QVariantMap& row);
    Result<void> commit(); // commits the rows added so far and starts a new batch on the next add()
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    Result<void> begin();

    QSqlDatabase m_db;
    Actor m_actor;
    QString m_auditAction;
    const Clock& m_clock;
    std::map<QString, QSqlQuery> m_statements; // key: table + column list
    QString m_batchTime;                       // updated_at of every row in the batch
    Transaction m_transaction;                 // the open batch
    qint64 m_rowsInBatch = 0;
    qint64 m_rowsWritten = 0;
};

} // namespace govcat::db
