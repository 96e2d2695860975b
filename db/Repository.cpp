#include "Repository.h"

#include "Migrations.h"
#include "SqlError.h"
#include "Transaction.h"
#include "core/JsonText.h"
#include "core/Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <optional>

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

// Appends a value as toJson() gives it; false for types other than text, integers, booleans and null.
bool appendJson(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out += "null";
        return true;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        json::appendString(out, v.toString());
        return true;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QByteArray::number(v.toLongLong());
        return true;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return true;
    default:
        return false;
    }
}

using OutboxEntries = QList<std::pair<QString, std::pair<QVariant, QVariant>>>; // key → (old, new)

// How an outbox entry gives a column's values.
enum class ValueForm
{
    New,       // {"new": …}: an insert's value
    OldAndNew, // {"new": …, "old": …}: an update or delete
    Bare,      // the value alone: an item carried in its new resource's entry
};

// The fields of an outbox entry written as QJsonDocument writes them (keys in order; core/JsonText:
// an import or a bulk edit writes them by the ten thousand), straight into one buffer; empty when a
// value is of another type (then QJsonDocument writes them).
QByteArray outboxFields(const OutboxEntries& entries, ValueForm form)
{
    QByteArray out;
    out.reserve(64 * entries.size() + 2);
    out += '{';
    for (const auto& [key, values] : entries) {
        if (out.size() > 1) {
            out += ',';
        }
        json::appendString(out, key);
        out += form == ValueForm::Bare ? ":" : ":{\"new\":";
        if (!appendJson(out, values.second)) {
            return {};
        }
        if (form == ValueForm::OldAndNew) {
            out += ",\"old\":";
            if (!appendJson(out, values.first)) {
                return {};
            }
        }
        if (form != ValueForm::Bare) {
            out += '}';
        }
    }
    out += '}';
    return out;
}

QByteArray fieldsText(OutboxEntries entries, ValueForm form)
{
    const auto byKey = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (!std::is_sorted(entries.cbegin(), entries.cend(), byKey)) {
        std::sort(entries.begin(), entries.end(), byKey);
    }
    QByteArray fields = outboxFields(entries, form);
    if (fields.isEmpty()) { // a value outboxFields does not write: through QJsonDocument
        QJsonObject object;
        for (const auto& [key, values] : std::as_const(entries)) {
            if (form == ValueForm::Bare) {
                object.insert(key, toJson(values.second));
                continue;
            }
            QJsonObject f{{QStringLiteral("new"), toJson(values.second)}};
            if (form == ValueForm::OldAndNew) {
                f.insert(QStringLiteral("old"), toJson(values.first));
            }
            object.insert(key, f);
        }
        fields = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return fields;
}

// {"column": {"new": …, "old": …}} or, for members of a JSON column, {"column.member": {…}}.
QByteArray entryFields(const RowChange& change, const QHash<QString, QList<MemberChange>>& members,
                       const QVariantMap& oldValues)
{
    OutboxEntries entries;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (const auto column = members.constFind(it.key());
            change.op == RowChange::Op::Update && column != members.cend()) {
            for (const MemberChange& m : *column) {
                entries.append({it.key() + u'.' + m.member, {m.oldValue, m.newValue}});
            }
        } else if (change.op != RowChange::Op::Insert || !it.value().isNull()) {
            // An insert lists the values it sets: a column left out is null (docs/ARCHITECTURE.md).
            entries.append({it.key(), {oldValues.value(it.key()), it.value()}});
        }
    }
    return fieldsText(std::move(entries),
                      change.op == RowChange::Op::Insert ? ValueForm::New : ValueForm::OldAndNew);
}

// A data item carried in its new resource's entry: {"column": value} for the columns it sets to a
// value, without resource_id (the resource's) and without owner_dept_id when it is the resource's.
QByteArray childFields(const RowChange& item, const QString& resourceOwner)
{
    OutboxEntries entries;
    for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it) {
        const bool implied =
            it.key() == QLatin1String("resource_id") ||
            (it.key() == QLatin1String("owner_dept_id") && it.value().toString() == resourceOwner);
        if (!implied && !it.value().isNull()) {
            entries.append({it.key(), {QVariant(), it.value()}});
        }
    }
    return fieldsText(std::move(entries), ValueForm::Bare);
}

// The changed columns of a row as the audit journal's detail: a JSON array of their names.
QByteArray columnsJson(const QStringList& changed)
{
    QList<QByteArray> names;
    names.reserve(changed.size());
    for (const QString& column : changed) {
        QByteArray name;
        json::appendString(name, column);
        names << name;
    }
    return json::array(names);
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
    : m_db(std::move(db)), m_actor(std::move(actor)), m_clock(clock), m_statements(m_db, false)
{}

QStringList Repository::syncedTables()
{
    return {QStringLiteral("department"),       QStringLiteral("catalog_class"),
            QStringLiteral("legal_basis"),      QStringLiteral("code_list"),
            QStringLiteral("info_resource"),    QStringLiteral("info_item"),
            QStringLiteral("resource_survey"),  QStringLiteral("resource_relation"),
            QStringLiteral("resource_version"), QStringLiteral("resource_transition"),
            QStringLiteral("data_call"),        QStringLiteral("data_call_dept")};
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
    return inTransaction(m_db, [&] { return applyWithin(changeSet, members); });
}

Result<QStringList> Repository::applyWithin(const ChangeSet& changeSet, const MemberChanges& members,
                                            AuditEntries audit)
{
    const QString now = nowText(m_clock);
    QStringList ids;
    QStringList reindex;   // resources whose search document changed
    QSet<QString> created; // resources inserted by this change set
    static const QHash<QString, QList<MemberChange>> kNone;
    std::optional<std::pair<QString, QString>> first; // AuditEntries::Once: the entry's table and row
    QByteArray firstColumns;
    QMap<QString, int> others;                       // AuditEntries::Once: further rows changed, by table
    std::optional<HeldInsert> newEntry;              // a new resource's outbox entry, collecting its items
    QHash<QString, SearchIndex::Document> documents; // of the resources inserted here
    for (std::size_t i = 0; i < changeSet.changes.size(); ++i) {
        const RowChange& change = changeSet.changes.at(i);
        const auto memberChanges = members.find(i);
        const bool inserted = change.op == RowChange::Op::Insert;
        const bool item = inserted && newEntry && change.table == QLatin1String("info_item") &&
                          change.fields.value(QStringLiteral("resource_id")).toString() == newEntry->id;
        if (newEntry && !item) {
            if (auto written = writeHeld(*newEntry, now); !written) {
                return written.error();
            }
            newEntry.reset();
        }
        const bool newResource = inserted && change.table == QLatin1String("info_resource");
        HeldInsert held;
        QStringList changed;
        auto id = applyOne(change, memberChanges == members.end() ? kNone : memberChanges->second, now,
                           changed, item || newResource ? &held : nullptr);
        if (!id) {
            return id.error();
        }
        if (newResource) {
            auto document = newDocument(change, held.rowid);
            if (!document) {
                return document.error();
            }
            documents.insert(id.value(), std::move(document).value());
            held.fields = entryFields(change, {}, {});
            newEntry = std::move(held);
            created.insert(id.value());
        } else if (item) {
            if (const auto document = documents.find(newEntry->id); document != documents.end()) {
                QString& items = document->items;
                items += items.isEmpty() ? QString() : QStringLiteral(" ");
                items += change.fields.value(QStringLiteral("name")).toString();
            }
            QByteArray& children = newEntry->children;
            children += children.isEmpty() ? "{\"info_item\":[" : ",";
            children += "{\"fields\":" + childFields(change, newEntry->owner) + ",\"id\":";
            json::appendString(children, held.id);
            children += '}';
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
            if (!newResource && !item) {
                documents.remove(resource.value()); // changed since its document was built: read it back
            }
        }
        if (audit == AuditEntries::Once && first) {
            ++others[change.table];
            continue;
        }
        const QByteArray columns = columnsJson(changed);
        if (audit == AuditEntries::Once) {
            first = std::make_pair(change.table, id.value());
            firstColumns = columns;
            continue;
        }
        if (auto written =
                writeAudit(changeSet.action, change.table, id.value(), QString::fromUtf8(columns), now);
            !written) {
            return written.error();
        }
    }
    if (newEntry) {
        if (auto written = writeHeld(*newEntry, now); !written) {
            return written.error();
        }
    }
    if (first) {
        json::ObjectWriter rows;
        for (auto it = others.cbegin(); it != others.cend(); ++it) {
            rows.integer(it.key().toUtf8(), it.value());
        }
        json::ObjectWriter detail;
        detail.value("columns", firstColumns);
        detail.value("rows", rows.text());
        if (auto written = writeAudit(changeSet.action, first->first, first->second,
                                      QString::fromUtf8(detail.text()), now);
            !written) {
            return written.error();
        }
    }
    if (reindex.isEmpty()) {
        return ids;
    }
    reindex.removeDuplicates();
    static const SearchIndex::Statements kIndex = SearchIndex::statements();
    auto read = statement(kIndex.read);
    auto remove = statement(kIndex.remove);
    auto write = statement(kIndex.insert);
    if (!read || !remove || !write) {
        return !read ? read.error() : !remove ? remove.error() : write.error();
    }
    if (auto r =
            SearchIndex::reindex(*read.value(), *remove.value(), *write.value(), reindex, created, documents);
        !r) {
        return r.error();
    }
    return ids;
}

Result<QSqlQuery*> Repository::statement(const QString& sql)
{
    StatementCache::Prepared& p = m_statements.get(sql);
    if (p.error.isValid()) {
        return sqlError(p.error, QStringLiteral("prepare"));
    }
    return &p.query;
}

Result<RawStatement*> Repository::rawStatement(std::unique_ptr<RawStatement>& slot, const QString& sql)
{
    if (!slot) {
        auto prepared = std::make_unique<RawStatement>(m_db);
        if (!prepared->prepare(sql)) {
            return prepared->error(QStringLiteral("prepare"));
        }
        slot = std::move(prepared);
    }
    return slot.get();
}

Result<RawStatement*> Repository::insertStatement(const QString& table, const QVariantMap& fields)
{
    // Rows of a bulk change share a few shapes (table and given columns): the shape is found by
    // comparing column names, without building a key or the SQL for each row (both showed in
    // profiles of an import).
    const auto sameColumns = [&fields](const QStringList& columns) {
        if (columns.size() != fields.size()) {
            return false;
        }
        auto column = columns.cbegin();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it, ++column) {
            if (it.key() != *column) {
                return false;
            }
        }
        return true;
    };
    std::vector<InsertShape>& shapes = m_insertShapes[table];
    for (InsertShape& shape : shapes) {
        if (sameColumns(shape.columns)) {
            return shape.statement.get();
        }
    }
    QStringList names;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() != QLatin1String("id")) {
            names << quoted(m_db, it.key());
        }
    }
    names << quoted(m_db, QStringLiteral("id")) << quoted(m_db, QStringLiteral("updated_at"))
          << quoted(m_db, QStringLiteral("updated_by"));
    const QString marks = QStringLiteral("?,").repeated(names.size() - 1) + u'?';
    std::unique_ptr<RawStatement> statement;
    auto prepared = rawStatement(
        statement,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(quoted(m_db, table), names.join(u','), marks));
    if (!prepared) {
        return prepared.error();
    }
    shapes.push_back({fields.keys(), std::move(statement)});
    return prepared;
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

Result<SearchIndex::Document> Repository::newDocument(const RowChange& resource, qint64 rowid)
{
    SearchIndex::Document doc;
    doc.docid = rowid;
    doc.name = resource.fields.value(QStringLiteral("name")).toString();
    doc.code = resource.fields.value(QStringLiteral("code")).toString();
    doc.abstract = resource.fields.value(QStringLiteral("abstract")).toString();
    auto department = statement(QStringLiteral("SELECT name FROM department WHERE id = ?"));
    if (!department) {
        return department.error();
    }
    QSqlQuery& q = *department.value();
    q.bindValue(0, resource.fields.value(QStringLiteral("provider_dept_id")));
    if (auto r = exec(q, QStringLiteral("read the providing department")); !r) {
        return r.error();
    }
    if (q.next()) {
        doc.provider = q.value(0).toString();
    }
    q.finish();
    return doc;
}

Result<QString> Repository::applyOne(const RowChange& change,
                                     const QHash<QString, QList<MemberChange>>& members, const QString& now,
                                     QStringList& changedFields, HeldInsert* held)
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
        auto prepared = insertStatement(change.table, change.fields);
        if (!prepared) {
            return prepared.error();
        }
        RawStatement& q = *prepared.value();
        int bind = 1;
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
            if (it.key() != QLatin1String("id")) {
                q.bind(bind++, it.value());
            }
        }
        q.bind(bind++, id);
        q.bind(bind++, now);
        q.bind(bind, m_actor.userName);
        if (auto r = q.run(QStringLiteral("insert into ") + change.table); !r) {
            return r.error();
        }
        changedFields = change.fields.keys();
        if (held) {
            held->table = change.table;
            held->id = id;
            held->owner = owner;
            held->rowid = q.lastInsertRowid();
            return id;
        }
        RowChange inserted = change;
        inserted.id = id;
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
    const bool restore = change.op == RowChange::Op::Restore;
    if (deleted != restore) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("%1 %2 is %3")
                             .arg(change.table, change.id,
                                  restore ? QStringLiteral("not deleted") : QStringLiteral("deleted")));
    }
    if (change.op == RowChange::Op::Update && newValues.isEmpty()) {
        return change.id; // nothing changed: no row write, no outbox entry
    }

    QStringList sets = {QStringLiteral("updated_at = ?"), QStringLiteral("updated_by = ?")};
    if (change.op == RowChange::Op::Delete) {
        sets << QStringLiteral("is_deleted = 1");
    } else if (restore) {
        sets << QStringLiteral("is_deleted = 0");
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
    if (restore) { // recorded as an update of is_deleted, 1 → 0
        effective.op = RowChange::Op::Update;
        effective.fields.insert(QStringLiteral("is_deleted"), 0);
        oldValues.insert(QStringLiteral("is_deleted"), 1);
    }
    changedFields = change.op == RowChange::Op::Delete || restore ? QStringList{QStringLiteral("is_deleted")}
                                                                  : newValues.keys();
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
    return writeOutboxRow(change.table, change.id, kOps[int(change.op)], baseVersion, ownerDept,
                          entryFields(change, members, oldValues), {}, now);
}

Result<void> Repository::writeHeld(const HeldInsert& held, const QString& now)
{
    return writeOutboxRow(held.table, held.id, "insert", 0, held.owner, held.fields,
                          held.children.isEmpty() ? QByteArray() : held.children + "]}", now);
}

Result<void> Repository::writeOutboxRow(const QString& table, const QString& id, const char* op,
                                        qint64 baseVersion, const QString& ownerDept,
                                        const QByteArray& fields, const QByteArray& children,
                                        const QString& now)
{
    auto prepared = rawStatement(
        m_outbox, QStringLiteral("INSERT INTO outbox (mutation_id, table_name, row_id, op, base_version, "
                                 "owner_dept_id, fields, children, schema_version, created_at, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    RawStatement& q = *prepared.value();
    int bind = 1;
    for (const QVariant& v :
         {QVariant(newUuid(m_clock)), QVariant(table), QVariant(id), QVariant(QString::fromLatin1(op)),
          QVariant(baseVersion), QVariant(ownerDept), QVariant(QString::fromUtf8(fields)),
          children.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(children)),
          QVariant(Migrations::kCurrentVersion), QVariant(now), QVariant(m_actor.userName)}) {
        q.bind(bind++, v);
    }
    return q.run(QStringLiteral("write outbox"));
}

Result<void> Repository::writeAudit(const QString& action, const QString& table, const QString& rowId,
                                    const QString& detail, const QString& now)
{
    auto prepared = rawStatement(
        m_audit, QStringLiteral("INSERT INTO audit_journal (at, actor, actor_dept_id, actor_role, action, "
                                "table_name, row_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    RawStatement& q = *prepared.value();
    int bind = 1;
    for (const QVariant& v :
         {QVariant(now), QVariant(m_actor.userName), QVariant(m_actor.deptId), QVariant(m_actor.role),
          QVariant(action), QVariant(table), QVariant(rowId), QVariant(detail)}) {
        q.bind(bind++, v);
    }
    return q.run(QStringLiteral("write audit journal"));
}

} // namespace govcat::db
