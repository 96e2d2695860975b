#include "exchange/ImportSession.h"

#include "catalog/ResourceStore.h"
#include "exchange/DataCall.h"
#include "exchange/ImportPlanner.h"
#include "exchange/ImportReport.h"
#include "io/catalog/CatalogFile.h"

namespace govcat::exchange {

ImportSession::ImportSession(QString path, QString csvEncoding)
    : m_path(std::move(path)), m_encoding(std::move(csvEncoding))
{}

Result<void> ImportSession::read(const Progress& progress)
{
    auto file = io::readCatalogFile(m_path, m_encoding,
                                    [&progress](qint64 rows) { return !progress || progress(rows, 0); });
    if (!file) {
        return file.error();
    }
    m_file = std::move(file).value();
    return {};
}

Result<void> ImportSession::plan(const catalog::ResourceStore& store, const Progress& progress)
{
    Q_ASSERT(m_file);
    m_store = &store;
    auto planned = ImportPlanner(store).plan(
        *m_file, [&progress](qsizetype done, qsizetype total) { return !progress || progress(done, total); });
    if (!planned) {
        return planned.error();
    }
    m_plan = std::move(planned).value();
    m_plan.file = m_path;
    return {};
}

Result<ImportApplied> ImportSession::apply(ImportScope scope, const Progress& progress)
{
    Q_ASSERT(m_store != nullptr);
    return apply(*m_store, scope, progress);
}

Result<ImportApplied> ImportSession::apply(const catalog::ResourceStore& store, ImportScope scope,
                                           const Progress& progress)
{
    Q_ASSERT(m_file);
    m_returnedDept.clear();
    QString returned;
    auto applied = ImportApply::apply(
        store, m_plan, scope,
        [&progress](qsizetype done, qsizetype total) { return !progress || progress(done, total); },
        [&](const ImportApplied& written) -> Result<void> {
            if (!isKit()) {
                return {};
            }
            auto dept = DataCall(store.database(), store.repository().actor(), store.repository().clock())
                            .recordReturnWithin(m_file->kitInfo, m_path, int(written.created.size()),
                                                int(written.changed.size()), m_plan.rejected());
            if (!dept) {
                return dept.error();
            }
            returned = dept.value();
            return {};
        });
    if (applied) {
        m_returnedDept = returned;
    }
    return applied;
}

Result<void> ImportSession::writeReport(const QString& outPath) const
{
    return writeImportReport(m_plan, m_encoding, outPath);
}

io::ImportedCatalog ImportSession::takeFile()
{
    Q_ASSERT(m_file);
    io::ImportedCatalog file = std::move(*m_file);
    m_file.reset();
    return file;
}

} // namespace govcat::exchange
