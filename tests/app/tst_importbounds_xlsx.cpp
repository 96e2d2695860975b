// `govcat import --dry-run` on the hostile workbooks of issue 13 (tests/io/XlsxBombs.h): each is
// refused with exit code 2 ("input refused") and a message naming the limit, quickly, with peak
// memory within 20× the file above the process's baseline (and under 1 GB), the database unchanged.
#include "app/ExitCodes.h"
#include "db/ProfileStore.h"
#include "io/XlsxBombs.h"
#include "support/CatalogFixture.h"
#include "support/GovcatRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::io::testing;

class TestImportBoundsXlsx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hugeInlineCell();
    void hugeSharedString();
    void sheetEntriesToOnePart();
    void tooManyDistinctSheets();
    void cellsAtColumnXfd();
    void rowOfLongCells();
    void legitimateFileStillImports();

private:
    // Writes the workbook, imports it with --dry-run (measured) and checks everything the issue asks
    // of a refusal; returns the run for checks of its own.
    test::GovcatRun refused(const QByteArray& workbook, const QString& limitText);

    std::unique_ptr<test::CatalogFixture> m_fx;
    QString m_db;
    QTemporaryDir m_dir;
    qint64 m_baselineKiB = 0;
    // The baseline itself varies by about 1.5 MB from run to run (24.8 to 26.3 MB measured).
    static constexpr qint64 kJitterKiB = 2048;
};

void TestImportBoundsXlsx::initTestCase()
{
    QVERIFY2(QFile::exists(test::govcatBinary()), qPrintable(test::govcatBinary()));
    m_fx = std::make_unique<test::CatalogFixture>();
    m_db = m_fx->database->path();
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM department WHERE name = '临川市市场监督管理局'")) &&
            q.next());
    db::LocalProfile me{QStringLiteral("脚本用户"), q.value(0).toString(),
                        QStringLiteral("临川市市场监督管理局"), canonicalName(Role::CatalogEditor)};
    QVERIFY(db::ProfileStore(m_fx->database->connection()).save(me));
    m_fx->database.reset(); // the command opens the file itself

    // The baseline: the same command refusing a tiny workbook (no catalog header).
    const QString tiny = m_dir.filePath(QStringLiteral("tiny.xlsx"));
    QVERIFY(test::writeBytes(tiny, 0, oneSheetWorkbook(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")));
    const test::GovcatRun base = test::runGovcat(
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, tiny, QStringLiteral("--dry-run")},
        test::kPassphrase, true);
    QCOMPARE(base.exitCode, app::ExitCode::FileRefused);
    QVERIFY(base.peakKiB > 0);
    m_baselineKiB = base.peakKiB;
    qInfo("baseline: %lld KiB, %.2f s", base.peakKiB, base.seconds);
}

test::GovcatRun TestImportBoundsXlsx::refused(const QByteArray& workbook, const QString& limitText)
{
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    QFile::remove(path);
    if (!test::writeBytes(path, 0, workbook)) {
        qWarning("cannot write %s", qPrintable(path));
        return {};
    }
    const QByteArray before = test::fileHash(m_db);
    const test::GovcatRun run = test::runGovcat(
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, path, QStringLiteral("--dry-run")},
        test::kPassphrase, true, 120000);
    const qint64 inputKiB = workbook.size() / 1024 + 1;
    qInfo("%lld KiB file: exit %d, %lld KiB peak (baseline %lld), %.2f s", inputKiB, run.exitCode,
          run.peakKiB, m_baselineKiB, run.seconds);
    [&] {
        QCOMPARE(run.exitCode, app::ExitCode::FileRefused);
        QVERIFY2(run.err.contains(limitText), qPrintable(run.err.left(2000)));
        QVERIFY2(run.err.size() < 2000 && run.out.size() < 2000, "a refusal is one short message");
        QCOMPARE(test::fileHash(m_db), before);
        // ASan's code runs several times slower: the time bound is scaled there, not dropped
        // (test::allowedPeakKiB does the same for memory).
        const int scale = test::sanitizedBuild() ? 4 : 1;
        QVERIFY(run.peakKiB > 0);
        QVERIFY2(run.peakKiB - m_baselineKiB <= test::allowedPeakKiB(20 * inputKiB + kJitterKiB),
                 qPrintable(QStringLiteral("peak %1 KiB, baseline %2 KiB, file %3 KiB")
                                .arg(run.peakKiB)
                                .arg(m_baselineKiB)
                                .arg(inputKiB)));
        QVERIFY(run.peakKiB < 1024 * 1024);
        QVERIFY2(run.seconds < 2.0 * scale, qPrintable(QString::number(run.seconds)));
    }();
    return run;
}

// 3 million characters in one inline cell (1.5 MB zipped): stopped at Excel's 32,767 while scanning.
// Before issue 13 the whole text was built (a 500 MB cell took 4 GB) and echoed in a rejection line.
void TestImportBoundsXlsx::hugeInlineCell()
{
    refused(io::testing::hugeInlineCell(3'000'000), QStringLiteral("超过 32767 个字符的上限"));
}

void TestImportBoundsXlsx::hugeSharedString()
{
    refused(io::testing::hugeSharedString(3'000'000), QStringLiteral("超过 32767 个字符的上限"));
}

// 10,000 <sheet> entries naming one part (about 100 KB zipped): before, each was read again, 218 s
// and 2 GB. Two entries naming one part are refused (the second one is named); 300 sheets of their
// own parts are refused by the count.
void TestImportBoundsXlsx::sheetEntriesToOnePart()
{
    const test::GovcatRun run =
        refused(io::testing::sheetEntriesToOnePart(10'000), QStringLiteral("指向同一份数据"));
    QVERIFY2(run.err.contains(QStringLiteral("“S0”和“S1”")), qPrintable(run.err));
    refused(io::testing::sheetEntriesToOnePart(2), QStringLiteral("指向同一份数据"));
}

void TestImportBoundsXlsx::tooManyDistinctSheets()
{
    refused(distinctSheets(300, 20, 10), QStringLiteral("超过 255 个工作表"));
}

// Rows with a value at XFD were padded to 16,384 columns each (10.6 s against 0.4 s): the first
// value past column IV refuses the file.
void TestImportBoundsXlsx::cellsAtColumnXfd()
{
    const test::GovcatRun run =
        refused(cellsAtXfd(20'000), QStringLiteral("超出 256 列（A 至 IV 列）的上限"));
    QVERIFY2(run.err.contains(QStringLiteral("XFD2")), qPrintable(run.err));
}

// Cells under the cell limit that together make a row of 150,000 characters: the row limit.
void TestImportBoundsXlsx::rowOfLongCells()
{
    QByteArray rows = catalogHeaderRow();
    for (int r = 2; r <= 200; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<row r=\"" + n + "\">";
        for (char c = 'A'; c <= 'E'; ++c) {
            rows += QByteArray("<c r=\"") + c + n + "\" t=\"inlineStr\"><is><t>" +
                    incompressibleText(30'000, r) + "</t></is></c>";
        }
        rows += "</row>";
    }
    refused(oneSheetWorkbook(rows), QStringLiteral("第 2 行的单元格合计超过 131072 个字符的上限"));
}

// The limits leave real files alone: a cell of exactly 32,767 characters and a value in column IV
// still import (--dry-run; exit 0 or 1 for rows that fail the catalog checks, never 2).
void TestImportBoundsXlsx::legitimateFileStillImports()
{
    const QString path = m_dir.filePath(QStringLiteral("legit.xlsx"));
    QByteArray rows = catalogHeaderRow();
    rows += "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>人口基础信息</t></is></c>"
            "<c r=\"B2\" t=\"inlineStr\"><is><t>临川市市场监督管理局</t></is></c>"
            "<c r=\"C2\" t=\"inlineStr\"><is><t>" +
            incompressibleText(32'767) + "</t></is></c><c r=\"IV2\"><v>1</v></c></row>";
    QVERIFY(test::writeBytes(path, 0, oneSheetWorkbook(rows)));
    const test::GovcatRun run = test::runGovcat(
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, path, QStringLiteral("--dry-run")},
        test::kPassphrase);
    QVERIFY2(run.exitCode == app::ExitCode::Ok || run.exitCode == app::ExitCode::Findings,
             qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("每行一条信息资源")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestImportBoundsXlsx)
#include "tst_importbounds_xlsx.moc"
