#include "catalog/CatalogDomain.h"

#include "catalog/CatalogSchema.h"
#include "catalog/SearchIndexHook.h"

namespace govcat::catalog {

db::Domain domain()
{
    db::Domain d;
    d.name = QStringLiteral("catalog");
    d.root = true;
    d.steps = schemaSteps();
    for (const char* table : {"department", "catalog_class", "legal_basis", "code_list", "info_resource"}) {
        d.tables.push_back({QLatin1String(table), {}, {}});
    }
    d.tables.push_back(
        {QStringLiteral("info_item"), QStringLiteral("info_resource"), QStringLiteral("resource_id")});
    for (const char* table : {"resource_survey", "resource_relation", "resource_version",
                              "resource_transition", "data_call", "data_call_dept"}) {
        d.tables.push_back({QLatin1String(table), {}, {}});
    }
    d.writeHook = [](db::Repository& repository) -> std::unique_ptr<db::WriteHook> {
        return std::make_unique<SearchIndexHook>(repository);
    };
    return d;
}

void registerDomain()
{
    db::Domains::add(domain());
}

} // namespace govcat::catalog
