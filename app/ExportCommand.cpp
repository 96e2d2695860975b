#include "ExportCommand.h"

#include "CommandLine.h"
#include "ExitCodes.h"
#include "PassphraseSource.h"
#include "ReadOnlyOpen.h"
#include "catalog/CatalogQueries.h"
#include "db/Database.h"
#include "exchange/CatalogExport.h"
#include "io/catalog/CellValues.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>

namespace govcat::app {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

void err(const QString& line)
{
    std::fputs(qPrintable(QStringLiteral("govcat export: ") + line + QLatin1Char('\n')), stderr);
}

// The department ids the --department values name (id, full name or short name); the first value
// that names none is returned in *unknown.
QStringList departmentIds(QSqlDatabase db, const QStringList& values, QString* unknown)
{
    QHash<QString, QString> byKey;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, name, coalesce(short_name, '') FROM department WHERE is_deleted = 0"));
    while (q.next()) {
        byKey.insert(q.value(0).toString(), q.value(0).toString());
        byKey.insert(q.value(1).toString(), q.value(0).toString());
        if (!q.value(2).toString().isEmpty() && !byKey.contains(q.value(2).toString())) {
            byKey.insert(q.value(2).toString(), q.value(0).toString());
        }
    }
    QStringList ids;
    for (const QString& v : values) {
        const QString id = byKey.value(v.trimmed());
        if (id.isEmpty()) {
            *unknown = v;
            return {};
        }
        ids << id;
    }
    return ids;
}

} // namespace

int runExportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ExportCommand", "把目录导出为 .xlsx、.csv 或 .json 文件。"));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("ExportCommand", "xlsx、csv 或 json。"),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("ExportCommand", "要写出的文件。"),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("department"),
         QCoreApplication::translate("ExportCommand", "只导出该提供方部门（名称或标识）的信息资源；可重复。"),
         QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("status"),
         QCoreApplication::translate("ExportCommand", "只导出该状态（例如 已发布）的信息资源；可重复。"),
         QStringLiteral("status")});
    parser.addOption(
        {QStringLiteral("encoding"),
         QCoreApplication::translate("ExportCommand", "CSV 编码：utf-8（默认，带 BOM）或 gb18030。"),
         QStringLiteral("encoding"), QStringLiteral("utf-8")});
    parser.addOption(passphraseFileOption());
    parser.addOption(quietOption());
    if (const auto done = parseCommandLine(parser, arguments, QStringLiteral("export"),
                                           {ExitCode::Ok, ExitCode::WrongPassphrase, ExitCode::Database,
                                            ExitCode::FileRefused, ExitCode::Usage, ExitCode::Interrupted})) {
        return *done;
    }

    const QString path = parser.value(QStringLiteral("db"));
    const QString out = parser.value(QStringLiteral("out"));
    const auto format = io::catalogFileFormat(parser.value(QStringLiteral("format")));
    const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
    if (path.isEmpty() || out.isEmpty() || !format ||
        (encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf8") &&
         encoding != QLatin1String("gb18030"))) {
        err(QCoreApplication::translate(
            "ExportCommand", "用法：govcat export --db PATH --format xlsx|csv|json --out FILE "
                             "[--department 部门]... [--status 状态]... [--encoding utf-8|gb18030]"));
        return ExitCode::Usage;
    }
    QStringList statuses;
    for (const QString& s : parser.values(QStringLiteral("status"))) {
        QString problem;
        const auto stored = io::readCode(CodeListId::ResourceStatus, s, &problem);
        if (!stored || stored->isEmpty()) {
            err(QStringLiteral("--status：") + (problem.isEmpty() ? s : problem));
            return ExitCode::Usage;
        }
        statuses << *stored;
    }
    auto pass = PassphraseSource::obtain(
        parser.value(QStringLiteral("passphrase-file")),
        QCoreApplication::translate("ExportCommand", "%1 的口令：").arg(path), false);
    if (!pass) {
        err(pass.error().message);
        return ExitCode::Usage;
    }
    auto database = db::Database::open(path, pass.value(), db::OpenMode::ReadOnly);
    if (!database) {
        const Error& e = database.error();
        if (e.kind == Error::Kind::WrongPassphrase) {
            err(QCoreApplication::translate("ExportCommand", "口令错误，或密钥文件（.key）已被改动。"));
            return ExitCode::WrongPassphrase;
        }
        err(QCoreApplication::translate("ExportCommand", "无法打开数据库：") + e.message);
        return ExitCode::Database;
    }
    if (const auto refused = refuseOutdatedSchema(*database.value(), QStringLiteral("export"))) {
        return *refused;
    }
    const QSqlDatabase connection = database.value()->connection();

    exchange::ExportRequest request;
    request.path = out;
    request.format = *format;
    request.csvGb18030 = encoding == QLatin1String("gb18030");
    const QStringList departments = parser.values(QStringLiteral("department"));
    if (!departments.isEmpty() || !statuses.isEmpty()) {
        catalog::ResourceFilter filter;
        QString unknown;
        filter.deptIds = departmentIds(connection, departments, &unknown);
        if (!unknown.isEmpty()) {
            err(QCoreApplication::translate("ExportCommand", "没有名称或标识为“%1”的部门。").arg(unknown));
            return ExitCode::Usage;
        }
        filter.statuses = statuses;
        auto ids = catalog::CatalogQueries(connection).resourceIds(filter);
        if (!ids) {
            err(ids.error().message);
            return ExitCode::Database;
        }
        request.ids = ids.value();
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    g_interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QElapsedTimer shown;
    shown.start();
    auto summary = exchange::CatalogExport(connection).run(request, [&](qint64 done, qint64 total) {
        if (!quiet && shown.elapsed() >= 500) {
            shown.restart();
            std::fprintf(stderr, "\r导出：%lld/%lld", static_cast<long long>(done),
                         static_cast<long long>(total));
        }
        return g_interrupted == 0;
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!quiet) {
        std::fputs("\r", stderr);
    }
    if (!summary) {
        err(summary.error().message);
        switch (summary.error().kind) {
        case Error::Kind::Cancelled:
            return ExitCode::Interrupted;
        case Error::Kind::Io:      // --out cannot be written: no folder, no permission, disk full
        case Error::Kind::Invalid: // not in this format: a cell over Excel's limit, too many rows for a
                                   // sheet, a character GB18030 lacks
            return ExitCode::FileRefused;
        default: // reading the catalog failed
            return ExitCode::Database;
        }
    }
    const exchange::ExportSummary& s = summary.value();
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate(
                               "ExportCommand", "已导出 %1 条信息资源、%2 个信息项到 %3（%4 KB，%5 秒）")
                               .arg(s.resources)
                               .arg(s.items)
                               .arg(out)
                               .arg((s.bytes + 1023) / 1024)
                               .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)));
    return ExitCode::Ok;
}

} // namespace govcat::app
