#pragma once

#include <QString>

#include <cstdio>

namespace govcat::app {

// Lines for the command-line tools: results on stdout, diagnostics and progress on stderr.
inline void out(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

inline void err(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

} // namespace govcat::app
