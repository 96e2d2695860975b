#pragma once

#include "ui/shell/DomainModule.h"

#include <QPointer>

#include <memory>

namespace govcat::catalog {
struct CatalogServices;
}

namespace govcat::ui {

class ResourceListPage;
class ReviewQueueView;

// The catalog as the window hosts it: the resource list, the review queue, the quality and 一数一源
// reports as tabs; the 目录 menu (new, open, 目录填报包, bulk edit); import and export in 文件; the
// department order in 视图; the list's count in the status bar. Resources open in their own dialog.
class CatalogModule final : public DomainModule
{
    Q_OBJECT
public:
    // The services work on the window's connection and write through its Repository (app/ builds them).
    explicit CatalogModule(std::unique_ptr<catalog::CatalogServices> services, QObject* parent = nullptr);
    ~CatalogModule() override;

    void install(Shell& shell) override;
    void reload() override;
    void profileChanged() override;
    void saveState() override;
    void tabShown(QWidget* page) override;

    // Opens a resource (empty id: a new draft) in its dialog; returns when the dialog closes.
    void openResource(const QString& id);
    // Shows the list tab with exactly the given resources (a count opened from a report).
    void showResources(const QStringList& ids, const QString& title);

private:
    void addMenus();
    void addViewMenu();
    void addReportTabs();
    void importCatalog();
    void exportCatalog();
    void bulkEdit();
    void openDataCall();
    void updateActions();
    void showError(const QString& message);

    Shell* m_shell = nullptr;
    std::unique_ptr<catalog::CatalogServices> m_services;
    QPointer<ResourceListPage> m_list; // tabs: the window's tab widget owns them
    QPointer<ReviewQueueView> m_queue;
    QAction* m_importAction = nullptr;
    QAction* m_newResourceAction = nullptr;
    QAction* m_dataCallAction = nullptr;
    QAction* m_bulkAction = nullptr;
};

} // namespace govcat::ui
