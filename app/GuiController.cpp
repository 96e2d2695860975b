#include "GuiController.h"

#include "Workbench.h"
#include "core/Settings.h"
#include "db/Database.h"
#include "db/ProfileStore.h"
#include "models/common/ErrorMessages.h"
#include "ui/session/NewDatabaseDialog.h"
#include "ui/session/ProfileDialog.h"
#include "ui/session/UnlockDialog.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace govcat::app {

GuiController::GuiController(Settings& settings, QObject* parent) : QObject(parent), m_settings(settings) {}

GuiController::~GuiController() = default;

std::unique_ptr<db::Database> GuiController::acquire(QString path, Intent intent)
{
    const QString defaultDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (;;) {
        if (intent == Intent::Browse) {
            path = QFileDialog::getOpenFileName(nullptr, QObject::tr("打开目录数据库"),
                                                path.isEmpty() ? defaultDir : QFileInfo(path).absolutePath(),
                                                QObject::tr("govcat 数据库 (*.govcat);;所有文件 (*)"));
            if (path.isEmpty()) {
                return nullptr;
            }
            intent = Intent::Unlock;
        }
        if (intent == Intent::Unlock && QFileInfo::exists(path)) {
            ui::UnlockDialog dialog(path);
            Intent next = Intent::Unlock;
            connect(&dialog, &ui::UnlockDialog::createNewRequested, this, [&next] { next = Intent::Create; });
            connect(&dialog, &ui::UnlockDialog::openOtherRequested, this, [&next] { next = Intent::Browse; });
            if (dialog.exec() == QDialog::Accepted) {
                return dialog.takeDatabase();
            }
            if (next == Intent::Unlock) {
                return nullptr;
            }
            intent = next;
            continue;
        }
        const QString suggestion = intent == Intent::Create || path.isEmpty()
                                       ? QDir(defaultDir).filePath(QStringLiteral("catalog.govcat"))
                                       : path;
        ui::NewDatabaseDialog dialog(suggestion);
        if (dialog.exec() == QDialog::Accepted) {
            return dialog.takeDatabase();
        }
        return nullptr;
    }
}

bool GuiController::show(std::unique_ptr<db::Database> database)
{
    auto profile = db::ProfileStore(database->connection()).load();
    if (!profile) {
        QMessageBox::critical(
            nullptr, QObject::tr("govcat"),
            QObject::tr("无法读取本机用户信息：%1").arg(models::ErrorMessages::forOpen(profile.error())));
        return false;
    }
    db::LocalProfile local;
    if (profile.value()) {
        local = *profile.value();
    } else {
        ui::ProfileDialog dialog(*database);
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
        local = dialog.profile();
    }
    m_settings.lastDatabasePath.set(database->path());
    m_settings.sync();
    if (m_window) {
        m_window->close();
        m_window.release()->deleteLater();
    }
    m_window = makeWorkbench(std::move(database), local, m_settings);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window.get(), &ui::MainWindow::switchDatabaseRequested, this, [this](bool createNew) {
        const QString current = m_window ? m_window->database().path() : QString();
        if (auto other = acquire(current, createNew ? Intent::Create : Intent::Browse)) {
            show(std::move(other));
        }
    });
    m_window->show();
    return true;
}

bool GuiController::start(const QString& databasePath)
{
    QString path = databasePath;
    if (path.isEmpty()) {
        path = m_settings.lastDatabasePath.get();
    }
    auto database = acquire(path, QFileInfo::exists(path) ? Intent::Unlock : Intent::Create);
    return database && show(std::move(database));
}

} // namespace govcat::app
