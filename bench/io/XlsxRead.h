#pragma once

#include <QStringList>

namespace govcat::bench {

// govcat_bench_io xlsx-read FILE [--runs N] [--sheet I] [--checksum]: opens the workbook and streams
// one sheet N times in this process (issue 4, spreadsheet reading); prints key=value figures with the
// medians, and with --checksum a SHA-256 of every cell's row, column, type, value and text (the
// first run keeps the rows for it), to compare two builds of the reader.
int runXlsxRead(const QStringList& arguments);

} // namespace govcat::bench
