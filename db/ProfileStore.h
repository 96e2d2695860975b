#pragma once

#include "core/Result.h"
#include "db/BaselineWriter.h"

#include <QSqlDatabase>

#include <optional>

namespace govcat::db {

// The local user chosen at first start (not synced): name, department and role.
struct LocalProfile
{
    QString userName;
    QString deptId;
    QString deptName;
    QString role; // canonical Chinese role name
};

// One recorded change of the local profile (audit_journal, written by ProfileStore::save): the
// first start (from empty) or a later change of name, department or role.
struct ProfileChange
{
    QString at;    // ISO date-time, UTC
    QString field; // user_name, dept_id or role
    QString from;  // empty at the first start
    QString to;
    QString by; // who made the change: the user as they were before it (the new user at the first start)
};

class ProfileStore
{
public:
    explicit ProfileStore(QSqlDatabase db, const Clock& clock = Clock::instance())
        : m_db(std::move(db)), m_clock(clock)
    {}

    Result<std::optional<LocalProfile>> load() const;
    // Writes the profile (the first time, or a change from the 本机用户 dialog) and, in the same
    // transaction, an audit journal entry with the changed fields ({"role": {"old", "new"}, …}),
    // written as the user was before the change. Saving an unchanged profile writes nothing.
    // The first profile of a database may not be 管理员 (Forbidden, with the sentence of
    // firstStartAdministratorRefusal()): nobody makes themselves administrator by picking it at
    // the first start; a later change to 管理员 is deliberate and recorded (changes()).
    Result<void> save(const LocalProfile& profile);
    // Every recorded change of field ("role", "user_name" or "dept_id"; all fields when empty),
    // newest first.
    Result<QList<ProfileChange>> changes(const QString& field = {}) const;

    static QString firstStartAdministratorRefusal();

    static Actor actorOf(const LocalProfile& profile)
    {
        return {profile.userName, profile.deptId, profile.role};
    }

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace govcat::db
