#include "db/ProfileStore.h"

#include "core/Clock.h"
#include "core/CodeLists.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
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

namespace {

// {"user_name": {"old": …, "new": …}, …} for the fields that differ (all of them at the first start).
QString profileChanges(const std::optional<LocalProfile>& before, const LocalProfile& after)
{
    QJsonObject fields;
    const auto add = [&](const char* name, const QString& old, const QString& now) {
        if (!before || old != now) {
            QJsonObject change;
            if (before) {
                change.insert(QStringLiteral("old"), old);
            }
            change.insert(QStringLiteral("new"), now);
            fields.insert(QLatin1String(name), change);
        }
    };
    add("user_name", before ? before->userName : QString(), after.userName);
    add("dept_id", before ? before->deptId : QString(), after.deptId);
    add("role", before ? before->role : QString(), after.role);
    return fields.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> ProfileStore::save(const LocalProfile& profile)
{
    if (profile.userName.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("user name is empty"));
    }
    auto before = load();
    if (!before) {
        return before.error();
    }
    LocalProfile after = profile;
    after.userName = profile.userName.trimmed();
    // A role by its name before schema v6 (编目员, 领导) is stored by its name now.
    if (const auto known = fromName<Role>(profile.role)) {
        after.role = canonicalName(*known);
    }
    if (!before.value() && after.role == canonicalName(Role::Administrator)) {
        return makeError(Error::Kind::Forbidden, firstStartAdministratorRefusal());
    }
    const QString changes = profileChanges(before.value(), after);
    if (changes.isEmpty()) {
        return {}; // nothing changed: nothing written, nothing journaled
    }
    const auto fail = [](Error::Kind kind, const QSqlQuery& q) -> Result<void> {
        return makeError(kind, QStringLiteral("save profile: ") + q.lastError().text());
    };
    return inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        // Two statements instead of INSERT OR REPLACE, which SYNC.md rules out on parent tables.
        if (before.value()) {
            q.prepare(
                QStringLiteral("UPDATE local_profile SET user_name = ?, dept_id = ?, role = ? WHERE id = 1"));
        } else {
            q.prepare(QStringLiteral("INSERT INTO local_profile (user_name, dept_id, role, created_at, id) "
                                     "VALUES (?, ?, ?, ?, 1)"));
        }
        q.addBindValue(after.userName);
        q.addBindValue(after.deptId);
        q.addBindValue(after.role);
        if (!before.value()) {
            q.addBindValue(now);
        }
        if (!q.exec()) {
            return fail(Error::Kind::Constraint, q);
        }
        // The journal says who changed the profile: the user as they were before the change (the new
        // user at the first start).
        const LocalProfile& actor = before.value() ? *before.value() : after;
        QSqlQuery audit(m_db);
        audit.prepare(
            QStringLiteral("INSERT INTO audit_journal (at, actor, actor_dept_id, actor_role, action, "
                           "table_name, row_id, detail) VALUES (?, ?, ?, ?, ?, 'local_profile', '1', ?)"));
        audit.addBindValue(now);
        audit.addBindValue(actor.userName);
        audit.addBindValue(actor.deptId);
        audit.addBindValue(actor.role);
        audit.addBindValue(before.value() ? QStringLiteral("修改本机用户") : QStringLiteral("设置本机用户"));
        audit.addBindValue(changes);
        if (!audit.exec()) {
            return fail(Error::Kind::Sql, audit);
        }
        return {};
    });
}

QString ProfileStore::firstStartAdministratorRefusal()
{
    return QCoreApplication::translate(
        "ProfileStore", "首次使用时不能选择“管理员”角色：请先以目录填报人员、审核员或部门领导（查阅）登记；"
                        "需要管理员角色时，再在“文件 → 本机用户”中修改，修改会记入角色变更记录。");
}

Result<QList<ProfileChange>> ProfileStore::changes(const QString& field) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT at, actor, detail FROM audit_journal WHERE table_name = 'local_profile' "
                           "ORDER BY seq DESC"))) {
        return makeError(Error::Kind::Sql, QStringLiteral("read profile changes: ") + q.lastError().text());
    }
    QList<ProfileChange> out;
    while (q.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (const QString& name :
             {QStringLiteral("role"), QStringLiteral("user_name"), QStringLiteral("dept_id")}) {
            if ((!field.isEmpty() && name != field) || !detail.contains(name)) {
                continue;
            }
            const QJsonObject change = detail.value(name).toObject();
            out.append({q.value(0).toString(), name, change.value(QStringLiteral("old")).toString(),
                        change.value(QStringLiteral("new")).toString(), q.value(1).toString()});
        }
    }
    return out;
}

} // namespace govcat::db
