#pragma once

#include "catalog/CatalogQuality.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "io/export/CatalogWriter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace govcat::exchange {

struct ExportRequest
{
    QString path;
    io::CatalogFileFormat format = io::CatalogFileFormat::Xlsx;
    std::optional<QStringList> ids; // the resources to export; nullopt: every live resource
    bool csvGb18030 = false;
    QList<std::pair<QString, QString>> kitInfo; // .xlsx: marks a data call kit (io::CatalogWriteOptions)
};

struct ExportSummary
{
    qint64 resources = 0;
    qint64 items = 0;
    qint64 bytes = 0; // size of the file written
    qint64 elapsedMs = 0;
};

// Writes live resources with everything ResourceStore::load gives (DraftReader, Content::Full) to an
// .xlsx, .csv or .json file that the importer reads back unchanged. The file is written under a
// temporary name next to `path` and renamed over it at the end (io::PartFile: mode 0600, removed on
// every failure, a stale part of a killed export removed by the next export to that folder), so a
// failed or cancelled export leaves no file behind (and an earlier file of that name as it was).
class CatalogExport
{
public:
    explicit CatalogExport(QSqlDatabase db, const Clock& clock = Clock::instance());

    // progress(done, total) every few hundred resources and at the end; returning false cancels
    // (Error::Kind::Cancelled).
    Result<ExportSummary> run(const ExportRequest& request,
                              const catalog::ProgressCallback& progress = {}) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace govcat::exchange
