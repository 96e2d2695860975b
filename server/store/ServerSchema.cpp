#include "ServerSchema.h"

#include "PgTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace govcat::server {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE server_meta (key text PRIMARY KEY, value text NOT NULL)",
    // A device's registration: its user, the last outbox seq applied, revocation.
    "CREATE TABLE clients (client_id uuid PRIMARY KEY, user_name text NOT NULL, device_name text NOT NULL "
    "DEFAULT '', last_applied_seq bigint NOT NULL DEFAULT 0, revoked boolean NOT NULL DEFAULT false, "
    "created_at timestamptz NOT NULL DEFAULT now())",
    // The stored answer of every mutation, returned again for a replay; also who changed a row
    // after a version (an edit based on an older version that only its own device changed since is
    // current: the device queued several edits before an answer came).
    "CREATE TABLE mutation_results (mutation_id uuid PRIMARY KEY, "
    "client_id uuid NOT NULL REFERENCES clients, seq bigint NOT NULL, tbl text NOT NULL, "
    "row_id uuid NOT NULL, status text NOT NULL "
    "CHECK (status IN ('applied', 'noop', 'conflict', 'rejected')), row_version bigint, reason text, "
    "applied_at timestamptz NOT NULL DEFAULT now(), UNIQUE (client_id, seq))",
    "CREATE INDEX mutation_results_row ON mutation_results (tbl, row_id, row_version)",
    // Every synced row of every domain: the columns as jsonb, the server's version, a tombstone.
    "CREATE TABLE sync_rows (tbl text NOT NULL, id uuid NOT NULL, owner_dept_id text NOT NULL, "
    "row_version bigint NOT NULL, is_deleted boolean NOT NULL DEFAULT false, "
    "has_conflict boolean NOT NULL DEFAULT false, data jsonb NOT NULL, updated_by text NOT NULL, "
    "updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tbl, id))",
    // One entry per (scope, row), renumbered at each accepted change in commit order (§2.4).
    "CREATE SEQUENCE cs_seq",
    "CREATE TABLE row_changes (scope text NOT NULL, tbl text NOT NULL, id uuid NOT NULL, cs bigint NOT NULL, "
    "PRIMARY KEY (scope, tbl, id))",
    "CREATE INDEX row_changes_pull ON row_changes (scope, cs)",
    // A field changed on both sides from the same base: kept for a reviewer, never decided by time.
    "CREATE TABLE conflicts (id bigserial PRIMARY KEY, tbl text NOT NULL, row_id uuid NOT NULL, field text, "
    "kind text NOT NULL CHECK (kind IN ('field', 'edited_after_delete', 'delete_vs_edit', 'insert_exists')), "
    "base_value jsonb, server_value jsonb, client_value jsonb, client_id uuid NOT NULL, mutation_id uuid NOT "
    "NULL, user_name text NOT NULL, status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', "
    "'resolved')), "
    "created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX conflicts_row ON conflicts (tbl, row_id) WHERE status = 'open'",
};

} // namespace

Result<void> installServerSchema(QSqlDatabase pg)
{
    QSqlQuery q(pg);
    if (!q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'"))) {
        // No server_meta: an empty database, or not ours. Only an empty one is filled in.
        QSqlQuery tables(pg);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) ||
            !tables.next()) {
            return makeError(Error::Kind::Sql, tables.lastError().text());
        }
        if (tables.value(0).toInt() != 0) {
            return makeError(Error::Kind::NotADatabase,
                             QStringLiteral("the database has tables and no govcat server schema"));
        }
        PgTransaction transaction(pg);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        QSqlQuery create(pg);
        for (const char* sql : kSchema) {
            if (!create.exec(QString::fromUtf8(sql))) {
                return makeError(Error::Kind::Sql, create.lastError().text());
            }
        }
        if (!create.exec(QStringLiteral("INSERT INTO server_meta VALUES ('schema_version', '%1')")
                             .arg(kServerSchemaVersion))) {
            return makeError(Error::Kind::Sql, create.lastError().text());
        }
        return transaction.commit();
    }
    if (!q.next()) {
        return makeError(Error::Kind::Damaged, QStringLiteral("server_meta has no schema_version"));
    }
    const int version = q.value(0).toInt();
    if (version > kServerSchemaVersion) {
        return makeError(Error::Kind::TooNew,
                         QStringLiteral("server schema %1 is newer than this server's %2")
                             .arg(version)
                             .arg(kServerSchemaVersion));
    }
    return {};
}

} // namespace govcat::server
