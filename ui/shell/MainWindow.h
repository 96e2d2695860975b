#pragma once

#include "DomainModule.h"
#include "db/ProfileStore.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QTabWidget;

namespace govcat::ui {

// The workbench window: it hosts the domains (each a DomainModule, added by app/) with their tabs,
// menus and actions, and keeps what is shared: 文件 (open or create a database, the local user,
// refresh, quit), 编辑 (undo and redo over every domain's commands), 视图, 安全, 语言, 帮助, and a
// status bar with the database file, the local user and the schema version.
class MainWindow final : public QMainWindow, public Shell
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<db::Database> database, db::LocalProfile profile, Settings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Installs a domain: its tabs, menus and actions appear; the window owns it.
    void addModule(std::unique_ptr<DomainModule> module);
    template <typename T> T* module() const
    {
        for (const auto& m : m_modules) {
            if (auto* t = qobject_cast<T*>(m.get())) {
                return t;
            }
        }
        return nullptr;
    }

    // Shell
    db::Database& database() override { return *m_database; }
    db::Repository& repository() override { return *m_repository; }
    const db::LocalProfile& profile() const override { return m_profile; }
    Settings& settings() override { return m_settings; }
    QUndoStack* undoStack() override { return m_undoStack; }
    QWidget* dialogParent() override { return this; }
    void addTab(QWidget* page, const QString& title) override;
    void showTab(QWidget* page) override;
    QMenu* addMenu(const QString& title) override;
    void addFileAction(QAction* action) override;
    void addEditAction(QAction* action) override;
    QMenu* viewMenu() override { return m_viewMenu; }
    void addStatusWidget(QWidget* widget) override;
    void showStatusMessage(const QString& message) override;

    // 文件 → 本机用户: the first-start dialog, filled in with the current profile.
    void changeProfile();
    // Switches to another local user (after the profile was saved).
    void applyProfile(const db::LocalProfile& profile);

Q_SIGNALS:
    // The user asked to open or create another database; the app handles the dialogs.
    void switchDatabaseRequested(bool createNew);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void reload();
    void updateStatus();

    std::unique_ptr<db::Database> m_database;
    db::LocalProfile m_profile;
    Settings& m_settings;
    std::unique_ptr<db::Repository> m_repository;
    QUndoStack* m_undoStack;
    std::unique_ptr<QTabWidget> m_tabs; // a child too; the pointer deletes it (and the tabs) first
    std::vector<std::unique_ptr<DomainModule>> m_modules;
    QMenu* m_fileMenu = nullptr;
    QAction* m_fileDomainEnd = nullptr; // the domains' file actions go before this separator
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_fileLabel;
    QLabel* m_userLabel;
    QLabel* m_schemaLabel;
};

} // namespace govcat::ui
