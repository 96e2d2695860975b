#include "PassphraseSource.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace govcat::app {

namespace {

Result<QByteArray> readTerminal(const QString& prompt)
{
    if (!isatty(STDIN_FILENO)) {
        std::string line;
        if (!std::getline(std::cin, line)) {
            return makeError(Error::Kind::Invalid, QStringLiteral("no passphrase on standard input"));
        }
        return QByteArray::fromStdString(line);
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return QByteArray::fromStdString(line);
}

} // namespace

Result<QByteArray> PassphraseSource::obtain(const QString& passphraseFile, const QString& prompt,
                                            bool confirm)
{
    if (!passphraseFile.isEmpty()) {
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(Error::Kind::Io,
                             QStringLiteral("cannot read passphrase file: ") + file.errorString());
        }
        QByteArray pass = file.readLine(4096);
        while (pass.endsWith('\n') || pass.endsWith('\r')) {
            pass.chop(1);
        }
        return pass;
    }
    const QByteArray env = qgetenv("GOVCAT_PASSPHRASE");
    if (!env.isEmpty()) {
        return env;
    }
    auto first = readTerminal(prompt);
    if (!first || !confirm || !isatty(STDIN_FILENO)) {
        return first;
    }
    auto second = readTerminal(QStringLiteral("Repeat passphrase: "));
    if (!second) {
        return second;
    }
    if (second.value() != first.value()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("the two passphrases differ"));
    }
    return first;
}

} // namespace govcat::app
