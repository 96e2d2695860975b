#pragma once

#include "ImportPlan.h"
#include "core/Result.h"

#include <QString>

namespace govcat::db {

// Writes the error report workbook of a previewed import (io/report/ImportReportWriter): the
// user's file with the rejected rows' problem cells highlighted and commented, and a summary.
// Warnings are listed too. `csvEncoding` as given to the import.
Result<void> writeImportReport(const ImportPlan& plan, const QString& csvEncoding, const QString& outPath);

} // namespace govcat::db
