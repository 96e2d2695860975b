#include "Repository.h"

#include "Migrations.h"
#include "SearchIndex.h"
#include "SqlError.h"
#include "core/JsonText.h"
#include "core/Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

namespace govcat::db {

namespace {

const QStringList kSyncColumns = {QStringLiteral("id"),          QStringLiteral("owner_dept_id"),
                                  QStringLiteral("row_version"), QStringLiteral("is_deleted"),
                                  QStringLiteral("updated_at"),  QStringLiteral("updated_by"),
                                  QStringLiteral("origin_node")};

QJsonValue toJson(const QVariant& v)
{
    if (v.isNull()) {
        return QJsonValue::Null;
    }
    if (v.typeId() == QMetaType::QByteArray) {
        return QString::fromLatin1(v.toByteArray().toBase64());
    }
    return QJsonValue::fromVariant(v);
}

// A value as toJson() gives it, written into w; false for types other than text, integers, booleans
// and null.
bool writeJson(json::ObjectWriter& w, QByteArrayView key, const QVariant& v)
{
    if (v.isNull()) {
        w.null(key);
        return true;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        w.string(key, v.toString());
        return true;
    case QMetaType::Int:
    case QMetaType::LongLong:
        w.integer(key, v.toLongLong());
        return true;
    case QMetaType::Bool:
        w.boolean(key, v.toBool());
        return true;
    default:
        return false;
    }
}

// The fields of an outbox entry written as QJsonDocument writes them (core/JsonText: a bulk edit
// writes thousands, each with a revision's snapshot); empty when a value is of another type.
QByteArray outboxFields(const QList<std::pair<QString, std::pair<QVariant, QVariant>>>& entries, bool withOld)
{
    json::ObjectWriter fields;
    for (const auto& [key, values] : entries) {
        json::ObjectWriter f;
        if (!writeJson(f, "new", values.second) || (withOld && !writeJson(f, "old", values.first))) {
            return {};
        }
        fields.value(key.toUtf8(), f.text());
    }
    return fields.text();
}

QString nowText(const Clock& clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

QString quoted(const QSqlDatabase& db, const QString& identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

Result<void> exec(QSqlQuery& q, const QString& what)
{
    if (!q.exec()) {
        return sqlError(q.lastError(), what);
    }
    return {};
}

} // namespace

Repository::Repository(QSqlDatabase db, Actor actor, const Clock& clock)
    : m_db(std::move(db)), m_actor(std::move(actor)), m_clock(clock)
{}

QStringList Repository::syncedTables()
{
    return {QStringLiteral("department"),       QStringLiteral("catalog_class"),
            QStringLiteral("legal_basis"),      QStringLiteral("code_list"),
            QStringLiteral("info_resource"),    QStringLiteral("info_item"),
            QStringLiteral("resource_survey"),  QStringLiteral("resource_relation"),
            QStringLiteral("resource_version"), QStringLiteral("resource_transition")};
}

QStringList Repository::columns(const QString& table) const
{
    auto it = m_columns.constFind(table);
    if (it != m_columns.constEnd()) {
        return *it;
    }
    QStringList names;
    if (syncedTables().contains(table)) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(m_db, table)));
        while (q.next()) {
            names << q.value(1).toString();
        }
    }
    m_columns.insert(table, names);
    return names;
}

Result<QString> Repository::insert(const QString& table, const QVariantMap& fields, const QString& action)
{
    ChangeSet set{action.isEmpty() ? QStringLiteral("新增") : action,
                  {{RowChange::Op::Insert, table, {}, fields}}};
    set.changes.front().id = fields.value(QStringLiteral("id")).toString();
    auto ids = apply(set);
    if (!ids) {
        return ids.error();
    }
    return ids.value().front();
}

Result<void> Repository::update(const QString& table, const QString& id, const QVariantMap& changes,
                                const QString& action)
{
    auto ids = apply(
        {action.isEmpty() ? QStringLiteral("修改") : action, {{RowChange::Op::Update, table, id, changes}}});
    return ids ? Result<void>() : Result<void>(ids.error());
}

Result<void> Repository::remove(const QString& table, const QString& id, const QString& action)
{
    auto ids =
        apply({action.isEmpty() ? QStringLiteral("删除") : action, {{RowChange::Op::Delete, table, id, {}}}});
    return ids ? Result<void>() : Result<void>(ids.error());
}

Result<QStringList> Repository::apply(const ChangeSet& changeSet, const MemberChanges& members)
{
    if (!m_db.transaction()) {
        return sqlError(m_db.lastError(), QStringLiteral("begin transaction"));
    }
    auto ids = applyWithin(changeSet, members);
    if (!ids) {
        m_db.rollback();
        return ids.error();
    }
    if (!m_db.commit()) {
        const Error e = sqlError(m_db.lastError(), QStringLiteral("commit"));
        m_db.rollback();
        return e;
    }
    return ids;
}

Result<QStringList> Repository::applyWithin(const ChangeSet& changeSet, const MemberChanges& members)
{
    const QString now = nowText(m_clock);
    QStringList ids;
    QStringList reindex; // resources whose search document changed
    static const QHash<QString, QList<MemberChange>> kNone;
    for (std::size_t i = 0; i < changeSet.changes.size(); ++i) {
        const RowChange& change = changeSet.changes.at(i);
        const auto memberChanges = members.find(i);
        QStringList changed;
        auto id =
            applyOne(change, memberChanges == members.end() ? kNone : memberChanges->second, now, changed);
        if (!id) {
            return id.error();
        }
        ids << id.value();
        if (changed.isEmpty()) {
            continue; // an update that changed nothing: no journal entry either
        }
        if (SearchIndex::affectsIndex(change.table, changed)) {
            const QString given = change.fields.value(QStringLiteral("resource_id")).toString();
            auto resource = change.table != QStringLiteral("info_item") ? id
                            : given.isEmpty()                           ? itemResource(id.value())
                                                                        : Result<QString>(given);
            if (!resource) {
                return resource.error();
            }
            reindex << resource.value();
        }
        const QString detail =
            QString::fromUtf8(QJsonDocument::fromVariant(QVariant(changed)).toJson(QJsonDocument::Compact));
        if (auto audit = writeAudit(changeSet.action, change.table, id.value(), detail, now); !audit) {
            return audit.error();
        }
    }
    reindex.removeDuplicates();
    if (auto r = SearchIndex::reindex(m_db, reindex); !r) {
        return r.error();
    }
    return ids;
}

Result<QSqlQuery*> Repository::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            return sqlError(q.lastError(), QStringLiteral("prepare"));
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return &it->second;
}

Result<QString> Repository::itemResource(const QString& itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT resource_id FROM info_item WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next()) {
        return sqlError(q.lastError(), QStringLiteral("find the resource of an item"));
    }
    return q.value(0).toString();
}

Result<QString> Repository::applyOne(const RowChange& change,
                                     const QHash<QString, QList<MemberChange>>& members, const QString& now,
                                     QStringList& changedFields)
{
    const QStringList cols = columns(change.table);
    if (cols.isEmpty()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("not a synced table: ") + change.table);
    }
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const bool managed = kSyncColumns.contains(it.key()) && it.key() != QLatin1String("owner_dept_id") &&
                             !(change.op == RowChange::Op::Insert && it.key() == QLatin1String("id"));
        if (!cols.contains(it.key()) || managed) {
            return makeError(Error::Kind::Invalid,
                             QStringLiteral("column %1.%2 cannot be written").arg(change.table, it.key()));
        }
    }
    const QString table = quoted(m_db, change.table);

    if (change.op == RowChange::Op::Insert) {
        const QString owner = change.fields.value(QStringLiteral("owner_dept_id")).toString();
        if (owner.isEmpty()) {
            return makeError(Error::Kind::Invalid, QStringLiteral("owner_dept_id is required"));
        }
        const QString id = change.id.isEmpty() ? newUuid(m_clock) : change.id;
        QVariantMap row = change.fields;
        row.insert(QStringLiteral("id"), id);
        row.insert(QStringLiteral("updated_at"), now);
        row.insert(QStringLiteral("updated_by"), m_actor.userName);
        QStringList names;
        QStringList marks;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            names << quoted(m_db, it.key());
            marks << QStringLiteral("?");
        }
        auto prepared = statement(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u','), marks.join(u',')));
        if (!prepared) {
            return prepared.error();
        }
        QSqlQuery& q = *prepared.value();
        int bind = 0;
        for (const QVariant& v : std::as_const(row)) {
            q.bindValue(bind++, v);
        }
        if (auto r = exec(q, QStringLiteral("insert into ") + change.table); !r) {
            return r.error();
        }
        RowChange inserted = change;
        inserted.id = id;
        changedFields = change.fields.keys();
        if (auto r = writeOutbox(inserted, {}, owner, 0, {}, now); !r) {
            return r.error();
        }
        return id;
    }

    // Update and delete work on the current row: read its version, owner and the old values.
    QStringList readCols = {QStringLiteral("owner_dept_id"), QStringLiteral("row_version"),
                            QStringLiteral("is_deleted")};
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        readCols << it.key();
    }
    QStringList quotedRead;
    for (const QString& c : std::as_const(readCols)) {
        quotedRead << quoted(m_db, c);
    }
    auto read = statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(quotedRead.join(u','), table));
    if (!read) {
        return read.error();
    }
    QSqlQuery& q = *read.value();
    q.bindValue(0, change.id);
    if (auto r = exec(q, QStringLiteral("read ") + change.table); !r) {
        return r.error();
    }
    if (!q.next()) {
        q.finish();
        return makeError(Error::Kind::NotFound,
                         QStringLiteral("%1 %2 not found").arg(change.table, change.id));
    }
    const QString owner = q.value(0).toString();
    const qint64 baseVersion = q.value(1).toLongLong();
    const bool deleted = q.value(2).toInt() != 0;
    QVariantMap oldValues;
    QVariantMap newValues;
    int index = 3;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it, ++index) {
        const QVariant old = q.value(index);
        if (change.op == RowChange::Op::Delete || toJson(old) != toJson(it.value())) {
            oldValues.insert(it.key(), old);
            newValues.insert(it.key(), it.value());
        }
    }
    q.finish(); // the statement is cached: end the read now
    if (deleted) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("%1 %2 is deleted").arg(change.table, change.id));
    }
    if (change.op == RowChange::Op::Update && newValues.isEmpty()) {
        return change.id; // nothing changed: no row write, no outbox entry
    }

    QStringList sets = {QStringLiteral("updated_at = ?"), QStringLiteral("updated_by = ?")};
    if (change.op == RowChange::Op::Delete) {
        sets << QStringLiteral("is_deleted = 1");
    }
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        sets << quoted(m_db, it.key()) + QStringLiteral(" = ?");
    }
    auto prepared = statement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u',')));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& u = *prepared.value();
    int bind = 0;
    u.bindValue(bind++, now);
    u.bindValue(bind++, m_actor.userName);
    for (const QVariant& v : std::as_const(newValues)) {
        u.bindValue(bind++, v);
    }
    u.bindValue(bind, change.id);
    if (auto r = exec(u, QStringLiteral("update ") + change.table); !r) {
        return r.error();
    }
    RowChange effective = change;
    effective.fields = newValues;
    changedFields =
        change.op == RowChange::Op::Delete ? QStringList{QStringLiteral("is_deleted")} : newValues.keys();
    if (auto r = writeOutbox(effective, members, owner, baseVersion, oldValues, now); !r) {
        return r.error();
    }
    return change.id;
}

Result<void> Repository::writeOutbox(const RowChange& change,
                                     const QHash<QString, QList<MemberChange>>& members,
                                     const QString& ownerDept, qint64 baseVersion,
                                     const QVariantMap& oldValues, const QString& now)
{
    static const char* const kOps[] = {"insert", "update", "delete"};
    // {"column": {"new": …, "old": …}} or, for members of a JSON column, {"column.member": {…}}.
    QList<std::pair<QString, std::pair<QVariant, QVariant>>> entries; // key → (old, new)
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (const auto column = members.constFind(it.key());
            change.op == RowChange::Op::Update && column != members.cend()) {
            for (const MemberChange& m : *column) {
                entries.append({it.key() + u'.' + m.member, {m.oldValue, m.newValue}});
            }
        } else {
            entries.append({it.key(), {oldValues.value(it.key()), it.value()}});
        }
    }
    const bool withOld = change.op != RowChange::Op::Insert;
    QByteArray fields = outboxFields(entries, withOld);
    if (fields.isEmpty()) { // a value outboxFields does not write: through QJsonDocument
        QJsonObject object;
        for (const auto& [key, values] : std::as_const(entries)) {
            QJsonObject f{{QStringLiteral("new"), toJson(values.second)}};
            if (withOld) {
                f.insert(QStringLiteral("old"), toJson(values.first));
            }
            object.insert(key, f);
        }
        fields = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    auto prepared =
        statement(QStringLiteral("INSERT INTO outbox (mutation_id, table_name, row_id, op, base_version, "
                                 "owner_dept_id, fields, schema_version, created_at, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& q = *prepared.value();
    int bind = 0;
    for (const QVariant& v :
         {QVariant(newUuid(m_clock)), QVariant(change.table), QVariant(change.id),
          QVariant(QString::fromLatin1(kOps[int(change.op)])), QVariant(baseVersion), QVariant(ownerDept),
          QVariant(QString::fromUtf8(fields)), QVariant(Migrations::kCurrentVersion), QVariant(now),
          QVariant(m_actor.userName)}) {
        q.bindValue(bind++, v);
    }
    return exec(q, QStringLiteral("write outbox"));
}

Result<void> Repository::writeAudit(const QString& action, const QString& table, const QString& rowId,
                                    const QString& detail, const QString& now)
{
    auto prepared = statement(
        QStringLiteral("INSERT INTO audit_journal (at, actor, actor_dept_id, actor_role, action, table_name, "
                       "row_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& q = *prepared.value();
    int bind = 0;
    for (const QVariant& v :
         {QVariant(now), QVariant(m_actor.userName), QVariant(m_actor.deptId), QVariant(m_actor.role),
          QVariant(action), QVariant(table), QVariant(rowId), QVariant(detail)}) {
        q.bindValue(bind++, v);
    }
    return exec(q, QStringLiteral("write audit journal"));
}

} // namespace govcat::db
