#pragma once

#include <QString>
#include <QStringList>

namespace govcat::app {

// The command-line subcommands (govcat NAME …), each run under a QCoreApplication: none needs a
// display. The GUI starts only when no subcommand is named.
struct Subcommand
{
    const char* name;
    int (*run)(const QStringList& arguments);
    const char* summary; // one line for govcat --help (translatable, context "Subcommands")
};

// The subcommand called name, or nullptr.
const Subcommand* findSubcommand(const QString& name);

// Where the subcommand's name stands in the program's arguments: right after the program, or after
// a --lang given first (govcat --lang en check …); -1 when they name none.
qsizetype subcommandAt(const QStringList& arguments);

// "Subcommands:" and one line each, for govcat --help.
QString subcommandList();

} // namespace govcat::app
