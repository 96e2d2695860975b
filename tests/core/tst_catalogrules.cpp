#include "core/Uscc.h"
#include "core/rules/CatalogRules.h"

#include <QTest>

#include <functional>

using namespace govcat;

namespace {

ResourceDraft validDraft()
{
    const QString first17 = QStringLiteral("11361200MB0123456");
    ResourceDraft d;
    d.id = QStringLiteral("r1");
    d.name = QStringLiteral("企业登记信息");
    d.code = QStringLiteral("301001/000123");
    d.classificationCode = QStringLiteral("301001");
    d.providerDeptId = QStringLiteral("dept-1");
    d.providerName = QStringLiteral("临川市市场监督管理局");
    d.providerCode = first17 + usccCheckCharacter(first17);
    d.abstract = QStringLiteral("本市登记在册企业的基本登记信息。");
    d.formatCategory = QStringLiteral("数据库");
    d.formatType = QStringLiteral("达梦");
    d.shareType = QStringLiteral("无条件共享");
    d.shareMethodCategory = QStringLiteral("共享平台");
    d.shareMethodType = QStringLiteral("接口");
    d.openToPublic = QStringLiteral("否");
    d.updateCycle = QStringLiteral("每日");
    d.publishDate = QStringLiteral("2026-11-02");
    d.status = QStringLiteral("已发布");
    d.items = {ItemDraft::of(QStringLiteral("统一社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
               ItemDraft::of(QStringLiteral("企业名称"), QStringLiteral("C"), QStringLiteral("200")),
               ItemDraft::of(QStringLiteral("成立日期"), QStringLiteral("D"))};
    return d;
}

using Mutation = std::function<void(ResourceDraft&)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestCatalogRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validDraftIsQuiet();
    void eachRuleFires_data();
    void eachRuleFires();
    void duplicateNameUsesTheContext();
    void everyRuleIsCatalogued();
    void codeProfiles();
};

void TestCatalogRules::validDraftIsQuiet()
{
    const QList<Finding> findings = CatalogRules::check(validDraft());
    for (const Finding& f : findings) {
        qWarning("%s %s: %s", qPrintable(f.ruleId), qPrintable(f.field), qPrintable(f.message));
    }
    QVERIFY(findings.isEmpty());
    // Conditional fields are quiet when they are filled in.
    ResourceDraft d = validDraft();
    d.shareType = QStringLiteral("有条件共享");
    d.shareCondition = QStringLiteral("仅向市场监管、税务部门共享，用于监管核查");
    d.openToPublic = QStringLiteral("是");
    d.openCondition = QStringLiteral("经申请后开放");
    QVERIFY(CatalogRules::check(d).isEmpty());
    // A draft may have no code yet (generated at submission) and no publish date.
    d.code.clear();
    d.status = QStringLiteral("草稿");
    d.publishDate.clear();
    QVERIFY(CatalogRules::check(d).isEmpty());
}

void TestCatalogRules::eachRuleFires_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("item");
    QTest::addColumn<bool>("blocking");
    auto row = [](const char* name, Mutation m, const char* rule, const char* field, int item = -1,
                  bool blocking = true) {
        QTest::newRow(name) << m << QString::fromLatin1(rule) << QString::fromLatin1(field) << item
                            << blocking;
    };
    row(
        "name empty", [](ResourceDraft& d) { d.name = QStringLiteral("  "); }, "R01", "name");
    row(
        "abstract empty", [](ResourceDraft& d) { d.abstract.clear(); }, "R01", "abstract");
    row(
        "provider code empty", [](ResourceDraft& d) { d.providerCode.clear(); }, "R01", "provider_code");
    row(
        "update cycle empty", [](ResourceDraft& d) { d.updateCycle.clear(); }, "R01", "update_cycle");
    row(
        "published without date", [](ResourceDraft& d) { d.publishDate.clear(); }, "R01", "publish_date");
    row(
        "code without slash", [](ResourceDraft& d) { d.code = QStringLiteral("301001000123"); }, "R02",
        "code");
    row(
        "code of another class", [](ResourceDraft& d) { d.code = QStringLiteral("301002/000123"); }, "R02",
        "code");
    row(
        "conditional without condition", [](ResourceDraft& d) { d.shareType = QStringLiteral("有条件共享"); },
        "R03", "share_condition");
    row(
        "not shared without basis", [](ResourceDraft& d) { d.shareType = QStringLiteral("不予共享"); }, "R04",
        "no_share_basis_id");
    row(
        "open without condition", [](ResourceDraft& d) { d.openToPublic = QStringLiteral("是"); }, "R05",
        "open_condition");
    row(
        "spreadsheet shared as database",
        [](ResourceDraft& d) {
            d.formatCategory = QStringLiteral("电子表格");
            d.formatType = QStringLiteral("xlsx");
            d.shareMethodType = QStringLiteral("数据库");
        },
        "R06", "share_method_type", -1, false);
    row(
        "provider code check digit",
        [](ResourceDraft& d) {
            d.providerCode[17] = d.providerCode[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        },
        "R08", "provider_code");
    row(
        "date not a date", [](ResourceDraft& d) { d.publishDate = QStringLiteral("2026-02-30"); }, "R09",
        "publish_date");
    row(
        "date in another form", [](ResourceDraft& d) { d.publishDate = QStringLiteral("2026/11/02"); }, "R09",
        "publish_date");
    row(
        "no items", [](ResourceDraft& d) { d.items.clear(); }, "R10", "items");
    row(
        "item names repeat", [](ResourceDraft& d) { d.items[2].name = QStringLiteral("企业名称"); }, "R11",
        "name", 2);
    row(
        "character item without length", [](ResourceDraft& d) { d.items[1].length.clear(); }, "R12", "length",
        1);
    row(
        "length not a number", [](ResourceDraft& d) { d.items[2].length = QStringLiteral("八"); }, "R12",
        "length", 2);
    row(
        "unknown data type", [](ResourceDraft& d) { d.items[0].dataType = QStringLiteral("X"); }, "R13",
        "data_type", 0);
    row(
        "unknown share type", [](ResourceDraft& d) { d.shareType = QStringLiteral("随便共享"); }, "R13",
        "share_type");
    row(
        "format type of another category", [](ResourceDraft& d) { d.formatType = QStringLiteral("xlsx"); },
        "R14", "format_type");
    row(
        "other format undescribed",
        [](ResourceDraft& d) {
            d.formatCategory = QStringLiteral("其他");
            d.formatType.clear();
        },
        "R15", "format_other_desc");
    row(
        "other cycle undescribed", [](ResourceDraft& d) { d.updateCycle = QStringLiteral("其他"); }, "R15",
        "update_cycle_other");
}

void TestCatalogRules::eachRuleFires()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(int, item);
    QFETCH(bool, blocking);
    ResourceDraft d = validDraft();
    mutate(d);
    const QList<Finding> findings = CatalogRules::check(d);
    QCOMPARE(findings.size(), 1);
    const Finding& f = findings.front();
    QCOMPARE(f.ruleId, rule);
    QCOMPARE(f.field, field);
    QCOMPARE(f.itemIndex, item);
    QCOMPARE(f.severity == Finding::Severity::Error, blocking);
    QCOMPARE(CatalogRules::hasErrors(findings), blocking);
    QVERIFY(f.message.size() > 8);
    QVERIFY(f.message.endsWith(QChar(u'。')));
}

void TestCatalogRules::duplicateNameUsesTheContext()
{
    QStringList asked;
    RuleContext context;
    context.nameTaken = [&asked](const QString& dept, const QString& name, const QString& self) {
        asked << dept + QLatin1Char('|') + name + QLatin1Char('|') + self;
        return name == QStringLiteral("企业登记信息");
    };
    const QList<Finding> findings = CatalogRules::check(validDraft(), context);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.front().ruleId, QStringLiteral("R07"));
    QVERIFY(findings.front().message.contains(QStringLiteral("企业登记信息")));
    QCOMPARE(asked, QStringList{QStringLiteral("dept-1|企业登记信息|r1")});
    ResourceDraft other = validDraft();
    other.name = QStringLiteral("个体工商户登记信息");
    QVERIFY(CatalogRules::check(other, context).isEmpty());
}

void TestCatalogRules::everyRuleIsCatalogued()
{
    const auto catalogue = CatalogRules::catalogue();
    QCOMPARE(catalogue.size(), 15);
    for (int i = 0; i < catalogue.size(); ++i) {
        QCOMPARE(catalogue.at(i).first, QStringLiteral("R%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        QVERIFY(!catalogue.at(i).second.isEmpty());
    }
}

void TestCatalogRules::codeProfiles()
{
    const ResourceCodeProfile national = ResourceCodeProfile::national();
    QCOMPARE(national.format(QStringLiteral("301001"), 123), QStringLiteral("301001/000123"));
    QCOMPARE(national.format(QStringLiteral("3010010203"), 7),
             QStringLiteral("3010010203/000007"));                   // with 细目
    QVERIFY(national.format(QStringLiteral("401001"), 1).isEmpty()); // no 类 4
    QVERIFY(national.format(QStringLiteral("30100"), 1).isEmpty());  // 目 incomplete
    QVERIFY(national.format(QStringLiteral("301001"), 0).isEmpty());
    const auto parts = national.parse(QStringLiteral("112461465423/798456"));
    QVERIFY(parts);
    QCOMPARE(parts->classCode, QStringLiteral("112461465423"));
    QCOMPARE(parts->sequence, qint64(798456));
    for (const char* bad :
         {"301001", "/000123", "301001/", "301001/00a1", "301001/1/2", "３０１００１/000001"}) {
        QVERIFY2(!national.parse(QString::fromUtf8(bad)), bad);
    }
    // A province that writes "-" and an 8-digit sequence is configured, not coded.
    ResourceCodeProfile province = national;
    province.separator = QStringLiteral("-");
    province.sequenceDigits = 8;
    QCOMPARE(province.format(QStringLiteral("201002"), 42), QStringLiteral("201002-00000042"));
    RuleContext context;
    context.codeProfile = province;
    ResourceDraft d = validDraft();
    d.code = QStringLiteral("301001-00000123");
    QVERIFY(CatalogRules::check(d, context).isEmpty());
    QCOMPARE(CatalogRules::check(d).size(), 1); // the national profile rejects it
}

QTEST_GUILESS_MAIN(TestCatalogRules)
#include "tst_catalogrules.moc"
