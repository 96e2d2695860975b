#include "UiLanguage.h"

#include "core/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace govcat::app {

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"),
            QCoreApplication::translate(
                "UiLanguage", "提示信息和图形界面的语言：zh_CN 或 en（默认为上次在图形界面中选择的语言）。"),
            QStringLiteral("lang")};
}

QString languageArgument(const QStringList& arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--")) {
            break;
        }
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            language = a.mid(7);
        }
    }
    return language;
}

QString uiLanguage(const QStringList& arguments, const Settings& settings)
{
    const QString given = languageArgument(arguments);
    return given.isEmpty() ? settings.language.get() : given;
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    // Source strings are Simplified Chinese; English comes from the embedded govcat_en.qm.
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::Chinese,
                         language == QLatin1String("en") ? QLocale::UnitedStates : QLocale::China);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    if (language == QLatin1String("en")) {
        auto* own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/govcat_en.qm"))) {
            QCoreApplication::installTranslator(own);
        }
    }
}

} // namespace govcat::app
