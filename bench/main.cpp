// govcat_bench: the benchmark harness behind bench/run.sh (see docs/PERFORMANCE.md).
#include "BenchUtil.h"
#include "Editing.h"
#include "ExportBench.h"
#include "Probe.h"
#include "Suite.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    try {
        if (command == QLatin1String("generate")) {
            return govcat::bench::runGenerate(arguments);
        }
        if (command == QLatin1String("probe")) {
            return govcat::bench::runProbe(arguments);
        }
        if (command == QLatin1String("sql")) {
            return govcat::bench::runSql(arguments);
        }
        if (command == QLatin1String("suite")) {
            return govcat::bench::runSuite(arguments);
        }
        if (command == QLatin1String("editing")) {
            return govcat::bench::runEditing(arguments);
        }
        if (command == QLatin1String("edit-prepare")) {
            return govcat::bench::runEditPrepare(arguments);
        }
        if (command == QLatin1String("edit-probe")) {
            return govcat::bench::runEditProbe(arguments);
        }
        if (command == QLatin1String("export")) {
            return govcat::bench::runExport(arguments);
        }
    } catch (const govcat::bench::Failure& failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "govcat_bench %s: %s\n", qPrintable(command), qPrintable(failure.message));
        return 2;
    }
    std::fputs("usage: govcat_bench generate|probe|suite|sql|editing|edit-prepare|edit-probe|export ... "
               "(bench/run.sh runs them; see "
               "docs/PERFORMANCE.md)\n",
               stderr);
    return 1;
}
