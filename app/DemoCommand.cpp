#include "DemoCommand.h"

#include "CommandLine.h"
#include "ExitCodes.h"
#include "PassphraseSource.h"
#include "core/PassphrasePolicy.h"
#include "db/Database.h"
#include "db/driver/SecureBytesQt.h"
#include "demo/DemoCity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace govcat::app {

namespace {

// The new passphrase against the same policy as the new-database dialog; empty when acceptable.
QString policyRefusal(const db::SecureBytes& passphrase)
{
    QString text = db::textOf(passphrase);
    const PassphraseStrength::Level level = PassphrasePolicy::estimate(text).level;
    const bool acceptable = PassphrasePolicy::acceptable(text);
    db::wipeText(text);
    if (acceptable) {
        return {};
    }
    if (level == PassphraseStrength::Level::Empty || level == PassphraseStrength::Level::TooShort) {
        return QCoreApplication::translate("DemoCommand",
                                           "口令太短：新数据库的口令至少需要 %1 个字符。没有创建数据库。")
            .arg(PassphrasePolicy::kMinimumLength);
    }
    return QCoreApplication::translate("DemoCommand",
                                       "口令太弱：请加长口令，或混合使用不同类型的字符（字母、数字、符号或"
                                       "中文）。没有创建数据库。");
}

} // namespace

int runDemoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("DemoCommand", "生成一个示例城市的加密数据库。"));
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("DemoCommand", "新数据库文件。"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("resources"),
                      QCoreApplication::translate("DemoCommand", "信息资源条数（100–100000）。"),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("DemoCommand", "随机数种子。"),
                      QStringLiteral("s"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("kdf"),
         QCoreApplication::translate("DemoCommand", "Argon2id 强度：moderate（默认）或 interactive。"),
         QStringLiteral("profile"), QStringLiteral("moderate")});
    parser.addOption(passphraseFileOption());
    parser.addOption(quietOption());
    if (const auto done = parseCommandLine(parser, arguments, QStringLiteral("demo"),
                                           {ExitCode::Ok, ExitCode::Database, ExitCode::Usage})) {
        return *done;
    }

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
        return ExitCode::Usage;
    }
    auto pass =
        PassphraseSource::obtain(parser.value(QStringLiteral("passphrase-file")),
                                 QCoreApplication::translate("DemoCommand", "%1 的新口令：").arg(path), true);
    if (!pass) {
        std::fprintf(stderr, "govcat demo: %s\n", qPrintable(pass.error().message));
        return ExitCode::Usage; // no passphrase given, the two differ, or its file unreadable or too long
    }
    if (const QString refusal = policyRefusal(pass.value()); !refusal.isEmpty()) {
        std::fprintf(stderr, "govcat demo: %s\n", qPrintable(refusal));
        return ExitCode::Usage; // a passphrase the policy refuses: choose another
    }
    QElapsedTimer timer;
    timer.start();
    auto database = db::Database::create(path, pass.value(),
                                         kdf == QLatin1String("interactive") ? db::KdfProfile::Interactive
                                                                             : db::KdfProfile::Moderate);
    if (!database) {
        std::fprintf(stderr, "govcat demo: %s\n", qPrintable(database.error().message));
        // An existing file is never overwritten: name another path. Otherwise it could not be made.
        return database.error().kind == Error::Kind::Invalid ? ExitCode::Usage : ExitCode::Database;
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
        return ExitCode::Database;
    }
    std::printf("created %s: %d departments, %d classes, %d resources, %lld items in %.1f s\n",
                qPrintable(path), summary.value().departments, summary.value().classes,
                summary.value().resources, static_cast<long long>(summary.value().items),
                double(timer.elapsed()) / 1000.0);
    return ExitCode::Ok;
}

} // namespace govcat::app
