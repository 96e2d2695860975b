#pragma once

#include "core/Result.h"

#include <QString>

#include <initializer_list>

namespace govcat::app {

// The one table of exit codes every govcat subcommand returns (govcat --help prints it). A script
// can rely on these meanings; each subcommand's --help lists the ones it can return.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Findings = 1;        // ran to the end and found problems (e.g. rejected import rows)
inline constexpr int WrongPassphrase = 2; // or an edited key file
inline constexpr int Database = 3;    // database missing, damaged, not govcat, unfinished, cannot be written
inline constexpr int FileRefused = 4; // a file named on the command line refused (import input, export out)
inline constexpr int Usage = 64;      // wrong arguments, or a step that must come first (sysexits EX_USAGE)
inline constexpr int Interrupted = 130; // Ctrl-C or SIGTERM during export (128 + SIGINT); nothing is left
} // namespace ExitCode

// The code for a database that did not open: 2 for a wrong passphrase, 3 for every other reason.
int exitCodeForOpen(Error::Kind kind);

// One line per code, "  N  meaning", for --help: every code of the table, or only the given ones.
QString exitCodeTable();
QString exitCodeTable(std::initializer_list<int> codes);

} // namespace govcat::app
