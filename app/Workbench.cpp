#include "Workbench.h"

#include "catalog/CatalogServices.h"
#include "db/Database.h"
#include "ui/catalog/CatalogModule.h"
#include "ui/shell/MainWindow.h"

namespace govcat::app {

std::unique_ptr<ui::MainWindow> makeWorkbench(std::unique_ptr<db::Database> database,
                                              db::LocalProfile profile, Settings& settings)
{
    auto window = std::make_unique<ui::MainWindow>(std::move(database), std::move(profile), settings);
    window->addModule(std::make_unique<ui::CatalogModule>(
        std::make_unique<catalog::CatalogServices>(window->database(), window->repository())));
    return window;
}

} // namespace govcat::app
