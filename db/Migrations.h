#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <limits>

namespace govcat::db {

struct Domain;

// Runs the registered domains' schema steps (db/Domains.h), each step in its own transaction. The
// root domain's version is PRAGMA user_version; every other domain's is its row in domain_schema.
class Migrations
{
public:
    // As a target: every domain up to its newest step.
    static constexpr int kLatest = std::numeric_limits<int>::max();

    // The root domain's version (PRAGMA user_version), and its newest step in this build.
    static Result<int> currentVersion(QSqlDatabase db);
    static int latestVersion();
    // A non-root domain's version; 0 when it has no tables yet.
    static Result<int> domainVersion(QSqlDatabase db, const QString& domain);

    // Brings the root domain up to `target` (its newest step by default; tests of a later step start
    // from an older one) and, once the root is at its newest, every other domain to its newest.
    // Refuses (Error::Kind::TooNew) a database any domain of which is newer than this build, and
    // changes nothing then. Returns the root's version.
    static Result<int> migrate(QSqlDatabase db, int target = kLatest);
    // Error::Kind::TooNew when a domain of the database is newer than this build (read-only opens).
    static Result<void> checkNotNewer(QSqlDatabase db);
    // Whether every domain is at this build's newest step. A read-only open does not migrate, so a
    // database last written by an older build is not current there: reads of newer columns fail.
    static Result<bool> isCurrent(QSqlDatabase db);
};

} // namespace govcat::db
