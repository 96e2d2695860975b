#include "io/catalog/TableSource.h"
#include "io/report/ImportReportWriter.h"
#include "io/xlsx/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace govcat;
using namespace govcat::io;

// The error report workbook: the user's own values back, the problem cells highlighted with a
// comment, a summary sheet first; checked with govcat's reader and with openpyxl, an independent one.
class TestImportReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportKeepsValuesAndMarksCells();
    void jsonReportHasTheSummaryOnly();
    void mergedCellsAreMergedAgain();
    void hostileMergedRangesAreLeftOut();
    void columnWidthsAreKept();
};

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(GOVCAT_IMPORT_FIXTURES "/") + QString::fromUtf8(name);
}

QString valueAt(XlsxReader& reader, int sheet, int row, int column)
{
    QString found;
    auto r = reader.readSheet(sheet, [&](const Row& x) {
        if (x.number == row) {
            if (const Cell* c = x.cell(column)) {
                found = c->text;
            }
            return false;
        }
        return true;
    });
    return r ? found : QStringLiteral("<error>");
}

// A sheet given in memory, with whatever merged ranges and column widths a file could declare.
class LayoutSource final : public TableSource
{
public:
    QList<TableRow> rows;
    SheetLayout sheetLayout;

    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheetNames() const override { return {QStringLiteral("表")}; }
    Result<QList<TableRow>> head(int, int count) override { return rows.mid(0, count); }
    Result<void> stream(int, const TableRowCallback& onRow) override
    {
        for (const TableRow& row : std::as_const(rows)) {
            if (!onRow(row)) {
                break;
            }
        }
        return {};
    }
    Result<SheetLayout> layout(int) override { return sheetLayout; }
};

// What a script run by Debian's /usr/bin/python3 (which has python3-openpyxl) on file prints, or
// "<python failed: …>".
QString runPython(const QString& script, const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, file});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return QStringLiteral("<python failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

void TestImportReport::reportKeepsValuesAndMarksCells()
{
    auto source = openTableSource(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(source);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("报告.xlsx"));
    const QList<ReportNote> notes = {
        {{0, 4, 6},
         QStringLiteral("广告监测信息"),
         QStringLiteral("共享类型：“有时共享”不是共享类型的可选值。"),
         true},
        {{0, 4, 7},
         QStringLiteral("广告监测信息"),
         QStringLiteral("共享条件：请填写。"),
         true}, // an empty cell
        {{1, 7, 0}, QString(), QStringLiteral("信息项所属的信息资源“不存在的资源”不在本地目录中。"), true},
        {{0, 2, 12}, QStringLiteral("市场主体登记信息"), QStringLiteral("发布日期早于今天一年以上。"), false},
    };
    QVERIFY(writeImportReport(source.value().get(), notes, out));

    XlsxReader reader;
    QVERIFY(reader.open(out));
    QCOMPARE(reader.sheets().size(), 3);
    QCOMPARE(reader.sheets().at(0).name, QStringLiteral("错误汇总"));
    QCOMPARE(reader.sheets().at(1).name, QStringLiteral("信息资源"));
    QCOMPARE(reader.sheets().at(2).name, QStringLiteral("信息项"));
    QCOMPARE(valueAt(reader, 1, 4, 6), QStringLiteral("有时共享")); // the user's value is kept
    QCOMPARE(valueAt(reader, 1, 4, 1), QStringLiteral("广告监测信息"));
    QCOMPARE(valueAt(reader, 2, 7, 0), QStringLiteral("不存在的资源"));
    QCOMPARE(valueAt(reader, 0, 4, 1), QStringLiteral("G4"));

    // openpyxl (Debian's python3-openpyxl) reads the fills and the comments.
    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        QSKIP("/usr/bin/python3 is missing: the independent check with openpyxl did not run");
    }
    const QString printed = runPython(QStringLiteral(R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['信息资源']
for ref in ('G4', 'H4', 'M2'):
    c = ws[ref]
    print(ref, c.value, c.fill.fgColor.rgb, (c.comment.text if c.comment else '').replace('\n', ' '))
)"),
                                      out);
    QVERIFY2(!printed.startsWith(QStringLiteral("<python failed")), qPrintable(printed));
    const QStringList lines = printed.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("G4 有时共享 FFFFC7CE 共享类型")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("H4 None FFFFC7CE 共享条件：请填写")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("M2 2024-03-05")) &&
                 lines.at(2).contains(QStringLiteral("FFFFEB9C")),
             qPrintable(lines.at(2)));
}

void TestImportReport::jsonReportHasTheSummaryOnly()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("json.xlsx"));
    QVERIFY(writeImportReport(
        nullptr, {{{}, QStringLiteral("某资源"), QStringLiteral("缺少信息资源摘要。"), true}}, out));
    XlsxReader reader;
    QVERIFY(reader.open(out));
    QCOMPARE(reader.sheets().size(), 1);
    QCOMPARE(valueAt(reader, 0, 4, 4), QStringLiteral("缺少信息资源摘要。"));
}

void TestImportReport::mergedCellsAreMergedAgain()
{
    // layout 2: a title over the columns, headers merged over two rows, each resource's columns
    // merged down over its items
    auto source = openTableSource(fixture("layout2_merged.xlsx"));
    QVERIFY(source);
    auto declared = source.value()->layout(0);
    QVERIFY(declared);
    QCOMPARE(declared.value().merged.size(), 34);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("报告.xlsx"));
    QVERIFY(writeImportReport(
        source.value().get(),
        {{{0, 4, 1}, QStringLiteral("特种设备登记信息"), QStringLiteral("名称重复。"), true},
         {{0, 5, 9}, QStringLiteral("特种设备登记信息"), QStringLiteral("类型未知。"), false}},
        out));

    XlsxReader reader;
    QVERIFY(reader.open(out));
    auto kept = reader.readLayout(1);
    QVERIFY(kept);
    QCOMPARE(kept.value().merged, declared.value().merged);
    QCOMPARE(kept.value().columns, declared.value().columns);
    QCOMPARE(valueAt(reader, 1, 1, 0), QStringLiteral("临川市市场监督管理局政务信息资源目录（2024 年）"));
    QCOMPARE(valueAt(reader, 1, 4, 1), QStringLiteral("特种设备登记信息"));
    QCOMPARE(valueAt(reader, 1, 5, 8), QStringLiteral("设备类别"));

    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        QSKIP("/usr/bin/python3 is missing: the independent check with openpyxl did not run");
    }
    const QString printed = runPython(QStringLiteral(R"(
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['目录']
print(len(ws.merged_cells.ranges), 'B4:B6' in ws.merged_cells, 'E2:F2' in ws.merged_cells)
for ref in ('B4', 'J5'):
    c = ws[ref]
    print(ref, c.value, c.fill.fgColor.rgb, c.comment.text if c.comment else '')
)"),
                                      out);
    QCOMPARE(printed, QStringLiteral(
                          "34 True True\nB4 特种设备登记信息 FFFFC7CE 名称重复。\nJ5 C FFFFEB9C 类型未知。"));
}

void TestImportReport::hostileMergedRangesAreLeftOut()
{
    LayoutSource source;
    source.rows = {{1, {QStringLiteral("标题")}}, {2, {QStringLiteral("名称"), QStringLiteral("类型")}}};
    source.sheetLayout.merged = {
        {1, 0, 1'048'576, 16'383}, // the whole grid: too many cells
        {1, 0, 1, 1},              // A1:B1, kept
        {1, 1, 1, 2},              // B1:C1 overlaps A1:B1
        {0, 0, 2, 0},              // row 0 does not exist
        {5, 2, 5, 2},              // one cell
        {3, 5, 2, 5},              // upside down
        {1, 16'383, 2, 16'384},    // beyond the last column
    };
    source.sheetLayout.merged.append(QList<CellRange>(20'000, CellRange{1, 3, 2, 3})); // D1:D2, then overlaps
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("报告.xlsx"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writeImportReport(&source, {}, out));
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    XlsxReader reader;
    QVERIFY(reader.open(out));
    auto kept = reader.readLayout(1);
    QVERIFY(kept);
    QCOMPARE(kept.value().merged, (QList<CellRange>{{1, 0, 1, 1}, {1, 3, 2, 3}}));
    QCOMPARE(valueAt(reader, 1, 1, 0), QStringLiteral("标题"));
    QCOMPARE(valueAt(reader, 1, 2, 1), QStringLiteral("类型"));
}

void TestImportReport::columnWidthsAreKept()
{
    LayoutSource source;
    source.rows = {{1, {QStringLiteral("信息资源名称"), QStringLiteral("备注"), QStringLiteral("内部编号")}}};
    // as Excel and LibreOffice store them: padding included, to the pixel or not
    source.sheetLayout.columns = {
        {0, 0, 30.7109375, false}, {1, 1, 10.87, false}, {2, 2, 0, true}, {3, 5, 0.85546875, false}};
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("报告.xlsx"));
    QVERIFY(writeImportReport(&source, {}, out));
    XlsxReader reader;
    QVERIFY(reader.open(out));
    auto kept = reader.readLayout(1);
    QVERIFY(kept);
    const QList<ColumnWidth>& columns = kept.value().columns;
    QCOMPARE(columns.size(), 4);
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnWidth& want = source.sheetLayout.columns.at(i);
        QCOMPARE(columns.at(i).first, want.first);
        QCOMPARE(columns.at(i).last, want.last);
        QCOMPARE(columns.at(i).hidden, want.hidden);
        // the same number of pixels: within a pixel's width (1/7 of a character)
        QVERIFY2(std::abs(columns.at(i).width - want.width) < 1.0 / 7,
                 qPrintable(QStringLiteral("%1: %2 for %3").arg(i).arg(columns.at(i).width).arg(want.width)));
    }
    QCOMPARE(columns.at(0).width, 30.7109375); // a width Excel wrote comes back exactly
}

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
