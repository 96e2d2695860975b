#include "ExportSample.h"
#include "io/catalog/CatalogColumns.h"
#include "io/catalog/TableSource.h"
#include "io/export/CatalogWriter.h"
#include "io/export/ExportValues.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::io;

// Files govcat writes must open in LibreOffice: `soffice --headless --convert-to csv` turns every
// sheet of the exported workbook into a CSV whose cells must equal what govcat wrote. Skipped (with
// a warning) only when soffice is not installed (package libreoffice-calc-nogui).
class TestExportLibreOffice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void xlsxSheetsConvertToTheSameCells();
    void csvOpensWithTheSameCells();
    void csvFormulasStayText();

private:
    QString convert(const QString& file, const QString& filter, const QString& infilter = {});
    static QList<QStringList> rowsOf(const QString& csvPath);
    static QList<QStringList> expectedResourceRows(const QList<ResourceDraft>& drafts);
    static QList<QStringList> expectedItemRows(const QList<ResourceDraft>& drafts);
    static void compareRows(const QList<QStringList>& got, const QList<QStringList>& want);

    QString m_soffice;
    QTemporaryDir m_dir;
};

void TestExportLibreOffice::initTestCase()
{
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (m_soffice.isEmpty()) {
        qWarning("*** soffice not found: LibreOffice interoperability of exported files is NOT tested. "
                 "Install libreoffice-calc-nogui (scripts/install-deps.sh). ***");
        QSKIP("soffice (LibreOffice) is not installed");
    }
}

// Runs LibreOffice headless with its own profile; returns the output directory.
QString TestExportLibreOffice::convert(const QString& file, const QString& filter, const QString& infilter)
{
    const QString out = m_dir.filePath(QStringLiteral("out-") + QFileInfo(file).fileName());
    QDir().mkpath(out);
    QStringList args = {QStringLiteral("-env:UserInstallation=file://") +
                            m_dir.filePath(QStringLiteral("profile")),
                        QStringLiteral("--headless")};
    if (!infilter.isEmpty()) {
        args << QStringLiteral("--infilter=") + infilter;
    }
    args << QStringLiteral("--convert-to") << filter << QStringLiteral("--outdir") << out << file;
    QProcess p;
    p.start(m_soffice, args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        qWarning("soffice timed out");
        return {};
    }
    if (p.exitCode() != 0) {
        qWarning("soffice failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return out;
}

QList<QStringList> TestExportLibreOffice::rowsOf(const QString& csvPath)
{
    QList<QStringList> rows;
    auto source = openTableSource(csvPath, QStringLiteral("UTF-8"));
    if (!source) {
        qWarning("%s", qPrintable(source.error().message));
        return rows;
    }
    auto r = source.value()->stream(0, [&](const TableRow& row) {
        QStringList cells = row.cells;
        while (!cells.isEmpty() && cells.constLast().isEmpty()) {
            cells.removeLast();
        }
        rows << cells;
        return true;
    });
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
    }
    return rows;
}

static QStringList trimmed(QStringList cells)
{
    while (!cells.isEmpty() && cells.constLast().isEmpty()) {
        cells.removeLast();
    }
    return cells;
}

QList<QStringList> TestExportLibreOffice::expectedResourceRows(const QList<ResourceDraft>& drafts)
{
    QList<QStringList> rows;
    QStringList header;
    for (const QString& key : exportResourceKeys()) {
        header << catalogColumn(key)->header;
    }
    rows << header;
    for (const ResourceDraft& d : drafts) {
        QStringList row;
        for (const QString& key : exportResourceKeys()) {
            row << resourceCellText(d, key, test::exportSampleBases());
        }
        rows << trimmed(row);
    }
    return rows;
}

QList<QStringList> TestExportLibreOffice::expectedItemRows(const QList<ResourceDraft>& drafts)
{
    const QStringList keys = resourceLinkKeys() + exportItemKeys();
    QList<QStringList> rows;
    QStringList header;
    for (const QString& key : keys) {
        header << catalogColumn(key)->header;
    }
    rows << header;
    for (const ResourceDraft& d : drafts) {
        for (int i = 0; i < d.items.size(); ++i) {
            QStringList row;
            for (const QString& key : keys) {
                row << (isItemKey(key) ? itemCellText(d.items.at(i), i + 1, key)
                                       : resourceCellText(d, key, test::exportSampleBases()));
            }
            rows << trimmed(row);
        }
    }
    return rows;
}

void TestExportLibreOffice::compareRows(const QList<QStringList>& got, const QList<QStringList>& want)
{
    QCOMPARE(got.size(), want.size());
    for (qsizetype r = 0; r < want.size(); ++r) {
        QCOMPARE(got.at(r).size(), want.at(r).size());
        for (qsizetype c = 0; c < want.at(r).size(); ++c) {
            QCOMPARE(got.at(r).at(c), want.at(r).at(c));
        }
    }
}

static QString writeSample(const QString& path, CatalogFileFormat format)
{
    CatalogWriteOptions options;
    options.legalBasisTitles = test::exportSampleBases();
    auto writer = createCatalogWriter(format, options);
    auto r = writer->open(path);
    for (const ResourceDraft& d : test::exportSample()) {
        if (r) {
            r = writer->add(d);
        }
    }
    if (r) {
        r = writer->finish();
    }
    return r ? path : QString();
}

void TestExportLibreOffice::xlsxSheetsConvertToTheSameCells()
{
    const QString file = writeSample(m_dir.filePath(QStringLiteral("catalog.xlsx")), CatalogFileFormat::Xlsx);
    QVERIFY(!file.isEmpty());
    // Comma, double quote, UTF-8, raw values (not as shown), every sheet (-1) to catalog-<sheet>.csv.
    const QString out =
        convert(file, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
                                     "false,false,-1"));
    QVERIFY(!out.isEmpty());
    const QList<ResourceDraft> sample = test::exportSample();
    compareRows(rowsOf(QDir(out).filePath(QStringLiteral("catalog-信息资源.csv"))),
                expectedResourceRows(sample));
    compareRows(rowsOf(QDir(out).filePath(QStringLiteral("catalog-信息项.csv"))), expectedItemRows(sample));
    const QList<QStringList> shareTypes =
        rowsOf(QDir(out).filePath(QStringLiteral("catalog-代码表-共享类型.csv")));
    QCOMPARE(shareTypes.size(), 4);
    QCOMPARE(shareTypes.at(1).at(0), QStringLiteral("无条件共享"));
}

void TestExportLibreOffice::csvOpensWithTheSameCells()
{
    const QString file = writeSample(m_dir.filePath(QStringLiteral("catalog.csv")), CatalogFileFormat::Csv);
    QVERIFY(!file.isEmpty());
    // LibreOffice reads the UTF-8 CSV (BOM) with every column as text (as a user imports a catalog
    // CSV: otherwise Calc turns 0012 into 12) and writes it back as CSV.
    QStringList textColumns;
    for (qsizetype c = 1; c <= exportResourceKeys().size() + exportItemKeys().size(); ++c) {
        textColumns << QStringLiteral("%1/2").arg(c);
    }
    const QString back = convert(
        file, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"),
        QStringLiteral("Text - txt - csv (StarCalc):44,34,76,1,") + textColumns.join(QLatin1Char('/')));
    QVERIFY(!back.isEmpty());
    const QList<QStringList> original = rowsOf(file);
    const QList<QStringList> converted = rowsOf(QDir(back).filePath(QStringLiteral("catalog.csv")));
    compareRows(converted, original);
}

// A user who opens the exported CSV in Calc with formulas evaluated (the import dialog's
// "Evaluate formulas", on here) sees the hostile values as text: a formula would have turned
// =6*7 into 42 and =HYPERLINK(…) into its link text in the file Calc saves.
void TestExportLibreOffice::csvFormulasStayText()
{
    const QString file = m_dir.filePath(QStringLiteral("hostile.csv"));
    CatalogWriteOptions options;
    auto writer = createCatalogWriter(CatalogFileFormat::Csv, options);
    ResourceDraft d = test::hostileSample().constFirst();
    d.name = QStringLiteral("=6*7");
    d.items.first().name = QStringLiteral("=HYPERLINK(\"http://evil.example/\";\"点击查看\")");
    QVERIFY(writer->open(file) && writer->add(d) && writer->finish());
    // Comma, double quote, UTF-8, from line 1, standard column types (Calc guesses, as on a
    // double click), …, token 13: evaluate formulas.
    const QString back = convert(
        file, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"),
        QStringLiteral("Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,false,true"));
    QVERIFY(!back.isEmpty());
    const QList<QStringList> converted = rowsOf(QDir(back).filePath(QStringLiteral("hostile.csv")));
    QList<QString> cells;
    for (const QStringList& row : converted) {
        cells << row;
    }
    QVERIFY2(!cells.contains(QStringLiteral("42")), "=6*7 was evaluated");
    QVERIFY2(!cells.contains(QStringLiteral("点击查看")), "=HYPERLINK was evaluated");
    QVERIFY(cells.contains(d.name));
    QVERIFY(cells.contains(d.items.first().name));
    QVERIFY(cells.contains(QStringLiteral("=cmd|' /C calc'!A0")));
    QVERIFY(cells.contains(QStringLiteral("'=已带引号的值")));
}

QTEST_GUILESS_MAIN(TestExportLibreOffice)
#include "tst_exportlibreoffice.moc"
