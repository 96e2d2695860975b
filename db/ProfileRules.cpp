#include "db/ProfileRules.h"

#include "core/CodeLists.h"
#include "core/Uscc.h"
#include "db/SqlError.h"

#include <QSqlQuery>

namespace govcat::db {

ProfileProblem checkUserName(const QString& name)
{
    return name.trimmed().isEmpty() ? ProfileProblem::NoName : ProfileProblem::None;
}

QString roleFromText(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (const CodeEntry* e = codeList(CodeListId::Role).findName(text)) { // also a name before schema v6
        return e->name;
    }
    for (const CodeEntry& e : codeList(CodeListId::Role).entries) {
        if (e.name == text || e.code.compare(text, Qt::CaseInsensitive) == 0 ||
            e.english.compare(text, Qt::CaseInsensitive) == 0) {
            return e.name;
        }
    }
    return {};
}

Result<ProfileResolution> resolveProfile(const QSqlDatabase& db, const ProfileRequest& request)
{
    ProfileResolution out;
    if (checkUserName(request.userName) != ProfileProblem::None) {
        out.problem = ProfileProblem::NoName;
        return out;
    }
    out.profile.userName = request.userName.trimmed();
    out.profile.role = roleFromText(request.role);
    if (out.profile.role.isEmpty()) {
        out.problem = ProfileProblem::UnknownRole;
        return out;
    }
    // The departments the first-start dialog offers: every live one.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, coalesce(short_name, ''), uscc FROM department "
                               "WHERE is_deleted = 0 ORDER BY region_code, name"))) {
        return sqlError(q, QStringLiteral("list departments"));
    }
    const QString text = request.department.trimmed();
    const QString uscc = normalizeUscc(text);
    QList<std::pair<QString, QString>> exact;
    bool any = false;
    while (q.next()) {
        any = true;
        const QString id = q.value(0).toString();
        const QString name = q.value(1).toString();
        if (name == text || id == text || (!text.isEmpty() && q.value(2).toString() == text) ||
            (isValidUscc(uscc) && q.value(3).toString() == uscc)) {
            exact.append({id, name});
        } else if (!text.isEmpty() && name.contains(text)) {
            out.candidates << name;
        }
    }
    if (!any) {
        out.problem = ProfileProblem::NoDepartments;
        return out;
    }
    // A full name (or id, or code) wins over short names that other departments share.
    for (qsizetype k = 0; k < exact.size(); ++k) {
        if (exact.at(k).second == text || exact.at(k).first == text) {
            const std::pair<QString, QString> full = exact.at(k);
            exact = {full};
            break;
        }
    }
    if (exact.size() != 1) {
        out.problem =
            exact.isEmpty() ? ProfileProblem::UnknownDepartment : ProfileProblem::AmbiguousDepartment;
        if (!exact.isEmpty()) {
            out.candidates.clear();
            for (const auto& match : exact) {
                out.candidates << match.second;
            }
        }
        return out;
    }
    out.profile.deptId = exact.constFirst().first;
    out.profile.deptName = exact.constFirst().second;
    return out;
}

} // namespace govcat::db
