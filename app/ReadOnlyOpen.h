#pragma once

#include <QString>

#include <optional>

namespace govcat::db {
class Database;
}

namespace govcat::app {

// A subcommand that opened its database read-only (export, import --dry-run) reads the catalog's
// newest columns; a database last written by an older govcat has not been upgraded, since a
// read-only open changes nothing. Says so on stderr and gives the exit code, or nullopt when the
// database is current.
std::optional<int> refuseOutdatedSchema(db::Database& database, const QString& command);

} // namespace govcat::app
