#include "CommandLine.h"

#include "CliOutput.h"
#include "ExitCodes.h"
#include "UiLanguage.h"

#include <QCoreApplication>

namespace govcat::app {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& command, std::initializer_list<int> exitCodes)
{
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOption(languageOption()); // read before the subcommand ran (main.cpp)
    if (!parser.parse(arguments)) {
        err(QStringLiteral("govcat %1: %2").arg(command, parser.errorText()));
        err(QCoreApplication::translate("CommandLine", "用法见 govcat %1 --help。").arg(command));
        return ExitCode::Usage;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        // "Usage: govcat [options]" names the subcommand too: "Usage: govcat check [options]".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = text.indexOf(program); !program.isEmpty() && at >= 0) {
            text.insert(at + program.size(), QString(QLatin1Char(' ') + command));
        }
        std::fputs(qPrintable(text + QLatin1Char('\n') + exitCodeTable(exitCodes)), stdout);
        std::fflush(stdout);
        return ExitCode::Ok;
    }
    return std::nullopt;
}

QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"), QCoreApplication::translate("CommandLine", "数据库文件。"),
            QStringLiteral("path")};
}

QCommandLineOption passphraseFileOption()
{
    return {QStringLiteral("passphrase-file"), QCoreApplication::translate("CommandLine", "从文件读取口令。"),
            QStringLiteral("file")};
}

QCommandLineOption quietOption()
{
    return {QStringLiteral("quiet"), QCoreApplication::translate("CommandLine", "不显示进度。")};
}

} // namespace govcat::app
