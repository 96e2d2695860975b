#include "BenchUtil.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace govcat::bench {

QByteArray benchPassphrase()
{
    const QByteArray fromEnv = qgetenv("GOVCAT_PASSPHRASE");
    return fromEnv.isEmpty() ? QByteArrayLiteral("govcat bench passphrase 2026") : fromEnv;
}

QString readTextFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll()) : QString();
}

QString cpuModel()
{
    const QStringList lines = readTextFile(QStringLiteral("/proc/cpuinfo")).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("model name"))) {
            return line.section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QStringLiteral("unknown CPU");
}

QString loadAverage()
{
    return readTextFile(QStringLiteral("/proc/loadavg")).section(QLatin1Char(' '), 0, 2);
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void Stopwatch::restart()
{
    m_cpuStart = processCpuMs();
    m_wall.start();
}

QString ms(double value)
{
    if (value < 0 && value > -0.05) {
        value = 0;
    }
    const int decimals = std::fabs(value) < 10 ? 2 : (std::fabs(value) < 100 ? 1 : 0);
    return QString::number(value, 'f', decimals);
}

QString ratioText(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("×");
}

QString verdict(double measured, double target, const QString& unit, bool inclusive)
{
    const bool pass = inclusive ? measured <= target : measured < target;
    const double percent = (measured - target) / target * 100;
    if (pass) {
        return QStringLiteral("pass, %1 % under").arg(QString::number(-percent, 'f', 0));
    }
    return QStringLiteral("**MISS** by %1%2 (+%3 %)")
        .arg(QString::number(measured - target, 'f', unit == QStringLiteral("×") ? 2 : 0), unit,
             QString::number(percent, 'f', 0));
}

Figures parseFigures(const QByteArray& text)
{
    Figures out;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            out.insert(QString::fromUtf8(line.left(eq).trimmed()),
                       QString::fromUtf8(line.mid(eq + 1).trimmed()));
        }
    }
    return out;
}

void printFigure(const char* key, double value)
{
    std::printf("%s=%.3f\n", key, value);
}

void printFigure(const char* key, qint64 value)
{
    std::printf("%s=%lld\n", key, static_cast<long long>(value));
}

void printFigure(const char* key, const QString& value)
{
    std::printf("%s=%s\n", key, qPrintable(value));
}

QString option(const QStringList& arguments, const QString& name, const QString& fallback)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--") + name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

bool flag(const QStringList& arguments, const QString& name)
{
    return arguments.contains(QStringLiteral("--") + name);
}

void fail(const QString& message)
{
    throw Failure{message};
}

} // namespace govcat::bench
