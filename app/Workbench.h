#pragma once

#include "db/ProfileStore.h"

#include <memory>

namespace govcat {
class Settings;
}

namespace govcat::db {
class Database;
}

namespace govcat::ui {
class MainWindow;
}

namespace govcat::app {

// The window with every domain this program has installed in it (today the catalog). The one place
// that knows both the shell and the domains' UI modules: a new domain adds its module here.
std::unique_ptr<ui::MainWindow> makeWorkbench(std::unique_ptr<db::Database> database,
                                              db::LocalProfile profile, Settings& settings);

} // namespace govcat::app
