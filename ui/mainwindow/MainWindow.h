#pragma once

#include "db/ProfileStore.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;
class QTableView;

namespace govcat {
class Settings;
}

namespace govcat::db {
class Database;
}

namespace govcat::models {
class DepartmentListModel;
class ResourceListModel;
} // namespace govcat::models

namespace govcat::ui {

// The catalog workbench: departments on the left, their resources on the right, and a status bar
// with the database file, the local user and the schema version.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<db::Database> database, db::LocalProfile profile, Settings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    db::Database& database() { return *m_database; }

Q_SIGNALS:
    // The user asked to open or create another database; the app handles the dialogs.
    void switchDatabaseRequested(bool createNew);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void reload();
    void showDepartment(const QModelIndex& index);
    void updateStatus();
    void showError(const QString& message);

    std::unique_ptr<db::Database> m_database;
    db::LocalProfile m_profile;
    Settings& m_settings;
    models::DepartmentListModel* m_departments;
    models::ResourceListModel* m_resources;
    QListView* m_departmentView;
    QTableView* m_resourceView;
    QLabel* m_fileLabel;
    QLabel* m_userLabel;
    QLabel* m_schemaLabel;
    QLabel* m_countLabel;
};

} // namespace govcat::ui
