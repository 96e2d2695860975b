#include "XlsxRead.h"

#include "../BenchUtil.h"
#include "io/xlsx/XlsxReader.h"

#include <QCryptographicHash>

namespace govcat::bench {

int runXlsxRead(const QStringList& arguments)
{
    const QString path = arguments.value(1);
    if (path.isEmpty() || path.startsWith(QLatin1String("--"))) {
        fail(QStringLiteral("usage: govcat_bench_io xlsx-read FILE [--runs N] [--sheet I] [--checksum]"));
    }
    const int runs = option(arguments, QStringLiteral("runs"), QStringLiteral("5")).toInt();
    const int sheet = option(arguments, QStringLiteral("sheet"), QStringLiteral("0")).toInt();
    const bool checksum = flag(arguments, QStringLiteral("checksum")); // of every cell, outside the timing
    QList<double> openMs;
    QList<double> readMs;
    QList<double> totalMs;
    QList<double> totalCpuMs;
    qint64 rows = 0;
    qint64 cells = 0;
    for (int run = 0; run < runs; ++run) {
        Stopwatch total;
        io::XlsxReader reader;
        if (auto opened = reader.open(path); !opened) {
            fail(opened.error().message);
        }
        openMs.append(total.wallMs());
        Stopwatch read;
        rows = 0;
        cells = 0;
        QList<io::Row> kept;
        auto streamed = reader.readSheet(sheet, [&](const io::Row& row) {
            ++rows;
            cells += row.cells.size();
            if (checksum) {
                kept.append(row);
            }
            return true;
        });
        if (!streamed) {
            fail(streamed.error().message);
        }
        readMs.append(read.wallMs());
        totalMs.append(total.wallMs());
        totalCpuMs.append(total.cpuMs());
        if (checksum && run == 0) {
            QByteArray all;
            for (const io::Row& row : kept) {
                for (const io::Cell& cell : row.cells) {
                    all += QByteArray::number(row.number) + ',' + QByteArray::number(cell.column) + ',' +
                           QByteArray::number(int(cell.type)) + ',' + cell.value.toString().toUtf8() + ',' +
                           cell.text.toUtf8() + (cell.formula ? "f\n" : "\n");
                }
            }
            printFigure("checksum", QString::fromLatin1(
                                        QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex()));
        }
        std::printf("run %d: open %.1f ms, read sheet %.1f ms, total %.1f ms (CPU %.1f ms)\n", run + 1,
                    openMs.last(), readMs.last(), totalMs.last(), totalCpuMs.last());
    }
    printFigure("rows", rows);
    printFigure("cells", cells);
    printFigure("runs", qint64(runs));
    printFigure("open_ms_median", median(openMs));
    printFigure("read_ms_median", median(readMs));
    printFigure("total_ms_median", median(totalMs));
    printFigure("total_cpu_ms_median", median(totalCpuMs));
    return 0;
}

} // namespace govcat::bench
