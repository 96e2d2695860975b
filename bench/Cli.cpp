#include "Cli.h"

#include "BenchUtil.h"
#include "db/Database.h"
#include "db/KeyFile.h"
#include "db/driver/CipherDriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace govcat::bench {

namespace {

constexpr int kCipherPageSize = db::CipherOptions{}.cipherPageSize;
constexpr int kCacheKiB = db::CipherOptions{}.cacheSizeKiB;

} // namespace

// ---- key scripts ------------------------------------------------------------------------------

ScriptDir::ScriptDir() : m_dir(QDir::tempPath() + QStringLiteral("/govcat-bench-XXXXXX"))
{
    if (!m_dir.isValid()) {
        fail(QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString());
    }
}

ScriptDir::~ScriptDir()
{
    for (const QString& path : std::as_const(m_files)) {
        QFile file(path);
        const qint64 size = file.size();
        if (file.open(QIODevice::ReadWrite)) {
            file.write(QByteArray(size, '\0'));
            file.flush();
            ::fsync(file.handle());
        }
    }
}

QString ScriptDir::write(const QString& name, QByteArray&& content)
{
    const QString path = m_dir.filePath(name);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        fail(QStringLiteral("cannot create ") + path);
    }
    m_files.append(path);
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        fail(QStringLiteral("cannot write ") + path);
    }
    const bool written = file.write(content) == content.size();
    file.close();
    content.fill('\0');
    if (!written) {
        fail(QStringLiteral("cannot write ") + path);
    }
    return path;
}

// ---- processes --------------------------------------------------------------------------------

ProcessRun runProcess(const QString& program, const QStringList& arguments, const QString& stdinFile,
                      const QStringList& extraEnvironment, bool allowStderr)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(stdinFile.isEmpty() ? QProcess::nullDevice() : stdinFile);
    if (!extraEnvironment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& assignment : extraEnvironment) {
            environment.insert(assignment.section(QLatin1Char('='), 0, 0),
                               assignment.section(QLatin1Char('='), 1));
        }
        process.setProcessEnvironment(environment);
    }
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(30 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        fail(program + QStringLiteral(" did not finish: ") + process.errorString());
    }
    ProcessRun run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        (!allowStderr && !run.err.trimmed().isEmpty())) {
        fail(QStringLiteral("%1 %2 failed (exit %3): %4")
                 .arg(program, arguments.join(QLatin1Char(' ')))
                 .arg(process.exitCode())
                 .arg(QString::fromUtf8(run.err.trimmed().right(2000))));
    }
    return run;
}

bool parseTimerLine(const QByteArray& line, TimerLine* out)
{
    if (!line.startsWith("Run Time: real ")) {
        return false;
    }
    const QList<QByteArray> f = line.simplified().split(' ');
    if (f.size() < 8 || f.at(4) != "user" || f.at(6) != "sys") {
        fail(QStringLiteral("unexpected .timer line: ") + QString::fromUtf8(line));
    }
    *out = {f.at(3).toDouble() * 1000, (f.at(5).toDouble() + f.at(7).toDouble()) * 1000};
    return true;
}

QList<TimerLine> timerLines(const QByteArray& out)
{
    QList<TimerLine> values;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray& line : lines) {
        TimerLine t;
        if (parseTimerLine(line, &t)) {
            values.append(t);
        }
    }
    return values;
}

// ---- CLI settings -----------------------------------------------------------------------------

QByteArray encryptedPrelude(const QByteArray& keyHex, bool writes)
{
    QByteArray prelude = QByteArrayLiteral("PRAGMA key = \"x'") + keyHex +
                         QByteArrayLiteral("'\";\nPRAGMA cipher_page_size = ") +
                         QByteArray::number(kCipherPageSize) + QByteArrayLiteral(";\nPRAGMA cache_size=-") +
                         QByteArray::number(kCacheKiB) + QByteArrayLiteral(";\n");
    if (writes) {
        prelude += QByteArrayLiteral("PRAGMA synchronous = FULL;\nPRAGMA foreign_keys = ON;\n");
    }
    return prelude;
}

QByteArray plainPrelude()
{
    return QByteArrayLiteral("PRAGMA cache_size=-") + QByteArray::number(kCacheKiB) +
           QByteArrayLiteral(";\n");
}

QStringList cliArguments(const QString& file)
{
    return {QStringLiteral("-init"), QStringLiteral("/dev/null"), QStringLiteral("-batch"), file};
}

QByteArray rawKeyHex(const QString& path)
{
    auto keyFile = db::KeyFile::read(db::Database::keyFilePath(path));
    if (!keyFile) {
        fail(keyFile.error().message);
    }
    auto key = keyFile.value().unwrap(benchPassphrase());
    if (!key) {
        fail(key.error().message);
    }
    return QByteArray(reinterpret_cast<const char*>(key.value().data()), qsizetype(key.value().size()))
        .toHex();
}

QString sqlString(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// ---- statement capture ------------------------------------------------------------------------

namespace {

int traceStatement(unsigned type, void* context, void* statement, void* text)
{
    if (type != SQLITE_TRACE_STMT) {
        return 0;
    }
    const char* unexpanded = static_cast<const char*>(text);
    // "-- …" marks trigger programs; "'main'.…" what FTS4 runs itself (its shadow tables, page size).
    if (unexpanded && (std::strncmp(unexpanded, "--", 2) == 0 || std::strstr(unexpanded, "'main'."))) {
        return 0;
    }
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql) {
        static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

StatementCapture::StatementCapture(const QSqlDatabase& connection)
{
    auto* handle = connection.driver()->handle().value<sqlite3*>();
    if (!handle) {
        fail(QStringLiteral("the driver gives no sqlite3 handle"));
    }
    m_handle = handle;
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, &m_statements);
}

StatementCapture::~StatementCapture()
{
    sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

QStringList StatementCapture::take()
{
    return std::exchange(m_statements, {});
}

QString scalar(const QSqlDatabase& connection, const QString& sql)
{
    QSqlQuery q(connection);
    if (!q.exec(sql) || !q.next()) {
        fail(QStringLiteral("cannot run ") + sql);
    }
    return q.value(0).toString();
}

QStringList queryPlan(const QSqlDatabase& connection, const QString& sql)
{
    QSqlQuery plan(connection);
    if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
        fail(QStringLiteral("EXPLAIN QUERY PLAN failed for ") + sql.left(200));
    }
    QStringList steps;
    while (plan.next()) {
        steps.append(plan.value(plan.record().count() - 1).toString());
    }
    return steps;
}

// ---- timed blocks -----------------------------------------------------------------------------

namespace {

const QByteArray kBegin = "SELECT 'bench-begin', (julianday('now') - 2440587.5) * 86400000.0;\n";
const QByteArray kEnd = "SELECT 'bench-end', (julianday('now') - 2440587.5) * 86400000.0;\n";

} // namespace

QByteArray block(const QStringList& statements)
{
    QByteArray out = kBegin;
    for (const QString& sql : statements) {
        out += sql.toUtf8() + ";\n";
    }
    return out + kEnd;
}

QByteArray blockFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read ") + path);
    }
    return kBegin + file.readAll() + kEnd;
}

QList<CliBlock> cliBlocks(const QByteArray& out)
{
    QList<CliBlock> blocks;
    bool inBlock = false;
    bool skipTimer = false;
    double begin = 0;
    CliBlock current;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray& line : lines) {
        TimerLine t;
        if (line.startsWith("bench-begin|")) {
            current = {};
            begin = line.mid(12).toDouble();
            inBlock = true;
            skipTimer = true;
        } else if (line.startsWith("bench-end|")) {
            current.wallMs = line.mid(10).toDouble() - begin;
            blocks.append(current);
            inBlock = false;
        } else if (parseTimerLine(line, &t)) {
            if (inBlock && !std::exchange(skipTimer, false)) {
                current.realMs += t.realMs;
                current.cpuMs += t.cpuMs;
                current.statementCpu.append(t.cpuMs);
            }
        } else if (inBlock) {
            current.output.append(line);
        }
    }
    return blocks;
}

// prelude; warm-up; .timer on; then first, K × (shrink; block), K × block.
QByteArray timedScript(const QByteArray& prelude, const QList<QByteArray>& blocks, int repeat)
{
    QByteArray script = prelude + kWarmUp + ".timer on\n";
    for (int i = 0; i < blocks.size(); ++i) {
        if (i >= 1 && i <= repeat) {
            script += "PRAGMA shrink_memory;\n";
        }
        script += blocks.at(i);
    }
    return script;
}

void addCliSamples(Samples& samples, const QString& id, const QList<CliBlock>& blocks, int repeat)
{
    if (blocks.size() != 1 + 2 * repeat) {
        fail(QStringLiteral("%1: the CLI ran %2 blocks, expected %3")
                 .arg(id)
                 .arg(blocks.size())
                 .arg(1 + 2 * repeat));
    }
    auto add = [&](const QString& phase, int from, int count) {
        QList<double> wall, real, cpu;
        for (int i = from; i < from + count; ++i) {
            wall.append(blocks.at(i).wallMs);
            real.append(blocks.at(i).realMs);
            cpu.append(blocks.at(i).cpuMs);
        }
        const QString key = QStringLiteral("cli.%1.%2").arg(id, phase);
        samples.add(key, median(wall));
        samples.add(key + QStringLiteral("_real"), median(real));
        samples.add(key + QStringLiteral("_cpu"), median(cpu));
    };
    add(QStringLiteral("cold1"), 0, 1);
    add(QStringLiteral("cold"), 1, repeat);
    add(QStringLiteral("warm"), 1 + repeat, repeat);
    // Per statement (list: count, then list), first block after a flush.
    for (int s = 0; s < blocks.at(1).statementCpu.size(); ++s) {
        QList<double> cpu;
        for (int i = 1; i <= repeat; ++i) {
            cpu.append(blocks.at(i).statementCpu.value(s));
        }
        samples.add(QStringLiteral("cli.%1.stmt%2.cold_cpu").arg(id).arg(s), median(cpu));
    }
}

double Samples::median(const QString& key) const
{
    if (!m_values.contains(key)) {
        fail(QStringLiteral("no samples for ") + key);
    }
    return bench::median(m_values.value(key));
}

} // namespace govcat::bench
