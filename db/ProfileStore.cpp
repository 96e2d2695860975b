#include "ProfileStore.h"

#include "core/Clock.h"
#include "core/CodeLists.h"

#include <QSqlError>
#include <QSqlQuery>

namespace govcat::db {

Result<std::optional<LocalProfile>> ProfileStore::load() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.user_name, p.dept_id, d.name, p.role FROM local_profile p "
                               "LEFT JOIN department d ON d.id = p.dept_id WHERE p.id = 1"))) {
        return makeError(Error::Kind::Sql, QStringLiteral("read profile: ") + q.lastError().text());
    }
    if (!q.next()) {
        return std::optional<LocalProfile>();
    }
    return std::optional<LocalProfile>(LocalProfile{q.value(0).toString(), q.value(1).toString(),
                                                    q.value(2).toString(), q.value(3).toString()});
}

Result<void> ProfileStore::save(const LocalProfile& profile)
{
    if (profile.userName.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("user name is empty"));
    }
    // A role by its name before schema v6 (编目员, 领导) is stored by its name now.
    const auto known = fromName<Role>(profile.role);
    const QString role = known ? canonicalName(*known) : profile.role;
    QSqlQuery q(m_db);
    // Two statements instead of INSERT OR REPLACE, which SYNC.md rules out on parent tables.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO local_profile (id, user_name, dept_id, role, created_at) "
                             "VALUES (1, ?, ?, ?, ?)"));
    const QString now = Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
    q.addBindValue(profile.userName.trimmed());
    q.addBindValue(profile.deptId);
    q.addBindValue(role);
    q.addBindValue(now);
    if (!q.exec()) {
        return makeError(Error::Kind::Constraint, QStringLiteral("save profile: ") + q.lastError().text());
    }
    if (q.numRowsAffected() == 0) {
        q.prepare(
            QStringLiteral("UPDATE local_profile SET user_name = ?, dept_id = ?, role = ? WHERE id = 1"));
        q.addBindValue(profile.userName.trimmed());
        q.addBindValue(profile.deptId);
        q.addBindValue(role);
        if (!q.exec()) {
            return makeError(Error::Kind::Constraint,
                             QStringLiteral("save profile: ") + q.lastError().text());
        }
    }
    return {};
}

} // namespace govcat::db
