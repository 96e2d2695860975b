#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "db/BaselineWriter.h"
#include "db/Domains.h"
#include "db/StatementCache.h"
#include "db/driver/RawStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <map>
#include <memory>
#include <vector>

namespace govcat::db {

// One member of a JSON document column changed from one value to another.
struct MemberChange
{
    QString member;
    QVariant oldValue;
    QVariant newValue;
};

// One change to one row of a synced table.
struct RowChange
{
    enum class Op
    {
        Insert,
        Update,
        Delete,
        Restore // undoes a Delete (is_deleted back to 0); the outbox records it as an update
    };
    Op op = Op::Update;
    QString table;
    QString id;         // generated for inserts when empty
    QVariantMap fields; // insert: all given columns; update: changed columns; delete, restore: unused
};

// For updates of JSON document columns (a revision's snapshot) that set a few of their members: the
// outbox entry of change i of a ChangeSet records those members as "column.member" with their old
// and new values, field by field like other columns, instead of the whole old and new document.
// By change index, then by column.
using MemberChanges = std::map<std::size_t, QHash<QString, QList<MemberChange>>>;

// Several row changes applied as one transaction: all of them, or none.
struct ChangeSet
{
    QString action; // audit action, e.g. "编辑信息资源"
    std::vector<RowChange> changes;
};

// The audit journal entries a change set writes.
enum class AuditEntries
{
    EachRow, // one per changed row, detail = the JSON array of its changed columns
    Once,    // one for the set, on its first changed row (an imported resource with its items), detail =
             // {"columns": [its changed columns], "rows": {"table": further rows changed, …}}
};

// The only writer of SQL in govcat. Every local edit of a synced table (db/Domains.h) writes the row,
// one outbox entry per changed row (changed fields' old and new values plus the base row_version; a
// new parent row's entry, such as a resource's, also carries the child rows inserted right after it
// in the same change set, such as its data items, their values bare and without what they share with
// it) and an audit journal entry in the same transaction, then runs the domains' write hooks.
class Repository
{
public:
    Repository(QSqlDatabase db, Actor actor, const Clock& clock = Clock::instance());

    const Actor& actor() const { return m_actor; }
    QSqlDatabase database() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    void setActor(Actor actor) { m_actor = std::move(actor); }

    Result<QString> insert(const QString& table, const QVariantMap& fields, const QString& action = {});
    Result<void> update(const QString& table, const QString& id, const QVariantMap& changes,
                        const QString& action = {});
    Result<void> remove(const QString& table, const QString& id, const QString& action = {});
    // Applies every change or none. Returns the ids of the rows, in order.
    Result<QStringList> apply(const ChangeSet& changeSet, const MemberChanges& members = {});
    // The same inside a transaction the caller has begun and will commit or roll back (for writes
    // that must share it, such as allocating a resource code).
    Result<QStringList> applyWithin(const ChangeSet& changeSet, const MemberChanges& members = {},
                                    AuditEntries audit = AuditEntries::EachRow);

    // Columns of a table, from the schema; empty for unknown tables.
    QStringList columns(const QString& table) const;
    // The registered domains' synced tables (db/Domains.h).
    static QStringList syncedTables();

    // A prepared statement for this SQL, prepared once per Repository (the same few shapes repeat
    // for every row of a bulk change); for write hooks too.
    Result<QSqlQuery*> prepared(const QString& sql);

private:
    const std::vector<std::unique_ptr<WriteHook>>& writeHooks();
    static bool hasChildren(const QString& table);
    // The INSERT of a row with these given columns (plus id, updated_at and updated_by, bound last).
    Result<RawStatement*> insertStatement(const QString& table, const QVariantMap& fields);
    // `slot`'s statement, prepared from `sql` on first use.
    Result<RawStatement*> rawStatement(std::unique_ptr<RawStatement>& slot, const QString& sql);
    // An insert's outbox entry held back by applyWithin: a new parent row's entry waits for the child
    // rows inserted right after it and carries them in its children column (they get no entries of
    // their own); a child's entry becomes one of those children.
    struct HeldInsert
    {
        QString table;
        QString id;
        QString owner;
        qint64 rowid = 0;
        QByteArray fields; // filled by applyWithin
        // By child table: [{"fields":{"column":value,…},"id":…},… (the closing ] added on writing)
        std::map<QString, QByteArray> children;
    };
    // Writes one change and its outbox entry; changedFields receives the columns really changed. An
    // insert given `held` fills its table, id and owner instead of writing its outbox entry.
    Result<QString> applyOne(const RowChange& change, const QHash<QString, QList<MemberChange>>& members,
                             const QString& now, QStringList& changedFields, HeldInsert* held = nullptr);
    Result<void> writeOutbox(const RowChange& change, const QHash<QString, QList<MemberChange>>& members,
                             const QString& ownerDept, qint64 baseVersion, const QVariantMap& oldValues,
                             const QString& now);
    Result<void> writeHeld(const HeldInsert& held, const QString& now);
    Result<void> writeOutboxRow(const QString& table, const QString& id, const char* op, qint64 baseVersion,
                                const QString& ownerDept, const QByteArray& fields,
                                const QByteArray& children, const QString& now);
    Result<void> writeAudit(const QString& action, const QString& table, const QString& rowId,
                            const QString& detail, const QString& now);

    QSqlDatabase m_db;
    Actor m_actor;
    const Clock& m_clock;
    mutable QHash<QString, QStringList> m_columns;
    StatementCache m_statements;
    // insertStatement(): by table, the column lists seen (in QVariantMap order) with their INSERT.
    struct InsertShape
    {
        QStringList columns;
        std::unique_ptr<RawStatement> statement;
    };
    std::map<QString, std::vector<InsertShape>> m_insertShapes;
    std::unique_ptr<RawStatement> m_outbox; // writeOutboxRow()
    std::unique_ptr<RawStatement> m_audit;  // writeAudit()
    std::vector<std::unique_ptr<WriteHook>> m_hooks;
    bool m_hooksMade = false;
};

} // namespace govcat::db
