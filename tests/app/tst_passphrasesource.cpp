// Where the command line gets a passphrase (issue 13): straight into locked memory, never cut, the
// environment variable wiped once read, nothing read past the passphrase's line.
#include "app/PassphraseSource.h"
#include "core/PassphrasePolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using govcat::PassphrasePolicy;
using govcat::app::PassphraseSource;

class TestPassphraseSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void environmentIsWipedOnceRead();
    void fileFirstLineWithoutLineEnd();
    void fileLongerThanTheLimitIsRefused();
    void fifoFileWorks();
    void standardInputReadsOneLineOnly();
};

namespace {

QByteArray bytesOf(const govcat::db::SecureBytes& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

void TestPassphraseSource::init()
{
    ::unsetenv("GOVCAT_PASSPHRASE");
}

void TestPassphraseSource::environmentIsWipedOnceRead()
{
    QCOMPARE(::setenv("GOVCAT_PASSPHRASE", "环境里的口令 env 2026", 1), 0);
    char* inEnvironment = std::getenv("GOVCAT_PASSPHRASE");
    QVERIFY(inEnvironment);
    const size_t size = std::strlen(inEnvironment);
    auto pass = PassphraseSource::obtain(QString(), QString(), false);
    QVERIFY2(pass, qPrintable(pass.error().message));
    QCOMPARE(bytesOf(pass.value()), QByteArray("环境里的口令 env 2026"));
    QVERIFY(std::getenv("GOVCAT_PASSPHRASE") == nullptr); // no child process inherits it
    // glibc keeps setenv's string allocated after unsetenv; its bytes are now zeros.
    for (size_t i = 0; i < size; ++i) {
        QCOMPARE(inEnvironment[i], '\0');
    }

    const QByteArray tooLong(PassphrasePolicy::kMaximumBytes + 1, 'e');
    QCOMPARE(::setenv("GOVCAT_PASSPHRASE", tooLong.constData(), 1), 0);
    auto refused = PassphraseSource::obtain(QString(), QString(), false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("超过 4095 字节")),
             qPrintable(refused.error().message));
    QVERIFY(std::getenv("GOVCAT_PASSPHRASE") == nullptr);
}

void TestPassphraseSource::fileFirstLineWithoutLineEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pass.txt"));
    QVERIFY(writeFile(path, "第一行 line one\r\nsecond line\n"));
    auto pass = PassphraseSource::obtain(path, QString(), false);
    QVERIFY2(pass, qPrintable(pass.error().message));
    QCOMPARE(bytesOf(pass.value()), QByteArray("第一行 line one"));

    QVERIFY(writeFile(path, "no newline at all"));
    QCOMPARE(bytesOf(PassphraseSource::obtain(path, QString(), false).value()),
             QByteArray("no newline at all"));

    auto missing = PassphraseSource::obtain(dir.filePath(QStringLiteral("none.txt")), QString(), false);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("无法读取口令文件")),
             qPrintable(missing.error().message));
}

// A first line of 4,096 bytes was cut to 4,095 without a word; it is refused now, and the longest
// accepted line (CRLF or not) is read whole.
void TestPassphraseSource::fileLongerThanTheLimitIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pass.txt"));
    const QByteArray longest(PassphrasePolicy::kMaximumBytes, 'p');
    QVERIFY(writeFile(path, longest + "\r\n"));
    auto whole = PassphraseSource::obtain(path, QString(), false);
    QVERIFY2(whole, qPrintable(whole.error().message));
    QCOMPARE(bytesOf(whole.value()), longest);

    QVERIFY(writeFile(path, longest + "q\n"));
    auto refused = PassphraseSource::obtain(path, QString(), false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("口令文件中的口令超过 4095 字节")),
             qPrintable(refused.error().message));
    QVERIFY(writeFile(path, QByteArray(1 << 20, 'p')));
    QVERIFY(!PassphraseSource::obtain(path, QString(), false));
}

// `--passphrase-file <(pass show govcat)`: a pipe, not a regular file, is fine for the passphrase.
void TestPassphraseSource::fifoFileWorks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pass.fifo"));
    const QByteArray native = QFile::encodeName(path);
    QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    std::thread writer([native] {
        const int fd = ::open(native.constData(), O_WRONLY);
        if (fd >= 0) {
            const char text[] = "管道里的口令\n";
            [[maybe_unused]] const ssize_t n = ::write(fd, text, sizeof text - 1);
            ::close(fd);
        }
    });
    auto pass = PassphraseSource::obtain(path, QString(), false);
    writer.join();
    QVERIFY2(pass, qPrintable(pass.error().message));
    QCOMPARE(bytesOf(pass.value()), QByteArray("管道里的口令"));
}

void TestPassphraseSource::standardInputReadsOneLineOnly()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const char text[] = "标准输入的口令\nthe rest stays\n";
    QCOMPARE(::write(fds[1], text, sizeof text - 1), ssize_t(sizeof text - 1));
    ::close(fds[1]);
    const int savedStdin = ::dup(STDIN_FILENO);
    QVERIFY(::dup2(fds[0], STDIN_FILENO) >= 0);
    ::close(fds[0]);
    auto pass = PassphraseSource::obtain(QString(), QString(), false);
    char rest[64] = {};
    const ssize_t n = ::read(STDIN_FILENO, rest, sizeof rest - 1);
    auto empty = PassphraseSource::obtain(QString(), QString(), false); // at the end of input now
    ::dup2(savedStdin, STDIN_FILENO);
    ::close(savedStdin);
    QVERIFY2(pass, qPrintable(pass.error().message));
    QCOMPARE(bytesOf(pass.value()), QByteArray("标准输入的口令"));
    QCOMPARE(QByteArray(rest, int(n)), QByteArray("the rest stays\n"));
    QVERIFY(!empty);
    QVERIFY2(empty.error().message.contains(QStringLiteral("标准输入中没有口令")),
             qPrintable(empty.error().message));
}

QTEST_GUILESS_MAIN(TestPassphraseSource)
#include "tst_passphrasesource.moc"
