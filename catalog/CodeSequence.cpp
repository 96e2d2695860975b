#include "catalog/CodeSequence.h"

#include "db/SqlError.h"

#include <QSqlQuery>

namespace govcat::catalog::CodeSequence {

namespace {

// The highest 顺序码 in use under classCode, read from the unique index on code ('/' sorts just
// before '0', so the range holds exactly the codes "classCode/…").
Result<qint64> highestInUse(QSqlDatabase& db, const ResourceCodeProfile& profile, const QString& classCode)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT code FROM info_resource WHERE code > ? AND code < ? ORDER BY code DESC"));
    q.addBindValue(QString(classCode + profile.separator));
    q.addBindValue(QString(classCode + QChar(profile.separator.back().unicode() + 1)));
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("code sequence: codes in use"));
    }
    qint64 highest = 0;
    while (q.next()) {
        if (const auto parts = profile.parse(q.value(0).toString()); parts && parts->classCode == classCode) {
            highest = std::max(highest, parts->sequence);
        }
    }
    return highest;
}

} // namespace

Result<QString> next(QSqlDatabase& db, const ResourceCodeProfile& profile, const QString& classCode)
{
    auto inUse = highestInUse(db, profile, classCode);
    if (!inUse) {
        return inUse.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT last_no FROM code_sequence WHERE class_code = ?"));
    q.addBindValue(classCode);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("code sequence: read"));
    }
    const bool known = q.next();
    const qint64 number = std::max(known ? q.value(0).toLongLong() : 0, inUse.value()) + 1;
    q.finish();
    q.prepare(known ? QStringLiteral("UPDATE code_sequence SET last_no = ? WHERE class_code = ?")
                    : QStringLiteral("INSERT INTO code_sequence (last_no, class_code) VALUES (?, ?)"));
    q.addBindValue(number);
    q.addBindValue(classCode);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("code sequence: advance"));
    }
    return profile.format(classCode, number);
}

Result<void> catchUp(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "INSERT OR REPLACE INTO code_sequence (class_code, last_no) "
            "SELECT u.class_code, max(u.last_no, coalesce(s.last_no, 0)) FROM "
            "(SELECT substr(code, 1, instr(code, '/') - 1) AS class_code, max(sequence_no) AS last_no "
            "FROM info_resource WHERE code IS NOT NULL AND instr(code, '/') > 0 AND sequence_no IS NOT NULL "
            "GROUP BY 1) u LEFT JOIN code_sequence s ON s.class_code = u.class_code"))) {
        return db::sqlError(q, QStringLiteral("code sequence: catch up"));
    }
    return {};
}

} // namespace govcat::catalog::CodeSequence
