#include "CliOutput.h"
#include "ExitCodes.h"
#include "GuiController.h"
#include "ProcessHardening.h"
#include "Subcommands.h"
#include "UiLanguage.h"
#include "core/Settings.h"
#include "resources/AppIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("govcat"));
    QCoreApplication::setOrganizationName(QStringLiteral("govcat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVCAT_VERSION));
}

// The options of `govcat` without a subcommand; the GUI reads --db and --lang.
void addTopLevelOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Main", "govcat：政务信息资源目录编制工具。不带子命令时启动图形界面。"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Main", "要打开的数据库文件。"),
                      QStringLiteral("path")});
    parser.addOption(govcat::app::languageOption());
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        QCoreApplication::translate("Main",
                                    "check、demo、export、import 或 "
                                    "profile（见下文）；不带子命令时启动图形界面，可在子命令的位置给出要打开"
                                    "的数据库文件。--lang 可以写在子命令之前，也可以写在子命令的选项中。"),
        QStringLiteral("[subcommand [options] | database]"));
}

// Arguments the parser refused, or a word that names no subcommand: exit 64 with the way out.
int refuseArguments(const QCommandLineParser& parser)
{
    if (!parser.errorText().isEmpty()) {
        govcat::app::err(QStringLiteral("govcat: ") + parser.errorText());
        govcat::app::err(QCoreApplication::translate("Main", "用法见 govcat --help。"));
    } else {
        govcat::app::err(QCoreApplication::translate("Main", "govcat：没有“%1”这个子命令。可用的子命令见 "
                                                             "govcat --help。")
                             .arg(parser.positionalArguments().constFirst()));
    }
    return govcat::app::ExitCode::Usage;
}

// `govcat FILE`, as the desktop entry's `Exec=govcat %f` runs it: one word that names an existing
// file is the database to open (the same as --db FILE), not a mistyped subcommand.
QString databaseArgument(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    return words.size() == 1 && QFileInfo(words.constFirst()).isFile() ? words.constFirst() : QString();
}

// Qt's own GUI options have one dash (-platform offscreen, -style fusion): only QApplication knows
// them all.
bool mayHoldQtOptions(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--")) {
            return false;
        }
        if (a.size() > 1 && a.at(0) == QLatin1Char('-') && a.at(1) != QLatin1Char('-')) {
            return true;
        }
    }
    return false;
}

// --help, --version, a mistyped subcommand or option, answered under a QCoreApplication, so without
// a display. The code to end with, or std::nullopt to start the GUI. Options the parser does not
// know may be Qt's own (-platform, -style …): the GUI's parser judges them after QApplication has
// taken its own.
std::optional<int> answerWithoutDisplay(int argc, char** argv, const govcat::Settings& settings)
{
    QCoreApplication app(argc, argv);
    nameApplication();
    govcat::app::installTranslations(app, govcat::app::uiLanguage(QCoreApplication::arguments(), settings));
    QCommandLineParser parser;
    addTopLevelOptions(parser);
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(parser.helpText() + QLatin1Char('\n') + govcat::app::subcommandList() +
                              QLatin1Char('\n') + govcat::app::exitCodeTable()),
                   stdout);
        return govcat::app::ExitCode::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        govcat::app::out(QStringLiteral("govcat ") + QStringLiteral(GOVCAT_VERSION));
        return govcat::app::ExitCode::Ok;
    }
    if (parsed ? !parser.positionalArguments().isEmpty() && databaseArgument(parser).isEmpty()
               : !mayHoldQtOptions(QCoreApplication::arguments())) {
        return refuseArguments(parser);
    }
    return std::nullopt;
}

int runGui(int argc, char** argv, govcat::Settings& settings)
{
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setWindowIcon(govcat::resources::applicationIcon());
    // Wayland compositors match the window to the installed desktop entry (and its icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.govcat.govcat"));

    QCommandLineParser parser;
    addTopLevelOptions(parser);
    const bool parsed = parser.parse(QCoreApplication::arguments());
    const QString dropped = parsed ? databaseArgument(parser) : QString();
    if (!parsed || (!parser.positionalArguments().isEmpty() && dropped.isEmpty())) {
        return refuseArguments(parser);
    }

    if (parser.isSet(QStringLiteral("lang"))) {
        settings.language.set(parser.value(QStringLiteral("lang")));
    }
    govcat::app::installTranslations(app, settings.language.get());

    govcat::app::GuiController controller(settings);
    if (!controller.start(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                             : dropped)) {
        return 0;
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    // Before anything else: a crash dump would hold the passphrase, the data key and catalog text.
    govcat::app::disableCoreDumps();
    // The one Settings of the process: the GUI reads and writes it, the rest only reads the language.
    govcat::Settings settings;
    QStringList words;
    for (int i = 0; i < argc; ++i) {
        words << QString::fromLocal8Bit(argv[i]);
    }
    if (const qsizetype at = govcat::app::subcommandAt(words); at > 0) {
        const QString command = words.at(at);
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("govcat ") + command);
        QStringList args = QCoreApplication::arguments();
        args.removeAt(at);
        // --lang given to a subcommand is not saved: a script does not change the GUI's language.
        govcat::app::installTranslations(app, govcat::app::uiLanguage(args, settings));
        return govcat::app::findSubcommand(command)->run(args);
    }
    if (const auto answered = answerWithoutDisplay(argc, argv, settings)) {
        return *answered;
    }
    return runGui(argc, argv, settings);
}
