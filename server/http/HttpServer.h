#pragma once

#include "server/ServerConfig.h"

#include <QString>

namespace govcat::server {

// Serves the API (server/api/Api.h) with cpp-httplib until SIGINT or SIGTERM: HTTPS when the
// configuration names a certificate and key, HTTP otherwise. Each worker thread opens its own
// database connection on its first request (a QSqlDatabase belongs to one thread) and closes it
// when the thread ends; a connection that failed is reopened on the next request. No session or
// other state is kept in memory, so several processes can serve one database. One line per request
// on stderr: method, path (no query), status, milliseconds, user. Returns false (with why) when
// the address cannot be bound or TLS cannot be set up.
bool serveHttp(const ServerConfig& config, QString* why);

} // namespace govcat::server
