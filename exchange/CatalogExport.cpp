#include "exchange/CatalogExport.h"

#include "db/SqlError.h"
#include "io/export/PartFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

namespace govcat::exchange {

namespace {

constexpr qint64 kProgressEvery = 100;

} // namespace

CatalogExport::CatalogExport(QSqlDatabase db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

Result<ExportSummary> CatalogExport::run(const ExportRequest& request,
                                         const catalog::ProgressCallback& progress) const
{
    QElapsedTimer timer;
    timer.start();
    const catalog::DraftReader reader(m_db, catalog::DraftReader::Content::Full);
    qint64 total = 0;
    if (request.ids) {
        total = request.ids->size();
    } else {
        auto count = reader.liveCount();
        if (!count) {
            return count.error();
        }
        total = count.value();
    }
    io::CatalogWriteOptions options;
    options.csvGb18030 = request.csvGb18030;
    options.kitInfo = request.kitInfo;
    options.exportedAt = m_clock.nowUtc();
    // 不予共享依据 by title alone: what the importer matches (CatalogQueries::legalBases adds 文号).
    QSqlQuery bases(m_db);
    bases.setForwardOnly(true);
    if (!bases.exec(QStringLiteral("SELECT id, title FROM legal_basis WHERE is_deleted = 0"))) {
        return db::sqlError(bases, QStringLiteral("read legal bases"));
    }
    while (bases.next()) {
        options.legalBasisTitles.insert(bases.value(0).toString(), bases.value(1).toString());
    }

    // Written beside the target under a 0600 name, renamed at the end, removed on every failure.
    io::PartFile part(request.path);
    if (auto r = part.create(); !r) {
        return r.error();
    }
    auto writer = io::createCatalogWriter(request.format, std::move(options));
    ExportSummary summary;
    Error failure;
    auto fail = [&](Error e) {
        failure = std::move(e);
        return false;
    };
    if (auto r = writer->open(part.path()); !r) {
        failure = r.error();
    }
    bool cancelled = false;
    if (!failure.isError() && (!request.ids || !request.ids->isEmpty())) {
        auto read = reader.forEach(
            [&](ResourceDraft& d) {
                if (auto r = writer->add(d); !r) {
                    return fail(r.error());
                }
                ++summary.resources;
                summary.items += d.items.size();
                if (progress && summary.resources % kProgressEvery == 0 &&
                    !progress(summary.resources, total)) {
                    cancelled = true;
                    return false;
                }
                return true;
            },
            request.ids.value_or(QStringList()));
        if (!read && !failure.isError()) {
            failure = read.error();
        }
    }
    if (!failure.isError() && cancelled) {
        failure = Error{Error::Kind::Cancelled,
                        QCoreApplication::translate("govcat::CatalogExport", "导出已取消，没有生成文件。")};
    }
    if (!failure.isError()) {
        if (auto r = writer->finish(); !r) {
            failure = r.error();
        }
    }
    writer.reset(); // closes what an unfinished writer holds
    if (!failure.isError()) {
        if (auto r = part.commit(); !r) {
            failure = r.error();
        }
    }
    if (failure.isError()) {
        return failure; // the part goes with `part`
    }
    if (progress) {
        progress(summary.resources, total);
    }
    summary.bytes = QFileInfo(request.path).size();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace govcat::exchange
