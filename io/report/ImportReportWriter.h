#pragma once

#include "core/Result.h"
#include "io/catalog/ImportedCatalog.h"
#include "io/catalog/TableSource.h"

#include <QList>
#include <QString>

namespace govcat::io {

// One problem to show in the error report.
struct ReportNote
{
    SourceCell cell;   // where it is in the user's file; invalid for JSON (then only in the summary)
    QString resource;  // the resource's name, for the summary
    QString message;   // what is wrong and how to fix it
    bool error = true; // false: a warning (shown, not highlighted as an error)
};

// "信息资源!G4" for a cell of the file, "信息资源 第 4 行" without a column, "" when not from a cell.
QString cellName(const QStringList& sheets, const SourceCell& cell);

// The error report of an import: the user's own workbook (every sheet, every value, as read) with
// each problem cell highlighted and a comment saying what is wrong and how to fix it, and a first
// sheet 错误汇总 listing every problem. The user fixes the cells in Excel and imports again.
// Merged cells are merged again and column widths (and hidden columns) kept; other formatting of
// the original (fonts, fills, row heights, number formats) is not carried over, values are.
// Without a source (a JSON file) the report has the summary sheet only.
// The file is written beside outPath under a temporary name (io::PartFile: 0600, libxlsxwriter's
// temporary data in the same folder) and renamed over outPath when complete; nothing is left on failure.
Result<void> writeImportReport(TableSource* source, const QList<ReportNote>& notes, const QString& outPath);

} // namespace govcat::io
