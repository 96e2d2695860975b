#pragma once

// What the suites share to run the same SQL through the sqlite3 and sqlcipher CLIs: key scripts,
// processes, .timer parsing, statement capture and sample medians.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace govcat::bench {

// A 0700 temporary directory of 0600 CLI scripts. Some hold the raw key: they are overwritten with
// zeros before the directory is removed (also when a suite fails: Failure unwinds to main).
class ScriptDir
{
public:
    ScriptDir();
    ~ScriptDir();
    ScriptDir(const ScriptDir&) = delete;
    ScriptDir& operator=(const ScriptDir&) = delete;

    // Writes content to a new 0600 file and wipes the buffer.
    QString write(const QString& name, QByteArray&& content);
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

struct ProcessRun
{
    double wallMs = 0;
    QByteArray out;
    QByteArray err;
};

// Runs program with stdin from a file; the wall time spans start() to exit. Any exit code but 0 or
// any output on stderr fails the suite (unless allowStderr).
ProcessRun runProcess(const QString& program, const QStringList& arguments, const QString& stdinFile = {},
                      const QStringList& extraEnvironment = {}, bool allowStderr = false);

// One ".timer on" line: "Run Time: real 0.004 user 0.000000 sys 0.001715" (seconds; real has 1 ms
// resolution, user and sys come from getrusage and are finer).
struct TimerLine
{
    double realMs = 0;
    double cpuMs = 0;
};
bool parseTimerLine(const QByteArray& line, TimerLine* out); // false when not a .timer line
QList<TimerLine> timerLines(const QByteArray& out);

// The CLI's connection settings: the raw key (hex) and the app's page size and cache for the
// encrypted file; `writes` adds what govcat's read-write connections set (synchronous = FULL,
// foreign keys).
QByteArray encryptedPrelude(const QByteArray& keyHex, bool writes = false);
QByteArray plainPrelude();
QStringList cliArguments(const QString& file);
// The raw data key of a bench database in hex (KeyFile::read + unwrap with the bench passphrase).
QByteArray rawKeyHex(const QString& databasePath);
QString sqlString(const QString& text);
// The schema warm-up every CLI script runs before what it times.
inline const QByteArray kWarmUp = QByteArrayLiteral("SELECT count(*) FROM sqlite_master;\n");

// Captures the SQL a connection runs, parameters expanded (sqlite3_trace_v2), while it exists.
// Statements that a virtual table runs inside another one (FTS4's shadow tables) are left out, so
// the capture can be replayed as it is.
class StatementCapture
{
public:
    explicit StatementCapture(const QSqlDatabase& connection);
    ~StatementCapture();
    StatementCapture(const StatementCapture&) = delete;
    StatementCapture& operator=(const StatementCapture&) = delete;

    const QStringList& statements() const { return m_statements; }
    QStringList take();

private:
    void* m_handle = nullptr;
    QStringList m_statements;
};

QString scalar(const QSqlDatabase& connection, const QString& sql); // fail()s when it returns no row
QStringList queryPlan(const QSqlDatabase& connection, const QString& sql);

// Timed blocks: statements between two markers that print julianday('now'), run in one CLI process
// with .timer on, for the catalog-editing suite.
QByteArray block(const QStringList& statements);
QByteArray blockFromFile(const QString& path); // statements ended by ';', as edit-probe --trace writes

// One block as the CLI ran it: wall from the two julianday('now') markers (1 ms resolution), and
// the sums of the .timer lines of its statements.
struct CliBlock
{
    double wallMs = 0;
    double realMs = 0;
    double cpuMs = 0;
    QList<double> statementCpu;
    QList<QByteArray> output; // what the statements printed
};
QList<CliBlock> cliBlocks(const QByteArray& out);

// prelude; warm-up; .timer on; then the first block, K × (shrink; block), K × block.
QByteArray timedScript(const QByteArray& prelude, const QList<QByteArray>& blocks, int repeat);

class Samples;
// cli.<id>.<cold1|cold|warm>[_real|_cpu] from 1 + 2K blocks; cli.<id>.stmt<i>.cold_cpu per statement.
void addCliSamples(Samples& samples, const QString& id, const QList<CliBlock>& blocks, int repeat);

class Samples
{
public:
    void add(const QString& key, double value) { m_values[key].append(value); }
    double median(const QString& key) const; // fail()s without samples
    bool has(const QString& key) const { return m_values.contains(key); }
    qsizetype count(const QString& key) const { return m_values.value(key).size(); }
    QList<double> values(const QString& key) const { return m_values.value(key); }

private:
    QMap<QString, QList<double>> m_values;
};

} // namespace govcat::bench
