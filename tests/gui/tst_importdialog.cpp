#include "exchange/ImportPlan.h"
#include "models/catalog/ImportPreviewModel.h"
#include "models/commands/ImportUndoCommand.h"
#include "support/CatalogFixture.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/datacall/DataCallDialog.h"
#include "ui/catalog/import/ImportDialog.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace govcat;
using namespace govcat::ui;
using test::child;

// 导入目录 as a department editor uses it: the preview of a real workbook, applying it, undo and redo.
class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewThenApplyThenUndoAndRedo();
    void unreadableFileIsRefusedBeforeThePreview();
    void dataCallKitIsGeneratedReturnedAndRegistered();
    void previewListsEveryProblemAndKeptItems();

private:
    std::unique_ptr<test::CatalogFixture> m_fx;
    std::unique_ptr<db::Repository> m_repo;
    std::unique_ptr<catalog::ResourceStore> m_store;
};

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(GOVCAT_IMPORT_FIXTURES "/") + QString::fromUtf8(name);
}

} // namespace

void TestImportDialog::init()
{
    m_fx = std::make_unique<test::CatalogFixture>();
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM department WHERE name = '临川市市场监督管理局'")) &&
            q.next());
    m_repo = std::make_unique<db::Repository>(m_fx->database->connection(),
                                              m_fx->actor(Role::CatalogEditor, q.value(0).toString()));
    m_store = std::make_unique<catalog::ResourceStore>(m_fx->database->connection(), *m_repo);
}

void TestImportDialog::cleanup()
{
    m_store.reset();
    m_repo.reset();
    m_fx.reset();
}

void TestImportDialog::previewThenApplyThenUndoAndRedo()
{
    const QString live = QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0");
    const qint64 before = m_fx->count(live);
    ImportDialog dialog(*m_store, fixture("layout1_two_sheets.xlsx"));
    QVERIFY(dialog.load());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTableView>(&dialog, "importPreviewTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 4);
    const QString summary = child<QLabel>(&dialog, "importSummaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("新增 2")) && summary.contains(QStringLiteral("校验不通过 2")) &&
                 !summary.contains(QStringLiteral("拒绝")),
             qPrintable(summary));
    QVERIFY(child<QLabel>(&dialog, "importLayoutLabel")->text().contains(QStringLiteral("每行一个信息项")));
    // Rejected rows first, with the cell and the message.
    const QAbstractItemModel* model = table->model();
    QCOMPARE(model->index(0, models::ImportPreviewModel::Result).data().toString(),
             QStringLiteral("校验不通过"));
    bool badShareType = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        badShareType |= model->index(r, models::ImportPreviewModel::Where).data().toString() ==
                            QStringLiteral("信息资源!G4") &&
                        model->index(r, models::ImportPreviewModel::Details)
                            .data()
                            .toString()
                            .contains(QStringLiteral("有时共享"));
    }
    QVERIFY(badShareType);
    QVERIFY(child<QPushButton>(&dialog, "saveReportButton")->isEnabled());
    QVERIFY(test::saveScreenshot(&dialog, "import-preview"));
    QCOMPARE(m_fx->count(live), before); // the preview writes nothing

    auto* applyAll = child<QPushButton>(&dialog, "applyAllButton");
    QVERIFY(applyAll->isEnabled());
    QVERIFY2(applyAll->toolTip().contains(QStringLiteral("校验不通过的行")), qPrintable(applyAll->toolTip()));
    QTest::mouseClick(applyAll, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_fx->count(live), before + 2);

    QUndoStack stack;
    auto command = dialog.takeCommand();
    QVERIFY(command);
    stack.push(command.release());
    QCOMPARE(m_fx->count(live), before + 2); // pushing does not apply it twice
    QVERIFY(stack.undoText().contains(QStringLiteral("layout1_two_sheets.xlsx")));
    stack.undo();
    QCOMPARE(m_fx->count(live), before);
    stack.redo();
    QCOMPARE(m_fx->count(live), before + 2);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0 AND name = "
                                        "'市场主体登记信息'")),
             qint64(1));
}

void TestImportDialog::unreadableFileIsRefusedBeforeThePreview()
{
    ImportDialog dialog(*m_store, fixture("no_header.xlsx"));
    // load() tells the user in a message box; close it as the user would. The file is read on the
    // worker thread while load() waits in an event loop, so the box comes some ticks later.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->close();
        }
    });
    closer.start(20);
    QVERIFY(!dialog.load());
}

void TestImportDialog::dataCallKitIsGeneratedReturnedAndRegistered()
{
    QTemporaryDir dir;
    DataCallDialog calls(*m_fx->database, m_repo->actor(), {});
    auto* table = child<QTableWidget>(&calls, "dataCallTable");
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(child<QLabel>(&calls, "dataCallSummaryLabel")->text().contains(QStringLiteral("还没有下发过")));
    QVERIFY(calls.generate(QStringLiteral("2026 年度普查"), dir.path()));
    const qint64 departments =
        m_fx->count(QStringLiteral("SELECT count(*) FROM department WHERE is_deleted = 0"));
    QCOMPARE(table->rowCount(), int(departments));
    QVERIFY(child<QLabel>(&calls, "dataCallSummaryLabel")
                ->text()
                .contains(QStringLiteral("%1 个未报送").arg(departments)));

    // The market regulator's kit comes back unchanged.
    const QString kit = QDir(dir.path())
                            .filePath(exchange::DataCall::kitFileName(
                                QStringLiteral("2026 年度普查"), QStringLiteral("临川市市场监督管理局")));
    QVERIFY(QFile::exists(kit));
    ImportDialog import(*m_store, kit);
    QVERIFY(import.load());
    QVERIFY(child<QLabel>(&import, "importLayoutLabel")->text().contains(QStringLiteral("报送的目录填报包")));
    auto* apply = child<QPushButton>(&import, "applyAllButton");
    QVERIFY(apply->isEnabled()); // nothing changed, but the return is registered
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(import.result(), int(QDialog::Accepted));
    calls.refresh();
    QVERIFY(child<QLabel>(&calls, "dataCallSummaryLabel")->text().contains(QStringLiteral("1 个已报送")));
    QVERIFY(test::saveScreenshot(&calls, "data-call"));
}

// The preview lists every problem of a row, each with its cell (the Where column's tooltip names
// them all), and says when an empty 信息项 cell keeps an existing resource's items.
void TestImportDialog::previewListsEveryProblemAndKeptItems()
{
    ImportDialog first(*m_store, fixture("layout1_two_sheets.xlsx"));
    QVERIFY(first.load());
    first.apply(exchange::ImportScope::All);
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_resource WHERE name = '市场主体登记信息'")) &&
            q.next());
    const QString id = q.value(0).toString();
    QVERIFY(!id.isEmpty());

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(test::writeBytes(
        bad, 0,
        QStringLiteral(
            "信息资源名称,信息资源提供方,信息资源分类,信息资源摘要,格式分类,格式类型,共享类型,共享方式分类,"
            "共享方式类型,是否向社会开放,更新周期,信息项\r\n"
            "错处很多的资源,临川市市场监督管理局,999,摘要。,数据库,oracle,有时共享,共享平台方式,接口,也许,,"
            "\"名称(X)、地址(字符型)\"\r\n")
            .toUtf8()));
    ImportDialog dialog(*m_store, bad);
    QVERIFY(dialog.load());
    const QAbstractItemModel* model = child<QTableView>(&dialog, "importPreviewTable")->model();
    QCOMPARE(model->rowCount(), 1);
    const QString details = model->index(0, models::ImportPreviewModel::Details).data().toString();
    const QStringList cells = {QStringLiteral("bad.csv!C2"), QStringLiteral("bad.csv!G2"),
                               QStringLiteral("bad.csv!J2"), QStringLiteral("bad.csv!K2"),
                               QStringLiteral("bad.csv!L2")};
    for (const QString& cell : cells) {
        QVERIFY2(details.contains(cell), qPrintable(details));
    }
    QCOMPARE(details.count(QStringLiteral("✗ ")), 5); // 分类, 共享类型, 开放, 更新周期, the item type
    QCOMPARE(details.count(QStringLiteral("⚠ ")), 1); // 地址(字符型) has no length
    QCOMPARE(model->index(0, models::ImportPreviewModel::Where).data(Qt::ToolTipRole).toString(),
             cells.join(QStringLiteral("、")));
    // Shown, the row is as tall as its lines at the details column's real width (measured before
    // the dialog was laid out, it came out several times too tall).
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTableView>(&dialog, "importPreviewTable");
    const auto* view = static_cast<const QAbstractItemView*>(table);
    QTRY_COMPARE(table->rowHeight(0), view->sizeHintForRow(0));
    QVERIFY(table->rowHeight(0) < table->viewport()->height() / 2);

    const QString keep = dir.filePath(QStringLiteral("keep.csv"));
    QVERIFY(test::writeBytes(
        keep, 0,
        QStringLiteral("资源标识,信息资源名称,更新周期,信息项\r\n%1,市场主体登记信息,每月,\r\n")
            .arg(id)
            .toUtf8()));
    ImportDialog kept(*m_store, keep);
    QVERIFY(kept.load());
    const QAbstractItemModel* keptModel = child<QTableView>(&kept, "importPreviewTable")->model();
    QCOMPARE(keptModel->rowCount(), 1);
    const QString keptDetails = keptModel->index(0, models::ImportPreviewModel::Details).data().toString();
    QVERIFY2(keptDetails.contains(QStringLiteral("每日 → 每月")) &&
                 keptDetails.contains(QStringLiteral("信息项未填写，保持不变")),
             qPrintable(keptDetails));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
