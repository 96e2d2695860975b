#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/inotify.h>
#include <unistd.h>

namespace govcat::test {

// Records the names of the files created in a folder (inotify), even those unlinked at once, as
// libxlsxwriter does with its temporary files: listing the folder afterwards would show nothing.
class TempFolderWatch
{
public:
    explicit TempFolderWatch(const QString& folder)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0) {
            m_ok =
                inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_CREATE | IN_MOVED_TO) >= 0;
        }
    }
    ~TempFolderWatch()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    TempFolderWatch(const TempFolderWatch&) = delete;
    TempFolderWatch& operator=(const TempFolderWatch&) = delete;

    bool isValid() const { return m_ok; }
    // The names created since the last call.
    QStringList created()
    {
        QStringList names;
        alignas(inotify_event) char buffer[16384];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0) {
                return names;
            }
            for (ssize_t i = 0; i < n;) {
                const auto* e = reinterpret_cast<const inotify_event*>(buffer + i);
                if (e->len > 0) {
                    names << QFile::decodeName(QByteArray(e->name));
                }
                i += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
    }

private:
    int m_fd = -1;
    bool m_ok = false;
};

} // namespace govcat::test
