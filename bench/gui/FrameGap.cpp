// govcat_bench_gui framegap --db PATH [--mode worker|gui-thread|idle] [--runs N] [--format xlsx|csv|json]
//                           [--seconds S]
//   Shows a window, starts a 16 ms QTimer on the GUI thread that repaints it, and exports the whole
//   catalog of PATH (opened as the unlock dialog does) N times (default 3) into a temporary folder;
//   prints the largest gap between two ticks of each run (including the stretch from the last tick
//   to the export's end) and the export's wall time, with their medians.
//   worker: as 文件 → 导出目录 does now, ui::writeExport (the export on the database's worker
//   thread, the window waiting in an event loop with its progress dialog). gui-thread: as it did
//   before issue 14, exchange::CatalogExport on the GUI thread with a WorkProgress whose setValue
//   processes events at each progress report. idle: no export, the timer alone for S seconds (default
//   20): the gaps the machine's load makes by itself.
#include "FrameGap.h"

#include "../BenchUtil.h"
#include "db/Database.h"
#include "exchange/CatalogExport.h"
#include "ui/catalog/export/ExportFlow.h"
#include "ui/common/WorkProgress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace govcat::bench {

int runFrameGap(const QStringList& arguments)
{
    const QString path = option(arguments, QStringLiteral("db"));
    const QString mode = option(arguments, QStringLiteral("mode"), QStringLiteral("worker"));
    const int runs = option(arguments, QStringLiteral("runs"), QStringLiteral("3")).toInt();
    const QString format = option(arguments, QStringLiteral("format"), QStringLiteral("xlsx"));
    const bool idle = mode == QLatin1String("idle");
    if (path.isEmpty() || runs < 1 ||
        (mode != QLatin1String("worker") && mode != QLatin1String("gui-thread") && !idle)) {
        fail(QStringLiteral("usage: framegap --db PATH [--mode worker|gui-thread|idle] [--runs N] [--format "
                            "F] [--seconds S]"));
    }
    auto opened = db::Database::open(path, benchPassphrase());
    if (!opened) {
        fail(opened.error().message);
    }
    const std::unique_ptr<db::Database> database = std::move(opened).value();
    const auto fileFormat = io::catalogFileFormat(format);
    if (!fileFormat) {
        fail(QStringLiteral("unknown format ") + format);
    }

    // A window with Chinese text, as the main window has: fonts are loaded before the export.
    QWidget window;
    window.resize(900, 600);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("政务信息资源目录：导出时窗口仍在重绘"), &window));
    auto* edit = new QLineEdit(QStringLiteral("信用代码"), &window);
    layout->addWidget(edit);
    window.show();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }

    QList<double> gaps;
    QList<double> walls;
    qint64 resources = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir out;
        exchange::ExportRequest request;
        request.format = *fileFormat;
        request.path = out.filePath(QStringLiteral("export.") + format);

        QElapsedTimer sinceTick;
        double largest = 0;
        double largestAt = 0; // ms after the export's start
        QStringList over50;   // every gap over 50 ms, "gap@end" in ms after the start
        QElapsedTimer sinceStart;
        QTimer ticker;
        ticker.setInterval(16);
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
            const double gap = elapsedMs(sinceTick);
            if (gap > 50) {
                over50 << QStringLiteral("%1@%2").arg(gap, 0, 'f', 0).arg(elapsedMs(sinceStart), 0, 'f', 0);
            }
            if (gap > largest) {
                largest = gap;
                largestAt = elapsedMs(sinceStart);
            }
            sinceTick.restart();
            window.update();
        });
        sinceTick.start();
        sinceStart.start();
        ticker.start();
        Stopwatch wall;
        Result<exchange::ExportSummary> done = makeError(Error::Kind::Invalid, QString());
        if (idle) { // the control: no export, the same timer for --seconds (the machine's own gaps)
            QEventLoop wait;
            QTimer::singleShot(option(arguments, QStringLiteral("seconds"), QStringLiteral("20")).toInt() *
                                   1000,
                               &wait, &QEventLoop::quit);
            wait.exec();
            done = exchange::ExportSummary{};
        } else if (mode == QLatin1String("worker")) {
            done = ui::writeExport(&window, database->worker(), request);
        } else {
            ui::WorkProgress progress(&window, QStringLiteral("exportProgressDialog"),
                                      QStringLiteral("导出目录"), QStringLiteral("正在导出目录…"));
            done = exchange::CatalogExport(database->connection()).run(request, progress.callback());
            progress.finish();
        }
        if (const double gap = elapsedMs(sinceTick); gap > largest) {
            largest = gap;
            largestAt = elapsedMs(sinceStart);
        }
        walls << wall.wallMs();
        ticker.stop();
        if (!done) {
            fail(done.error().message);
        }
        resources = done.value().resources;
        gaps << largest;
        std::printf("run%d_gap_ms=%.1f\nrun%d_gap_ended_at_ms=%.0f\nrun%d_export_ms=%.0f\n", run + 1, largest,
                    run + 1, largestAt, run + 1, walls.constLast());
        std::printf("run%d_gaps_over_50ms=%s\n", run + 1, qPrintable(over50.join(QLatin1Char(' '))));
        std::fflush(stdout);
    }
    printFigure("mode", mode);
    printFigure("resources", resources);
    printFigure("gap_ms_median", median(gaps));
    printFigure("gap_ms_max", *std::max_element(gaps.begin(), gaps.end()));
    printFigure("export_ms_median", median(walls));
    return 0;
}

} // namespace govcat::bench
