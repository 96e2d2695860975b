#include "io/catalog/CatalogJson.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace govcat;
using namespace govcat::io;

// readCatalogJson on hand-written documents: the header, what "present" means, values read like
// spreadsheet cells, problems, and hostile input.
class TestCatalogJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesOtherFormatsAndVersions_data();
    void refusesOtherFormatsAndVersions();
    void presentKeysAreTheKeysGiven();
    void valuesAreReadLikeCells();
    void problemsNameTheResource();
    void duplicatesAreUnattached();
    void limits();
    void itemLimits();
    void echoedValues();
    void corpusReadsWithoutCrash();

private:
    static QByteArray doc(const QByteArray& resources)
    {
        return "{\"format\":\"govcat-catalog\",\"version\":1,\"resources\":[" + resources + "]}";
    }
};

void TestCatalogJson::refusesOtherFormatsAndVersions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"resources":[]})")
                                  << QStringLiteral("“format”应为“govcat-catalog”");
    QTest::newRow("no format") << QByteArray(R"({"version":1,"resources":[]})")
                               << QStringLiteral("文件中没有这一项");
    QTest::newRow("version 2") << QByteArray(R"({"format":"govcat-catalog","version":2,"resources":[]})")
                               << QStringLiteral("版本为“2”，本程序只能读取第 1 版");
    QTest::newRow("version text") << QByteArray(R"({"format":"govcat-catalog","version":"1","resources":[]})")
                                  << QStringLiteral("只能读取第 1 版");
    QTest::newRow("no resources") << QByteArray(R"({"format":"govcat-catalog","version":1})")
                                  << QStringLiteral("没有“resources”数组");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("应以 { 开始");
    QTest::newRow("broken") << QByteArray(
                                   R"({"format":"govcat-catalog","version":1,"resources":[{"name":}]})")
                            << QStringLiteral("JSON 格式错误");
    QTest::newRow("trailing") << doc("") + "x" << QStringLiteral("结束后还有内容");
    QTest::newRow("unclosed") << QByteArray(
                                     R"({"format":"govcat-catalog","version":1,"resources":[{"name":"a")")
                              << QStringLiteral("JSON 格式错误");
    QTest::newRow("twice") << QByteArray(
                                  R"({"format":"govcat-catalog","version":1,"resources":[],"resources":[]})")
                           << QStringLiteral("出现了两次");
}

void TestCatalogJson::refusesOtherFormatsAndVersions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto r = readCatalogJsonData(json);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestCatalogJson::presentKeysAreTheKeysGiven()
{
    auto r =
        readCatalogJsonData(doc(R"({"id":"r1","abstract":"新摘要","unknown":1},)"
                                R"({"code":"0012","items":[]},)"
                                R"({"name":"甲","provider_name":"市公安局","items":[{"name":"姓名"}]})"));
    QVERIFY2(r, qPrintable(r.error().message));
    const ImportedCatalog& c = r.value();
    QCOMPARE(c.format, QStringLiteral("json"));
    QCOMPARE(c.resources.size(), 3);
    QCOMPARE(c.resources.at(0).present, (QSet<QString>{QStringLiteral("id"), QStringLiteral("abstract")}));
    QVERIFY(!c.resources.at(0).itemsGiven);
    QCOMPARE(c.resources.at(1).draft.code, QStringLiteral("0012"));
    QVERIFY(c.resources.at(1).itemsGiven); // an empty list clears the items
    QVERIFY(c.resources.at(1).draft.items.isEmpty());
    const ImportedResource& third = c.resources.at(2);
    QVERIFY(third.itemsGiven);
    QCOMPARE(third.items.at(0).present, QSet<QString>{QStringLiteral("name")});
    QCOMPARE(third.items.at(0).seq, 1);
    QCOMPARE(third.row.sheet, -1);
    QCOMPARE(third.row.row, 3);
}

void TestCatalogJson::valuesAreReadLikeCells()
{
    auto r = readCatalogJsonData(doc(
        R"({"id":"r1","share_type":"1","format_category":"数据库","open_to_public":true,)"
        R"("publish_date":"2024/3/5","storage_total_gb":12.50,"records_total_10k":"1,000",)"
        R"("opened_storage_gb":null,"related_codes":["A01","A02"],"business_items":["事项一","事项二"],)"
        R"("classification_code":" 3010 01 ","no_share_basis":"某法第九条",)"
        R"("items":[{"seq":2,"name":"乙","data_type":"字符型","length":"18","is_key":"是"},)"
        R"({"seq":1,"name":"甲","data_type":"N","length":16,"precision":2,"is_sensitive":true,"share_type":"不予共享"}]})"));
    QVERIFY2(r, qPrintable(r.error().message));
    const ImportedResource& res = r.value().resources.at(0);
    QVERIFY(res.problems.isEmpty());
    QCOMPARE(res.draft.shareType, QStringLiteral("无条件共享"));
    QCOMPARE(res.draft.openToPublic, QStringLiteral("是"));
    QCOMPARE(res.draft.publishDate, QStringLiteral("2024-03-05"));
    QCOMPARE(res.draft.survey[0], QStringLiteral("12.5"));
    QCOMPARE(res.draft.survey[1], QStringLiteral("1000"));
    QCOMPARE(res.draft.survey[4], QString());
    QCOMPARE(res.draft.relatedCodes, (QStringList{QStringLiteral("A01"), QStringLiteral("A02")}));
    QCOMPARE(res.draft.businessItems, QStringLiteral("事项一\n事项二"));
    QCOMPARE(res.draft.classificationCode, QStringLiteral("301001"));
    QCOMPARE(res.noShareBasis, QStringLiteral("某法第九条"));
    QCOMPARE(res.draft.items.size(), 2);
    QCOMPARE(res.draft.items.at(0).name, QStringLiteral("甲")); // sorted by seq
    QCOMPARE(res.draft.items.at(0).dataType, QStringLiteral("N"));
    QCOMPARE(res.draft.items.at(0).length, QStringLiteral("16"));
    QCOMPARE(res.draft.items.at(0).precision, QStringLiteral("2"));
    QVERIFY(res.draft.items.at(0).isSensitive);
    QCOMPARE(res.draft.items.at(0).itemShareType, QStringLiteral("不予共享"));
    QCOMPARE(res.draft.items.at(1).dataType, QStringLiteral("C"));
    QVERIFY(res.draft.items.at(1).isKey);
}

void TestCatalogJson::problemsNameTheResource()
{
    auto r = readCatalogJsonData(
        doc(R"({"name":"甲"},{"name":"乙","share_type":"随便","publish_date":"明天",)"
            R"("abstract":{"x":1},"related_codes":[["a"]],"items":[{"data_type":"Q"},3]})"));
    QVERIFY2(r, qPrintable(r.error().message));
    const ImportedResource& res = r.value().resources.at(1);
    QStringList fields;
    for (const ImportProblem& p : res.problems) {
        fields << p.finding.field;
        QVERIFY2(p.finding.message.startsWith(QStringLiteral("第 2 条信息资源：")),
                 qPrintable(p.finding.message));
        QCOMPARE(p.cell.sheet, -1);
        QCOMPARE(p.cell.row, 2);
        QCOMPARE(p.finding.ruleId, QStringLiteral("IMPORT"));
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("abstract"), QStringLiteral("data_type"),
                                  QStringLiteral("items"), QStringLiteral("publish_date"),
                                  QStringLiteral("related_codes"), QStringLiteral("share_type")}));
    QCOMPARE(res.draft.items.size(), 1);
    const auto item = std::find_if(res.problems.cbegin(), res.problems.cend(), [](const ImportProblem& p) {
        return p.finding.field == QStringLiteral("data_type");
    });
    QCOMPARE(item->finding.itemIndex, 0);
}

void TestCatalogJson::duplicatesAreUnattached()
{
    auto r = readCatalogJsonData(
        doc(R"({"id":"a","name":"甲"},{"id":"a","name":"甲2"},"text",{"code":"C1"},{"code":"C1"})"));
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r.value().resources.size(), 2);
    QCOMPARE(r.value().unattached.size(), 3);
    QCOMPARE(r.value().rowsRead, 5);
}

void TestCatalogJson::limits()
{
    JsonLimits limits;
    limits.maxFileBytes = 100;
    auto big = readCatalogJsonData(doc(QByteArray(200, ' ')), limits);
    QVERIFY(!big);
    QVERIFY(big.error().message.contains(QStringLiteral("超过导入上限")));

    QByteArray deep = QByteArray(50, '[') + QByteArray(50, ']');
    auto nested = readCatalogJsonData(doc("{\"related_codes\":" + deep + "}"));
    QVERIFY(!nested);
    QVERIFY2(nested.error().message.contains(QStringLiteral("嵌套超过 8 层")),
             qPrintable(nested.error().message));

    limits = {};
    limits.maxResources = 2;
    auto many = readCatalogJsonData(doc("{},{},{}"), limits);
    QVERIFY(!many);
    QVERIFY(many.error().message.contains(QStringLiteral("超过 2 条")));

    int calls = 0;
    QByteArray thousands;
    for (int i = 0; i < 2500; ++i) {
        thousands += i ? ",{}" : "{}";
    }
    auto cancelled = readCatalogJsonData(doc(thousands), {}, [&](qint64) { return ++calls < 2; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    QCOMPARE(calls, 2);

    QVERIFY(readCatalogJsonData("\xEF\xBB\xBF" + doc("")));
    QVERIFY(!readCatalogJsonData(QByteArray()));
    QVERIFY(!readCatalogJsonData(doc("{\"name\":\"a\x01\"}")));
}

// Issue 13: "items" of megabytes of {} or numbers. Counted while the file is scanned, objects or
// not, and the file refused at the first array past the limit, before anything is built.
void TestCatalogJson::itemLimits()
{
    const auto items = [](const QByteArray& item, int count) {
        QByteArrayList list;
        for (int i = 0; i < count; ++i) {
            list << item;
        }
        return QByteArray("{\"name\":\"甲\",\"items\":[" + list.join(',') + "]}");
    };
    auto most = readCatalogJsonData(doc(items("{}", kMaxItemsPerResource)));
    QVERIFY2(most, qPrintable(most.error().message));
    QCOMPARE(most.value().resources.at(0).draft.items.size(), kMaxItemsPerResource);
    for (const QByteArray& item :
         {QByteArray("{}"), QByteArray("1"), QByteArray("[1]"), QByteArray("\"x\"")}) {
        auto over = readCatalogJsonData(doc("{}," + items(item, kMaxItemsPerResource + 1)));
        QVERIFY(!over);
        QCOMPARE(over.error().kind, Error::Kind::Invalid);
        QCOMPARE(
            over.error().message,
            QStringLiteral("第 2 条信息资源（第 1 行）的“items”超过 2000 个信息项，超出每条信息资源 2000 "
                           "个信息项的上限，文件未导入。"));
    }
    // The key written with an escape is the same key.
    QVERIFY(!readCatalogJsonData(
        doc(items("{}", kMaxItemsPerResource + 1).replace("\"items\"", "\"\\u0069tems\""))));
    // Non-object items under the limit stay problems of their resource.
    auto numbers = readCatalogJsonData(doc(items("1", 3)));
    QVERIFY(numbers);
    QCOMPARE(numbers.value().resources.at(0).problems.size(), 3);

    JsonLimits limits;
    limits.maxItems = 5;
    QVERIFY(readCatalogJsonData(doc(items("{}", 3) + "," + items("{}", 2)), limits));
    auto file = readCatalogJsonData(doc(items("{}", 3) + "," + items("{}", 3)), limits);
    QVERIFY(!file);
    QCOMPARE(file.error().message,
             QStringLiteral("文件中的信息项超过 5 个（到第 2 条信息资源），超出每个文件 5 "
                            "个的上限，文件未导入。请拆分成几个文件后分别导入。"));
    QCOMPARE(JsonLimits().maxResources, kMaxResourcesPerFile);
}

// Issue 13: a value of megabytes is quoted by its first kEchoedValueChars characters and its length.
void TestCatalogJson::echoedValues()
{
    const QString sixty(kEchoedValueChars, QChar(u'名'));
    QCOMPARE(echoedValue(sixty), sixty);
    QCOMPARE(echoedValue(sixty + QStringLiteral("ab")), sixty + QStringLiteral("…（共 62 字）"));
    QCOMPARE(echoedValue(echoedValue(sixty + QStringLiteral("ab"))), sixty + QStringLiteral("…（共 62 字）"));
    // Never half of a character outside the BMP; counted as one character.
    const QString wide = QString(kEchoedValueChars - 1, QChar(u'a')) + QString::fromUcs4(U"𠀀𠀀");
    QCOMPARE(echoedValue(wide),
             QString(kEchoedValueChars - 1, QChar(u'a')) + QStringLiteral("…（共 61 字）"));

    const QString huge(1'000'000, QChar(u'x'));
    const QString message = QStringLiteral("提供方“%1”与“%2”不同；“短”不变。").arg(huge, huge);
    QCOMPARE(echoedMessage(message),
             QStringLiteral("提供方“%1”与“%1”不同；“短”不变。").arg(echoedValue(huge)));
    QVERIFY(echoedMessage(QStringLiteral("不成对的“") + huge).size() <= kMaxMessageChars + 1);

    // So does a refusal that quotes the file's "format".
    auto format =
        readCatalogJsonData("{\"format\":\"" + huge.toUtf8() + "\",\"version\":1,\"resources\":[]}");
    QVERIFY(!format);
    QVERIFY2(format.error().message.size() < 200, qPrintable(format.error().message.left(300)));

    // A value problem of the reader quotes the value cut.
    auto read = readCatalogJsonData(doc("{\"name\":\"甲\",\"publish_date\":\"" + huge.toUtf8() + "\"}"));
    QVERIFY(read);
    const QList<ImportProblem>& problems = read.value().resources.at(0).problems;
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).finding.message.size() < 200,
             qPrintable(problems.at(0).finding.message.left(300)));
    QVERIFY(problems.at(0).finding.message.contains(QStringLiteral("…（共 1000000 字）")));
}

void TestCatalogJson::corpusReadsWithoutCrash()
{
    const QDir dir(QStringLiteral(GOVCAT_FUZZ_CORPUS));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto r = readCatalogJsonData(f.readAll());
        QVERIFY2(r || !r.error().message.isEmpty(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
