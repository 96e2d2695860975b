#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace govcat {
class Settings;
}

namespace govcat::app {

// The language of what govcat shows, in the GUI and in every subcommand's messages: "en" for
// English, anything else for the Simplified Chinese of the source strings.

// The option --lang, which `govcat` and every subcommand accept (govcat --lang en check …, or
// govcat check --lang en …).
QCommandLineOption languageOption();

// The value of the last --lang among the arguments (before a "--"), or an empty string.
QString languageArgument(const QStringList& arguments);

// --lang when the arguments give it, else the language saved in the settings (the GUI's choice).
// The settings are only read.
QString uiLanguage(const QStringList& arguments, const Settings& settings);

// Installs Qt's and govcat's translators for the language (children of app; a QCoreApplication is
// enough, no display is needed) and makes it the default locale.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace govcat::app
