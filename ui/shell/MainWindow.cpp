#include "MainWindow.h"

#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "db/Database.h"
#include "db/Repository.h"
#include "db/Worker.h"
#include "models/commands/ReportingCommand.h"
#include "ui/session/ChangePassphraseDialog.h"
#include "ui/session/ProfileDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace govcat::ui {

namespace {
QString roleDisplay(const QString& canonical)
{
    const CodeEntry* e = codeList(CodeListId::Role).findName(canonical);
    if (e && QLocale().language() == QLocale::English) {
        return e->english;
    }
    return canonical;
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<db::Database> database, db::LocalProfile profile, Settings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_database(std::move(database)), m_profile(std::move(profile)),
      m_settings(settings),
      m_repository(std::make_unique<db::Repository>(
          m_database->connection(), db::Actor{m_profile.userName, m_profile.deptId, m_profile.role})),
      m_undoStack(new QUndoStack(this)), m_tabs(std::make_unique<QTabWidget>(this)),
      m_fileLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_schemaLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack->setObjectName(QStringLiteral("mainUndoStack"));
    setWindowTitle(tr("govcat 政务信息资源目录工作台"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    setCentralWidget(m_tabs.get());
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, [this](int index) {
        for (const auto& module : m_modules) {
            module->tabShown(m_tabs->widget(index));
        }
    });

    // Undo and redo of bulk edits and imports change rows: show the result.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        const auto* command =
            dynamic_cast<const models::ReportingCommand*>(m_undoStack->command(m_undoStack->index() - 1));
        const auto* next =
            dynamic_cast<const models::ReportingCommand*>(m_undoStack->command(m_undoStack->index()));
        for (const models::ReportingCommand* c : {command, next}) {
            if (c && !c->lastError().isEmpty()) { // a sentence for the user already (ReportingCommand)
                QMessageBox::warning(this, tr("撤销或重做未完成"), c->lastError());
            }
        }
        reload();
    });

    m_fileLabel->setObjectName(QStringLiteral("databaseFileLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_schemaLabel->setObjectName(QStringLiteral("schemaVersionLabel"));
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);

    buildMenus();
    updateStatus();
    resize(1280, 800);
    restoreGeometry(m_settings.mainWindowGeometry.get());
}

MainWindow::~MainWindow()
{
    // The undo stack, a child, clears itself when Qt deletes it, after the database is gone: its
    // indexChanged must not reach reload() then (a window closed with an import still undoable).
    disconnect(m_undoStack, nullptr, this, nullptr);
    // The tabs hold models and copies of the connection, and use their module's services: they go
    // first, then the modules, then (as members) the repository and the database.
    disconnect(m_tabs.get(), nullptr, this, nullptr);
    m_tabs.reset();
    m_modules.clear();
}

void MainWindow::addModule(std::unique_ptr<DomainModule> module)
{
    DomainModule* m = module.get();
    m_modules.push_back(std::move(module));
    m->install(*this);
}

void MainWindow::addTab(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

void MainWindow::showTab(QWidget* page)
{
    m_tabs->setCurrentWidget(page);
}

QMenu* MainWindow::addMenu(const QString& title)
{
    auto* menu = new QMenu(title, menuBar());
    menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
    return menu;
}

void MainWindow::addFileAction(QAction* action)
{
    m_fileMenu->insertAction(m_fileDomainEnd, action);
}

void MainWindow::addEditAction(QAction* action)
{
    m_editMenu->addAction(action);
}

void MainWindow::addStatusWidget(QWidget* widget)
{
    statusBar()->addWidget(widget, 1);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("文件(&F)"));
    QMenu* file = m_fileMenu;
    QAction* open =
        file->addAction(tr("打开数据库(&O)…"), this, [this] { Q_EMIT switchDatabaseRequested(false); });
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* create =
        file->addAction(tr("新建数据库(&N)…"), this, [this] { Q_EMIT switchDatabaseRequested(true); });
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcut(QKeySequence::New);
    file->addSeparator();
    m_fileDomainEnd = file->addSeparator(); // the domains' import and export actions go above
    QAction* profileAction = file->addAction(tr("本机用户(&U)…"), this, &MainWindow::changeProfile);
    profileAction->setObjectName(QStringLiteral("changeProfileAction"));
    profileAction->setToolTip(tr("修改在本机使用该数据库的人员：姓名、所在部门、角色"));
    file->addSeparator();
    QAction* refresh = file->addAction(tr("刷新(&R)"), this, &MainWindow::reload);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("退出(&X)"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("编辑(&E)"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("撤销"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("重做"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    // Undo and redo of an import run on the worker: while any job holds it they would be refused
    // after the stack had already moved, so they are off until the worker is idle again.
    db::Worker& worker = m_database->worker();
    connect(&worker, &db::Worker::started, this, [undo, redo] {
        undo->setEnabled(false);
        redo->setEnabled(false);
    });
    connect(&worker, &db::Worker::idle, this, [this, undo, redo] {
        undo->setEnabled(m_undoStack->canUndo());
        redo->setEnabled(m_undoStack->canRedo());
    });
    m_editMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("视图(&V)"));

    QMenu* security = menuBar()->addMenu(tr("安全(&S)"));
    QAction* change = security->addAction(tr("修改口令(&P)…"), this, [this] {
        ChangePassphraseDialog dialog(*m_database, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(tr("口令已修改。下次解锁请使用新口令。"), 8000);
        }
    });
    change->setObjectName(QStringLiteral("changePassphraseAction"));

    QMenu* language = menuBar()->addMenu(tr("语言(&L)"));
    auto* group = new QActionGroup(this);
    const QString current = m_settings.language.get();
    for (const auto& [code, label] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(current == code);
        a->setObjectName(QStringLiteral("language_%1_Action").arg(code));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, c = code] {
            m_settings.language.set(c);
            m_settings.sync();
            QMessageBox::information(this, tr("语言"), tr("界面语言将在下次启动 govcat 时切换。"));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于 govcat(&A)"), this, [this] {
        QMessageBox::about(
            this, tr("关于 govcat"),
            tr("<b>govcat %1</b><br>政务信息资源目录工作台<br>数据保存在本机加密数据库（SQLCipher）中。")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::reload()
{
    for (const auto& module : m_modules) {
        module->reload();
    }
}

void MainWindow::showStatusMessage(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::changeProfile()
{
    ProfileDialog dialog(*m_database, this);
    dialog.setProfile(m_profile);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    applyProfile(dialog.profile());
}

void MainWindow::applyProfile(const db::LocalProfile& profile)
{
    const bool same = profile.userName == m_profile.userName && profile.deptId == m_profile.deptId &&
                      profile.role == m_profile.role;
    m_profile = profile;
    m_repository->setActor(db::ProfileStore::actorOf(m_profile));
    // Undoing a bulk edit or an import as another user would record the wrong actor.
    m_undoStack->clear();
    updateStatus();
    for (const auto& module : m_modules) {
        module->profileChanged();
    }
    showStatusMessage(same ? tr("本机用户未改变")
                           : tr("本机用户已改为 %1（%2，%3），已记入操作日志")
                                 .arg(m_profile.userName, m_profile.deptName, roleDisplay(m_profile.role)));
}

void MainWindow::updateStatus()
{
    m_fileLabel->setText(tr("数据库：%1").arg(m_database->path()));
    m_fileLabel->setToolTip(m_database->path());
    m_userLabel->setText(
        tr("用户：%1（%2，%3）").arg(m_profile.userName, m_profile.deptName, roleDisplay(m_profile.role)));
    m_schemaLabel->setText(tr("数据结构版本：%1").arg(m_database->schemaVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.mainWindowGeometry.set(saveGeometry());
    for (const auto& module : m_modules) {
        module->saveState();
    }
    m_settings.sync();
    event->accept();
}

} // namespace govcat::ui
