// The xlsx reader on workbooks from independent producers: openpyxl (make_fixtures.py) and
// LibreOffice headless (make_lo_fixtures.sh), committed in tests/fixtures/xlsx.
#include "io/xlsx/CellRef.h"
#include "io/xlsx/MergedCells.h"
#include "io/xlsx/Styles.h"
#include "io/xlsx/XlsxReader.h"

#include <QDateTime>
#include <QTest>

using namespace govcat::io;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(GOVCAT_XLSX_FIXTURES "/") + QString::fromUtf8(name);
}

QList<Row> readAll(const char* name, int sheet = 0, XlsxLimits limits = {})
{
    XlsxReader reader(limits);
    auto opened = reader.open(fixture(name));
    if (!opened) {
        qWarning() << opened.error().message;
        return {};
    }
    auto rows = reader.readRows(sheet, 1'000'000);
    if (!rows) {
        qWarning() << rows.error().message;
        return {};
    }
    return rows.value();
}

QVariant valueAt(const QList<Row>& rows, int number, int column)
{
    for (const Row& row : rows) {
        if (row.number == number) {
            const Cell* cell = row.cell(column);
            return cell ? cell->value : QVariant();
        }
    }
    return {};
}

const Cell* cellAt(const QList<Row>& rows, int number, int column)
{
    for (const Row& row : rows) {
        if (row.number == number) {
            return row.cell(column);
        }
    }
    return nullptr;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellRefs()
    {
        QCOMPARE(parseCellRef(u"A1")->column, 0);
        QCOMPARE(parseCellRef(u"$AB$12")->column, 27);
        QCOMPARE(parseCellRef(u"XFD1048576")->row, 1'048'576);
        QVERIFY(!parseCellRef(u"XFE1"));
        QVERIFY(!parseCellRef(u"A0"));
        QVERIFY(!parseCellRef(u"A1048577"));
        QVERIFY(!parseCellRef(u"1A"));
        QCOMPARE(columnName(16383), QStringLiteral("XFD"));
        QCOMPARE(columnName(26), QStringLiteral("AA"));
    }

    void dateFormatCodes()
    {
        QVERIFY(isDateFormatCode(QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
        QVERIFY(isDateFormatCode(QStringLiteral("[$-804]yyyy/m/d h:mm")));
        QVERIFY(isDateFormatCode(QStringLiteral("[h]:mm")));
        QVERIFY(!isDateFormatCode(QStringLiteral("0.00\"m\"")));
        QVERIFY(!isDateFormatCode(QStringLiteral("[Red]0.00")));
        QVERIFY(!isDateFormatCode(QStringLiteral("General")));
        QVERIFY(!isDateFormatCode(QStringLiteral("#,##0.00_);\\(#,##0.00\\)")));
        QVERIFY(isBuiltInDateFormat(14) && isBuiltInDateFormat(22) && isBuiltInDateFormat(47));
        QVERIFY(!isBuiltInDateFormat(2) && !isBuiltInDateFormat(49));
    }

    void sheetsAndStates()
    {
        XlsxReader reader;
        QVERIFY(reader.open(fixture("basic.xlsx")));
        QCOMPARE(reader.sheets().size(), 3);
        QCOMPARE(reader.sheets().at(0).name, QStringLiteral("资源目录"));
        QCOMPARE(reader.sheets().at(0).state, SheetState::Visible);
        QCOMPARE(reader.sheets().at(1).state, SheetState::Hidden);
        QCOMPARE(reader.sheets().at(2).state, SheetState::VeryHidden);
        QCOMPARE(reader.sheets().at(1).path, QStringLiteral("xl/worksheets/sheet2.xml"));
        QCOMPARE(reader.sheetIndex(QStringLiteral("代码表")), 1);
        QCOMPARE(reader.sheetIndex(QStringLiteral("无")), -1);
        QVERIFY(!reader.isDate1904());
        auto hidden = reader.readRows(1, 10);
        QVERIFY(hidden);
        QCOMPARE(valueAt(hidden.value(), 2, 1).toString(), QStringLiteral("有条件共享"));
        QCOMPARE(reader.readSheet(7, [](const Row&) { return true; }).error().kind,
                 govcat::Error::Kind::NotFound);
    }

    void valuesOfEachType()
    {
        const auto rows = readAll("basic.xlsx");
        QCOMPARE(rows.size(), 4);
        QCOMPARE(valueAt(rows, 1, 0).toString(), QStringLiteral("信息资源名称"));
        QCOMPARE(cellAt(rows, 2, 1)->type, CellType::Number);
        QCOMPARE(valueAt(rows, 2, 1).toDouble(), 1024.0);
        QCOMPARE(valueAt(rows, 2, 2).toDouble(), 0.25);
        QCOMPARE(valueAt(rows, 3, 2).toDouble(), 1.5e10);
        QCOMPARE(cellAt(rows, 2, 3)->type, CellType::Boolean);
        QCOMPARE(valueAt(rows, 2, 3).toBool(), true);
        QCOMPARE(valueAt(rows, 3, 3).toBool(), false);
        QCOMPARE(cellAt(rows, 2, 4)->type, CellType::Date);
        QCOMPARE(valueAt(rows, 2, 4).toDate(), QDate(2024, 3, 15));
        QCOMPARE(valueAt(rows, 3, 4).toDate(), QDate(1999, 12, 31));
        QCOMPARE(valueAt(rows, 2, 5).toDateTime(), QDateTime(QDate(2024, 3, 15), QTime(8, 30)));
        QCOMPARE(valueAt(rows, 3, 5).toDateTime(), QDateTime(QDate(2000, 1, 1), QTime(23, 59, 59)));
        // text where numbers are expected stays text, leading zeros and all
        QCOMPARE(cellAt(rows, 2, 6)->type, CellType::String);
        QCOMPARE(valueAt(rows, 2, 6).toString(), QStringLiteral("0012"));
        QCOMPARE(valueAt(rows, 4, 1).toString(), QStringLiteral("一千"));
        QCOMPARE(rows.at(3).cells.size(), 2); // empty cells are absent
    }

    void dates1900AndFormats()
    {
        const auto rows = readAll("formats.xlsx");
        QCOMPARE(valueAt(rows, 1, 0).toDate(), QDate(1900, 1, 1));
        QCOMPARE(valueAt(rows, 2, 0).toDate(), QDate(1900, 2, 28));
        QCOMPARE(cellAt(rows, 3, 0)->type, CellType::Number); // Lotus's 1900-02-29
        QCOMPARE(valueAt(rows, 3, 0).toDouble(), 60.0);
        QCOMPARE(valueAt(rows, 4, 0).toDate(), QDate(1900, 3, 1));
        QCOMPARE(valueAt(rows, 5, 0).toTime(), QTime(12, 30));
        QCOMPARE(valueAt(rows, 6, 0).toDate(), QDate(2024, 2, 29));
        QCOMPARE(valueAt(rows, 7, 0).toDateTime(), QDateTime(QDate(2023, 3, 15), QTime(12, 0)));
        QCOMPARE(cellAt(rows, 8, 0)->type, CellType::Number);
        QCOMPARE(cellAt(rows, 9, 0)->type, CellType::Number);
        QCOMPARE(cellAt(rows, 10, 0)->type, CellType::Date);
        QCOMPARE(valueAt(rows, 11, 0).toDate(), QDate(2024, 1, 1));
        QCOMPARE(excelSerialToDate(2958465, false).toDate(), QDate(9999, 12, 31));
        QVERIFY(!excelSerialToDate(-1, false).isValid());
        QVERIFY(!excelSerialToDate(1e300, true).isValid());
    }

    void dates1904()
    {
        XlsxReader reader;
        QVERIFY(reader.open(fixture("date1904.xlsx")));
        QVERIFY(reader.isDate1904());
        auto rows = reader.readRows(0, 100);
        QVERIFY(rows);
        QCOMPARE(valueAt(rows.value(), 1, 1).toDate(), QDate(2024, 3, 15));
        QCOMPARE(valueAt(rows.value(), 2, 1).toDateTime(), QDateTime(QDate(1904, 1, 2), QTime(6, 0)));
        QCOMPARE(valueAt(rows.value(), 3, 1).toDate(), QDate(1904, 1, 1));
    }

    void mergedHeaders()
    {
        XlsxReader reader;
        QVERIFY(reader.open(fixture("merged.xlsx")));
        auto layout = reader.readLayout(0);
        QVERIFY(layout);
        const QList<CellRange> merged = layout.value().merged;
        QCOMPARE(merged.size(), 6);
        QVERIFY(merged.contains(CellRange{2, 2, 2, 3}));
        QVERIFY(merged.contains(CellRange{4, 0, 6, 0}));
        auto rows = reader.readRows(0, 10);
        QVERIFY(rows);
        QVERIFY(reader.readSheet(0, [](const Row&) { return true; }));
        QCOMPARE(reader.mergedCells(), merged);
        QList<Row> filled = rows.value();
        fillMergedCells(filled, merged);
        QCOMPARE(valueAt(filled, 1, 3).toString(), QStringLiteral("某市政务信息资源目录（2024 年）"));
        QCOMPARE(valueAt(filled, 2, 3).toString(), QStringLiteral("数据项"));
        QCOMPARE(valueAt(filled, 3, 0).toString(), QStringLiteral("信息资源名称"));
        QCOMPARE(valueAt(filled, 3, 3).toString(), QStringLiteral("类型"));
        QCOMPARE(valueAt(filled, 6, 0).toString(), QStringLiteral("人口基础信息"));
        QCOMPARE(valueAt(filled, 6, 1).toString(), QStringLiteral("市公安局"));
        QCOMPARE(valueAt(filled, 6, 2).toString(), QStringLiteral("出生日期"));
    }

    // The whole grid when asked for (XFD is the last column); the default limits, which the catalog
    // import uses, refuse a value past column IV instead (tst_xlsxhostile: columnsPastTheLimit).
    void sparseCells()
    {
        XlsxLimits wholeGrid;
        wholeGrid.maxColumns = kMaxExcelColumns;
        const auto rows = readAll("sparse.xlsx", 0, wholeGrid);
        QList<int> numbers;
        for (const Row& row : rows) {
            numbers.append(row.number);
        }
        QCOMPARE(numbers, (QList<int>{1, 2, 3, 5, 1000}));
        QCOMPARE(valueAt(rows, 1, 2).toString(), QStringLiteral("备注"));
        QVERIFY(!cellAt(rows, 1, 1));
        QCOMPARE(valueAt(rows, 2, 16383).toString(), QStringLiteral("最后一列"));
        QCOMPARE(valueAt(rows, 5, 25).toDouble(), 26.0);
        QCOMPARE(valueAt(rows, 1000, 26).toString(), QStringLiteral("远处"));
    }

    void rowLimitAndEarlyStop()
    {
        QCOMPARE(readAll("rows2000.xlsx").size(), 2000);
        XlsxLimits limits;
        limits.maxRows = 1000;
        XlsxReader reader(limits);
        QVERIFY(reader.open(fixture("rows2000.xlsx")));
        int seen = 0;
        auto read = reader.readSheet(0, [&seen](const Row&) { return ++seen > 0; });
        QVERIFY(!read);
        QCOMPARE(read.error().kind, govcat::Error::Kind::Invalid);
        QVERIFY2(read.error().message.contains(QStringLiteral("超过 1000 行的上限")),
                 qPrintable(read.error().message));
        QCOMPARE(seen, 1000);
        seen = 0;
        QVERIFY(reader.readSheet(0, [&seen](const Row& row) { return ++seen < 10 && row.number < 10; }));
        QCOMPARE(seen, 10);
    }

    void formulasUseCachedValues()
    {
        const auto openpyxl = readAll("formulas_openpyxl.xlsx");
        QCOMPARE(openpyxl.size(), 1);
        QCOMPARE(openpyxl.at(0).cells.size(), 1); // formulas without a cached value have none
        const auto rows = readAll("formulas_lo.xlsx");
        QCOMPARE(valueAt(rows, 1, 1).toDouble(), 42.0);
        QVERIFY(cellAt(rows, 1, 1)->formula);
        QVERIFY(!cellAt(rows, 1, 0)->formula);
        QCOMPARE(valueAt(rows, 1, 2).toString(), QStringLiteral("21件"));
        QCOMPARE(cellAt(rows, 1, 3)->type, CellType::Error);
        QCOMPARE(valueAt(rows, 1, 3).toString(), QStringLiteral("#DIV/0!"));
        QCOMPARE(valueAt(rows, 1, 4).toBool(), true);
    }

    void libreOfficeFromCsv()
    {
        const auto rows = readAll("catalog_lo.xlsx");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(valueAt(rows, 1, 0).toString(), QStringLiteral("信息资源名称"));
        QCOMPARE(valueAt(rows, 2, 1).toString(), QStringLiteral("市公安局"));
        QCOMPARE(valueAt(rows, 3, 2).toDouble(), 2048.5);
        QCOMPARE(valueAt(rows, 2, 3).toDate(), QDate(2024, 3, 15));
        QCOMPARE(valueAt(rows, 3, 4).toBool(), false);
        QCOMPARE(valueAt(rows, 3, 5).toString(), QStringLiteral("A-01"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
