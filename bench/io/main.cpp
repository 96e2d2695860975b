// govcat_bench_io: reading spreadsheets for import (issue 4), apart from govcat_bench so that it
// needs only app_io. bench/io/xlsx-read.sh runs it next to LibreOffice; see docs/PERFORMANCE.md.
#include "../BenchUtil.h"
#include "CsvRead.h"
#include "XlsxRead.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    try {
        if (command == QLatin1String("xlsx-read")) {
            return govcat::bench::runXlsxRead(arguments);
        }
        if (command == QLatin1String("csv-read")) {
            return govcat::bench::runCsvRead(arguments);
        }
    } catch (const govcat::bench::Failure& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "govcat_bench_io %s: %s\n", qPrintable(command), qPrintable(failure.message));
        return 2;
    }
    std::fputs("usage: govcat_bench_io xlsx-read FILE [--runs N] [--sheet I] [--checksum]\n"
               "       govcat_bench_io csv-read FILE [--runs N]\n",
               stderr);
    return 1;
}
