#pragma once

#include "db/ProfileStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace govcat::db {
class Database;
} // namespace govcat::db

namespace govcat::ui {

// First start on a database: who is working here (name, department, role). When the database has no
// departments yet, the user registers their own department with its 统一社会信用代码. The same dialog
// changes the profile later (文件 → 本机用户); ProfileStore records the change in the audit journal.
// Departments are listed by pinyin. At the first start 管理员 is not offered (ProfileStore refuses it
// too); changing the profile offers it, and lists every recorded change of role and name (角色变更记录,
// objectName profileChangesList: time, from → to, by whom), newest first.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(db::Database& database, QWidget* parent = nullptr);

    db::LocalProfile profile() const { return m_profile; }
    // Fills the form with the current profile (文件 → 本机用户: changing name, department or role).
    void setProfile(const db::LocalProfile& profile);

private:
    void save();
    static QString usccProblem(const QString& uscc); // empty when valid
    void addRole(const QString& name);
    void showChanges();
    bool registeringDepartment() const;

    db::Database& m_database;
    QLineEdit* m_name;
    QComboBox* m_department;
    QComboBox* m_role;
    QLineEdit* m_newDeptName;
    QLineEdit* m_newDeptUscc;
    QLineEdit* m_newDeptRegion;
    QLabel* m_error;
    QLabel* m_roleNote; // what a local role is: the trust model, in one line under the role
    QLabel* m_changesLabel;
    QListWidget* m_changes;
    db::LocalProfile m_profile;
};

} // namespace govcat::ui
