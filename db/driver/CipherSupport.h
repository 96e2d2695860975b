#pragma once

#include <QMetaType>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QVariant;

namespace govcat::db {
class SecureBytes;
} // namespace govcat::db

// Small helpers shared by CipherDriver, CipherResult and RawStatement.
namespace govcat::db::cipher {

// A QSqlError whose nativeErrorCode() is the SQLite primary result code as a decimal string and whose
// databaseText() is sqlite3_errmsg(db) (or sqlite3_errstr(rc) without a handle).
QSqlError sqliteError(sqlite3* db, int rc, const QString& driverText, QSqlError::ErrorType type);

// Qt type for a declared column type, by SQLite's affinity rules (INT → qlonglong, CHAR/CLOB/TEXT →
// QString, BLOB → QByteArray, REAL/FLOA/DOUB/NUMERIC → double, BOOL → bool; dates are ISO text).
QMetaType metaTypeForDeclType(const QString& declType);

// Qt type for an SQLite storage class (SQLITE_INTEGER...); invalid for SQLITE_NULL.
QMetaType metaTypeForStorageClass(int storageClass);

// Binds a value the way QSqlQuery binds it through this driver: null variants, null strings and
// invalid dates as NULL, integers and booleans as integers, floating point as REAL, byte arrays as
// BLOB, dates and times as ISO 8601 text, anything else convertible to a string as text. Returns the
// SQLite result code (SQLITE_MISMATCH for a value of no such type).
int bindValue(sqlite3_stmt* stmt, int parameter, const QVariant& value);

// Keys a connection with a raw 32-byte key: "x'<64 hex digits>'" (no PBKDF2), the text built in
// locked memory and wiped. Returns sqlite3_key()'s result.
int applyKey(sqlite3* db, const SecureBytes& key);

// "name" with embedded double quotes doubled; no check for an already quoted name.
QString quoteIdentifierPart(const QString& part);

} // namespace govcat::db::cipher
