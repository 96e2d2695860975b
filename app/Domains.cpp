#include "app/Domains.h"

#include "catalog/CatalogDomain.h"

namespace govcat::app {

void registerDomains()
{
    catalog::registerDomain();
}

namespace {

// Before main(): the domains are known before any database is opened.
const bool kRegistered = (registerDomains(), true);

} // namespace

} // namespace govcat::app
