#include "db/BaselineWriter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

namespace govcat::db {

BaselineWriter::BaselineWriter(QSqlDatabase db, Actor actor, QString auditAction, const Clock& clock)
    : m_db(db), m_actor(std::move(actor)), m_auditAction(std::move(auditAction)), m_clock(clock),
      m_transaction(std::move(db))
{}

BaselineWriter::~BaselineWriter()
{
    m_statements.clear();
    m_transaction.rollback();
}

Result<void> BaselineWriter::begin()
{
    if (auto r = m_transaction.begin(); !r) {
        return r;
    }
    m_rowsInBatch = 0;
    m_batchTime = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    return {};
}

Result<void> BaselineWriter::add(const QString& table, const QVariantMap& row)
{
    if (!m_transaction.isOpen()) {
        if (auto r = begin(); !r) {
            return r;
        }
    }
    const QString key = table + QLatin1Char('|') + row.keys().join(QLatin1Char(','));
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        const QSqlDriver* driver = m_db.driver();
        QStringList names;
        QStringList marks;
        for (auto c = row.cbegin(); c != row.cend(); ++c) {
            names << driver->escapeIdentifier(c.key(), QSqlDriver::FieldName);
            marks << QStringLiteral("?");
        }
        names << QStringLiteral("row_version") << QStringLiteral("origin_node");
        marks << QStringLiteral("1") << QStringLiteral("'server'");
        if (!row.contains(QStringLiteral("updated_at"))) {
            names << QStringLiteral("updated_at") << QStringLiteral("updated_by");
            marks << QStringLiteral("?") << QStringLiteral("?");
        }
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(driver->escapeIdentifier(table, QSqlDriver::TableName), names.join(u','),
                                marks.join(u',')))) {
            return makeError(Error::Kind::Sql,
                             QStringLiteral("prepare baseline insert: ") + q.lastError().text());
        }
        it = m_statements.emplace(key, std::move(q)).first;
    }
    QSqlQuery& q = it->second;
    int index = 0;
    for (const QVariant& v : row) {
        q.bindValue(index++, v);
    }
    if (!row.contains(QStringLiteral("updated_at"))) {
        q.bindValue(index++, m_batchTime);
        q.bindValue(index, m_actor.userName);
    }
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        const int code = e.nativeErrorCode().toInt();
        return makeError((code & 0xff) == 19 ? Error::Kind::Constraint : Error::Kind::Sql,
                         QStringLiteral("baseline insert into %1: %2").arg(table, e.text()), code);
    }
    ++m_rowsInBatch;
    ++m_rowsWritten;
    return {};
}

Result<void> BaselineWriter::commit()
{
    if (!m_transaction.isOpen()) {
        return {};
    }
    QSqlQuery audit(m_db);
    audit.prepare(
        QStringLiteral("INSERT INTO audit_journal (at, actor, actor_dept_id, actor_role, action, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    audit.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    audit.addBindValue(m_actor.userName);
    audit.addBindValue(m_actor.deptId);
    audit.addBindValue(m_actor.role);
    audit.addBindValue(m_auditAction);
    audit.addBindValue(QStringLiteral("{\"rows\":%1}").arg(m_rowsInBatch));
    if (!audit.exec()) {
        return makeError(Error::Kind::Sql,
                         QStringLiteral("baseline audit entry: ") + audit.lastError().text());
    }
    return m_transaction.commit();
}

} // namespace govcat::db
