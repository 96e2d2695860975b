#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>

namespace govcat::test {

// One run of the govcat binary as a script would make it: exit code, output, and, when measured,
// the peak resident memory and wall time that /usr/bin/time reports for the process.
struct GovcatRun
{
    int exitCode = -1; // -1: crashed or killed after the timeout
    QString out;
    QString err;
    qint64 peakKiB = -1; // measured runs only
    double seconds = -1;
};

// The govcat binary the tests were built with (GOVCAT_BIN_DIR, set by CMake).
inline QString govcatBinary()
{
    return QDir(qEnvironmentVariable("GOVCAT_BIN_DIR")).filePath(QStringLiteral("govcat"));
}

// True in the AddressSanitizer build, where memory figures are several times larger.
inline bool sanitizedBuild()
{
    return qEnvironmentVariableIsSet("GOVCAT_SANITIZED");
}

// The peak a memory test allows beyond the baseline, given what it allows in a normal build.
// AddressSanitizer's shadow memory, redzones and quarantine make each allocation several times
// larger and keep freed blocks for a while, so a small file's figure there is mostly the
// allocator's: 8 times the bound, at least 64 MiB, at most the 1 GiB that no import may pass (a
// file at the resource limit takes 0.85 GB there, 6 times the Debug build's). The tight bounds
// are checked by the normal build, whose figures docs/SECURITY.md gives.
inline qint64 allowedPeakKiB(qint64 normalKiB)
{
    if (!sanitizedBuild()) {
        return normalKiB;
    }
    return std::min<qint64>(std::max<qint64>(8 * normalKiB, 64 * 1024), 1024 * 1024);
}

// Runs `govcat args…` with the passphrase in GOVCAT_PASSPHRASE (none when empty) and stdin closed.
// With measure, the process runs under /usr/bin/time so that peakKiB and seconds are filled.
inline GovcatRun runGovcat(const QStringList& args, const QByteArray& passphrase, bool measure = false,
                           int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GOVCAT_PASSPHRASE"));
    if (!passphrase.isEmpty()) {
        env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(passphrase));
    }
    p.setProcessEnvironment(env);
    QTemporaryDir scratch;
    const QString timeFile = scratch.filePath(QStringLiteral("time.txt"));
    if (measure) {
        p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-f"), QStringLiteral("%M %e"),
                                                             QStringLiteral("-o"), timeFile, govcatBinary()} +
                                                     args);
    } else {
        p.start(govcatBinary(), args);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    GovcatRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (measure) {
        QFile f(timeFile);
        if (f.open(QIODevice::ReadOnly)) {
            // /usr/bin/time writes "Command exited with non-zero status N" first when N != 0.
            const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
            const QList<QByteArray> fields = lines.last().split(' ');
            if (fields.size() == 2) {
                run.peakKiB = fields[0].toLongLong();
                run.seconds = fields[1].toDouble();
            }
        }
    }
    return run;
}

} // namespace govcat::test
