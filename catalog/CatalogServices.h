#pragma once

#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"

namespace govcat::catalog {

// The catalog's services over one connection, writing through the session's Repository (as the
// local user): what app/ builds and hands to the catalog's UI module.
struct CatalogServices
{
    CatalogServices(QSqlDatabase db, db::Repository& repository)
        : store(std::move(db), repository), workflow(store)
    {}
    CatalogServices(const CatalogServices&) = delete;
    CatalogServices& operator=(const CatalogServices&) = delete;

    ResourceStore store;
    CatalogWorkflow workflow;
};

} // namespace govcat::catalog
