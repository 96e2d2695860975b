#include "catalog/CatalogSchema.h"

#include "catalog/CodeSequence.h"
#include "catalog/SearchIndex.h"
#include "catalog/migrations/SchemaV1.sql.h"
#include "catalog/migrations/SchemaV2.sql.h"
#include "catalog/migrations/SchemaV3.sql.h"
#include "catalog/migrations/SchemaV4.sql.h"
#include "catalog/migrations/SchemaV5.sql.h"
#include "catalog/migrations/SchemaV6.sql.h"
#include "catalog/migrations/SchemaV7.sql.h"
#include "core/Clock.h"
#include "core/Uuid.h"
#include "db/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <span>

namespace govcat::catalog {

using db::sqlError;
using migrations::kSchemaV1;
using migrations::kSchemaV2;
using migrations::kSchemaV3;
using migrations::kSchemaV4;
using migrations::kSchemaV5;
using migrations::kSchemaV6;
using migrations::kSchemaV7;
using migrations::kSchemaV7Drop;

namespace {

Result<void> runAll(QSqlDatabase& db, std::span<const char* const> statements)
{
    QSqlQuery q(db);
    for (const char* sql : statements) {
        if (!q.exec(QString::fromUtf8(sql))) {
            return db::sqlError(q.lastError(), QStringLiteral("migration statement failed"));
        }
    }
    return {};
}

Result<void> toV1(QSqlDatabase& db)
{
    if (auto r = runAll(db, kSchemaV1); !r) {
        return r;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("app"), QStringLiteral("govcat")},
        {QStringLiteral("database_id"), newUuid()},
        {QStringLiteral("created_at"), Clock::instance().nowUtc().toString(Qt::ISODateWithMs)},
    };
    for (const auto& [key, value] : rows) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec()) {
            return db::sqlError(q.lastError(), QStringLiteral("writing meta"));
        }
    }
    return {};
}

// Catalog editing: search index (filled from the rows already there), code sequences seeded from
// the codes in use, versions and transitions.
Result<void> toV2(QSqlDatabase& db)
{
    if (auto r = runAll(db, kSchemaV2); !r) {
        return r;
    }
    if (auto r = CodeSequence::catchUp(db); !r) {
        return r;
    }
    return SearchIndex::rebuild(db);
}

// Schema v6's renamed values (SchemaV6.sql.h) in the fields of an outbox entry that is still to be
// sent: {"column": {"new": …, "old": …}}, {"column": value} and revision snapshots ("snapshot", or
// a member "snapshot.column"). True when something changed.
bool renameOutboxFields(QJsonObject& fields)
{
    struct Rename
    {
        const char* column;
        const char* from;
        const char* to;
    };
    static const Rename renames[] = {
        {"update_cycle", "半年", "每半年"},       {"share_method_category", "共享平台", "共享平台方式"},
        {"actor_role", "编目员", "目录填报人员"}, {"actor_role", "领导", "部门领导（查阅）"},
        {"role", "编目员", "目录填报人员"},       {"role", "领导", "部门领导（查阅）"},
    };
    const auto renamed = [](const QString& column, const QJsonValue& v) -> QJsonValue {
        if (!v.isString()) {
            return v;
        }
        QString text = v.toString();
        if (column == QStringLiteral("snapshot")) {
            for (const Rename& r : renames) {
                text.replace(
                    QStringLiteral("\"%1\":\"%2\"").arg(QLatin1String(r.column), QString::fromUtf8(r.from)),
                    QStringLiteral("\"%1\":\"%2\"").arg(QLatin1String(r.column), QString::fromUtf8(r.to)));
            }
            return text;
        }
        for (const Rename& r : renames) {
            if (column == QLatin1String(r.column) && text == QString::fromUtf8(r.from)) {
                return QString::fromUtf8(r.to);
            }
        }
        return text;
    };
    bool changed = false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString column = it.key().startsWith(QStringLiteral("snapshot.")) ? it.key().mid(9) : it.key();
        QJsonValue value = it.value();
        if (value.isObject()) {
            QJsonObject pair = value.toObject();
            for (const char* side : {"new", "old"}) {
                const QString key = QLatin1String(side);
                if (pair.contains(key)) {
                    pair.insert(key, renamed(column, pair.value(key)));
                }
            }
            value = pair;
        } else {
            value = renamed(column, value);
        }
        if (value != it.value()) {
            it.value() = value;
            changed = true;
        }
    }
    return changed;
}

// 开放类型 and the renamed values (SchemaV6.sql.h), then the pending outbox entries that carry the
// former values (they are sent to a server that speaks the new ones), and the 开放类型 code list where
// the database holds the code lists.
Result<void> toV6(QSqlDatabase& db)
{
    if (auto r = runAll(db, kSchemaV6); !r) {
        return r;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT seq, fields FROM outbox WHERE state = 'pending' AND (instr(fields, '\"半年\"') > 0 OR "
            "instr(fields, '\"共享平台\"') > 0 OR instr(fields, '\"编目员\"') > 0 OR instr(fields, "
            "'\"领导\"') > 0 "
            "OR instr(fields, '\\\"半年\\\"') > 0 OR instr(fields, '\\\"共享平台\\\"') > 0)"))) {
        return db::sqlError(q.lastError(), QStringLiteral("reading outbox"));
    }
    QList<std::pair<qint64, QByteArray>> rewritten;
    while (q.next()) {
        QJsonObject fields = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        if (renameOutboxFields(fields)) {
            rewritten.append({q.value(0).toLongLong(), QJsonDocument(fields).toJson(QJsonDocument::Compact)});
        }
    }
    q.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE outbox SET fields = ? WHERE seq = ?"));
    for (const auto& [seq, fields] : std::as_const(rewritten)) {
        update.addBindValue(QString::fromUtf8(fields));
        update.addBindValue(seq);
        if (!update.exec()) {
            return db::sqlError(update.lastError(), QStringLiteral("rewriting outbox"));
        }
    }
    if (!q.exec(QStringLiteral("SELECT owner_dept_id, updated_by FROM code_list WHERE NOT EXISTS "
                               "(SELECT 1 FROM code_list WHERE list_name = 'open_type') LIMIT 1"))) {
        return db::sqlError(q.lastError(), QStringLiteral("reading code lists"));
    }
    if (q.next()) {
        const QString owner = q.value(0).toString();
        const QString by = q.value(1).toString();
        q.finish();
        const QString now = Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO code_list (id, owner_dept_id, row_version, updated_at, "
                                      "updated_by, list_name, code, name, sort_order) "
                                      "VALUES (?, ?, 1, ?, ?, 'open_type', ?, ?, ?)"));
        const char* entries[][2] = {{"1", "无条件开放"}, {"2", "有条件开放"}, {"3", "不予开放"}};
        int order = 0;
        for (const auto& [code, name] : entries) {
            for (const QVariant& v :
                 {QVariant(newUuid()), QVariant(owner), QVariant(now), QVariant(by),
                  QVariant(QLatin1String(code)), QVariant(QString::fromUtf8(name)), QVariant(order++)}) {
                insert.addBindValue(v);
            }
            if (!insert.exec()) {
                return db::sqlError(insert.lastError(), QStringLiteral("adding the open_type code list"));
            }
        }
    }
    return {};
}

// The data call tables with the sync columns (SchemaV7.sql.h): the calls are copied by the
// statements, each department's row here with a new id and its call's owner.
Result<void> toV7(QSqlDatabase& db)
{
    if (auto r = runAll(db, kSchemaV7); !r) {
        return r;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT d.call_id, d.dept_id, d.file_name, d.resources, d.returned_at, "
                               "d.returned_file, d.new_count, d.changed_count, d.rejected_count, "
                               "c.owner_dept_id, c.updated_at, c.updated_by "
                               "FROM data_call_dept_v6 d JOIN data_call c ON c.id = d.call_id"))) {
        return db::sqlError(q.lastError(), QStringLiteral("reading data call departments"));
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO data_call_dept (call_id, dept_id, file_name, resources, returned_at, returned_file, "
        "new_count, changed_count, rejected_count, owner_dept_id, updated_at, updated_by, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    while (q.next()) {
        for (int i = 0; i < 12; ++i) {
            insert.bindValue(i, q.value(i));
        }
        insert.bindValue(12, newUuid());
        if (!insert.exec()) {
            return db::sqlError(insert.lastError(), QStringLiteral("copying data call departments"));
        }
    }
    q.finish();
    return runAll(db, kSchemaV7Drop);
}

// A step that only runs its statements.
template <const auto& statements> Result<void> run(QSqlDatabase& db)
{
    return runAll(db, statements);
}

} // namespace

std::vector<db::SchemaStep> schemaSteps()
{
    std::vector<db::SchemaStep> steps = {
        {1, toV1},           {2, toV2}, {3, run<kSchemaV3>}, // indexes for the resource list (issue 3)
        {4, run<kSchemaV4>}, // items carried in their new resource's outbox entry (issue 4)
        {5, run<kSchemaV5>}, // their short form; one index less on info_resource (issue 4)
        {6, toV6},           // 开放类型, stored wording (issue 12)
        {7, toV7},           // the data call tables synced, with outbox and audit entries (issue 14)
    };
    Q_ASSERT(steps.back().version == kSchemaVersion);
    return steps;
}

} // namespace govcat::catalog
