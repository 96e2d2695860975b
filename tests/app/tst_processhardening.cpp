#include "app/ProcessHardening.h"
#include "support/GovcatRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

// Issue 13: a crash dump of govcat held the passphrase, the raw data key and catalog text. The process
// turns core dumps off before it reads any passphrase.
class TestProcessHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runningGovcatHasNoCoreDumps();
    void runningGuiHasNoCoreDumps();
    void hardeningTurnsDumpsOff(); // last: it hardens this test process too
};

namespace {

// "Max core file size" soft and hard limits of a process, as /proc/PID/limits shows them.
QStringList coreLimits(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            return QString::fromLatin1(line.mid(int(qstrlen("Max core file size"))))
                .simplified()
                .split(QLatin1Char(' '));
        }
    }
    return {};
}

bool zero(const QStringList& limits)
{
    return limits.size() >= 2 && limits[0] == QLatin1String("0") && limits[1] == QLatin1String("0");
}

// Polls the core limits of a running process until both are 0 or 10 s have passed.
QStringList settledCoreLimits(const QProcess& p)
{
    QStringList limits;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        limits = coreLimits(p.processId());
        if (zero(limits)) {
            break;
        }
        QTest::qWait(50);
    }
    return limits;
}

// Starts p with core dumps allowed (soft limit raised for the child), as a shell with `ulimit -c`
// would. False when this machine's hard limit is 0 (nothing to show).
bool startWithCoreDumpsAllowed(QProcess& p, const QStringList& args)
{
    rlimit saved{};
    if (getrlimit(RLIMIT_CORE, &saved) != 0 || saved.rlim_max == 0) {
        return false;
    }
    rlimit allowed = saved;
    allowed.rlim_cur = saved.rlim_max == RLIM_INFINITY ? rlim_t(64) * 1024 * 1024
                                                       : std::min<rlim_t>(saved.rlim_max, 64 * 1024 * 1024);
    setrlimit(RLIMIT_CORE, &allowed); // the child inherits this
    p.start(govcat::test::govcatBinary(), args);
    const bool started = p.waitForStarted();
    setrlimit(RLIMIT_CORE, &saved);
    return started;
}

} // namespace

// The GUI too (QT_QPA_PLATFORM=offscreen): the unlock or new-database dialog waits for a passphrase.
void TestProcessHardening::runningGuiHasNoCoreDumps()
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("GOVCAT_PASSPHRASE"));
    p.setProcessEnvironment(env);
    if (!startWithCoreDumpsAllowed(p,
                                   {QStringLiteral("--db"), dir.filePath(QStringLiteral("city.govcat"))})) {
        QSKIP("core dumps are already impossible here (hard limit 0), or govcat did not start");
    }
    const QStringList limits = settledCoreLimits(p);
    const bool stillRunning = p.state() == QProcess::Running;
    p.kill();
    p.waitForFinished();
    QVERIFY2(zero(limits), qPrintable(limits.join(QLatin1Char(' '))));
    QVERIFY(stillRunning);
}

// `govcat check` waiting for its passphrase on standard input: by then the process must already be
// without core dumps, even when started from a shell that allows them.
void TestProcessHardening::runningGovcatHasNoCoreDumps()
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GOVCAT_PASSPHRASE"));
    p.setProcessEnvironment(env);
    if (!startWithCoreDumpsAllowed(p, {QStringLiteral("check"), QStringLiteral("--db"),
                                       dir.filePath(QStringLiteral("city.govcat"))})) {
        QSKIP("core dumps are already impossible here (hard limit 0), or govcat did not start");
    }
    const QStringList limits = settledCoreLimits(p);
    const bool stillWaiting = p.state() == QProcess::Running;
    p.closeWriteChannel(); // no passphrase: govcat check gives up
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(zero(limits), qPrintable(limits.join(QLatin1Char(' '))));
    QVERIFY2(stillWaiting, "govcat was hardened while it still waited for the passphrase");
    QVERIFY(p.exitCode() != 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("标准输入中没有口令")), qPrintable(err));
}

void TestProcessHardening::hardeningTurnsDumpsOff()
{
    QVERIFY(govcat::app::disableCoreDumps());
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
    // Idempotent: a second call (a nested main in tests) succeeds as well.
    QVERIFY(govcat::app::disableCoreDumps());
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
