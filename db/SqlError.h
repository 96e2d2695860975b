#pragma once

#include "core/Result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace govcat::db {

// A failed statement as a govcat::Error: SQLITE_CORRUPT (11) becomes Kind::Damaged,
// SQLITE_CONSTRAINT (19) Kind::Constraint, anything else Kind::Sql; the native code is kept.
inline Error sqlError(const QSqlError& e, const QString& what)
{
    const int code = e.nativeErrorCode().toInt();
    const Error::Kind kind = (code & 0xff) == 11   ? Error::Kind::Damaged
                             : (code & 0xff) == 19 ? Error::Kind::Constraint
                                                   : Error::Kind::Sql;
    return makeError(kind, what + QStringLiteral(": ") + e.text(), code);
}

inline Error sqlError(const QSqlQuery& q, const QString& what)
{
    return sqlError(q.lastError(), what);
}

} // namespace govcat::db
