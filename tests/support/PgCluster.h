#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace govcat::test {

// A throw-away PostgreSQL cluster for one test: initdb in a temporary folder, a server listening
// on 127.0.0.1 at a free port (and a socket in the folder), stopped and removed when the object
// goes. PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user that
// Debian's package creates (through runuser), otherwise as the current user. The superuser is
// `govcat`, trusted on loopback (the test's own cluster; nothing else listens on it).
class PgCluster
{
public:
    PgCluster() = default;
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;
    ~PgCluster() { stop(); }

    // Starts the cluster; on failure returns false and error() says why (binaries missing, initdb or
    // pg_ctl output).
    bool start()
    {
        const QString bin = binDir();
        if (bin.isEmpty()) {
            m_error = QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql");
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("govcat-pg-XXXXXX")));
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot make a temporary folder");
            return false;
        }
        if (::geteuid() == 0) {
            const passwd* pw = ::getpwnam("postgres");
            if (pw == nullptr) {
                m_error = QStringLiteral("running as root and there is no postgres user");
                return false;
            }
            m_runAs = QStringLiteral("postgres");
            if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give the temporary folder to postgres");
                return false;
            }
        }
        m_data = QDir(m_dir->path()).filePath(QStringLiteral("data"));
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                  QStringLiteral("govcat"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-D"), m_data})) {
            return false;
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            const QString options =
                QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                               "-c fsync=off -c max_connections=60")
                    .arg(m_port)
                    .arg(m_dir->path());
            if (run(bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                     QDir(m_dir->path()).filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")})) {
                m_running = true;
                return true;
            }
        }
        return false;
    }

    void stop()
    {
        if (m_running) {
            run(binDir() + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
            m_running = false;
        }
        m_dir.reset();
    }

    // Creates a database owned by the superuser.
    bool createDatabase(const QString& name)
    {
        return run(binDir() + QStringLiteral("/createdb"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), QStringLiteral("govcat"), name});
    }

    // A Qt Sql connection (QPSQL) named name to one of the cluster's databases, opened (check
    // isOpen()); the caller removes it with QSqlDatabase::removeDatabase.
    QSqlDatabase open(const QString& name, const QString& database) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setUserName(user());
        db.setDatabaseName(database);
        db.open();
        return db;
    }

    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString user() const { return QStringLiteral("govcat"); }
    QString error() const { return m_error; }
    QString serverLog() const
    {
        QFile f(QDir(m_dir ? m_dir->path() : QString()).filePath(QStringLiteral("server.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // The newest installed major version's bin folder (Debian: /usr/lib/postgresql/15/bin).
    static QString binDir()
    {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        const QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const QString bin = root.filePath(*it + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb"))) {
                return bin;
            }
        }
        return {};
    }

private:
    bool run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir->path());
        if (m_runAs.isEmpty()) {
            p.start(program, args);
        } else {
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + args);
        }
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2")
                          .arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    static int freePort()
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        socklen_t len = sizeof a;
        int port = 0;
        if (s >= 0 && ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
            ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
            port = ntohs(a.sin_port);
        }
        if (s >= 0) {
            ::close(s);
        }
        return port;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_runAs;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace govcat::test
