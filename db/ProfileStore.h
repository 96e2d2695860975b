#pragma once

#include "BaselineWriter.h"
#include "core/Result.h"

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

class ProfileStore
{
public:
    explicit ProfileStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<LocalProfile>> load() const;
    // Writes the profile (the first time, or a change from the 本机用户 dialog) and, in the same
    // transaction, an audit journal entry with the changed fields ({"role": {"old", "new"}, …}),
    // written as the user was before the change. Saving an unchanged profile writes nothing.
    Result<void> save(const LocalProfile& profile);

    static Actor actorOf(const LocalProfile& profile)
    {
        return {profile.userName, profile.deptId, profile.role};
    }

private:
    QSqlDatabase m_db;
};

} // namespace govcat::db
