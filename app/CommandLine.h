#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace govcat::app {

// Parses a subcommand's arguments (with a --help option) instead of QCommandLineParser::process,
// which exits 1 on an unknown option. Returns the code to end with when nothing more is to be done:
// ExitCode::Ok after printing the help and the exit codes the subcommand can return, or
// ExitCode::Usage after saying what is wrong with the arguments. std::nullopt: go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& command, std::initializer_list<int> exitCodes);

// The options several subcommands share, described once: --db PATH (an existing database),
// --passphrase-file FILE and --quiet.
QCommandLineOption databaseOption();
QCommandLineOption passphraseFileOption();
QCommandLineOption quietOption();

} // namespace govcat::app
