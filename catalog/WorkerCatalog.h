#pragma once

#include "catalog/ResourceStore.h"
#include "core/Clock.h"
#include "db/Repository.h"
#include "db/Worker.h"

namespace govcat::catalog {

// The catalog's store over the worker's own connection (db/Worker.h), writing through a Repository
// of its own as `actor` with `clock` (those of the window's session Repository, so that a job's
// outbox and audit entries are the user's): built inside a job, on the worker's thread, and dropped
// there before the job returns (its prepared statements belong to that connection).
struct WorkerCatalog
{
    WorkerCatalog(const db::JobContext& context, db::Actor actor, const Clock& clock)
        : repository(context.connection(), std::move(actor), clock), store(context.connection(), repository)
    {}
    WorkerCatalog(const WorkerCatalog&) = delete;
    WorkerCatalog& operator=(const WorkerCatalog&) = delete;

    db::Repository repository;
    ResourceStore store;
};

} // namespace govcat::catalog
