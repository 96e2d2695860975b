#include "CipherSupport.h"

#include <sqlite3.h>

namespace govcat::db::cipher {

QSqlError sqliteError(sqlite3* db, int rc, const QString& driverText, QSqlError::ErrorType type)
{
    const int primary = rc & 0xff;
    const QString dbText = QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(primary));
    return QSqlError(driverText, dbText, type, QString::number(primary));
}

QMetaType metaTypeForDeclType(const QString& declType)
{
    const QString t = declType.toUpper();
    if (t.isEmpty()) {
        return QMetaType();
    }
    if (t.contains(QLatin1String("BOOL"))) {
        return QMetaType::fromType<bool>();
    }
    if (t.contains(QLatin1String("INT"))) {
        return QMetaType::fromType<qlonglong>();
    }
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")) || t.contains(QLatin1String("DATE")) ||
        t.contains(QLatin1String("TIME"))) {
        return QMetaType::fromType<QString>();
    }
    if (t.contains(QLatin1String("BLOB"))) {
        return QMetaType::fromType<QByteArray>();
    }
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")) || t.contains(QLatin1String("NUM")) ||
        t.contains(QLatin1String("DEC"))) {
        return QMetaType::fromType<double>();
    }
    return QMetaType::fromType<QString>();
}

QMetaType metaTypeForStorageClass(int storageClass)
{
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType();
    }
}

QString quoteIdentifierPart(const QString& part)
{
    QString inner = part;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace govcat::db::cipher
