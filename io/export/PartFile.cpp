#include "PartFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace govcat::io {

namespace {

constexpr qsizetype kNameChars = 64; // of the target's name kept in the part's name (NAME_MAX)
constexpr int kCreateAttempts = 4;

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

QString partName(const QString& targetName)
{
    return QString::fromLatin1(PartFile::kPrefix) + targetName.left(kNameChars) + QLatin1Char('.') +
           QUuid::createUuid().toString(QUuid::Id128).left(12) + QString::fromLatin1(PartFile::kSuffix);
}

} // namespace

int openPrivateFile(const QString& path, bool exclusive)
{
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (exclusive ? O_EXCL : O_TRUNC);
    const int fd = ::open(QFile::encodeName(path).constData(), flags, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return -1;
    }
    // The umask can only take bits away (a umask of 0277 would leave 0400); an existing file keeps
    // its mode on open. Either way the file is 0600 from here.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

int removeStaleParts(const QString& folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList(
        {QString::fromLatin1(PartFile::kPrefix) + QLatin1Char('*') + QString::fromLatin1(PartFile::kSuffix)},
        QDir::Files | QDir::Hidden | QDir::System);
    int removed = 0;
    for (const QString& name : names) {
        const QByteArray path = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        struct stat opened = {};
        struct stat named = {};
        // Ours, a regular file, no export holding it, and still the file of that name.
        if (::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode) && opened.st_uid == ::geteuid() &&
            ::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::lstat(path.constData(), &named) == 0 &&
            sameFile(opened, named) && ::unlink(path.constData()) == 0) {
            ++removed;
        }
        ::close(fd);
    }
    return removed;
}

PartFile::PartFile(QString target) : m_target(std::move(target)) {}

PartFile::~PartFile()
{
    discard();
}

Result<void> PartFile::create()
{
    discard();
    const QFileInfo target(m_target);
    const QDir folder = target.absoluteDir();
    removeStaleParts(folder.path());
    for (int attempt = 0; attempt < kCreateAttempts; ++attempt) {
        const QString path = folder.filePath(partName(target.fileName()));
        const int fd = openPrivateFile(path, true);
        if (fd < 0) {
            if (errno == EEXIST) {
                continue;
            }
            return Error{Error::Kind::Io,
                         QCoreApplication::translate(
                             "govcat::PartFile",
                             "无法在文件夹“%1”中创建文件。请检查该文件夹是否存在、是否可写，磁盘是否已满。")
                             .arg(folder.path())};
        }
        // A file system without locks leaves the part unlocked: removeStaleParts cannot lock such a
        // part either, so it never removes one there.
        ::flock(fd, LOCK_EX | LOCK_NB);
        // Another govcat's removeStaleParts may have taken the file between open and flock.
        struct stat opened = {};
        struct stat named = {};
        if (::fstat(fd, &opened) == 0 && ::lstat(QFile::encodeName(path).constData(), &named) == 0 &&
            sameFile(opened, named)) {
            m_path = path;
            m_lock = fd;
            return {};
        }
        ::close(fd);
    }
    return Error{Error::Kind::Io, QCoreApplication::translate("govcat::PartFile",
                                                              "无法在文件夹“%1”中创建临时文件，请稍后重试。")
                                      .arg(folder.path())};
}

Result<void> PartFile::commit()
{
    if (m_path.isEmpty()) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::PartFile", "没有可保存的文件。")};
    }
    if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(m_target).constData()) != 0) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate(
                         "govcat::PartFile",
                         "无法把文件保存为“%1”。请检查该文件夹是否可写、同名文件是否被其他程序占用。")
                         .arg(m_target)};
    }
    m_path.clear();
    if (m_lock >= 0) {
        ::close(m_lock);
        m_lock = -1;
    }
    return {};
}

void PartFile::discard()
{
    if (!m_path.isEmpty()) {
        ::unlink(QFile::encodeName(m_path).constData()); // before the lock goes, so no one else removes it
        m_path.clear();
    }
    if (m_lock >= 0) {
        ::close(m_lock);
        m_lock = -1;
    }
}

} // namespace govcat::io
