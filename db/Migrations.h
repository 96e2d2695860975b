#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace govcat::db {

// Schema versions are kept in PRAGMA user_version. Each step runs in its own transaction.
class Migrations
{
public:
    static constexpr int kCurrentVersion = 7;

    static Result<int> currentVersion(QSqlDatabase db);
    // Brings db up to kCurrentVersion (or up to an older target: tests of a later step start from
    // there). Refuses (Error::Kind::TooNew) a database newer than this build and changes nothing then.
    static Result<int> migrate(QSqlDatabase db, int target = kCurrentVersion);
};

} // namespace govcat::db
