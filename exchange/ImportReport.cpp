#include "exchange/ImportReport.h"

#include "io/catalog/TableSource.h"
#include "io/report/ImportReportWriter.h"

#include <QCoreApplication>

namespace govcat::exchange {

Result<void> writeImportReport(const ImportPlan& plan, const QString& csvEncoding, const QString& outPath)
{
    QList<io::ReportNote> notes;
    qsizetype left = 0; // problems beyond kMaxReportNotes
    const auto add = [&](io::ReportNote note) {
        if (notes.size() < kMaxReportNotes) {
            notes << std::move(note);
        } else {
            ++left;
        }
    };
    for (const ImportPlanRow& row : plan.rows) {
        for (const io::ImportProblem& p : row.problems) {
            const bool error = p.finding.severity == Finding::Severity::Error;
            add(io::ReportNote{p.cell, row.name, p.finding.message, error});
        }
    }
    for (const io::ImportProblem& p : plan.unattached) {
        add(io::ReportNote{p.cell, QString(), p.finding.message, true});
    }
    if (left > 0) {
        notes << io::ReportNote{
            io::SourceCell{}, QString(),
            QCoreApplication::translate("govcat::ImportReport",
                                        "另有 %1 个问题未列入本报告：报告最多列出 %2 个问题。"
                                        "请先改正以上问题，再导入一次查看其余问题。")
                .arg(left)
                .arg(kMaxReportNotes),
            true};
    }
    if (plan.format == QStringLiteral("json")) {
        return io::writeImportReport(nullptr, notes, outPath);
    }
    auto source = io::openTableSource(plan.file, csvEncoding);
    if (!source) {
        return source.error();
    }
    return io::writeImportReport(source.value().get(), notes, outPath);
}

} // namespace govcat::exchange
