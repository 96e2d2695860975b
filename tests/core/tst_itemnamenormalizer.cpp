#include "core/rules/ItemNameNormalizer.h"

#include <QSet>
#include <QTest>

using namespace govcat;

class TestItemNameNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void synonymGroups();
    void distinctItemsStayDistinct();
    void idempotent();
    void displayName();
};

void TestItemNameNormalizer::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    const auto row = [](const char* tag, const QString& in, const QString& key) {
        QTest::newRow(tag) << in << key;
    };
    row("plain", QStringLiteral("姓名"), QStringLiteral("姓名"));
    row("trim", QStringLiteral("  姓名\t"), QStringLiteral("姓名"));
    row("inner spaces", QStringLiteral("姓 名"), QStringLiteral("姓名"));
    row("ideographic space", QStringLiteral("\u3000姓\u3000名"), QStringLiteral("姓名"));
    row("zero-width space", QStringLiteral("姓\u200B名"), QStringLiteral("姓名"));
    row("full-width latin", QStringLiteral("ＩＰ地址"), QStringLiteral("ip地址"));
    row("full-width digits", QStringLiteral("第１联系人"), QStringLiteral("第1联系人"));
    row("cjk punctuation", QStringLiteral("住所（经营场所）"), QStringLiteral("住所经营场所"));
    row("enumeration comma", QStringLiteral("省、市、县"), QStringLiteral("省市县"));
    row("colon and dot", QStringLiteral("备注：说明·其他"), QStringLiteral("备注说明其他"));
    row("book title marks", QStringLiteral("《营业执照》编号"), QStringLiteral("营业执照编号"));
    row("quotes and brackets", QStringLiteral("“许可”【类型】"), QStringLiteral("许可类型"));
    row("ascii punctuation", QStringLiteral("起止日期-开始/结束_时间"),
        QStringLiteral("起止日期开始结束时间"));
    row("tilde", QStringLiteral("有效期起～止"), QStringLiteral("有效期起止"));
    row("lower case", QStringLiteral("GPS Longitude"), QStringLiteral("gpslongitude"));
    row("units kept", QStringLiteral("注册资本（万元）"), QStringLiteral("注册资本万元"));
    row("symbols kept", QStringLiteral("温度℃"), QStringLiteral("温度°c"));
    row("annotation", QStringLiteral("姓名（必填）"), QStringLiteral("姓名"));
    row("annotation brackets", QStringLiteral("性别【选填】"), QStringLiteral("性别"));
    row("annotation not at end", QStringLiteral("（必填）性别"), QStringLiteral("必填性别"));
    row("unbracketed 必填", QStringLiteral("是否必填"), QStringLiteral("是否必填"));
    row("字段 suffix", QStringLiteral("婚姻状况字段"), QStringLiteral("婚姻状况"));
    row("字段 too short", QStringLiteral("名字段"), QStringLiteral("名字段"));
    row("字段 alone", QStringLiteral("字段"), QStringLiteral("字段"));
    row("信息 kept", QStringLiteral("婚姻状况信息"), QStringLiteral("婚姻状况信息"));
    row("only punctuation", QStringLiteral(" （、）"), QString());
    row("empty", QString(), QString());
    row("synonym with noise", QStringLiteral(" 居民身份证号码（必填）"), QStringLiteral("公民身份号码"));
    row("synonym full width", QStringLiteral("Ｅ－ｍａｉｌ"), QStringLiteral("电子邮箱"));
    row("synonym 单位名称（企业）", QStringLiteral("单位名称（企业）"), QStringLiteral("企业名称"));
}

void TestItemNameNormalizer::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QCOMPARE(ItemNameNormalizer::normalize(input), key);
}

void TestItemNameNormalizer::synonymGroups()
{
    const QList<QStringList> groups = {
        {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("公民身份证号码"),
         QStringLiteral("居民身份证号码"), QStringLiteral("公民身份号码"), QStringLiteral("身份证号 码")},
        {QStringLiteral("社会信用代码"), QStringLiteral("统一信用代码"), QStringLiteral("统一社会信用码"),
         QStringLiteral("统一社会信用代码"), QStringLiteral("统一社会信用编码")},
        {QStringLiteral("法定代表人"), QStringLiteral("法定代表人姓名"), QStringLiteral("法人代表")},
        {QStringLiteral("企业名称"), QStringLiteral("企业名"), QStringLiteral("单位名称(企业)")},
        {QStringLiteral("手机号码"), QStringLiteral("手机号"), QStringLiteral("移动电话")},
        {QStringLiteral("联系电话"), QStringLiteral("联系电话号码"), QStringLiteral("联系电话字段")},
        {QStringLiteral("出生日期"), QStringLiteral("出生年月日")},
        {QStringLiteral("邮政编码"), QStringLiteral("邮编")},
        {QStringLiteral("电子邮箱"), QStringLiteral("电子邮件"), QStringLiteral("邮箱"),
         QStringLiteral("Email"), QStringLiteral("E-mail")},
    };
    for (const QStringList& group : groups) {
        const QString key = ItemNameNormalizer::normalize(group.first());
        QVERIFY(ItemNameNormalizer::isCanonical(key));
        for (const QString& name : group) {
            QVERIFY2(ItemNameNormalizer::normalize(name) == key, qPrintable(name));
        }
    }
    QCOMPARE(ItemNameNormalizer::normalize(QStringLiteral("身份证号码")), QStringLiteral("公民身份号码"));
    QCOMPARE(ItemNameNormalizer::normalize(QStringLiteral("社会信用代码")),
             QStringLiteral("统一社会信用代码"));
}

// Items that share words but not meaning must not be merged into one row of the report.
void TestItemNameNormalizer::distinctItemsStayDistinct()
{
    const QStringList names = {
        QStringLiteral("企业名称"),
        QStringLiteral("单位名称"),
        QStringLiteral("公司名称"),
        QStringLiteral("法定代表人"),
        QStringLiteral("法人"),
        QStringLiteral("联系电话"),
        QStringLiteral("手机号码"),
        QStringLiteral("电话号码"),
        QStringLiteral("证件号码"),
        QStringLiteral("公民身份号码"),
        QStringLiteral("统一社会信用代码"),
        QStringLiteral("组织机构代码"),
        QStringLiteral("出生日期"),
        QStringLiteral("出生年月"),
        QStringLiteral("注册资本（元）"),
        QStringLiteral("注册资本（万元）"),
    };
    QSet<QString> keys;
    for (const QString& n : names) {
        keys.insert(ItemNameNormalizer::normalize(n));
    }
    QCOMPARE(keys.size(), names.size());
}

void TestItemNameNormalizer::idempotent()
{
    const QStringList names = {QStringLiteral("居民身份证号码（必填）"), QStringLiteral("ＩＰ 地址"),
                               QStringLiteral("婚姻状况字段"), QStringLiteral("E-mail"),
                               QStringLiteral("注册资本（万元）")};
    for (const QString& n : names) {
        const QString key = ItemNameNormalizer::normalize(n);
        QCOMPARE(ItemNameNormalizer::normalize(key), key);
    }
}

void TestItemNameNormalizer::displayName()
{
    QCOMPARE(ItemNameNormalizer::displayName(ItemNameNormalizer::normalize(QStringLiteral("邮箱"))),
             QStringLiteral("电子邮箱"));
    QCOMPARE(ItemNameNormalizer::displayName(QStringLiteral("公民身份号码")), QStringLiteral("公民身份号码"));
    QCOMPARE(ItemNameNormalizer::displayName(QStringLiteral("ip地址")), QStringLiteral("ip地址"));
    QVERIFY(!ItemNameNormalizer::isCanonical(QStringLiteral("ip地址")));
    QVERIFY(ItemNameNormalizer::displayName(QString()).isEmpty());
}

QTEST_APPLESS_MAIN(TestItemNameNormalizer)
#include "tst_itemnamenormalizer.moc"
