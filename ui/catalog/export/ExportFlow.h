#pragma once

#include "catalog/ResourceFilter.h"
#include "core/Result.h"
#include "exchange/CatalogExport.h"

class QWidget;

namespace govcat {
class Settings;
}

namespace govcat::catalog {
struct CatalogServices;
}

namespace govcat::db {
class Worker;
}

namespace govcat::ui {

// 文件 → 导出目录: asks where and in which format (.xlsx in the catalog template, CSV in UTF-8 with a
// BOM or in GB18030, JSON), and whether to export the list as filtered (when it is) or the whole
// catalog; exports with a progress dialog that can cancel (nothing is left behind then) and says
// what was written. `listCount` is the number of resources the filter shows.
// The folder starts at, and remembers, `settings`' last import/export folder.
// The listed ids are read through the catalog's queries; the export runs on its worker thread
// (catalog::CatalogServices::worker(), its own connection), so the window keeps repainting.
void exportCatalog(QWidget* parent, catalog::CatalogServices& services, const catalog::ResourceFilter& filter,
                   qint64 listCount, Settings& settings);

// Writes `request` with exportCatalog's progress dialog on `worker`'s thread; returns once the file
// is written, cancelled or refused (Error::Kind::Invalid with a Chinese sentence while another long
// job runs).
Result<exchange::ExportSummary> writeExport(QWidget* parent, db::Worker& worker,
                                            const exchange::ExportRequest& request);

} // namespace govcat::ui
