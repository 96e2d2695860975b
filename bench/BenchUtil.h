#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdio>

namespace govcat::bench {

// The passphrase of the bench databases: GOVCAT_PASSPHRASE, else a fixed bench passphrase (the one
// bench/run.sh exports). Never taken from a command-line argument.
QByteArray benchPassphrase();

QString readTextFile(const QString& path); // empty when unreadable
QString cpuModel();                        // "model name" of /proc/cpuinfo
QString loadAverage();                     // the 1, 5 and 15 minute load averages

// Peak resident set size of this process in KiB (VmHWM from /proc/self/status), -1 when unknown.
qint64 peakRssKiB();
// Resets VmHWM to the current RSS (writes 5 to /proc/self/clear_refs); false when not allowed.
bool resetPeakRss();

double median(QList<double> values);

double elapsedMs(const QElapsedTimer& timer);
double processCpuMs(); // CLOCK_PROCESS_CPUTIME_ID: user + sys of the process

// Wall and CPU time (user + sys of the process, as the CLIs' .timer reports) of one stretch.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart();
    double wallMs() const { return elapsedMs(m_wall); }
    double cpuMs() const { return processCpuMs() - m_cpuStart; }

private:
    QElapsedTimer m_wall;
    double m_cpuStart = 0;
};

// Report formatting: milliseconds with 2, 1 or 0 decimals by size; "1.23×"; a lower-is-better
// verdict, "pass, 35 % under" or "**MISS** by 12 ms (+8 %)".
QString ms(double value);
QString ratioText(double value);
QString verdict(double measured, double target, const QString& unit, bool inclusive = false);

// "key=value" lines, as every bench subcommand prints its figures.
using Figures = QMap<QString, QString>;
Figures parseFigures(const QByteArray& text);
void printFigure(const char* key, double value);
void printFigure(const char* key, qint64 value);
void printFigure(const char* key, const QString& value);

// Value of "--name value" in arguments, or fallback.
QString option(const QStringList& arguments, const QString& name, const QString& fallback = {});
bool flag(const QStringList& arguments, const QString& name);

// Thrown by fail() and caught in main(), so that destructors (which wipe the key scripts) run.
struct Failure
{
    QString message;
};
[[noreturn]] void fail(const QString& message);

} // namespace govcat::bench
