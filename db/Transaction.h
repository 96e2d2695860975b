#pragma once

#include "db/SqlError.h"

#include <QSqlDatabase>

namespace govcat::db {

// Runs body() inside one transaction of db: commits when it succeeds, rolls back when it fails or
// when the commit fails. body returns a Result; its value (or error) is returned.
template <typename Body> auto inTransaction(QSqlDatabase db, Body&& body) -> decltype(body())
{
    if (!db.transaction()) {
        return sqlError(db.lastError(), QStringLiteral("begin transaction"));
    }
    auto result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error e = sqlError(db.lastError(), QStringLiteral("commit"));
        db.rollback();
        return e;
    }
    return result;
}

} // namespace govcat::db
