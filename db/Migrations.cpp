#include "db/Migrations.h"

#include "db/Domains.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace govcat::db {

namespace {

Error tooNew(const QString& domain, int version, int latest)
{
    return makeError(Error::Kind::TooNew,
                     QStringLiteral("database schema %1 %2 is newer than this build (%3)")
                         .arg(domain)
                         .arg(version)
                         .arg(latest));
}

Result<bool> hasDomainTable(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'domain_schema'"))) {
        return sqlError(q.lastError(), QStringLiteral("reading the schema"));
    }
    return q.next();
}

// Runs `step` and records `version` for `domain` in one transaction.
Result<void> runStep(QSqlDatabase& db, const Domain& domain, const SchemaStep& step)
{
    return inTransaction(db, [&]() -> Result<void> {
        if (auto r = step.run(db); !r) {
            return r;
        }
        QSqlQuery q(db);
        if (domain.root) {
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
                return sqlError(q.lastError(), QStringLiteral("setting user_version"));
            }
            return {};
        }
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS domain_schema "
                                   "(domain TEXT PRIMARY KEY, version INTEGER NOT NULL)"))) {
            return sqlError(q.lastError(), QStringLiteral("creating domain_schema"));
        }
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO domain_schema (domain, version) VALUES (?, ?)"));
        q.addBindValue(domain.name);
        q.addBindValue(step.version);
        if (!q.exec()) {
            return sqlError(q.lastError(), QStringLiteral("setting the domain's version"));
        }
        return {};
    });
}

// Brings one domain from `from` up to `target`.
Result<int> migrateDomain(QSqlDatabase& db, const Domain& domain, int from, int target)
{
    int v = from;
    for (const SchemaStep& step : domain.steps) {
        if (step.version <= v) {
            continue;
        }
        if (step.version > target) {
            break;
        }
        if (auto r = runStep(db, domain, step); !r) {
            return r.error();
        }
        v = step.version;
    }
    return v;
}

} // namespace

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return sqlError(q.lastError(), QStringLiteral("reading user_version"));
    }
    return q.value(0).toInt();
}

int Migrations::latestVersion()
{
    const Domain* root = Domains::root();
    return root == nullptr ? 0 : root->latestVersion();
}

Result<int> Migrations::domainVersion(QSqlDatabase db, const QString& domain)
{
    auto exists = hasDomainTable(db);
    if (!exists) {
        return exists.error();
    }
    if (!exists.value()) {
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM domain_schema WHERE domain = ?"));
    q.addBindValue(domain);
    if (!q.exec()) {
        return sqlError(q.lastError(), QStringLiteral("reading the domain's version"));
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> Migrations::checkNotNewer(QSqlDatabase db)
{
    for (const Domain& domain : Domains::all()) {
        auto version = domain.root ? currentVersion(db) : domainVersion(db, domain.name);
        if (!version) {
            return version.error();
        }
        if (version.value() > domain.latestVersion()) {
            return tooNew(domain.name, version.value(), domain.latestVersion());
        }
    }
    return {};
}

Result<bool> Migrations::isCurrent(QSqlDatabase db)
{
    for (const Domain& domain : Domains::all()) {
        auto version = domain.root ? currentVersion(db) : domainVersion(db, domain.name);
        if (!version) {
            return version.error();
        }
        if (version.value() < domain.latestVersion()) {
            return false;
        }
    }
    return true;
}

Result<int> Migrations::migrate(QSqlDatabase db, int target)
{
    const Domain* root = Domains::root();
    if (root == nullptr) {
        return makeError(Error::Kind::Invalid, QStringLiteral("no root domain is registered"));
    }
    if (auto r = checkNotNewer(db); !r) {
        return r.error();
    }
    auto version = currentVersion(db);
    if (!version) {
        return version.error();
    }
    auto reached = migrateDomain(db, *root, version.value(), target);
    if (!reached || reached.value() < root->latestVersion()) {
        return reached;
    }
    for (const Domain& domain : Domains::all()) {
        if (domain.root) {
            continue;
        }
        auto from = domainVersion(db, domain.name);
        if (!from) {
            return from.error();
        }
        if (auto r = migrateDomain(db, domain, from.value(), domain.latestVersion()); !r) {
            return r.error();
        }
    }
    return reached;
}

} // namespace govcat::db
