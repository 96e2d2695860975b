#pragma once

#include "db/ProfileStore.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace govcat {
class Settings;
}

namespace govcat::catalog {
class CatalogWorkflow;
class ResourceStore;
} // namespace govcat::catalog

namespace govcat::db {
class Database;
class Repository;
} // namespace govcat::db

namespace govcat::models {
class ResourceListModel;
} // namespace govcat::models

namespace govcat::ui {

class FilterChips;
class FilterPanel;

// The catalog workbench: filter panels on the left (department, classification, attributes), the
// search box and the resource list on the right, resources opened in their own dialog, and a status
// bar with the database file, the local user and the schema version.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<db::Database> database, db::LocalProfile profile, Settings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    db::Database& database() { return *m_database; }
    // Opens a resource (empty id: a new draft) in its dialog; returns when the dialog closes.
    void openResource(const QString& id);
    QUndoStack* undoStack() const { return m_undoStack; }
    const db::LocalProfile& profile() const { return m_profile; }
    // Lists exactly the given resources (a count opened from a report): the other filters and the
    // search are cleared first, and the chip row says what is listed.
    void showResources(const QStringList& ids, const QString& title);
    // 文件 → 本机用户: the first-start dialog, filled in with the current profile.
    void changeProfile();
    // Switches to another local user (after the profile was saved).
    void applyProfile(const db::LocalProfile& profile);

public Q_SLOTS:
    // A short message in the status bar (after save, submit, approve, bulk edit, import).
    void showStatusMessage(const QString& message);

Q_SIGNALS:
    // The user asked to open or create another database; the app handles the dialogs.
    void switchDatabaseRequested(bool createNew);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void reload();
    void applyFilter();
    void setupResourceView();
    void showColumnMenu(const QPoint& pos);
    void addWorkTabs();
    void bulkEdit();
    void importCatalog();
    void updateStatus();
    void updateActions();
    void updateChips();
    void removeFilter(const QString& key);
    void clearAllFilters();
    void showError(const QString& message);

    std::unique_ptr<db::Database> m_database;
    db::LocalProfile m_profile;
    Settings& m_settings;
    std::unique_ptr<db::Repository> m_repository;
    std::unique_ptr<catalog::ResourceStore> m_store;
    std::unique_ptr<catalog::CatalogWorkflow> m_workflow;
    QUndoStack* m_undoStack;
    FilterPanel* m_filters;
    FilterChips* m_chips;
    // Owned here, not by Qt parents: they hold queries on the connection and go before it closes.
    std::unique_ptr<models::ResourceListModel> m_resources;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QTableView* m_resourceView;
    std::unique_ptr<QTabWidget> m_tabs; // a child too; the pointer deletes it first
    QStringList m_pinnedIds;            // a list opened from a report (quality view); other filters narrow it
    QString m_pinnedTitle;
    QLabel* m_fileLabel;
    QLabel* m_userLabel;
    QLabel* m_schemaLabel;
    QLabel* m_countLabel;
    QAction* m_importAction = nullptr;
    QAction* m_newResourceAction = nullptr;
    QAction* m_dataCallAction = nullptr;
    QAction* m_bulkAction = nullptr;
};

} // namespace govcat::ui
