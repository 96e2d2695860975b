#pragma once

#include "core/rules/ResourceDraft.h"
#include "exchange/ImportLookups.h"
#include "io/catalog/ImportedCatalog.h"

namespace govcat::exchange {

void addProblem(QList<io::ImportProblem>& problems, const io::ImportedResource& in, const QString& field,
                const QString& message, Finding::Severity severity = Finding::Severity::Error);
// The stored resource with the file's given columns over it (items by id, else by name); problems
// for a classification or legal basis the catalog does not know.
ResourceDraft mergeImported(const ResourceDraft& base, const io::ImportedResource& in, const ImportLookups& l,
                            QList<io::ImportProblem>& problems);

} // namespace govcat::exchange
