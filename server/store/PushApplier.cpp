#include "PushApplier.h"

#include "PgTransaction.h"
#include "Scopes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace govcat::server {

namespace {

struct StoredRow
{
    QString owner;
    qint64 version = 0;
    bool deleted = false;
    bool hasConflict = false;
    QJsonObject data;
};

struct Touched
{
    QString scope;
    QString table;
    QString id;
    bool operator==(const Touched&) const = default;
};

size_t qHash(const Touched& t, size_t seed = 0)
{
    return qHashMulti(seed, t.scope, t.table, t.id);
}

Error sqlFailure(const QSqlQuery& q)
{
    return makeError(Error::Kind::Sql, q.lastError().text());
}

QString jsonText(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    // A scalar as a one-element array, then unwrapped: QJsonDocument writes only objects and arrays.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A column's new value: {"new": v} or, in an insert, the bare value.
QJsonValue newValue(const QJsonValue& field)
{
    return field.isObject() ? field.toObject().value(QLatin1String("new")) : field;
}

class Applier
{
public:
    Applier(QSqlDatabase pg, const PushIdentity& identity) : m_pg(std::move(pg)), m_identity(identity) {}

    Result<PushResult> run(const sync::PushRequest& request)
    {
        PgTransaction transaction(m_pg);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        QSqlQuery client(m_pg);
        client.prepare(QStringLiteral("SELECT last_applied_seq, revoked FROM clients WHERE client_id = "
                                      "?::uuid AND user_name = ? FOR UPDATE"));
        client.addBindValue(m_identity.clientId);
        client.addBindValue(m_identity.userName);
        if (!client.exec()) {
            return sqlFailure(client);
        }
        if (!client.next()) {
            return makeError(Error::Kind::NotFound, QStringLiteral("unknown device for this user"));
        }
        if (client.value(1).toBool()) {
            return makeError(Error::Kind::Forbidden, QStringLiteral("device revoked"));
        }
        PushResult result;
        qint64 last = client.value(0).toLongLong();
        for (const sync::Mutation& m : request.mutations) {
            auto stored = storedResult(m.mutationId);
            if (!stored) {
                return stored.error();
            }
            if (stored.value()) {
                result.results << *stored.value();
                continue;
            }
            if (m.seq != last + 1) {
                result.expectedSeq = last + 1;
                result.results.clear();
                return result; // rolled back: nothing of this batch is applied
            }
            auto applied = apply(m);
            if (!applied) {
                return applied.error();
            }
            MutationResult r = applied.value();
            r.seq = m.seq;
            if (auto saved = storeResult(m, r); !saved) {
                return saved.error();
            }
            result.results << r;
            last = m.seq;
        }
        QSqlQuery advance(m_pg);
        advance.prepare(QStringLiteral("UPDATE clients SET last_applied_seq = ? WHERE client_id = ?::uuid"));
        advance.addBindValue(last);
        advance.addBindValue(m_identity.clientId);
        if (!advance.exec()) {
            return sqlFailure(advance);
        }
        if (auto numbered = numberChanges(); !numbered) {
            return numbered.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        result.lastAppliedSeq = last;
        return result;
    }

private:
    Result<std::optional<MutationResult>> storedResult(const QString& mutationId)
    {
        QSqlQuery q(m_pg);
        q.prepare(QStringLiteral(
            "SELECT seq, status, row_version, reason FROM mutation_results WHERE mutation_id = ?::uuid"));
        q.addBindValue(mutationId);
        if (!q.exec()) {
            return sqlFailure(q);
        }
        if (!q.next()) {
            return std::optional<MutationResult>();
        }
        return std::optional<MutationResult>(MutationResult{q.value(0).toLongLong(), q.value(1).toString(),
                                                            q.value(2).toLongLong(), q.value(3).toString()});
    }

    Result<void> storeResult(const sync::Mutation& m, const MutationResult& r)
    {
        QSqlQuery q(m_pg);
        q.prepare(
            QStringLiteral("INSERT INTO mutation_results (mutation_id, client_id, seq, tbl, row_id, status, "
                           "row_version, reason) VALUES (?::uuid, ?::uuid, ?, ?, ?::uuid, ?, ?, ?)"));
        q.addBindValue(m.mutationId);
        q.addBindValue(m_identity.clientId);
        q.addBindValue(m.seq);
        q.addBindValue(m.table);
        q.addBindValue(m.rowId);
        q.addBindValue(r.status);
        q.addBindValue(r.rowVersion);
        q.addBindValue(r.reason.isEmpty() ? QVariant() : QVariant(r.reason));
        if (!q.exec()) {
            return sqlFailure(q);
        }
        return {};
    }

    Result<std::optional<StoredRow>> load(const QString& table, const QString& id)
    {
        QSqlQuery q(m_pg);
        q.prepare(QStringLiteral(
            "SELECT owner_dept_id, row_version, is_deleted, has_conflict, data::text FROM sync_rows "
            "WHERE tbl = ? AND id = ?::uuid FOR UPDATE"));
        q.addBindValue(table);
        q.addBindValue(id);
        if (!q.exec()) {
            return sqlFailure(q);
        }
        if (!q.next()) {
            return std::optional<StoredRow>();
        }
        return std::optional<StoredRow>(
            StoredRow{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toBool(),
                      q.value(3).toBool(), QJsonDocument::fromJson(q.value(4).toByteArray()).object()});
    }

    // The reason an identity may not write this mutation, or empty.
    QString refusal(const sync::Mutation& m, const std::optional<StoredRow>& row) const
    {
        if (m_identity.role == Role::Leader) {
            return QCoreApplication::translate("govcat::server::PushApplier", "领导角色只能查看，不能修改。");
        }
        if (m_identity.role != Role::CatalogEditor) {
            return {};
        }
        if (!m_identity.deptIds.contains(m.ownerDeptId) ||
            (row && !m_identity.deptIds.contains(row->owner))) {
            return QCoreApplication::translate("govcat::server::PushApplier", "只能修改本部门的记录。");
        }
        if (row && row->owner != m.ownerDeptId) {
            return QCoreApplication::translate("govcat::server::PushApplier",
                                               "只有审核人员可以改变记录的所属部门。");
        }
        return {};
    }

    Result<MutationResult> apply(const sync::Mutation& m)
    {
        auto loaded = load(m.table, m.rowId);
        if (!loaded) {
            return loaded.error();
        }
        const std::optional<StoredRow>& row = loaded.value();
        if (const QString reason = refusal(m, row); !reason.isEmpty()) {
            return MutationResult{0, QStringLiteral("rejected"), row ? row->version : 0, reason};
        }
        switch (m.op) {
        case sync::Op::Insert:
            return insert(m, row);
        case sync::Op::Update:
            return update(m, row);
        case sync::Op::Delete:
            return remove(m, row);
        }
        return makeError(Error::Kind::Invalid, QStringLiteral("unknown op"));
    }

    Result<MutationResult> insert(const sync::Mutation& m, const std::optional<StoredRow>& row)
    {
        QJsonObject data;
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            data.insert(it.key(), newValue(it.value()));
        }
        if (row) {
            if (!row->deleted && row->data == data) {
                return MutationResult{0, QStringLiteral("noop"), row->version, {}};
            }
            if (auto c = conflict(m, QStringLiteral("insert_exists"), {}, {}, QJsonValue(row->data),
                                  QJsonValue(data));
                !c) {
                return c.error();
            }
            return markConflict(m, *row);
        }
        if (auto written = writeNew(m.table, m.rowId, m.ownerDeptId, data); !written) {
            return written.error();
        }
        for (auto table = m.children.begin(); table != m.children.end(); ++table) {
            for (const QJsonValue& child : table.value().toArray()) {
                const QJsonObject o = child.toObject();
                QJsonObject childData;
                const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    childData.insert(it.key(), newValue(it.value()));
                }
                if (auto written = writeNew(table.key(), o.value(QLatin1String("id")).toString(),
                                            m.ownerDeptId, childData);
                    !written) {
                    return written.error();
                }
            }
        }
        return MutationResult{0, QStringLiteral("applied"), 1, {}};
    }

    Result<void> writeNew(const QString& table, const QString& id, const QString& owner,
                          const QJsonObject& data)
    {
        QSqlQuery q(m_pg);
        q.prepare(QStringLiteral(
            "INSERT INTO sync_rows (tbl, id, owner_dept_id, row_version, data, updated_by) VALUES "
            "(?, ?::uuid, ?, 1, ?::jsonb, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(table);
        q.addBindValue(id);
        q.addBindValue(owner);
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_identity.userName);
        if (!q.exec()) {
            return sqlFailure(q);
        }
        touch({departmentScope(owner), table, id});
        return {};
    }

    // Whether the edit is based on the row as it is: its base is the current version, or no other
    // device changed the row since that base (this device queued several edits before an answer
    // came, or edits its own new row, based on version 0).
    Result<bool> isCurrent(const sync::Mutation& m, const StoredRow& row)
    {
        if (m.baseVersion == row.version) {
            return true;
        }
        QSqlQuery q(m_pg);
        q.prepare(
            QStringLiteral("SELECT count(*) FROM mutation_results WHERE tbl = ? AND row_id = ?::uuid AND "
                           "row_version > ? AND client_id <> ?::uuid AND status IN ('applied', 'conflict')"));
        q.addBindValue(m.table);
        q.addBindValue(m.rowId);
        q.addBindValue(m.baseVersion);
        q.addBindValue(m_identity.clientId);
        if (!q.exec() || !q.next()) {
            return sqlFailure(q);
        }
        return m.baseVersion < row.version && q.value(0).toInt() == 0;
    }

    Result<MutationResult> update(const sync::Mutation& m, const std::optional<StoredRow>& row)
    {
        if (!row) {
            return MutationResult{0, QStringLiteral("rejected"), 0,
                                  QCoreApplication::translate("govcat::server::PushApplier",
                                                              "服务器上没有这条记录，修改未能保存。")};
        }
        if (row->deleted) {
            if (auto c = conflict(m, QStringLiteral("edited_after_delete"), {}, {}, {}, QJsonValue(m.fields));
                !c) {
                return c.error();
            }
            return markConflict(m, *row);
        }
        auto currentBase = isCurrent(m, *row);
        if (!currentBase) {
            return currentBase.error();
        }
        const bool current = currentBase.value();
        QJsonObject data = row->data;
        bool changed = false;
        bool conflicted = false;
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            const QJsonValue old = change.value(QLatin1String("old"));
            const QJsonValue next = change.value(QLatin1String("new"));
            const QJsonValue server = data.contains(it.key()) ? data.value(it.key()) : QJsonValue();
            if (server == next) {
                continue;
            }
            if (current || server == old) {
                data.insert(it.key(), next);
                changed = true;
                continue;
            }
            if (auto c = conflict(m, QStringLiteral("field"), it.key(), old, server, next); !c) {
                return c.error();
            }
            conflicted = true;
        }
        if (!changed && !conflicted) {
            return MutationResult{0, QStringLiteral("noop"), row->version, {}};
        }
        auto written = rewrite(m, *row, data, row->deleted, row->hasConflict || conflicted);
        if (!written) {
            return written.error();
        }
        return MutationResult{
            0, conflicted ? QStringLiteral("conflict") : QStringLiteral("applied"), written.value(), {}};
    }

    Result<MutationResult> remove(const sync::Mutation& m, const std::optional<StoredRow>& row)
    {
        if (!row) {
            return MutationResult{0, QStringLiteral("rejected"), 0,
                                  QCoreApplication::translate("govcat::server::PushApplier",
                                                              "服务器上没有这条记录，删除未能保存。")};
        }
        if (row->deleted) {
            return MutationResult{0, QStringLiteral("noop"), row->version, {}};
        }
        auto currentBase = isCurrent(m, *row);
        if (!currentBase) {
            return currentBase.error();
        }
        if (!currentBase.value()) {
            if (auto c = conflict(m, QStringLiteral("delete_vs_edit"), {}, {}, QJsonValue(row->data), {});
                !c) {
                return c.error();
            }
            return markConflict(m, *row);
        }
        auto written = rewrite(m, *row, row->data, true, row->hasConflict);
        if (!written) {
            return written.error();
        }
        return MutationResult{0, QStringLiteral("applied"), written.value(), {}};
    }

    // The row keeps its values and gets the conflict flag (a new version, so that pulls carry it).
    Result<MutationResult> markConflict(const sync::Mutation& m, const StoredRow& row)
    {
        auto written = rewrite(m, row, row.data, row.deleted, true);
        if (!written) {
            return written.error();
        }
        return MutationResult{0, QStringLiteral("conflict"), written.value(), {}};
    }

    Result<qint64> rewrite(const sync::Mutation& m, const StoredRow& row, const QJsonObject& data,
                           bool deleted, bool hasConflict)
    {
        QSqlQuery q(m_pg);
        q.prepare(
            QStringLiteral("UPDATE sync_rows SET data = ?::jsonb, is_deleted = ?, has_conflict = ?, "
                           "owner_dept_id = ?, row_version = row_version + 1, updated_by = ?, updated_at = "
                           "now() WHERE tbl = ? AND id = ?::uuid RETURNING row_version"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        q.addBindValue(deleted);
        q.addBindValue(hasConflict);
        q.addBindValue(m.ownerDeptId);
        q.addBindValue(m_identity.userName);
        q.addBindValue(m.table);
        q.addBindValue(m.rowId);
        if (!q.exec() || !q.next()) {
            return sqlFailure(q);
        }
        touch({departmentScope(m.ownerDeptId), m.table, m.rowId});
        if (row.owner != m.ownerDeptId) {
            touch({departmentScope(row.owner), m.table, m.rowId}); // a remove there
        }
        return q.value(0).toLongLong();
    }

    Result<void> conflict(const sync::Mutation& m, const QString& kind, const QString& field,
                          const QJsonValue& base, const QJsonValue& server, const QJsonValue& client)
    {
        QSqlQuery q(m_pg);
        q.prepare(QStringLiteral("INSERT INTO conflicts (tbl, row_id, field, kind, base_value, server_value, "
                                 "client_value, client_id, mutation_id, user_name) VALUES (?, ?::uuid, ?, ?, "
                                 "?::jsonb, ?::jsonb, ?::jsonb, ?::uuid, ?::uuid, ?)"));
        q.addBindValue(m.table);
        q.addBindValue(m.rowId);
        q.addBindValue(field.isEmpty() ? QVariant() : QVariant(field));
        q.addBindValue(kind);
        for (const QJsonValue& v : {base, server, client}) {
            q.addBindValue(v.isUndefined() ? QVariant() : QVariant(jsonText(v)));
        }
        q.addBindValue(m_identity.clientId);
        q.addBindValue(m.mutationId);
        q.addBindValue(m_identity.userName);
        if (!q.exec()) {
            return sqlFailure(q);
        }
        return {};
    }

    void touch(const Touched& t)
    {
        if (!m_touchedSet.contains(t)) {
            m_touchedSet.insert(t);
            m_touched << t;
        }
    }

    // Change numbers for every row this batch touched, drawn under the late advisory lock: the
    // lock is held to COMMIT, so numbers are drawn in commit order (SYNC.md §2.4).
    Result<void> numberChanges()
    {
        if (m_touched.isEmpty()) {
            return {};
        }
        QSqlQuery q(m_pg);
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(kSyncOrderLock);
        if (!q.exec()) {
            return sqlFailure(q);
        }
        q.prepare(
            QStringLiteral("INSERT INTO row_changes (scope, tbl, id, cs) VALUES (?, ?, ?::uuid, "
                           "nextval('cs_seq')) ON CONFLICT (scope, tbl, id) DO UPDATE SET cs = EXCLUDED.cs"));
        for (const Touched& t : std::as_const(m_touched)) {
            q.addBindValue(t.scope);
            q.addBindValue(t.table);
            q.addBindValue(t.id);
            if (!q.exec()) {
                return sqlFailure(q);
            }
        }
        return {};
    }

    QSqlDatabase m_pg;
    const PushIdentity& m_identity;
    // The rows this batch changed, in the order it changed them: a parent before the children its
    // insert carries, so that a pull page never brings a child before its parent.
    QList<Touched> m_touched;
    QSet<Touched> m_touchedSet;
};

} // namespace

Result<PushResult> applyPush(QSqlDatabase pg, const PushIdentity& identity, const sync::PushRequest& request)
{
    if (request.clientId != identity.clientId) {
        return makeError(Error::Kind::Forbidden, QStringLiteral("the batch names another device"));
    }
    return Applier(std::move(pg), identity).run(request);
}

} // namespace govcat::server
