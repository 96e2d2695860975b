#include "db/Domains.h"

#include <algorithm>

namespace govcat::db {

namespace {

std::vector<Domain>& registry()
{
    static std::vector<Domain> domains;
    return domains;
}

} // namespace

void Domains::add(Domain domain)
{
    std::vector<Domain>& domains = registry();
    const auto same = std::find_if(domains.begin(), domains.end(),
                                   [&domain](const Domain& d) { return d.name == domain.name; });
    if (same != domains.end()) {
        *same = std::move(domain);
        return;
    }
    // The root domain goes first: its schema holds the tables the others build on.
    domains.insert(domain.root ? domains.begin() : domains.end(), std::move(domain));
}

const std::vector<Domain>& Domains::all()
{
    return registry();
}

const Domain* Domains::root()
{
    for (const Domain& d : registry()) {
        if (d.root) {
            return &d;
        }
    }
    return nullptr;
}

const Domain* Domains::find(const QString& name)
{
    for (const Domain& d : registry()) {
        if (d.name == name) {
            return &d;
        }
    }
    return nullptr;
}

const SyncedTable* Domains::table(const QString& name)
{
    for (const Domain& d : registry()) {
        for (const SyncedTable& t : d.tables) {
            if (t.name == name) {
                return &t;
            }
        }
    }
    return nullptr;
}

const Domain* Domains::owner(const QString& table)
{
    for (const Domain& d : registry()) {
        for (const SyncedTable& t : d.tables) {
            if (t.name == table) {
                return &d;
            }
        }
    }
    return nullptr;
}

QStringList Domains::syncedTables()
{
    QStringList names;
    for (const Domain& d : registry()) {
        for (const SyncedTable& t : d.tables) {
            names << t.name;
        }
    }
    return names;
}

} // namespace govcat::db
