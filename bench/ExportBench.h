#pragma once

#include <QStringList>

namespace govcat::bench {

// govcat_bench export --db PATH [--format xlsx|csv|json] [--out FILE] [--runs N] [--roundtrip]
// Times the export of the whole catalog (exchange::CatalogExport) N times (default 3; the file goes to --out,
// else the temporary directory) and prints each run's wall and CPU time and peak RSS (VmHWM reset before each
// run), then their medians as key=value figures. --roundtrip then times reading the last file back
// (openTableSource + parseCatalogTables, or readCatalogJson) and ImportPlanner::plan over it, and counts the
// rows the dry run finds unchanged. The database is opened read-only.
int runExport(const QStringList& arguments);

} // namespace govcat::bench
