#pragma once

#include "core/Result.h"
#include "exchange/ImportPlan.h"

#include <QString>

namespace govcat::exchange {

// The problems an error report lists (each a comment in the user's workbook and a line of its
// summary, about 2 KB of memory each while the workbook is written); the summary says how many more
// there are. A real file's report lists a few hundred.
inline constexpr int kMaxReportNotes = 20'000;

// Writes the error report workbook of a previewed import (io/report/ImportReportWriter): the
// user's file with the rejected rows' problem cells highlighted and commented, and a summary.
// Warnings are listed too. `csvEncoding` as given to the import.
Result<void> writeImportReport(const ImportPlan& plan, const QString& csvEncoding, const QString& outPath);

} // namespace govcat::exchange
