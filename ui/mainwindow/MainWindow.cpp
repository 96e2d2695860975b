#include "MainWindow.h"

#include "core/CodeLists.h"
#include "core/Settings.h"
#include "db/CatalogQueries.h"
#include "db/Database.h"
#include "models/DepartmentListModel.h"
#include "models/ResourceListModel.h"
#include "ui/security/ChangePassphraseDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

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
      m_settings(settings), m_departments(new models::DepartmentListModel(this)),
      m_resources(new models::ResourceListModel(this)), m_departmentView(new QListView(this)),
      m_resourceView(new QTableView(this)), m_fileLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_schemaLabel(new QLabel(this)), m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("govcat 政务信息资源目录工作台"));

    m_departmentView->setObjectName(QStringLiteral("departmentListView"));
    m_departmentView->setModel(m_departments);
    m_departmentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resourceView->setObjectName(QStringLiteral("resourceTableView"));
    m_resourceView->setModel(m_resources);
    m_resourceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resourceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resourceView->setAlternatingRowColors(true);
    m_resourceView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_resourceView->verticalHeader()->hide();
    m_resourceView->horizontalHeader()->setStretchLastSection(true);
    m_resourceView->setWordWrap(false);
    for (const auto& [column, width] :
         {std::pair{models::ResourceListModel::Code, 230}, std::pair{models::ResourceListModel::Name, 300},
          std::pair{models::ResourceListModel::Provider, 220}}) {
        m_resourceView->horizontalHeader()->resizeSection(column, width);
    }

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("catalogSplitter"));
    splitter->addWidget(m_departmentView);
    splitter->addWidget(m_resourceView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 900});
    setCentralWidget(splitter);

    connect(m_resources, &models::ResourceListModel::readFailed, this, &MainWindow::showError);
    connect(m_departmentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showDepartment(current); });

    m_fileLabel->setObjectName(QStringLiteral("databaseFileLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_schemaLabel->setObjectName(QStringLiteral("schemaVersionLabel"));
    m_countLabel->setObjectName(QStringLiteral("resourceCountLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);

    buildMenus();
    reload();
    updateStatus();
    resize(1280, 800);
    restoreGeometry(m_settings.mainWindowGeometry.get());
}

MainWindow::~MainWindow()
{
    // Models hold queries on the connection: drop them before the database closes.
    m_resourceView->setModel(nullptr);
    m_departmentView->setModel(nullptr);
    delete m_resources;
    delete m_departments;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    QAction* open =
        file->addAction(tr("打开数据库(&O)…"), this, [this] { Q_EMIT switchDatabaseRequested(false); });
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* create =
        file->addAction(tr("新建数据库(&N)…"), this, [this] { Q_EMIT switchDatabaseRequested(true); });
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* refresh = file->addAction(tr("刷新(&R)"), this, &MainWindow::reload);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("退出(&X)"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

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
    QString error;
    db::CatalogQueries queries(m_database->connection());
    if (!m_departments->reload(queries, &error)) {
        showError(error);
        return;
    }
    m_departmentView->setCurrentIndex(m_departments->index(0));
}

void MainWindow::showDepartment(const QModelIndex& index)
{
    QString error;
    const QString deptId = index.data(models::DepartmentListModel::IdRole).toString();
    const qint64 known = index.data(models::DepartmentListModel::CountRole).toLongLong();
    if (!m_resources->load(db::CatalogQueries(m_database->connection()),
                           db::ResourceFilter::forDepartment(deptId), &error, known)) {
        showError(error);
        return;
    }
    m_countLabel->setText(tr("共 %1 条信息资源").arg(m_resources->totalCount()));
}

void MainWindow::updateStatus()
{
    m_fileLabel->setText(tr("数据库：%1").arg(m_database->path()));
    m_fileLabel->setToolTip(m_database->path());
    m_userLabel->setText(
        tr("用户：%1（%2，%3）").arg(m_profile.userName, m_profile.deptName, roleDisplay(m_profile.role)));
    m_schemaLabel->setText(tr("数据结构版本：%1").arg(m_database->schemaVersion()));
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("读取失败"), tr("无法读取数据库：%1").arg(message));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.mainWindowGeometry.set(saveGeometry());
    m_settings.sync();
    event->accept();
}

} // namespace govcat::ui
