#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace govcat::server {

// The server's one configuration file (QSettings ini format):
//
//   [database]                       PostgreSQL, through QPSQL
//   host=127.0.0.1
//   port=5432
//   name=govcat
//   user=govcat
//   password_file=/etc/govcat-server/db-password   (optional; the first line is the password)
//   [listen]
//   address=127.0.0.1
//   port=8080
//   threads=8                        (worker threads; each holds one database connection)
//   [tls]                            (optional: both set → HTTPS with cpp-httplib's SSLServer)
//   certificate=/etc/govcat-server/server.crt
//   key=/etc/govcat-server/server.key
//   [limits]
//   max_body_bytes=8388608           (a larger request body is answered 413 before it is read)
struct ServerConfig
{
    QString dbHost = QStringLiteral("127.0.0.1");
    int dbPort = 5432;
    QString dbName = QStringLiteral("govcat");
    QString dbUser = QStringLiteral("govcat");
    QString dbPassword; // read from password_file
    QString listenAddress = QStringLiteral("127.0.0.1");
    int listenPort = 8080;
    int threads = 8;
    QString tlsCertificate;
    QString tlsKey;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
};

// Reads the file; Invalid with an English sentence for a missing file or an unusable value (the
// caller words it for people).
Result<ServerConfig> readServerConfig(const QString& path);

// A QPSQL connection of this name to the configured database, opened (check isOpen()).
QSqlDatabase openDatabase(const ServerConfig& config, const QString& connectionName);

} // namespace govcat::server
