// Journey on the demo city made by `govcat demo`: a reviewer lists one department in the side panel
// and exports the list through 文件 → 导出目录 (当前列表 → a save dialog → the message after), then the
// whole catalog. The export runs on the database's worker while the window's event loop keeps
// running; openpyxl, an independent reader, finds exactly the listed resources in the workbook.
#include "app/Workbench.h"
#include "core/CodeLists.h"
#include "core/Settings.h"
#include "db/Database.h"
#include "db/Worker.h"
#include "models/catalog/DepartmentListModel.h"
#include "models/catalog/ResourceListModel.h"
#include "support/DemoCity.h"
#include "support/DepartmentPanel.h"
#include "support/WidgetSupport.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace govcat;
using govcat::test::child;

namespace {

// The 资源标识 of every row of the 信息资源 sheet, one per line, as openpyxl reads them.
const char* kIds = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
it = wb["信息资源"].iter_rows(values_only=True)
for header in it:
    if "信息资源名称" in header:
        break
column = [str(h).split("（")[0] for h in header].index("资源标识")
for row in it:
    if row[column]:
        print(row[column])
)PY";

// What one run of 文件 → 导出目录 showed: the message after, and how the window's event loop went
// while the worker held the export.
struct ExportSeen
{
    QString message;
    int ticksWhileBusy = 0;
};

} // namespace

class JourneyExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsTheListedDepartmentOnTheWorker();
    void exportsTheWholeCatalog();
    void cleanupTestCase() { m_window.reset(); }

private:
    // Triggers 文件 → 导出目录 and answers its dialogs as a user: `choice` on the 当前列表 / 全部目录
    // question (when asked), `path` typed in the save dialog, the final message read and closed.
    ExportSeen exportThroughTheMenu(const char* choice, const QString& path);
    QSet<QString> idsInWorkbook(const QString& path);

    QTemporaryDir m_dir;
    db::Database* m_database = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void JourneyExport::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral("/usr/bin/python3")));
    auto database = test::openDemoCity(m_dir);
    QVERIFY(database);
    m_database = database.get();
    const db::LocalProfile reviewer = test::setDemoProfile(
        *database, QStringLiteral("李审核"), QStringLiteral("临川市数据局"), canonicalName(Role::Reviewer));
    QVERIFY(!reviewer.deptId.isEmpty());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = app::makeWorkbench(std::move(database), reviewer, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

ExportSeen JourneyExport::exportThroughTheMenu(const char* choice, const QString& path)
{
    ExportSeen seen;
    QElapsedTimer shown;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, &driver, [&] {
        if (m_database->worker().isBusy()) {
            ++seen.ticksWhileBusy;
        }
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            // The dialog selects its suggested name again once its folder has loaded: type the
            // name after that, and accept only when it holds.
            if (!shown.isValid()) {
                shown.start();
            } else if (shown.elapsed() > 300) {
                dialog->setDirectory(QFileInfo(path).absolutePath());
                child<QLineEdit>(dialog, "fileNameEdit")->setText(QFileInfo(path).fileName());
                if (dialog->selectedFiles().value(0) == path) {
                    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
                } else if (shown.elapsed() > 20000) {
                    dialog->reject(); // the checks of the caller then say what went wrong
                }
            }
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            if (auto* button = box->findChild<QPushButton*>(QLatin1String(choice))) {
                button->click();
            } else {
                seen.message = box->text();
                box->accept();
            }
        }
    });
    driver.start(10);
    child<QAction>(m_window.get(), "exportAction")->trigger();
    driver.stop();
    return seen;
}

QSet<QString> JourneyExport::idsInWorkbook(const QString& path)
{
    QTemporaryFile script(m_dir.filePath(QStringLiteral("ids-XXXXXX.py")));
    if (!script.open() || script.write(kIds) < 0 || !script.flush()) {
        return {};
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {script.fileName(), path});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("openpyxl: %s", python.readAllStandardError().constData());
        return {};
    }
    QSet<QString> ids;
    for (const QString& line : QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            ids.insert(line.trimmed());
        }
    }
    return ids;
}

void JourneyExport::exportsTheListedDepartmentOnTheWorker()
{
    auto* departments = child<QListView>(m_window.get(), "departmentListView");
    const int deptRow = test::departmentRow(departments, QStringLiteral("临川市市场监督管理局"));
    QVERIFY(deptRow > 0);
    departments->setCurrentIndex(departments->model()->index(deptRow, 0));
    auto* resources = child<QTableView>(m_window.get(), "resourceTableView");
    QAbstractItemModel* list = resources->model();
    while (list->canFetchMore({})) {
        list->fetchMore({});
    }
    QSet<QString> listed;
    for (int r = 0; r < list->rowCount(); ++r) {
        listed.insert(list->index(r, 0).data(models::ResourceListModel::IdRole).toString());
    }
    QVERIFY(listed.size() >= 20);

    const QString path = m_dir.filePath(QStringLiteral("市场监管局目录.xlsx"));
    const ExportSeen seen = exportThroughTheMenu("exportListedButton", path);
    QVERIFY2(
        seen.message.contains(QStringLiteral("已导出 %1 条信息资源").arg(QLocale().toString(listed.size()))),
        qPrintable(seen.message));
    QVERIFY2(seen.message.contains(QDir::toNativeSeparators(path)), qPrintable(seen.message));
    QCOMPARE(idsInWorkbook(path), listed);
    // The folder chosen is offered next time.
    QCOMPARE(m_settings->lastImportDir.get(), m_dir.path());
}

void JourneyExport::exportsTheWholeCatalog()
{
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_resource WHERE is_deleted = 0")));
    QSet<QString> all;
    while (q.next()) {
        all.insert(q.value(0).toString());
    }
    QVERIFY(all.size() >= 1000);

    const QString path = m_dir.filePath(QStringLiteral("全部目录.xlsx"));
    const ExportSeen seen = exportThroughTheMenu("exportAllButton", path);
    QVERIFY2(
        seen.message.contains(QStringLiteral("已导出 %1 条信息资源").arg(QLocale().toString(all.size()))),
        qPrintable(seen.message));
    // The window's event loop ran while the worker held the export (a frozen window gives none).
    QVERIFY2(seen.ticksWhileBusy >= 2, qPrintable(QString::number(seen.ticksWhileBusy)));
    QVERIFY(!m_database->worker().isBusy());
    QCOMPARE(idsInWorkbook(path), all);
}

QTEST_MAIN(JourneyExport)
#include "tst_journeyexport.moc"
