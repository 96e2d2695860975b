#include "ServerConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace govcat::server {

Result<ServerConfig> readServerConfig(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("no configuration file at %1").arg(path));
    }
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        return makeError(Error::Kind::Invalid, QStringLiteral("the configuration file is not readable"));
    }
    ServerConfig c;
    auto intValue = [&s](const char* key, int fallback, int low, int high, bool* ok) {
        const QVariant v = s.value(QLatin1String(key));
        if (!v.isValid()) {
            return fallback;
        }
        bool parsed = false;
        const int n = v.toString().toInt(&parsed);
        if (!parsed || n < low || n > high) {
            *ok = false;
        }
        return n;
    };
    bool ok = true;
    c.dbHost = s.value(QStringLiteral("database/host"), c.dbHost).toString();
    c.dbPort = intValue("database/port", c.dbPort, 1, 65535, &ok);
    c.dbName = s.value(QStringLiteral("database/name"), c.dbName).toString();
    c.dbUser = s.value(QStringLiteral("database/user"), c.dbUser).toString();
    c.listenAddress = s.value(QStringLiteral("listen/address"), c.listenAddress).toString();
    c.listenPort = intValue("listen/port", c.listenPort, 1, 65535, &ok);
    c.threads = intValue("listen/threads", c.threads, 1, 256, &ok);
    c.tlsCertificate = s.value(QStringLiteral("tls/certificate")).toString();
    c.tlsKey = s.value(QStringLiteral("tls/key")).toString();
    bool bodyOk = false;
    const qint64 maxBody =
        s.value(QStringLiteral("limits/max_body_bytes"), c.maxBodyBytes).toLongLong(&bodyOk);
    if (!ok || !bodyOk || maxBody < 1024 || maxBody > 512LL * 1024 * 1024) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("a number in the configuration is out of range"));
    }
    c.maxBodyBytes = maxBody;
    if (c.tlsCertificate.isEmpty() != c.tlsKey.isEmpty()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("tls/certificate and tls/key go together"));
    }
    const QString passwordFile = s.value(QStringLiteral("database/password_file")).toString();
    if (!passwordFile.isEmpty()) {
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(Error::Kind::Invalid, QStringLiteral("database/password_file is not readable"));
        }
        c.dbPassword = QString::fromUtf8(f.readLine(4096)).trimmed();
    }
    return c;
}

QSqlDatabase openDatabase(const ServerConfig& config, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(config.dbHost);
    db.setPort(config.dbPort);
    db.setDatabaseName(config.dbName);
    db.setUserName(config.dbUser);
    db.setPassword(config.dbPassword);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=govcat-server"));
    db.open();
    return db;
}

} // namespace govcat::server
