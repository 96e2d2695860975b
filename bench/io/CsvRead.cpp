#include "CsvRead.h"

#include "../BenchUtil.h"
#include "io/csv/CsvReader.h"

namespace govcat::bench {

int runCsvRead(const QStringList& arguments)
{
    const QString path = arguments.value(1);
    if (path.isEmpty() || path.startsWith(QLatin1String("--"))) {
        fail(QStringLiteral("usage: govcat_bench_io csv-read FILE [--runs N]"));
    }
    const int runs = option(arguments, QStringLiteral("runs"), QStringLiteral("5")).toInt();
    QList<double> wallMs;
    QList<double> cpuMs;
    qint64 rows = 0;
    qint64 cells = 0;
    io::CsvInfo info;
    for (int run = 0; run < runs; ++run) {
        Stopwatch watch;
        io::CsvReader reader;
        rows = 0;
        cells = 0;
        auto read = reader.readFile(path, [&rows, &cells](const io::CsvRow& row) {
            ++rows;
            cells += row.cells.size();
            return true;
        });
        if (!read) {
            fail(read.error().message);
        }
        info = read.value();
        wallMs.append(watch.wallMs());
        cpuMs.append(watch.cpuMs());
        std::printf("run %d: %.1f ms (CPU %.1f ms)\n", run + 1, wallMs.last(), cpuMs.last());
    }
    printFigure("rows", rows);
    printFigure("cells", cells);
    printFigure("encoding", io::csvEncodingName(info.encoding));
    printFigure("runs", qint64(runs));
    printFigure("read_ms_median", median(wallMs));
    printFigure("read_cpu_ms_median", median(cpuMs));
    return 0;
}

} // namespace govcat::bench
