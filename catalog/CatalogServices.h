#pragma once

#include "catalog/CatalogQueries.h"
#include "catalog/CatalogWorkflow.h"
#include "catalog/OneSourceReport.h"
#include "catalog/ResourceStore.h"
#include "db/Database.h"
#include "db/Repository.h"

namespace govcat::db {
class Worker;
}

namespace govcat::catalog {

// The catalog's services over the session's connection (the GUI thread's), writing through the
// session's Repository (as the local user): what app/ builds and hands to the catalog's UI module.
// Widgets read and write through these and never hold a connection; their long jobs (reports,
// export, bulk edit) run on worker(), and build what they need there from the job's own connection
// (db::JobContext), e.g. jobRepository() for a write.
struct CatalogServices
{
    // `repository` writes on `database`'s connection; both outlive the services.
    CatalogServices(db::Database& session, db::Repository& sessionRepository)
        : database(session), repository(sessionRepository), queries(session.connection()),
          store(session.connection(), sessionRepository), workflow(store)
    {}
    CatalogServices(const CatalogServices&) = delete;
    CatalogServices& operator=(const CatalogServices&) = delete;

    // The thread with its own connection for long jobs (db/Worker.h).
    db::Worker& worker() const { return database.worker(); }

    // What a job on the worker needs to write as the session does: a Repository over the job's
    // connection with the session repository's actor and clock, taken now, on the GUI thread.
    struct RepositorySeed
    {
        db::Actor actor;
        const Clock* clock;
        db::Repository make(QSqlDatabase connection) const { return {std::move(connection), actor, *clock}; }
    };
    RepositorySeed jobRepository() const { return {repository.actor(), &repository.clock()}; }

    // 一数一源's generic field names left out of the report (meta, local to this database).
    Result<QStringList> oneSourceExcludedNames() const
    {
        return OneSourceReport::excludedNames(database.connection());
    }
    Result<void> setOneSourceExcludedNames(const QStringList& names) const
    {
        return OneSourceReport::setExcludedNames(database.connection(), names);
    }

    db::Database& database;
    db::Repository& repository;
    CatalogQueries queries;
    ResourceStore store;
    CatalogWorkflow workflow;
};

} // namespace govcat::catalog
