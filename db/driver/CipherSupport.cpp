#include "db/driver/CipherSupport.h"

#include "db/driver/SecureBytes.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QVariant>

#include <sodium.h>

#include <limits>
#include <sqlite3.h>

namespace govcat::db::cipher {

namespace {

// Values Qt treats as SQL NULL: invalid or null variants, and null strings, byte arrays and dates.
bool isNullValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* stmt, int parameter, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, parameter, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

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

int applyKey(sqlite3* db, const SecureBytes& key)
{
    const size_t bytes = key.size();
    SecureBytes hex(3 + 2 * bytes);
    unsigned char* h = hex.data();
    h[0] = 'x';
    h[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(h + 2), 2 * bytes + 1, key.data(), bytes);
    h[2 + 2 * bytes] = '\'';
    const int rc = sqlite3_key(db, h, static_cast<int>(hex.size()));
    hex.wipe();
    return rc;
}

int bindValue(sqlite3_stmt* stmt, int parameter, const QVariant& value)
{
    if (isNullValue(value)) {
        return sqlite3_bind_null(stmt, parameter);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, parameter, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, parameter, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong u = value.toULongLong();
        if (u <= static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
            return sqlite3_bind_int64(stmt, parameter, static_cast<sqlite3_int64>(u));
        }
        return bindText(stmt, parameter, QString::number(u));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, parameter, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(stmt, parameter, bytes.constData(),
                                   static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime:
        return bindText(stmt, parameter, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(stmt, parameter, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(stmt, parameter, value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QString:
        return bindText(stmt, parameter, value.toString());
    default:
        if (value.canConvert<QString>()) {
            return bindText(stmt, parameter, value.toString());
        }
        return SQLITE_MISMATCH;
    }
}

} // namespace govcat::db::cipher
