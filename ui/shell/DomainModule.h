#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace govcat {
class Settings;
}

namespace govcat::db {
class Database;
class Repository;
struct LocalProfile;
} // namespace govcat::db

namespace govcat::ui {

// What the main window offers a domain: the shared storage session, places for its tabs, menus,
// actions and status, the shared undo history, and messages. The window knows no domain; a domain
// knows the window only through this.
class Shell
{
public:
    virtual ~Shell() = default;

    virtual db::Database& database() = 0;
    virtual db::Repository& repository() = 0; // writes as the local user (its actor follows the profile)
    virtual const db::LocalProfile& profile() const = 0;
    virtual Settings& settings() = 0;
    virtual QUndoStack* undoStack() = 0; // 编辑 → 撤销/重做: commands of every domain
    virtual QWidget* dialogParent() = 0; // the parent of the domain's dialogs

    virtual void addTab(QWidget* page, const QString& title) = 0;
    virtual void showTab(QWidget* page) = 0;
    virtual QMenu* addMenu(const QString& title) = 0; // a domain's own menu, before 视图
    virtual void addFileAction(QAction* action) = 0;  // 文件: the import and export section
    virtual void addEditAction(QAction* action) = 0;  // 编辑: after undo and redo
    virtual QMenu* viewMenu() = 0;
    virtual void addStatusWidget(QWidget* widget) = 0; // left of the file, user and schema labels
    virtual void showStatusMessage(const QString& message) = 0;
};

// A domain (the catalog; later the system registry, sharing requests, scorecards) as the window
// hosts it: install() adds its tabs, menus and actions once; the window then tells it when data may
// have changed (refresh, undo, redo), when the local user changed, and when it closes. Adding a
// domain adds a module in app/ and touches no other domain's files.
class DomainModule : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void install(Shell& shell) = 0;
    // Reads the domain's views again (文件 → 刷新, after undo or redo of any command).
    virtual void reload() = 0;
    // The local user changed (name, department or role): enable what the new role may do.
    virtual void profileChanged() = 0;
    // The window closes: keep what the user arranged (column widths, order) in the settings.
    virtual void saveState() {}
    // One of the window's tabs became the current one (a domain's view may read itself again).
    virtual void tabShown(QWidget* page) { Q_UNUSED(page) }
};

} // namespace govcat::ui
