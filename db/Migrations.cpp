#include "Migrations.h"

#include "CodeSequence.h"
#include "SearchIndex.h"
#include "SqlError.h"
#include "core/Clock.h"
#include "core/Uuid.h"
#include "migrations/SchemaV1.sql.h"
#include "migrations/SchemaV2.sql.h"
#include "migrations/SchemaV3.sql.h"
#include "migrations/SchemaV4.sql.h"
#include "migrations/SchemaV5.sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <span>

namespace govcat::db {

using migrations::kSchemaV1;
using migrations::kSchemaV2;
using migrations::kSchemaV3;
using migrations::kSchemaV4;
using migrations::kSchemaV5;

namespace {

Result<void> runAll(QSqlDatabase& db, std::span<const char* const> statements)
{
    QSqlQuery q(db);
    for (const char* sql : statements) {
        if (!q.exec(QString::fromUtf8(sql))) {
            return sqlError(q.lastError(), QStringLiteral("migration statement failed"));
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
            return sqlError(q.lastError(), QStringLiteral("writing meta"));
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

// A step that only runs its statements.
template <const auto& statements> Result<void> run(QSqlDatabase& db)
{
    return runAll(db, statements);
}

// Step i brings the schema from version i to i + 1.
const std::function<Result<void>(QSqlDatabase&)> kSteps[] = {
    toV1,           toV2,
    run<kSchemaV3>, // indexes for the resource list (issue 3)
    run<kSchemaV4>, // items carried in their new resource's outbox entry (issue 4)
    run<kSchemaV5>, // their short form; one index less on info_resource (issue 4)
};
static_assert(std::size(kSteps) == Migrations::kCurrentVersion);

} // namespace

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return sqlError(q.lastError(), QStringLiteral("reading user_version"));
    }
    return q.value(0).toInt();
}

Result<int> Migrations::migrate(QSqlDatabase db, int target)
{
    auto version = currentVersion(db);
    if (!version) {
        return version.error();
    }
    int v = version.value();
    if (v > kCurrentVersion) {
        return makeError(
            Error::Kind::TooNew,
            QStringLiteral("database schema %1 is newer than this build (%2)").arg(v).arg(kCurrentVersion));
    }
    while (v < std::min(target, int(kCurrentVersion))) {
        if (!db.transaction()) {
            return sqlError(db.lastError(), QStringLiteral("begin migration"));
        }
        auto step = kSteps[v](db);
        QSqlQuery q(db);
        if (step && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1))) {
            step = sqlError(q.lastError(), QStringLiteral("setting user_version"));
        }
        if (!step) {
            db.rollback();
            return step.error();
        }
        if (!db.commit()) {
            const Error e = sqlError(db.lastError(), QStringLiteral("commit migration"));
            db.rollback();
            return e;
        }
        ++v;
    }
    return v;
}

} // namespace govcat::db
