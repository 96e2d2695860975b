#include "catalog/CatalogServices.h"
#include "core/Settings.h"
#include "db/Worker.h"
#include "support/BusyWorker.h"
#include "support/CatalogFixture.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/export/ExportFlow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace govcat;

// 文件 → 导出目录 as a user goes through it: the save dialog, the progress, the message after.
class TestExportFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedSuffixChoosesTheFormat_data();
    void typedSuffixChoosesTheFormat();
    void runsOnTheWorkerAndIsRefusedWhileItIsBusy();
};

void TestExportFlow::typedSuffixChoosesTheFormat_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QByteArray>("starts");
    // The type box shows its first entry, the template workbook; a zip starts with "PK".
    QTest::newRow("csv typed") << "目录.csv"
                               << "目录.csv" << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("json typed") << "目录.JSON"
                                << "目录.JSON" << QByteArray("{");
    QTest::newRow("no suffix") << "目录"
                               << "目录.xlsx" << QByteArray("PK");
    QTest::newRow("other suffix") << "目录.txt"
                                  << "目录.txt.xlsx" << QByteArray("PK");
}

void TestExportFlow::typedSuffixChoosesTheFormat()
{
    QFETCH(QString, typed);
    QFETCH(QString, written);
    QFETCH(QByteArray, starts);
    test::CatalogFixture fixture(12);
    const QString target = fixture.dir.filePath(typed);
    QString said;
    QElapsedTimer shown;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, &driver, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            // The dialog selects its suggested name again once its folder has loaded: type the
            // name after that, and accept only when it holds.
            if (!shown.isValid()) {
                shown.start();
            } else if (shown.elapsed() > 300) {
                dialog->setDirectory(fixture.dir.path());
                test::child<QLineEdit>(dialog, "fileNameEdit")->setText(typed); // as a user types it
                if (dialog->selectedFiles().value(0) == target) {
                    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
                } else if (shown.elapsed() > 20000) {
                    dialog->reject(); // the checks below then say what went wrong
                }
            }
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            said = box->text();
            box->accept();
        }
    });
    driver.start(20);
    QWidget parent;
    Settings settings(fixture.dir.filePath(QStringLiteral("settings.ini"))); // not the user's
    db::Repository repository(fixture.database->connection(), fixture.actor(Role::CatalogEditor));
    catalog::CatalogServices services(*fixture.database, repository);
    ui::exportCatalog(&parent, services, catalog::ResourceFilter(), 0, settings);
    driver.stop();
    // The folder is remembered in the settings given, not in a second Settings of the user's.
    QCOMPARE(settings.lastImportDir.get(), QFileInfo(target).absolutePath());

    const QString path = fixture.dir.filePath(written);
    QVERIFY2(said.contains(QStringLiteral("已导出 12 条信息资源")), qPrintable(said));
    QVERIFY2(said.contains(path), qPrintable(said));
    // No English from a library reaches the user (a failed workbook once said "Error creating
    // output xlsx file").
    QVERIFY2(!QString(said).remove(path).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))),
             qPrintable(said));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(starts.size()), starts);
}

// The export runs on the database's worker thread (issue 14): while another long job holds the
// worker it is refused with a Chinese sentence and writes nothing; then it runs there.
void TestExportFlow::runsOnTheWorkerAndIsRefusedWhileItIsBusy()
{
    test::CatalogFixture fixture(5);
    db::Worker& worker = fixture.database->worker();
    test::BusyWorker busy(worker);
    QVERIFY(busy.accepted());
    QTRY_VERIFY(busy.running());
    exchange::ExportRequest request;
    request.format = io::CatalogFileFormat::Json;
    request.path = fixture.dir.filePath(QStringLiteral("busy.json"));
    QWidget parent;
    auto refused = ui::writeExport(&parent, worker, request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, db::Worker::busyMessage());
    QVERIFY(!QFileInfo::exists(request.path));
    busy.release();
    QTRY_VERIFY(!worker.isBusy());

    QSignalSpy progressed(&worker, &db::Worker::progressed); // only the worker's jobs report there
    auto done = ui::writeExport(&parent, worker, request);
    QVERIFY2(done, qPrintable(done.error().message));
    QCOMPARE(done.value().resources, 5);
    QVERIFY(QFileInfo::exists(request.path));
    QVERIFY(!worker.isBusy());
    QVERIFY(progressed.count() > 0);
}

QTEST_MAIN(TestExportFlow)
#include "tst_exportflow.moc"
