#pragma once

#include "catalog/ResourceStore.h"
#include "core/Result.h"
#include "exchange/ImportPlan.h"
#include "io/catalog/ImportedCatalog.h"

#include <functional>

namespace govcat::exchange {

// The dry run of an import: matches every resource of the file with the catalog (by 资源标识, else
// 信息资源代码, else 信息资源名称 within its provider), merges the file's fields into the stored
// resource (only the columns the file has; data items matched by id, else by name), and checks the
// result with the catalog rules and the actor's permissions. Writes nothing.
class ImportPlanner
{
public:
    explicit ImportPlanner(const catalog::ResourceStore& store);
    // progress(done, total) every few hundred resources; false cancels (Error::Kind::Cancelled).
    Result<ImportPlan> plan(const io::ImportedCatalog& file,
                            const std::function<bool(qsizetype, qsizetype)>& progress = {}) const;

private:
    const catalog::ResourceStore& m_store;
};

} // namespace govcat::exchange
