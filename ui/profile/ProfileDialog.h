#pragma once

#include "db/ProfileStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace govcat::db {
class Database;
}

namespace govcat::ui {

// First start on a database: who is working here (name, department, role). When the database has no
// departments yet, the user registers their own department with its 统一社会信用代码. The same dialog
// changes the profile later (文件 → 本机用户); ProfileStore records the change in the audit journal.
// Departments are listed by pinyin.
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
    bool registeringDepartment() const;

    db::Database& m_database;
    QLineEdit* m_name;
    QComboBox* m_department;
    QComboBox* m_role;
    QLineEdit* m_newDeptName;
    QLineEdit* m_newDeptUscc;
    QLineEdit* m_newDeptRegion;
    QLabel* m_error;
    db::LocalProfile m_profile;
};

} // namespace govcat::ui
