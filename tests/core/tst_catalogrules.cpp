#include "core/Uscc.h"
#include "core/rules/CatalogRules.h"

#include <QHash>
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
    d.shareMethodCategory = QStringLiteral("共享平台方式");
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
    void describedFormatNeedsNoFormatType();
    void notSharedBasisLevelFollowsTheRuleInForce();
    void provinceProfileAsksABasisForConditionalSharing();
    void relatedCodesAreLookedUp();
    void formerNamesAreNotStoredValues();
    void secretResourcesAreNeitherSharedNorOpened();
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
        "not shared without basis",
        [](ResourceDraft& d) {
            d.shareType = QStringLiteral("不予共享");
            d.shareMethodCategory.clear();
            d.shareMethodType.clear();
        },
        "R04", "no_share_basis_id");
    row(
        "open type against open to public",
        [](ResourceDraft& d) { d.openType = QStringLiteral("无条件开放"); }, "R16", "open_type");
    row(
        "open type not in the list", [](ResourceDraft& d) { d.openType = QStringLiteral("开放"); }, "R13",
        "open_type");
    row(
        "conditionally open without condition",
        [](ResourceDraft& d) {
            d.openToPublic = QStringLiteral("是");
            d.openType = QStringLiteral("有条件开放");
        },
        "R05", "open_condition");
    row(
        "not shared but open",
        [](ResourceDraft& d) {
            d.shareType = QStringLiteral("不予共享");
            d.noShareBasisId = QStringLiteral("basis-law");
            d.shareMethodCategory.clear();
            d.shareMethodType.clear();
            d.openToPublic = QStringLiteral("是");
            d.openType = QStringLiteral("无条件开放");
        },
        "R17", "open_to_public");
    row(
        "secret but shared", [](ResourceDraft& d) { d.isSecret = QStringLiteral("涉密"); }, "R18",
        "share_type");
    row(
        "not shared with a sharing method",
        [](ResourceDraft& d) {
            d.shareType = QStringLiteral("不予共享");
            d.noShareBasisId = QStringLiteral("basis-law");
        },
        "R19", "share_method_category");
    row(
        "related code malformed", [](ResourceDraft& d) { d.relatedCodes = {QStringLiteral("307001-12")}; },
        "R20", "related_codes");
    row(
        "related code is its own", [](ResourceDraft& d) { d.relatedCodes = {d.code}; }, "R20",
        "related_codes");
    row(
        "level not in the list", [](ResourceDraft& d) { d.level = QStringLiteral("省级"); }, "R13", "level");
    row(
        "self-describing format undescribed",
        [](ResourceDraft& d) {
            d.formatCategory = QStringLiteral("自描述格式");
            d.formatType.clear();
        },
        "R01", "format_type");
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
    QCOMPARE(catalogue.size(), 20);
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

void TestCatalogRules::describedFormatNeedsNoFormatType()
{
    // 其他 and 自描述格式 have no list of 格式类型: a description is enough (the R01 of issue 12).
    for (const char* category : {"其他", "自描述格式"}) {
        ResourceDraft d = validDraft();
        d.formatCategory = QString::fromUtf8(category);
        d.formatType.clear();
        d.formatOtherDesc = QStringLiteral("压缩包（zip），内含数据文件和说明");
        const QList<Finding> findings = CatalogRules::check(d);
        for (const Finding& f : findings) {
            qWarning("%s %s: %s", qPrintable(f.ruleId), qPrintable(f.field), qPrintable(f.message));
        }
        QVERIFY2(findings.isEmpty(), category);
    }
    ResourceDraft d = validDraft(); // a category with types still needs one
    d.formatType.clear();
    d.formatOtherDesc = QStringLiteral("达梦数据库");
    QCOMPARE(CatalogRules::check(d).size(), 1);
    QCOMPARE(CatalogRules::check(d).front().field, QStringLiteral("format_type"));
}

void TestCatalogRules::notSharedBasisLevelFollowsTheRuleInForce()
{
    const QHash<QString, LegalBasisInfo> bases = {
        {QStringLiteral("law"), {QStringLiteral("中华人民共和国数据安全法"), QStringLiteral("法律")}},
        {QStringLiteral("regulation"), {QStringLiteral("政务数据共享条例"), QStringLiteral("行政法规")}},
        {QStringLiteral("decision"),
         {QStringLiteral("国务院关于某事项的决定"), QStringLiteral("国务院决定")}},
        {QStringLiteral("policy"),
         {QStringLiteral("政务信息资源共享管理暂行办法"), QStringLiteral("党中央国务院政策")}},
        {QStringLiteral("rule"), {QStringLiteral("临川市政务数据管理办法"), QStringLiteral("规章")}},
    };
    RuleContext context;
    context.legalBasis = [&bases](const QString& id) -> std::optional<LegalBasisInfo> {
        return bases.contains(id) ? std::optional(bases.value(id)) : std::nullopt;
    };
    ResourceDraft d = validDraft();
    d.shareType = QStringLiteral("不予共享");
    d.shareMethodCategory.clear();
    d.shareMethodType.clear();
    const auto r04 = [&](const QString& basis, const QDate& day) {
        d.noShareBasisId = basis;
        context.onDate = day;
        QStringList messages;
        for (const Finding& f : CatalogRules::check(d, context)) {
            messages << f.ruleId + QLatin1Char(' ') + f.message;
        }
        return messages;
    };
    const QDate before(2025, 7, 31);
    const QDate from(2025, 8, 1);
    for (const char* ok : {"law", "regulation", "decision"}) {
        QCOMPARE(r04(QLatin1String(ok), before), QStringList());
        QCOMPARE(r04(QLatin1String(ok), from), QStringList());
    }
    // 51号: 党中央、国务院政策 were enough; the 条例: only 法律、行政法规或国务院决定.
    QCOMPARE(r04(QStringLiteral("policy"), before), QStringList());
    const QStringList after = r04(QStringLiteral("policy"), from);
    QCOMPARE(after.size(), 1);
    QVERIFY(after.front().startsWith(QStringLiteral("R04 ")));
    QVERIFY2(after.front().contains(QStringLiteral("法律、行政法规或国务院决定")), qPrintable(after.front()));
    QVERIFY(after.front().contains(QStringLiteral("《政务数据共享条例》")));
    QVERIFY(after.front().contains(QStringLiteral("“政务信息资源共享管理暂行办法”")));
    QVERIFY(after.front().contains(QStringLiteral("党中央国务院政策")));
    const QStringList old = r04(QStringLiteral("rule"), before);
    QCOMPARE(old.size(), 1);
    QVERIFY2(old.front().contains(QStringLiteral("法律、行政法规或党中央、国务院政策")),
             qPrintable(old.front()));
    QVERIFY(old.front().contains(QStringLiteral("51号")));
    QCOMPARE(r04(QStringLiteral("rule"), from).size(), 1);
    QCOMPARE(r04(QStringLiteral("gone"), from).size(), 1); // a basis no longer in the library
    // Without the lookup (a context without a database) only the presence is checked.
    context.legalBasis = nullptr;
    QCOMPARE(r04(QStringLiteral("rule"), from), QStringList());
    QCOMPARE(acceptedBasisLevels(from).size(), 3);
    QCOMPARE(acceptedBasisLevels(before).size(), 4);
}

void TestCatalogRules::provinceProfileAsksABasisForConditionalSharing()
{
    ResourceDraft d = validDraft();
    d.shareType = QStringLiteral("有条件共享");
    d.shareCondition = QStringLiteral("仅向税务部门共享，用于纳税信用评价");
    RuleContext context;
    QVERIFY(CatalogRules::check(d, context).isEmpty()); // national rules
    context.sharing = SharingProfile::conditionalBasis(QStringLiteral("山东省"));
    const QList<Finding> findings = CatalogRules::check(d, context);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.front().ruleId, QStringLiteral("R04"));
    QCOMPARE(findings.front().field, QStringLiteral("no_share_basis_id"));
    QVERIFY(findings.front().message.contains(QStringLiteral("山东省")));
    QVERIFY(findings.front().message.contains(QStringLiteral("有条件共享")));
    d.noShareBasisId = QStringLiteral("rule");
    context.legalBasis = [](const QString&) {
        return std::optional(
            LegalBasisInfo{QStringLiteral("山东省电子政务和政务数据管理办法"), QStringLiteral("规章")});
    };
    QVERIFY(CatalogRules::check(d, context).isEmpty()); // any level grounds a condition
}

void TestCatalogRules::relatedCodesAreLookedUp()
{
    ResourceDraft d = validDraft();
    d.relatedCodes = {QStringLiteral("307001/000001"), QStringLiteral("101001/000002")};
    QStringList asked;
    RuleContext context;
    context.resourceCodeExists = [&asked](const QString& code) {
        asked << code;
        return code == QStringLiteral("307001/000001");
    };
    const QList<Finding> findings = CatalogRules::check(d, context);
    QCOMPARE(asked, d.relatedCodes);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.front().ruleId, QStringLiteral("R20"));
    QCOMPARE(findings.front().severity, Finding::Severity::Warning); // may be in another catalog
    QVERIFY(findings.front().message.contains(QStringLiteral("101001/000002")));
    QVERIFY(CatalogRules::check(d).isEmpty()); // no database: the format only
}

void TestCatalogRules::formerNamesAreNotStoredValues()
{
    ResourceDraft d = validDraft();
    d.updateCycle = QStringLiteral("半年");
    const QList<Finding> findings = CatalogRules::check(d);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.front().ruleId, QStringLiteral("R13"));
    QVERIFY(findings.front().message.contains(QStringLiteral("每半年")));
    d.updateCycle = QStringLiteral("每半年");
    QVERIFY(CatalogRules::check(d).isEmpty());
}

void TestCatalogRules::secretResourcesAreNeitherSharedNorOpened()
{
    ResourceDraft d = validDraft();
    d.isSecret = QStringLiteral("涉密");
    d.shareType = QStringLiteral("不予共享");
    d.noShareBasisId = QStringLiteral("basis-law");
    d.shareMethodCategory.clear();
    d.shareMethodType.clear();
    QVERIFY(CatalogRules::check(d).isEmpty());
    d.openToPublic = QStringLiteral("是");
    d.openType = QStringLiteral("无条件开放");
    QStringList rules;
    for (const Finding& f : CatalogRules::check(d)) {
        rules << f.ruleId + QLatin1Char(' ') + f.field;
    }
    QCOMPARE(rules,
             (QStringList{QStringLiteral("R17 open_to_public"), QStringLiteral("R18 open_to_public")}));
}

QTEST_GUILESS_MAIN(TestCatalogRules)
#include "tst_catalogrules.moc"
