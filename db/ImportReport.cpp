#include "ImportReport.h"

#include "io/catalog/TableSource.h"
#include "io/report/ImportReportWriter.h"

namespace govcat::db {

Result<void> writeImportReport(const ImportPlan& plan, const QString& csvEncoding, const QString& outPath)
{
    QList<io::ReportNote> notes;
    for (const ImportPlanRow& row : plan.rows) {
        for (const io::ImportProblem& p : row.problems) {
            const bool error = p.finding.severity == Finding::Severity::Error;
            notes << io::ReportNote{p.cell, row.name, p.finding.message, error};
        }
    }
    for (const io::ImportProblem& p : plan.unattached) {
        notes << io::ReportNote{p.cell, QString(), p.finding.message, true};
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

} // namespace govcat::db
