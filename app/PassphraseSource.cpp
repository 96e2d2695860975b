#include "PassphraseSource.h"

#include "core/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace govcat::app {

namespace {

constexpr size_t kMaxBytes = size_t(PassphrasePolicy::kMaximumBytes);

Error tooLong(const QString& where)
{
    return makeError(
        Error::Kind::Invalid,
        QCoreApplication::translate("PassphraseSource",
                                    "%1中的口令超过 %2 字节。govcat 不会截断口令；请使用更短的口令。")
            .arg(where)
            .arg(PassphrasePolicy::kMaximumBytes));
}

enum class LineStatus
{
    Ok,
    Empty, // end of input before any byte
    TooLong,
    Failed,
};

// Reads one line from fd byte by byte straight into locked memory (no stdio buffer holds a copy, and
// nothing after the line is consumed). The line ends at '\n' or the end of input; the '\n' is not
// kept. More than kMaxBytes (after dropping trailing CRs when stripCr) is TooLong, never cut.
LineStatus readLine(int fd, db::SecureBytes& line, bool stripCr)
{
    db::SecureBytes buffer(kMaxBytes + 2); // room for one CR of a CRLF line
    size_t used = 0;
    bool any = false;
    for (;;) {
        unsigned char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return LineStatus::Failed;
        }
        if (n == 0 || c == '\n') {
            any = any || n > 0;
            break;
        }
        any = true;
        if (used == buffer.size()) {
            sodium_memzero(&c, 1);
            return LineStatus::TooLong;
        }
        buffer.data()[used++] = c;
        sodium_memzero(&c, 1);
    }
    if (!any) {
        return LineStatus::Empty;
    }
    while (stripCr && used > 0 && buffer.data()[used - 1] == '\r') {
        --used;
    }
    if (used > kMaxBytes) {
        return LineStatus::TooLong;
    }
    line = db::SecureBytes::copyOf(buffer.data(), used);
    return LineStatus::Ok;
}

Result<db::SecureBytes> readFile(const QString& path)
{
    // A FIFO is fine here (`--passphrase-file <(pass show govcat)`); only the first line is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return makeError(Error::Kind::Io, QCoreApplication::translate(
                                              "PassphraseSource",
                                              "无法读取口令文件“%1”：请检查文件是否存在、当前用户能否读取。")
                                              .arg(path));
    }
    db::SecureBytes line(0);
    const LineStatus status = readLine(fd, line, true);
    ::close(fd);
    switch (status) {
    case LineStatus::Ok:
        return line;
    case LineStatus::Empty:
        return db::SecureBytes(0);
    case LineStatus::TooLong:
        return tooLong(QCoreApplication::translate("PassphraseSource", "口令文件"));
    case LineStatus::Failed:
        break;
    }
    return makeError(Error::Kind::Io,
                     QCoreApplication::translate("PassphraseSource", "无法读取口令文件“%1”。").arg(path));
}

Result<db::SecureBytes> readTerminal(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios old{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    db::SecureBytes line(0);
    const LineStatus status = readLine(STDIN_FILENO, line, false);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    switch (status) {
    case LineStatus::Ok:
        return line;
    case LineStatus::Empty:
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("PassphraseSource", "标准输入中没有口令。"));
    case LineStatus::TooLong:
        return tooLong(QCoreApplication::translate("PassphraseSource", "标准输入"));
    case LineStatus::Failed:
        break;
    }
    return makeError(Error::Kind::Io,
                     QCoreApplication::translate("PassphraseSource", "无法从标准输入读取口令。"));
}

// GOVCAT_PASSPHRASE into locked memory; the variable's bytes are then zeroed and the variable removed.
Result<db::SecureBytes> readEnvironment(char* value)
{
    const size_t size = std::strlen(value);
    if (size > kMaxBytes) {
        sodium_memzero(value, size);
        ::unsetenv("GOVCAT_PASSPHRASE");
        return tooLong(QCoreApplication::translate("PassphraseSource", "环境变量 GOVCAT_PASSPHRASE "));
    }
    db::SecureBytes pass = db::SecureBytes::copyOf(value, size);
    sodium_memzero(value, size);
    ::unsetenv("GOVCAT_PASSPHRASE");
    return pass;
}

} // namespace

Result<db::SecureBytes> PassphraseSource::obtain(const QString& passphraseFile, const QString& prompt,
                                                 bool confirm)
{
    if (!passphraseFile.isEmpty()) {
        return readFile(passphraseFile);
    }
    if (char* env = std::getenv("GOVCAT_PASSPHRASE"); env != nullptr && *env != '\0') {
        return readEnvironment(env);
    }
    auto first = readTerminal(prompt);
    if (!first || !confirm || !isatty(STDIN_FILENO)) {
        return first;
    }
    auto second = readTerminal(QCoreApplication::translate("PassphraseSource", "请再次输入口令："));
    if (!second) {
        return second;
    }
    const db::SecureBytes& a = first.value();
    const db::SecureBytes& b = second.value();
    if (a.size() != b.size() || sodium_memcmp(a.data(), b.data(), a.size()) != 0) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("PassphraseSource", "两次输入的口令不一致。"));
    }
    return first;
}

} // namespace govcat::app
