#include "CheckCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "GuiController.h"
#include "ImportCommand.h"
#include "ProcessHardening.h"
#include "ProfileCommand.h"
#include "core/Settings.h"
#include "resources/AppIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void installTranslations(QApplication& app, const QString& language)
{
    // Source strings are Simplified Chinese; English comes from the embedded govcat_en.qm.
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::Chinese,
                         language == QLatin1String("en") ? QLocale::UnitedStates : QLocale::China);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    if (language == QLatin1String("en")) {
        auto* own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/govcat_en.qm"))) {
            QApplication::installTranslator(own);
        }
    }
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("govcat"));
    QApplication::setOrganizationName(QStringLiteral("govcat"));
    QApplication::setApplicationVersion(QStringLiteral(GOVCAT_VERSION));
    QApplication::setWindowIcon(govcat::resources::applicationIcon());
    // Wayland compositors match the window to the installed desktop entry (and its icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.govcat.govcat"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "govcat: government information resource catalog workbench.\n"
        "Subcommands: govcat check --db PATH | govcat demo --db PATH --resources N | "
        "govcat import --db PATH FILE | govcat export --db PATH --format xlsx|csv|json --out FILE | "
        "govcat profile --db PATH --name NAME --department NAME|USCC --role ROLE"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database file to open."), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("UI language: zh_CN or en."), QStringLiteral("lang")});
    // The desktop entry's `Exec=govcat %f` passes a dropped database file without --db.
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QStringLiteral("Database file to open (same as --db)."),
                                 QStringLiteral("[database]"));
    parser.process(app);
    QString databasePath = parser.value(QStringLiteral("db"));
    if (databasePath.isEmpty() && !parser.positionalArguments().isEmpty()) {
        databasePath = parser.positionalArguments().constFirst();
    }

    govcat::Settings settings;
    if (parser.isSet(QStringLiteral("lang"))) {
        settings.language.set(parser.value(QStringLiteral("lang")));
    }
    installTranslations(app, settings.language.get());

    govcat::app::GuiController controller(settings);
    if (!controller.start(databasePath)) {
        return 0;
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    // Before anything else: a crash dump would hold the passphrase, the data key and catalog text.
    govcat::app::disableCoreDumps();
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("check") || command == QLatin1String("demo") ||
        command == QLatin1String("export") || command == QLatin1String("import") ||
        command == QLatin1String("profile")) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("govcat ") + command);
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1);
        if (command == QLatin1String("export")) {
            return govcat::app::runExportCommand(args);
        }
        if (command == QLatin1String("import")) {
            return govcat::app::runImportCommand(args);
        }
        if (command == QLatin1String("profile")) {
            return govcat::app::runProfileCommand(args);
        }
        return command == QLatin1String("check") ? govcat::app::runCheckCommand(args)
                                                 : govcat::app::runDemoCommand(args);
    }
    return runGui(argc, argv);
}
