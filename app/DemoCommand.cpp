#include "DemoCommand.h"

#include "PassphraseSource.h"
#include "db/Database.h"
#include "demo/DemoCity.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

namespace govcat::app {

int runDemoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create an encrypted demo city database."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("New database file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("resources"), QStringLiteral("Number of resources (100-100000)."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("kdf"),
                      QStringLiteral("Argon2id cost: moderate (default) or interactive."),
                      QStringLiteral("profile"), QStringLiteral("moderate")});
    parser.addOption({QStringLiteral("passphrase-file"), QStringLiteral("Read the passphrase from a file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress output.")});
    parser.process(arguments);

    const QString path = parser.value(QStringLiteral("db"));
    bool countOk = false;
    bool seedOk = false;
    const int resources = parser.value(QStringLiteral("resources")).toInt(&countOk);
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    const QString kdf = parser.value(QStringLiteral("kdf"));
    if (path.isEmpty() || !countOk || resources < 1 || resources > 1000000 || !seedOk ||
        (kdf != QLatin1String("moderate") && kdf != QLatin1String("interactive"))) {
        std::fputs("govcat demo: usage: govcat demo --db PATH --resources N [--seed S] [--kdf "
                   "moderate|interactive]\n",
                   stderr);
        return 1;
    }
    auto pass = PassphraseSource::obtain(parser.value(QStringLiteral("passphrase-file")),
                                         QStringLiteral("New passphrase for %1: ").arg(path), true);
    if (!pass || pass.value().isEmpty()) {
        std::fprintf(stderr, "govcat demo: %s\n",
                     pass ? "empty passphrase" : qPrintable(pass.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto database = db::Database::create(path, pass.value(),
                                         kdf == QLatin1String("interactive") ? db::KdfProfile::Interactive
                                                                             : db::KdfProfile::Moderate);
    if (!database) {
        std::fprintf(stderr, "govcat demo: %s\n", qPrintable(database.error().message));
        return 1;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int lastPercent = -1;
    demo::DemoOptions options;
    options.resources = resources;
    options.seed = seed;
    auto summary = demo::generateDemoCity(*database.value(), options, [&](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        if (!quiet && percent != lastPercent) {
            std::fprintf(stderr, "\rgenerating: %3d%% (%d/%d resources)", percent, done, total);
            lastPercent = percent;
        }
        return true;
    });
    if (!quiet) {
        std::fputs("\n", stderr);
    }
    if (!summary) {
        std::fprintf(stderr, "govcat demo: %s\n", qPrintable(summary.error().message));
        return 1;
    }
    std::printf("created %s: %d departments, %d classes, %d resources, %lld items in %.1f s\n",
                qPrintable(path), summary.value().departments, summary.value().classes,
                summary.value().resources, static_cast<long long>(summary.value().items),
                double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace govcat::app
