#pragma once

#include <QStringList>

namespace govcat::bench {

// govcat_bench_io csv-read FILE [--runs N]: streams a CSV file N times in this process with
// io::CsvReader (encoding and delimiter detected); prints key=value figures with the medians.
int runCsvRead(const QStringList& arguments);

} // namespace govcat::bench
