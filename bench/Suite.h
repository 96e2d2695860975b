#pragma once

#include <QStringList>

namespace govcat::bench {

// govcat_bench suite --db PATH --plain PATH [--runs N] [--repeat K] [--gen FILE] [--commit TEXT]
//                    [--out FILE]
// Runs every probe and the same SQL through the sqlcipher CLI (encrypted file) and the sqlite3 and
// sqlcipher CLIs (plain copy, made with sqlcipher_export when missing), N times interleaved, and
// prints a Markdown report of the medians (also written to --out).
int runSuite(const QStringList& arguments);

} // namespace govcat::bench
