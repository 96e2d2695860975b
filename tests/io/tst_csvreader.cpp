// The CSV reader: RFC 4180 quoting and line ends, delimiters, encodings (UTF-8 with and without BOM,
// GB18030), files from independent producers (Python's csv module: make_csv_fixtures.py; LibreOffice
// headless: tests/fixtures/xlsx/make_lo_csv.sh), limits and garbage.
#include "io/catalog/CatalogTableParser.h"
#include "io/catalog/TableSource.h"
#include "io/csv/CsvParser.h"
#include "io/csv/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat::io;
using govcat::Error;

namespace {

struct Read
{
    QList<CsvRow> rows;
    CsvInfo info;
    Error error;
};

Read readCsv(const QByteArray& data, CsvOptions options = {})
{
    Read out;
    CsvReader reader(options);
    auto read = reader.readData(data, [&out](const CsvRow& row) {
        out.rows.append(row);
        return true;
    });
    out.info = reader.info();
    if (!read) {
        out.error = read.error();
    }
    return out;
}

Read readFixture(const char* name, CsvOptions options = {})
{
    Read out;
    CsvReader reader(options);
    auto read = reader.readFile(QStringLiteral(GOVCAT_CSV_FIXTURES "/") + QString::fromUtf8(name),
                                [&out](const CsvRow& row) {
                                    out.rows.append(row);
                                    return true;
                                });
    out.info = reader.info();
    if (!read) {
        out.error = read.error();
        qWarning() << out.error.message;
    }
    return out;
}

QStringList cells(std::initializer_list<const char*> utf8)
{
    QStringList list;
    for (const char* text : utf8) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

// The records CsvParser makes of data fed in pieces of the given size.
QList<QByteArrayList> parseInPieces(const QByteArray& data, qsizetype piece)
{
    QList<QByteArrayList> records;
    CsvParser parser(',', CsvLimits{});
    const RawRecordSink sink = [&records](const RawRecord& record) {
        QByteArrayList fields{QByteArray::number(record.line)};
        for (qsizetype i = 0; i < record.fieldCount(); ++i) {
            fields.append(record.field(i).toByteArray());
        }
        records.append(fields);
        return true;
    };
    for (qsizetype at = 0; at < data.size(); at += piece) {
        if (parser.feed(data.constData() + at, std::min(piece, data.size() - at), sink) !=
            CsvParser::Status::Continue) {
            return {};
        }
    }
    if (parser.finish(sink) != CsvParser::Status::Continue) {
        return {};
    }
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting()
    {
        const Read read = readCsv("名称,\"a,b\",\"他说\"\"好\"\"\",\"\",x\"y,\"q\"tail, sp \n"
                                  "\"多\r\n行\",2,\n");
        QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
        QCOMPARE(read.rows.size(), 2);
        QCOMPARE(read.rows.at(0).cells, cells({"名称", "a,b", "他说\"好\"", "", "x\"y", "qtail", " sp "}));
        QCOMPARE(read.rows.at(1).cells, cells({"多\r\n行", "2", ""})); // quoted line break kept as is
        QCOMPARE(read.rows.at(1).number, 2);
        QCOMPARE(readCsv("\"\"\"\"\n").rows.at(0).cells, cells({"\""}));
        QCOMPARE(readCsv("a").rows.at(0).cells, cells({"a"})); // no line end at the end
        QCOMPARE(readCsv("a,").rows.at(0).cells, cells({"a", ""}));
        QCOMPARE(readCsv("\"a\"").rows.at(0).cells, cells({"a"}));
    }

    void lineEndsBlankRowsAndNumbers()
    {
        // LF, CRLF and CR; blank lines and all-empty records are skipped but counted as lines
        const Read read = readCsv("a,1\r\n\r\n,,\n\"x\ny\rz\r\n\",2\rb,3\n\n\"\"\nc,4\r\n");
        QCOMPARE(read.rows.size(), 4);
        QCOMPARE(read.rows.at(0).number, 1);
        QCOMPARE(read.rows.at(1).number, 4);
        QCOMPARE(read.rows.at(1).cells, cells({"x\ny\rz\r\n", "2"}));
        QCOMPARE(read.rows.at(2).number, 8); // "x\ny\rz\r\n" spans lines 4 to 7
        QCOMPARE(read.rows.at(2).cells, cells({"b", "3"}));
        QCOMPARE(read.rows.at(3).number, 11);
        QCOMPARE(read.info.rows, 4);
        QVERIFY(readCsv("").rows.isEmpty());
        QVERIFY(readCsv("\r\n\n\r").rows.isEmpty());
    }

    void piecesDoNotMatter()
    {
        const QByteArray data("a,\"b\r\nc\"\"d\"\r\n\r\n\"e\"x,f\rg,\"\"\n,\"h,\"\r\ni");
        const auto whole = parseInPieces(data, data.size());
        QCOMPARE(whole.size(), 6);
        for (qsizetype piece = 1; piece < 8; ++piece) {
            QCOMPARE(parseInPieces(data, piece), whole);
        }
        // across the reader's 64 KiB chunks: CRLF and a doubled quote on the boundaries
        for (int shift = 0; shift < 4; ++shift) {
            QByteArray big;
            while (big.size() < 64 * 1024 - 2 - shift) {
                big += "x,y\r\n";
            }
            big.truncate(64 * 1024 - 2 - shift);
            big += "\r\n\"p\"\"q\",r\r\n";
            const Read read = readCsv(big);
            QVERIFY(!read.error.isError());
            QCOMPARE(read.rows.last().cells, cells({"p\"q", "r"}));
            QCOMPARE(read.rows.last().number, qint64(big.count('\r'))); // each line ends in CR or CRLF
        }
    }

    void delimiters()
    {
        QCOMPARE(readCsv("名称\t提供方;x\na\tb\n").info.delimiter, '\t');
        QCOMPARE(readCsv("名称\t提供方\na\tb\n").rows.at(1).cells, cells({"a", "b"}));
        QCOMPARE(readCsv("\n名称;提供方;x\na;b\n").info.delimiter, ';');
        QCOMPARE(readCsv("名称;提供方,x\n").info.delimiter, ','); // a comma decides
        QCOMPARE(readCsv("\"a,b\";c\n").info.delimiter, ';');     // commas inside quotes do not count
        QCOMPARE(readCsv("名称\n").info.delimiter, ',');
        CsvOptions options;
        options.delimiter = ';';
        QCOMPARE(readCsv("a,b;c\n", options).rows.at(0).cells, cells({"a,b", "c"}));
        options.delimiter = 'x';
        QVERIFY(readCsv("axb\n", options).error.message.contains(QStringLiteral("分隔符")));
    }

    void utf8WithAndWithoutBom()
    {
        const Read bom = readCsv("\xEF\xBB\xBF名称,值\n人口,1\n");
        QCOMPARE(bom.info.encoding, CsvEncoding::Utf8);
        QVERIFY(bom.info.bom);
        QCOMPARE(bom.rows.at(0).cells.first(), QStringLiteral("名称")); // the BOM is not part of the cell
        const Read plain = readCsv("名称,值\n");
        QCOMPARE(plain.info.encoding, CsvEncoding::Utf8);
        QVERIFY(!plain.info.bom);
        QCOMPARE(csvEncodingName(plain.info.encoding), QStringLiteral("UTF-8"));
        const Read python = readFixture("tricky_utf8_bom.csv");
        QVERIFY(python.info.bom);
        QCOMPARE(python.rows.size(), 4);
        QCOMPARE(python.rows.at(1).cells.at(2), QStringLiteral("含\"户籍\"与\r\n流动人口, 按月更新"));
        QCOMPARE(python.rows.at(2).number, 4);
        QCOMPARE(python.rows.at(3).number, 6);
    }

    void gb18030()
    {
        const Read python = readFixture("tricky_gb18030.csv");
        QCOMPARE(python.info.encoding, CsvEncoding::Gb18030);
        QCOMPARE(csvEncodingName(python.info.encoding), QStringLiteral("GB18030"));
        QCOMPARE(python.rows.size(), 4);
        const Read utf8 = readFixture("tricky_utf8_bom.csv");
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(python.rows.at(i).cells, utf8.rows.at(i).cells);
            QCOMPARE(python.rows.at(i).number, utf8.rows.at(i).number);
        }
        QCOMPARE(python.rows.at(3).cells.at(0), QStringLiteral("𠀀𪚥 生僻字名称")); // four-byte GB18030
        // encoded here by Qt (ICU), and chosen explicitly
        const QString text = QStringLiteral("信息资源名称,提供方\n人口基础信息,\"市公安局，户政\"\n");
        QStringEncoder encoder("GB18030");
        const QByteArray gbk = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        QCOMPARE(readCsv(gbk).rows.at(1).cells, cells({"人口基础信息", "市公安局，户政"}));
        CsvOptions options;
        options.encoding = CsvEncoding::Gb18030;
        QCOMPARE(readCsv(gbk, options).info.encoding, CsvEncoding::Gb18030);
        options.encoding = CsvEncoding::Utf8;
        QCOMPARE(readCsv(gbk, options).error.message,
                 QStringLiteral("CSV 数据第 1 行起不是有效的 UTF-8 编码。"));
        options.encoding = CsvEncoding::Gb18030;
        QVERIFY(readCsv("\xEF\xBB\xBF"
                        "a\n",
                        options)
                    .error.message.contains(QStringLiteral("BOM")));
    }

    void libreOffice()
    {
        const Read utf8 = readFixture("basic_lo.csv");
        const Read gb = readFixture("basic_lo_gb18030.csv");
        QCOMPARE(utf8.info.encoding, CsvEncoding::Utf8);
        QCOMPARE(gb.info.encoding, CsvEncoding::Gb18030);
        QCOMPARE(utf8.rows.size(), 4);
        QCOMPARE(utf8.rows.at(0).cells.size(), 7);
        QCOMPARE(utf8.rows.at(2).cells, cells({"法人基础信息", "-7", "15000000000", "FALSE", "1999-12-31",
                                               "2000-01-01 23:59:59", "1,234"}));
        QCOMPARE(utf8.rows.at(3).cells, cells({"公共信用信息", "一千", "", "", "", "", ""}));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(gb.rows.at(i).cells, utf8.rows.at(i).cells);
        }
    }

    void limits()
    {
        CsvOptions options;
        options.limits.maxRows = 2;
        QCOMPARE(readCsv("a\n\nb\n", options).rows.size(), 2);
        const Read rows = readCsv("a\nb\nc\n", options);
        QCOMPARE(rows.error.message, QStringLiteral("CSV 数据超过 2 行的上限，请拆分后再导入。"));
        QCOMPARE(rows.rows.size(), 2); // delivered before the error: the caller discards them
        options = {};
        options.limits.maxColumns = 3;
        QCOMPARE(readCsv("a,b,c\n", options).rows.size(), 1);
        QCOMPARE(readCsv("a,b,c\nd,e,f,g\n", options).error.message,
                 QStringLiteral("CSV 第 2 行超过 3 列的上限。"));
        options = {};
        options.limits.maxCellBytes = 1024;
        QCOMPARE(readCsv(QByteArray(1024, 'x') + ",y", options).rows.size(), 1);
        QCOMPARE(readCsv("a\nb," + QByteArray(1025, 'x'), options).error.message,
                 QStringLiteral("CSV 第 2 行第 2 列的内容超过 1 KB 的上限。"));
        QCOMPARE(readCsv("a\n\"" + QByteArray(100'000, 'x'), options).error.message,
                 QStringLiteral("CSV 第 2 行第 1 列的内容超过 1 KB 的上限（可能缺少结束引号）。"));
        options = {};
        options.limits.maxRowBytes = 2048;
        QVERIFY(readCsv(QByteArray(1500, 'x') + "," + QByteArray(1500, 'y'), options)
                    .error.message.contains(QStringLiteral("超过 2 KB 的上限")));
        options = {};
        options.limits.maxFileBytes = 10;
        QCOMPARE(readCsv("0123456789", options).rows.size(), 1);
        QCOMPARE(readCsv("0123456789\n", options).error.message,
                 QStringLiteral("CSV 数据超过 10 字节 的上限，请拆分后再导入。"));
    }

    void garbage()
    {
        QVERIFY(readCsv("a,\"b\nc")
                    .error.message.contains(QStringLiteral("第 1 行开始的带引号字段没有结束引号")));
        QStringEncoder utf16("UTF-16LE");
        const QByteArray noBom = utf16.encode(QStringLiteral("名称,值\n"));
        QVERIFY(readCsv(noBom).error.message.contains(QStringLiteral("空字节（NUL）")));
        QVERIFY(readCsv("\xFF\xFE" + noBom).error.message.contains(QStringLiteral("UTF-16 编码")));
        QVERIFY(readCsv("\xEF\xBB\xBF\xC3(\n").error.message.contains(QStringLiteral("BOM")));
        // neither UTF-8 nor GB18030: FF and 80 stand alone in neither
        const Read neither = readCsv("名称\n\xFF\x80\n");
        QVERIFY2(neither.error.message.contains(QStringLiteral("无法识别CSV 数据的编码")),
                 qPrintable(neither.error.message));
        QVERIFY(neither.error.message.contains(QStringLiteral("第 2 行起")));
        QVERIFY(neither.rows.isEmpty()); // encoding errors come before any row
        QFile binary(QStringLiteral(GOVCAT_XLSX_FIXTURES "/basic.xlsx"));
        QVERIFY(binary.open(QIODevice::ReadOnly));
        QCOMPARE(readCsv(binary.readAll()).error.kind, Error::Kind::Invalid);
        CsvReader reader;
        auto missing =
            reader.readFile(QStringLiteral("/nonexistent/目录.csv"), [](const CsvRow&) { return true; });
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        QRandomGenerator random(4);
        for (int i = 0; i < 200; ++i) { // random bytes: any result, no crash
            QByteArray noise(int(random.bounded(1, 400)), Qt::Uninitialized);
            for (char& c : noise) {
                c = char(random.bounded(256));
            }
            readCsv(noise);
        }
    }

    void earlyStopAndPreview()
    {
        CsvReader reader;
        int seen = 0;
        auto read = reader.readData("a\nb\nc\n", [&seen](const CsvRow&) { return ++seen < 2; });
        QVERIFY(read);
        QCOMPARE(seen, 2);
        auto rows = reader.readRows(QStringLiteral(GOVCAT_CSV_FIXTURES "/basic_lo.csv"), 2);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(1).cells.at(1), QStringLiteral("1024"));
    }

    // Issue 13: a CSV of a few MB whose 信息项 cells held 1 MB of "a、a、…" made gigabytes. The item
    // limits of a catalog file are counted before anything is built, for CSV as for every table.
    void catalogItemLimits()
    {
        QCOMPARE(countInlineItems(u"a、 、b；；c;\nd", 100), 4);
        QCOMPARE(countInlineItems(QString(1000, QChar(u'、')), 100), 0);
        QCOMPARE(countInlineItems(QStringLiteral("a、").repeated(1000), 3), 3); // stops at 3

        const auto parse = [](const QByteArray& csv) -> govcat::Result<ImportedCatalog> {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("limits.csv"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
                return Error{Error::Kind::Io, QStringLiteral("cannot write")};
            }
            file.close();
            auto source = openTableSource(path);
            if (!source) {
                return source.error();
            }
            return parseCatalogTables(*source.value());
        };
        const QByteArray header = "信息资源名称,信息资源提供方,信息资源摘要,信息项\n";
        const auto inlineItems = [](int count, const QByteArray& item) {
            QByteArrayList items;
            for (int i = 0; i < count; ++i) {
                items << item + QByteArray::number(i);
            }
            return items.join("、");
        };
        auto most = parse(header + "甲,市公安局,摘要,\"" + inlineItems(kMaxItemsPerResource, "项") + "\"\n");
        QVERIFY2(most, qPrintable(most.error().message));
        QCOMPARE(most.value().resources.at(0).draft.items.size(), kMaxItemsPerResource);
        auto over =
            parse(header + "甲,市公安局,摘要,\"" + inlineItems(kMaxItemsPerResource + 1, "项") + "\"\n");
        QVERIFY(!over);
        QCOMPARE(over.error().kind, Error::Kind::Invalid);
        QCOMPARE(over.error().message,
                 QStringLiteral(
                     "工作表“limits.csv”第 2 行的“信息项”单元格写了超过 2000 个信息项，超出每条信息资源 "
                     "2000 个信息项的上限，文件未导入。请检查这一格的内容。"));
        auto cell = parse(header + "甲,市公安局,摘要," + QByteArray(kMaxItemsCellChars + 1, 'a') + "\n");
        QVERIFY(!cell);
        QCOMPARE(cell.error().message,
                 QStringLiteral("工作表“limits.csv”第 2 行的“信息项”单元格有 100001 个字符，超出每格 100000 "
                                "个字符的上限，文件未导入。请检查这一格的内容。"));

        QByteArray rows = "信息资源名称,信息资源提供方,信息资源摘要,信息项名称\n";
        for (int i = 0; i < kMaxItemsPerResource; ++i) {
            rows += "甲,市公安局,摘要,项" + QByteArray::number(i) + "\n";
        }
        QVERIFY(parse(rows));
        auto itemRows = parse(rows + "甲,市公安局,摘要,最后一项\n");
        QVERIFY(!itemRows);
        QCOMPARE(itemRows.error().message,
                 QStringLiteral(
                     "信息资源“甲”的信息项超过 2000 个（到工作表“limits.csv”第 2002 行），超出每条信息资源 "
                     "2000 个信息项的上限，文件未导入。请检查信息项是否对应到了正确的信息资源。"));

        QByteArray resources = "信息资源名称,信息资源提供方,信息资源摘要\n";
        for (int i = 0; i < kMaxResourcesPerFile; ++i) {
            resources += "r" + QByteArray::number(i % 1000) + ",,\n"; // duplicates count as rows too
        }
        QVERIFY(parse(resources));
        auto many = parse(resources + "last,,\n");
        QVERIFY(!many);
        QCOMPARE(many.error().message,
                 QStringLiteral(
                     "文件中的信息资源超过 50000 条（到工作表“limits.csv”第 50002 行），超出每个文件 50000 "
                     "条的上限，文件未导入。请拆分成几个文件后分别导入。"));
    }

    void fuzzRegressions()
    {
        // every input kept from fuzzing (tests/fuzz/corpus/csv) must read without crashing
        const QDir corpus(QStringLiteral(GOVCAT_FUZZ_CORPUS));
        for (const QString& name : corpus.entryList(QDir::Files)) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            readCsv(file.readAll());
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
