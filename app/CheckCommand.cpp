#include "CheckCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "PassphraseSource.h"
#include "catalog/CatalogQueries.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

namespace govcat::app {

int runCheckCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check an encrypted govcat database without changing it."));
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Read the passphrase from a file."),
                      QStringLiteral("file")});
    if (const auto done = parseCommandLine(
            parser, arguments, QStringLiteral("check"),
            {ExitCode::Ok, ExitCode::WrongPassphrase, ExitCode::Database, ExitCode::Usage})) {
        return *done;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err(QStringLiteral("govcat check: --db PATH is required"));
        return ExitCode::Usage;
    }
    auto pass = PassphraseSource::obtain(parser.value(QStringLiteral("passphrase-file")),
                                         QStringLiteral("Passphrase for %1: ").arg(path), false);
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
                         ? QStringLiteral("wrong passphrase, or an edited key file")
                         : e.message));
        return exitCodeForOpen(e.kind); // not found, interrupted creation, hot journal: 3
    }
    const qint64 openMs = timer.elapsed();
    out(QStringLiteral("database: %1").arg(database.value()->path()));
    out(QStringLiteral("unlock: %1 ms (Argon2id %2 ms)").arg(openMs).arg(database.value()->unwrapMillis()));
    out(QStringLiteral("schema version: %1").arg(database.value()->schemaVersion()));
    if (auto integrity = database.value()->integrityCheck(); !integrity) {
        err(QStringLiteral("govcat check: integrity check failed: ") + integrity.error().message);
        return ExitCode::Database; // the pages are damaged
    }
    out(QStringLiteral("integrity: ok"));
    auto counts = catalog::CatalogQueries(database.value()->connection()).tableCounts();
    if (!counts) {
        err(QStringLiteral("govcat check: ") + counts.error().message);
        return ExitCode::Database;
    }
    for (const auto& c : counts.value()) {
        out(QStringLiteral("rows %1: %2").arg(c.table).arg(c.rows));
    }
    return ExitCode::Ok;
}

} // namespace govcat::app
