#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace govcat::db {

// Schema versions are kept in PRAGMA user_version. Each step runs in its own transaction.
class Migrations
{
public:
    static constexpr int kCurrentVersion = 2;

    static Result<int> currentVersion(QSqlDatabase db);
    // Brings db up to kCurrentVersion. Refuses (Error::Kind::TooNew) a database newer than this build
    // and changes nothing then.
    static Result<int> migrate(QSqlDatabase db);
};

} // namespace govcat::db
