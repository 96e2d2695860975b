#pragma once

#include <QObject>

#include <memory>

namespace govcat {
class Settings;
}

namespace govcat::db {
class Database;
} // namespace govcat::db

namespace govcat::ui {
class MainWindow;
} // namespace govcat::ui

namespace govcat::app {

// Start-up and database switching for the GUI: unlock or create a database, make sure a local
// profile exists, then show the main window.
class GuiController final : public QObject
{
    Q_OBJECT
public:
    explicit GuiController(Settings& settings, QObject* parent = nullptr);
    ~GuiController() override;

    // Returns false when the user cancelled before any window opened.
    bool start(const QString& databasePath);

private:
    enum class Intent
    {
        Unlock,
        Create,
        Browse
    };
    std::unique_ptr<db::Database> acquire(QString path, Intent intent);
    bool show(std::unique_ptr<db::Database> database);

    Settings& m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace govcat::app
