#pragma once

#include "catalog/ResourceFilter.h"

#include <QSqlDatabase>

class QWidget;

namespace govcat {
class Settings;
}

namespace govcat::ui {

// 文件 → 导出目录: asks where and in which format (.xlsx in the catalog template, CSV in UTF-8 with a
// BOM or in GB18030, JSON), and whether to export the list as filtered (when it is) or the whole
// catalog; exports with a progress dialog that can cancel (nothing is left behind then) and says
// what was written. `listCount` is the number of resources the filter shows.
// The folder starts at, and remembers, `settings`' last import/export folder.
void exportCatalog(QWidget* parent, QSqlDatabase db, const catalog::ResourceFilter& filter, qint64 listCount,
                   Settings& settings);

} // namespace govcat::ui
