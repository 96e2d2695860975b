#include "ImportCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "PassphraseSource.h"
#include "ReadOnlyOpen.h"
#include "catalog/ResourceStore.h"
#include "db/Database.h"
#include "db/ProfileStore.h"
#include "exchange/ImportSession.h"
#include "io/catalog/ImportedCatalog.h"
#include "io/report/ImportReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace govcat::app {

namespace {

// Progress on stderr, at most every half second, only for work that takes longer than that.
class Progress
{
public:
    explicit Progress(QString what) : m_what(std::move(what)) { m_timer.start(); }
    bool operator()(qint64 done, qint64 total)
    {
        if (m_timer.elapsed() - m_last >= 500) {
            m_last = m_timer.elapsed();
            err(total > 0 ? QStringLiteral("%1: %2/%3").arg(m_what).arg(done).arg(total)
                          : QCoreApplication::translate("ImportCommand", "%1: %2 行").arg(m_what).arg(done));
        }
        return true;
    }

private:
    QString m_what;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

} // namespace

int runImportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ImportCommand", "把目录文件（.xlsx、.csv、.json）导入 govcat 数据库：先试运行，再写入。"));
    parser.addOption(databaseOption());
    parser.addOption(passphraseFileOption());
    parser.addOption(
        {QStringLiteral("dry-run"), QCoreApplication::translate("ImportCommand", "只预览，不写入。")});
    parser.addOption(
        {QStringLiteral("apply-clean"),
         QCoreApplication::translate("ImportCommand", "有行校验不通过时，仍写入其余校验通过的行。")});
    parser.addOption({QStringLiteral("report"),
                      QCoreApplication::translate("ImportCommand", "把错误报告工作簿写到这里。"),
                      QStringLiteral("out.xlsx")});
    parser.addOption(
        {QStringLiteral("summary-json"),
         QCoreApplication::translate(
             "ImportCommand",
             "最后一行输出一行 JSON 摘要：{\"new\":N,\"changed\":N,\"unchanged\":N,\"rejected\":N}，其中 "
             "\"rejected\" 是校验不通过的行数；键名固定，供脚本使用。")});
    parser.addOption(
        {QStringLiteral("encoding"),
         QCoreApplication::translate("ImportCommand", "CSV 编码：utf-8 或 gb18030（默认自动识别）。"),
         QStringLiteral("name")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("ImportCommand", "要导入的目录文件。"));
    if (const auto done = parseCommandLine(parser, arguments, QStringLiteral("import"),
                                           {ExitCode::Ok, ExitCode::Findings, ExitCode::WrongPassphrase,
                                            ExitCode::Database, ExitCode::FileRefused, ExitCode::Usage})) {
        return *done;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || parser.positionalArguments().size() != 1) {
        err(QStringLiteral(
            "usage: govcat import --db PATH FILE [--dry-run] [--apply-clean] [--report OUT.xlsx] "
            "[--summary-json] [--encoding utf-8|gb18030]"));
        return ExitCode::Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    // The file first: a file that cannot be read never needs the passphrase.
    exchange::ImportSession session(file, parser.value(QStringLiteral("encoding")));
    Progress reading(QCoreApplication::translate("ImportCommand", "读取"));
    if (auto read = session.read(reading); !read) {
        err(QCoreApplication::translate("ImportCommand", "govcat import: 无法读取“%1”：%2")
                .arg(file, io::echoedMessage(read.error().message)));
        return ExitCode::FileRefused;
    }

    auto pass = PassphraseSource::obtain(
        parser.value(QStringLiteral("passphrase-file")),
        QCoreApplication::translate("ImportCommand", "%1 的口令：").arg(path), false);
    if (!pass) {
        err(QStringLiteral("govcat import: ") + pass.error().message);
        return ExitCode::Usage; // no passphrase given, or its file unreadable or too long
    }
    auto database =
        db::Database::open(path, pass.value(), dryRun ? db::OpenMode::ReadOnly : db::OpenMode::ReadWrite);
    if (!database) {
        err(QStringLiteral("govcat import: ") + database.error().message);
        return exitCodeForOpen(database.error().kind);
    }
    if (const auto refused =
            dryRun ? refuseOutdatedSchema(*database.value(), QStringLiteral("import")) : std::nullopt) {
        return *refused;
    }
    auto profile = db::ProfileStore(database.value()->connection()).load();
    if (!profile) {
        err(QStringLiteral("govcat import: ") + profile.error().message);
        return ExitCode::Database;
    }
    if (!profile.value()) { // a new database, not a damaged one: its own message and exit code
        err(QCoreApplication::translate(
                "ImportCommand",
                "govcat import: 该数据库还没有本机用户，导入时不知道以谁的身份、为哪个部门写入。请先运行\n"
                "  govcat profile --db %1 --name 姓名 --department 部门 --role 角色\n"
                "或在 govcat 中打开该数据库一次，填写姓名、部门和角色。没有写入任何内容。")
                .arg(path));
        return ExitCode::Usage; // govcat profile (or the GUI) must come first
    }
    const db::LocalProfile& me = *profile.value();
    db::Repository repo(database.value()->connection(), db::Actor{me.userName, me.deptId, me.role});
    catalog::ResourceStore store(database.value()->connection(), repo);

    Progress checking(QCoreApplication::translate("ImportCommand", "检查"));
    if (auto planned = session.plan(store, checking); !planned) {
        err(QStringLiteral("govcat import: ") + planned.error().message);
        return ExitCode::Database;
    }
    const exchange::ImportPlan& p = session.preview();
    out(QStringLiteral("%1：%2").arg(file, p.layout));
    out(QCoreApplication::translate("ImportCommand", "新增 %1，修改 %2，未变化 %3，校验不通过 %4")
            .arg(p.count(exchange::ImportPlanRow::Kind::New))
            .arg(p.count(exchange::ImportPlanRow::Kind::Changed))
            .arg(p.count(exchange::ImportPlanRow::Kind::Unchanged))
            .arg(p.rejected()));
    for (const exchange::ImportPlanRow& row : p.rows) {
        // Every problem of a row (each with its cell), not only the first.
        for (const io::ImportProblem& problem : row.problems) {
            const bool error = problem.finding.severity == Finding::Severity::Error;
            if (row.kind == exchange::ImportPlanRow::Kind::Rejected || !error) {
                out(QStringLiteral("%1 %2 %3：%4")
                        .arg(error ? exchange::kindName(exchange::ImportPlanRow::Kind::Rejected)
                                   : QCoreApplication::translate("ImportCommand", "提示"),
                             io::cellName(p.sheets, problem.cell), row.name, problem.finding.message));
            }
        }
        if (row.kind == exchange::ImportPlanRow::Kind::Changed) {
            for (const FieldChange& c : row.changes) {
                const QString label = c.itemName.isEmpty()
                                          ? c.label
                                          : QCoreApplication::translate("ImportCommand", "信息项“%1”的%2")
                                                .arg(c.itemName, c.label);
                out(QCoreApplication::translate("ImportCommand", "修改 %1：%2：%3 → %4")
                        .arg(row.name, label,
                             c.oldValue.isEmpty() ? QCoreApplication::translate("ImportCommand", "（空）")
                                                  : c.oldValue,
                             c.newValue.isEmpty() ? QCoreApplication::translate("ImportCommand", "（空）")
                                                  : c.newValue));
            }
        }
        if (row.itemsKept && row.kind != exchange::ImportPlanRow::Kind::Rejected) {
            out(QCoreApplication::translate("ImportCommand", "%1 %2：信息项未填写，保持不变")
                    .arg(exchange::kindName(row.kind), row.name));
        }
    }
    for (const io::ImportProblem& problem : p.unattached) {
        out(QStringLiteral("%1 %2：%3")
                .arg(exchange::kindName(exchange::ImportPlanRow::Kind::Rejected),
                     io::cellName(p.sheets, problem.cell), problem.finding.message));
    }

    const bool rejected = p.rejected() > 0;
    if (const QString report = parser.value(QStringLiteral("report")); !report.isEmpty() && rejected) {
        if (auto written = session.writeReport(report); !written) {
            err(QCoreApplication::translate("ImportCommand", "govcat import: 错误报告未能写出：") +
                written.error().message);
        } else {
            out(QCoreApplication::translate("ImportCommand", "错误报告：%1").arg(report));
        }
    }
    const bool write = !dryRun && (!rejected || parser.isSet(QStringLiteral("apply-clean")));
    if (write) {
        Progress writing(QCoreApplication::translate("ImportCommand", "写入"));
        auto applied =
            session.apply(rejected ? exchange::ImportScope::Clean : exchange::ImportScope::All, writing);
        if (!applied) {
            err(QCoreApplication::translate("ImportCommand", "govcat import: 未写入任何内容：") +
                applied.error().message);
            return ExitCode::Database;
        }
        out(QCoreApplication::translate("ImportCommand", "已写入：新增 %1，修改 %2")
                .arg(applied.value().created.size())
                .arg(applied.value().changed.size()));
        if (!session.returnedDepartment().isEmpty()) {
            out(QCoreApplication::translate("ImportCommand", "已登记“%1”报送的目录填报包")
                    .arg(io::echoedValue(session.returnedDepartment())));
        }
    }
    if (parser.isSet(QStringLiteral("summary-json"))) {
        out(QString::fromUtf8(p.summaryJson()));
    }
    return rejected ? ExitCode::Findings : ExitCode::Ok;
}

} // namespace govcat::app
