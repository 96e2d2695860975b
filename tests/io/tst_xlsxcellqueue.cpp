// XlsxCellQueue, the batches of cells the catalog export hands to libxlsxwriter: on a second thread or
// on the caller's, every cell lands in its sheet, row and column with its value (read back with
// XlsxReader); a failing libxlsxwriter call is reported with its row, and later cells are dropped.
#include "io/export/XlsxCellQueue.h"
#include "io/report/WorkbookDeflate.h"
#include "io/xlsx/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace govcat::io;

namespace {

QString expectedText(int sheet, int row, int column)
{
    return QStringLiteral("表%1第%2行第%3列").arg(sheet).arg(row).arg(column);
}

lxw_workbook* newBook(const QString& path)
{
    useWorkbookDeflate();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    return workbook_new_opt(QFile::encodeName(path).constData(), &options);
}

} // namespace

class TestXlsxCellQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryCellInOrder_data()
    {
        QTest::addColumn<bool>("threaded");
        QTest::newRow("second thread") << true;
        QTest::newRow("caller's thread") << false;
    }
    void writesEveryCellInOrder()
    {
        QFETCH(bool, threaded);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cells.xlsx"));
        lxw_workbook* book = newBook(path);
        QVERIFY(book);
        lxw_worksheet* sheets[2] = {workbook_add_worksheet(book, "甲"), workbook_add_worksheet(book, "乙")};
        constexpr int kRows = 3000; // rows of three cells on each sheet, several batches
        {
            XlsxCellQueue queue(threaded);
            XlsxCellBatch batch;
            for (int row = 0; row < kRows; ++row) {
                for (int s = 0; s < 2; ++s) {
                    batch.addText(sheets[s], row, 0, expectedText(s, row, 0));
                    batch.addNumber(sheets[s], row, 1, row * 0.5);
                    batch.addText(sheets[s], row, 2, expectedText(s, row, 2));
                }
                if (batch.cells.size() >= 1000) {
                    QVERIFY(!queue.push(batch));
                    QVERIFY(batch.cells.empty() && batch.texts.empty());
                }
            }
            QVERIFY(!queue.push(batch));
            QVERIFY(!queue.drain());
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        XlsxReader reader;
        QVERIFY(reader.open(path));
        for (int s = 0; s < 2; ++s) {
            int rows = 0;
            QVERIFY(reader.readSheet(s, [&](const Row& row) {
                const int r = row.number - 1;
                const bool ok = row.cells.size() == 3 && row.cell(0)->text == expectedText(s, r, 0) &&
                                row.cell(1)->value.toDouble() == r * 0.5 &&
                                row.cell(2)->text == expectedText(s, r, 2) && r == rows;
                ++rows;
                return ok;
            }));
            QCOMPARE(rows, kRows);
        }
    }

    void reportsTheFirstFailureAndDropsTheRest_data() { writesEveryCellInOrder_data(); }
    void reportsTheFirstFailureAndDropsTheRest()
    {
        QFETCH(bool, threaded);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("failed.xlsx"));
        lxw_workbook* book = newBook(path);
        QVERIFY(book);
        lxw_worksheet* sheet = workbook_add_worksheet(book, "甲");
        {
            XlsxCellQueue queue(threaded);
            XlsxCellBatch batch;
            batch.addText(sheet, 0, 0, QStringLiteral("写入"));
            batch.addText(sheet, 1, 20000, QStringLiteral("超出列数")); // Excel has 16,384 columns
            batch.addText(sheet, 2, 0, QStringLiteral("不再写入"));
            queue.push(batch);
            batch.addText(sheet, 3, 0, QStringLiteral("也不写入"));
            queue.push(batch);
            const std::optional<XlsxCellError> error = queue.drain();
            QVERIFY(error);
            QCOMPARE(error->code, int(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE));
            QCOMPARE(error->row, 1);
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);
        XlsxReader reader;
        QVERIFY(reader.open(path));
        QStringList texts;
        QVERIFY(reader.readSheet(0, [&](const Row& row) {
            for (const Cell& c : row.cells) {
                texts << c.text;
            }
            return true;
        }));
        QCOMPARE(texts, QStringList{QStringLiteral("写入")});
    }
};

QTEST_GUILESS_MAIN(TestXlsxCellQueue)
#include "tst_xlsxcellqueue.moc"
