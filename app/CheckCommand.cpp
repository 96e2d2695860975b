#include "CheckCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "PassphraseSource.h"
#include "catalog/CatalogQueries.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace govcat::app {

int runCheckCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CheckCommand", "只读检查加密的 govcat 数据库，不做任何改动。"));
    parser.addOption(databaseOption());
    parser.addOption(passphraseFileOption());
    if (const auto done = parseCommandLine(
            parser, arguments, QStringLiteral("check"),
            {ExitCode::Ok, ExitCode::WrongPassphrase, ExitCode::Database, ExitCode::Usage})) {
        return *done;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err(QCoreApplication::translate("CheckCommand", "govcat check：缺少 --db 数据库路径。"));
        return ExitCode::Usage;
    }
    auto pass =
        PassphraseSource::obtain(parser.value(QStringLiteral("passphrase-file")),
                                 QCoreApplication::translate("CheckCommand", "%1 的口令：").arg(path), false);
    if (!pass) {
        err(QStringLiteral("govcat check: ") + pass.error().message);
        return ExitCode::Usage; // no passphrase given, or its file unreadable or too long
    }
    QElapsedTimer timer;
    timer.start();
    auto database = db::Database::open(path, pass.value(), db::OpenMode::ReadOnly);
    if (!database) {
        const Error& e = database.error();
        err(QStringLiteral("govcat check: %1")
                .arg(e.kind == Error::Kind::WrongPassphrase
                         ? QCoreApplication::translate("CheckCommand",
                                                       "口令错误，或密钥文件（.key）已被改动。")
                         : e.message));
        return exitCodeForOpen(e.kind); // not found, interrupted creation, hot journal: 3
    }
    const qint64 openMs = timer.elapsed();
    out(QCoreApplication::translate("CheckCommand", "数据库：%1").arg(database.value()->path()));
    out(QCoreApplication::translate("CheckCommand", "解锁：%1 毫秒（其中 Argon2id %2 毫秒）")
            .arg(openMs)
            .arg(database.value()->unwrapMillis()));
    out(QCoreApplication::translate("CheckCommand", "数据结构版本：%1")
            .arg(database.value()->schemaVersion()));
    if (auto integrity = database.value()->integrityCheck(); !integrity) {
        err(QCoreApplication::translate("CheckCommand", "govcat check：完整性检查未通过：%1")
                .arg(integrity.error().message));
        return ExitCode::Database; // the pages are damaged
    }
    out(QCoreApplication::translate("CheckCommand", "完整性：正常"));
    auto counts = catalog::CatalogQueries(database.value()->connection()).tableCounts();
    if (!counts) {
        err(QStringLiteral("govcat check: ") + counts.error().message);
        return ExitCode::Database;
    }
    for (const auto& c : counts.value()) {
        out(QCoreApplication::translate("CheckCommand", "表 %1：%2 行").arg(c.table).arg(c.rows));
    }
    return ExitCode::Ok;
}

} // namespace govcat::app
