// The xlsx reader on damaged and hostile input built in the test: not a zip, truncated archives,
// zip bombs, DTDs and entities, lying zip headers, broken cells, plus hand-written XML that the
// fixture producers do not write (rich text, escapes, cells without references).
#include "io/XlsxTestFiles.h"
#include "io/xlsx/MergedCells.h"
#include "io/xlsx/XlsxArchive.h"
#include "io/xlsx/XlsxReader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace govcat::io;
using namespace govcat::io::testing;
using govcat::Error;

namespace {

Error openError(const QByteArray& data, XlsxLimits limits = {})
{
    XlsxReader reader(limits);
    auto opened = reader.openData(data);
    return opened ? Error{} : opened.error();
}

Error readError(const QByteArray& data, XlsxLimits limits = {})
{
    XlsxReader reader(limits);
    if (auto opened = reader.openData(data); !opened) {
        return opened.error();
    }
    auto read = reader.readSheet(0, [](const Row&) { return true; });
    return read ? Error{} : read.error();
}

QList<Row> rowsOf(const QByteArray& data)
{
    XlsxReader reader;
    if (!reader.openData(data)) {
        return {};
    }
    auto rows = reader.readRows(0, 1000);
    return rows ? rows.value() : QList<Row>{};
}

QByteArray fixtureBytes(const char* name)
{
    QFile file(QStringLiteral(GOVCAT_XLSX_FIXTURES "/") + QString::fromUtf8(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestXlsxHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notAZip()
    {
        const QString expected =
            QStringLiteral("文件不是有效的 .xlsx 工作簿（不是 zip 文件、已截断或受密码保护）。");
        QCOMPARE(openError(QByteArrayLiteral("信息资源名称,提供方\n")).message, expected);
        QCOMPARE(openError(QByteArray()).kind, Error::Kind::Invalid);
        XlsxReader reader;
        auto missing = reader.open(QStringLiteral("/nonexistent/目录.xlsx"));
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        QVERIFY(missing.error().message.startsWith(QStringLiteral("无法打开文件")));
        const QByteArray noWorkbook = makeZip({{QStringLiteral("a.txt"), QByteArrayLiteral("x")}});
        QVERIFY(openError(noWorkbook).message.contains(QStringLiteral("缺少“xl/workbook.xml”")));
    }

    void truncatedAtEveryLength()
    {
        const QByteArray whole = fixtureBytes("basic.xlsx");
        QVERIFY(whole.size() > 1000);
        for (qsizetype n = 0; n < whole.size(); n += 37) {
            const Error error = readError(whole.left(n));
            QVERIFY2(error.kind == Error::Kind::Invalid, qPrintable(QString::number(n)));
        }
        QVERIFY(!readError(whole).isError());
    }

    void corruptedBytes()
    {
        QByteArray data = fixtureBytes("basic.xlsx");
        for (qsizetype i = 100; i < data.size(); i += 211) {
            QByteArray copy = data;
            copy[i] = char(copy[i] ^ 0x5a);
            readError(copy); // must not crash or hang; any result is fine
        }
    }

    void zipBombByDeclaredSize()
    {
        const QByteArray bomb = makeZip({{QStringLiteral("xl/workbook.xml"), workbookXml()},
                                         {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels()},
                                         {QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray()}},
                                        [](const QString&, QIODevice& out) {
                                            out.write(QByteArrayLiteral("<worksheet><sheetData>"));
                                            const QByteArray chunk(1024 * 1024, ' ');
                                            for (int i = 0; i < 30; ++i) {
                                                out.write(chunk);
                                            }
                                            out.write(QByteArrayLiteral("</sheetData></worksheet>"));
                                        });
        QVERIFY(bomb.size() < 200 * 1024); // 30 MB in well under 200 KB
        const Error ratio = readError(bomb);
        QVERIFY2(ratio.message.contains(QStringLiteral("压缩炸弹")), qPrintable(ratio.message));
        XlsxLimits small;
        small.maxEntryBytes = 10 * 1024 * 1024;
        small.maxCompressionRatio = 100'000;
        const Error size = readError(bomb, small);
        QVERIFY2(size.message.contains(QStringLiteral("超过 10 MB 的上限")), qPrintable(size.message));
    }

    void inflatedBytesAreCounted()
    {
        // the device counts what it inflates, independently of the header checks in openEntry
        QByteArray zipData = makeZip({{QStringLiteral("big.xml"), QByteArray(3 * 1024 * 1024, 'a')}});
        QBuffer buffer(&zipData);
        QuaZip zip(&buffer);
        QVERIFY(zip.open(QuaZip::mdUnzip) && zip.setCurrentFile(QStringLiteral("big.xml")));
        XlsxLimits limits;
        ZipEntryDevice byRatio(&zip, QStringLiteral("big.xml"), 100, limits); // as if 100 bytes compressed
        while (byRatio.read(64 * 1024).size() > 0) {
        }
        QVERIFY2(byRatio.failure().message.contains(QStringLiteral("压缩炸弹")),
                 qPrintable(byRatio.failure().message));
        limits.maxEntryBytes = 2 * 1024 * 1024;
        limits.maxCompressionRatio = 1'000'000;
        QVERIFY(zip.setCurrentFile(QStringLiteral("big.xml")));
        ZipEntryDevice bySize(&zip, QStringLiteral("big.xml"), 100, limits);
        qint64 total = 0;
        for (QByteArray chunk = bySize.read(64 * 1024); !chunk.isEmpty(); chunk = bySize.read(64 * 1024)) {
            total += chunk.size();
        }
        QVERIFY(total <= limits.maxEntryBytes);
        QVERIFY2(bySize.failure().message.contains(QStringLiteral("超过 2 MB 的上限")),
                 qPrintable(bySize.failure().message));
    }

    void lyingZipHeaderIsNotTrusted()
    {
        // declare the sheet as 100 bytes: inflation stops there and the CRC check fails
        const QByteArray sheet = sheetXml(QByteArray(1'000'000, ' ') + QByteArrayLiteral("<row r=\"1\"/>"));
        QByteArray zip = minimalWorkbook(sheet);
        const QByteArray name = QByteArrayLiteral("xl/worksheets/sheet1.xml");
        for (const auto& [signature, offset] : {std::pair{QByteArrayLiteral("PK\x03\x04"), 22},
                                                std::pair{QByteArrayLiteral("PK\x01\x02"), 24}}) {
            for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
                const qsizetype nameAt = at + (signature[2] == 3 ? 30 : 46);
                if (zip.mid(nameAt, name.size()) == name) {
                    const quint32 declared = 100;
                    std::memcpy(zip.data() + at + offset, &declared, 4);
                }
            }
        }
        const Error error = readError(zip);
        QCOMPARE(error.kind, Error::Kind::Invalid);
    }

    void dtdAndEntitiesRefused()
    {
        const QByteArray laughs = QByteArrayLiteral(
            "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
            "\"&a;&a;&a;&a;&a;&a;\">]>"
            "<sst "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&b;</t></si></sst>");
        const Error strings = openError(minimalWorkbook(sheetXml({}), laughs));
        QVERIFY2(strings.message.contains(QStringLiteral("DTD")), qPrintable(strings.message));
        QVERIFY(strings.message.contains(QStringLiteral("xl/sharedStrings.xml")));
        const QByteArray sheet =
            QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE w SYSTEM \"file:///etc/passwd\">"
                              "<worksheet><sheetData/></worksheet>");
        QVERIFY(readError(minimalWorkbook(sheet)).message.contains(QStringLiteral("DTD")));
        const QByteArray undeclared = sheetXml(
            QByteArrayLiteral("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"));
        QCOMPARE(readError(minimalWorkbook(undeclared)).kind, Error::Kind::Invalid);
    }

    void rowLimitOnGeneratedSheet()
    {
        QByteArray data;
        for (int r = 1; r <= 5000; ++r) {
            data += QStringLiteral("<row r=\"%1\"><c r=\"A%1\"><v>%1</v></c></row>").arg(r).toUtf8();
        }
        XlsxLimits limits;
        limits.maxRows = 4999;
        const Error error = readError(minimalWorkbook(sheetXml(data)), limits);
        QCOMPARE(error.message, QStringLiteral("工作表“Sheet1”超过 4999 行的上限，请拆分后再导入。"));
        limits.maxRows = 5000;
        QVERIFY(!readError(minimalWorkbook(sheetXml(data)), limits).isError());
    }

    void richTextEscapesAndOddCells()
    {
        const QByteArray strings = sharedStringsXml(
            "<si><r><rPr><b/></rPr><t>人口</t></r><r><t xml:space=\"preserve\"> 基础信息</t></r></si>"
            "<si><t>行一_x000D_行二</t><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>");
        const QByteArray sheet =
            sheetXml("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                     "<c t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r></is></c><c><v>7</v></c></row>"
                     "<row><c r=\"A3\" t=\"str\"><f>A2&amp;\"x\"</f><v>人口x</v></c><c r=\"B3\" "
                     "t=\"e\"><v>#N/A</v></c>"
                     "<c r=\"C3\" t=\"d\"><v>2024-03-15T08:30:00</v></c><c r=\"D3\"><v>abc</v></c><c "
                     "r=\"E3\" s=\"9\"/></row>");
        const auto rows = rowsOf(minimalWorkbook(sheet, strings));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).cell(0)->text, QStringLiteral("人口 基础信息"));
        QCOMPARE(rows.at(0).cell(1)->text, QStringLiteral("行一\r行二"));
        QCOMPARE(rows.at(0).cell(2)->text, QStringLiteral("富文本"));
        QCOMPARE(rows.at(0).cell(3)->value.toDouble(), 7.0); // no r: after the previous cell
        QCOMPARE(rows.at(1).number, 3);
        QVERIFY(rows.at(1).cell(0)->formula);
        QCOMPARE(rows.at(1).cell(0)->text, QStringLiteral("人口x"));
        QCOMPARE(rows.at(1).cell(1)->type, CellType::Error);
        QCOMPARE(rows.at(1).cell(2)->value.toDateTime(), QDateTime(QDate(2024, 3, 15), QTime(8, 30)));
        QCOMPARE(rows.at(1).cell(3)->type, CellType::String);
        QCOMPARE(rows.at(1).cells.size(), 4);
    }

    void brokenCells()
    {
        const QByteArray badIndex = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>");
        QCOMPARE(readError(minimalWorkbook(badIndex)).message,
                 QStringLiteral("工作表“Sheet1”的单元格 A1 引用了不存在的共享字符串 5。"));
        const QByteArray badRef = sheetXml("<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>");
        QVERIFY(readError(minimalWorkbook(badRef)).message.contains(QStringLiteral("引用无效")));
        const QByteArray badRow = sheetXml("<row r=\"2000000\"><c><v>1</v></c></row>");
        QVERIFY(readError(minimalWorkbook(badRow)).message.contains(QStringLiteral("行号无效")));
        const QByteArray notXml = QByteArrayLiteral("<worksheet><sheetData><row>");
        QVERIFY(readError(minimalWorkbook(notXml)).message.contains(QStringLiteral("不是有效的 XML")));
    }

    void hugeMergedRangesStayBounded()
    {
        QList<Row> rows{Row{1,
                            {Cell{0, CellType::String, QStringLiteral("标题"), QStringLiteral("标题"), false},
                             Cell{3, CellType::Number, 1.0, QStringLiteral("1"), false}}},
                        Row{5, {}}};
        QList<CellRange> merged(10'000, CellRange{1, 0, 1'048'576, 16'383});
        QElapsedTimer timer;
        timer.start();
        fillMergedCells(rows, merged);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(rows.size(), 2); // blank rows stay blank; columns A..D (the last with a value) are filled
        QCOMPARE(rows.at(1).cells.size(), 4);
        QCOMPARE(rows.at(0).cell(3)->value.toDouble(), 1.0); // a value under the range is kept
    }

    void mergedRangesOverFarRowsStayBounded()
    {
        // from fuzzing: one cell on the sheet's last row and the same tall range declared again and
        // again made every range walk a million rows (the blank ones added) after the fill budget was spent
        QList<Row> rows{
            Row{1, {Cell{0, CellType::String, QStringLiteral("名称"), QStringLiteral("名称"), false}}},
            Row{1'048'576, {Cell{0, CellType::Number, 1.0, QStringLiteral("1"), false}}}};
        QList<CellRange> merged(64, CellRange{1, 0, 1'048'576, 0});
        QElapsedTimer timer;
        timer.start();
        fillMergedCells(rows, merged);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(rows.first().cells.size(), 1);
        QCOMPARE(rows.last().number, 1'048'576);
        QCOMPARE(rows.last().cell(0)->value.toDouble(), 1.0); // the file's own value is kept
        QCOMPARE(rows.size(), 2);                             // the blank rows between stay blank
    }

    void fuzzRegressions()
    {
        // every input kept from fuzzing (tests/fuzz/corpus/xlsx/crash-*) must read without crashing;
        // inputs starting with '<' are sheet XML, wrapped as fuzz_xlsx wraps them
        const QDir corpus(QStringLiteral(GOVCAT_FUZZ_CORPUS));
        for (const QString& name : corpus.entryList(QDir::Files)) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray input = file.readAll();
            readError(input.startsWith('<') ? fuzzWorkbookFromSheet(input) : input);
        }
    }
};

QTEST_GUILESS_MAIN(TestXlsxHostile)
#include "tst_xlsxhostile.moc"
