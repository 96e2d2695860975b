#pragma once

#include "core/Result.h"
#include "db/ProfileStore.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace govcat::db {

// The rules of the local profile (who works on this database: name, department, role), shared by
// the first-start dialog (ui/profile/ProfileDialog, which offers only the database's departments
// and the roles of the code list) and `govcat profile`, which gets them as text.
enum class ProfileProblem
{
    None,
    NoName,              // the name is blank
    UnknownRole,         // not a role of the Role code list (name, English name or code)
    NoDepartments,       // the database has no department yet (the dialog then registers one)
    UnknownDepartment,   // no live department has that name, short name, 统一社会信用代码 or id
    AmbiguousDepartment, // several do
};

// NoName when the name is blank (spaces only); the name is stored trimmed.
ProfileProblem checkUserName(const QString& name);
// The canonical role name (as stored) for a role given by its Chinese name, English name or code
// (目录填报人员 or its former name 编目员, "Catalog editor", editor); empty when there is none.
QString roleFromText(const QString& text);

struct ProfileRequest
{
    QString userName;
    QString department; // full name, short name, 统一社会信用代码 or id
    QString role;       // see roleFromText
};

struct ProfileResolution
{
    LocalProfile profile; // complete when problem is None
    ProfileProblem problem = ProfileProblem::None;
    QStringList candidates; // department names: those matching (ambiguous), or containing the text
};

// Checks a request against the database and gives the profile to save (ProfileStore::save).
Result<ProfileResolution> resolveProfile(const QSqlDatabase& db, const ProfileRequest& request);

} // namespace govcat::db
