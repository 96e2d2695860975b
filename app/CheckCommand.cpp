#include "CheckCommand.h"

#include "CliOutput.h"
#include "PassphraseSource.h"
#include "db/CatalogQueries.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

namespace govcat::app {

namespace {

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::WrongPassphrase:
        return 2;
    case Error::Kind::KeyFileMissing:
    case Error::Kind::KeyFileDamaged:
    case Error::Kind::KeyMismatch:
    case Error::Kind::NotEncrypted:
    case Error::Kind::NotADatabase:
    case Error::Kind::Damaged:
    case Error::Kind::TooNew:
    case Error::Kind::CipherUnavailable:
        return 3;
    default:
        return 1;
    }
}

} // namespace

int runCheckCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check an encrypted govcat database without changing it."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Read the passphrase from a file."),
                      QStringLiteral("file")});
    parser.process(arguments);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err(QStringLiteral("govcat check: --db PATH is required"));
        return 1;
    }
    auto pass = PassphraseSource::obtain(parser.value(QStringLiteral("passphrase-file")),
                                         QStringLiteral("Passphrase for %1: ").arg(path), false);
    if (!pass) {
        err(QStringLiteral("govcat check: ") + pass.error().message);
        return 1;
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
        return exitCodeFor(e.kind);
    }
    const qint64 openMs = timer.elapsed();
    out(QStringLiteral("database: %1").arg(database.value()->path()));
    out(QStringLiteral("unlock: %1 ms (Argon2id %2 ms)").arg(openMs).arg(database.value()->unwrapMillis()));
    out(QStringLiteral("schema version: %1").arg(database.value()->schemaVersion()));
    if (auto integrity = database.value()->integrityCheck(); !integrity) {
        err(QStringLiteral("govcat check: integrity check failed: ") + integrity.error().message);
        return 3;
    }
    out(QStringLiteral("integrity: ok"));
    auto counts = db::CatalogQueries(database.value()->connection()).tableCounts();
    if (!counts) {
        err(QStringLiteral("govcat check: ") + counts.error().message);
        return exitCodeFor(counts.error().kind) == 1 ? 3 : exitCodeFor(counts.error().kind);
    }
    for (const auto& c : counts.value()) {
        out(QStringLiteral("rows %1: %2").arg(c.table).arg(c.rows));
    }
    return 0;
}

} // namespace govcat::app
