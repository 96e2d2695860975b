#include "DemoVocabulary.h"

#include <initializer_list>

namespace govcat::demo {

namespace {

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList out;
    out.reserve(qsizetype(texts.size()));
    for (const char* t : texts) {
        out.append(QString::fromUtf8(t));
    }
    return out;
}

QList<ClassDef> numbered(std::initializer_list<const char*> names)
{
    QList<ClassDef> out;
    int n = 0;
    for (const char* name : names) {
        out.append({QStringLiteral("%1").arg(++n, 2, 10, QLatin1Char('0')), QString::fromUtf8(name)});
    }
    return out;
}

} // namespace

// DOMAIN §2.1: 项 of 类 1 and 类 2 in the guide's order; two-digit numbers are this app's.
const QList<ClassDef>& baseClasses()
{
    static const QList<ClassDef> items =
        numbered({"人口基础信息资源", "法人单位基础信息资源", "自然资源和空间地理基础信息资源",
                  "社会信用基础信息资源", "电子证照基础信息资源"});
    return items;
}

const QList<ClassDef>& themeClasses()
{
    static const QList<ClassDef> items =
        numbered({"公共服务", "健康保障", "社会保障", "食品药品安全", "安全生产", "价格监管", "能源安全",
                  "信用体系", "城乡建设", "社区治理", "生态环保", "应急维稳"});
    return items;
}

const QList<ClassDef>& departmentClasses()
{
    static const QList<ClassDef> items =
        numbered({"党中央", "全国人大常委会", "国务院", "全国政协", "最高人民法院", "最高人民检察院",
                  "省（自治区、直辖市）及其下各级政务部门", "计划单列市及其下各级政务部门"});
    return items;
}

QString departmentBranch()
{
    return QStringLiteral("07");
}

QString className(QChar kind)
{
    switch (kind.unicode()) {
    case u'1':
        return QStringLiteral("基础信息资源目录");
    case u'2':
        return QStringLiteral("主题信息资源目录");
    default:
        return QStringLiteral("部门信息资源目录");
    }
}

// Only dates and numbers known to be right are filled in; the rest stays empty for the user.
const QList<LegalBasisDef>& legalBases()
{
    static const QList<LegalBasisDef> bases = {
        {QStringLiteral("《中华人民共和国保守国家秘密法》"), QString(), QStringLiteral("2024-05-01"),
         LegalBasisLevel::Law},
        {QStringLiteral("《中华人民共和国数据安全法》"), QString(), QStringLiteral("2021-09-01"),
         LegalBasisLevel::Law},
        {QStringLiteral("《中华人民共和国个人信息保护法》"), QString(), QStringLiteral("2021-11-01"),
         LegalBasisLevel::Law},
        {QStringLiteral("《中华人民共和国统计法》"), QString(), QString(), LegalBasisLevel::Law},
        {QStringLiteral("《中华人民共和国居民身份证法》"), QString(), QString(), LegalBasisLevel::Law},
        {QStringLiteral("《政务数据共享条例》"), QStringLiteral("国务院令第809号"),
         QStringLiteral("2025-08-01"), LegalBasisLevel::AdministrativeRegulation},
        {QStringLiteral("《政务信息资源共享管理暂行办法》"), QStringLiteral("国发〔2016〕51号"),
         QStringLiteral("2016-09-05"), LegalBasisLevel::CentralPolicy},
    };
    return bases;
}

const QStringList& districts()
{
    static const QStringList names = strings({"临江区", "东岚区", "西湖区", "凤鸣县", "青溪县", "云台县",
                                              "白鹭县", "松岗县", "高新技术产业开发区", "经济技术开发区"});
    return names;
}

const QStringList& townships()
{
    static const QStringList names = strings({
        "临江区滨江街道",
        "临江区望湖街道",
        "临江区新城街道",
        "临江区临江镇",
        "东岚区岚山街道",
        "东岚区东湖街道",
        "东岚区鹤林镇",
        "东岚区石桥镇",
        "西湖区文昌街道",
        "西湖区西湖街道",
        "西湖区柳塘镇",
        "西湖区枫林镇",
        "凤鸣县凤鸣镇",
        "凤鸣县青石镇",
        "凤鸣县马鞍乡",
        "凤鸣县龙泉乡",
        "青溪县青溪镇",
        "青溪县梅岭镇",
        "青溪县白沙乡",
        "青溪县杨坊乡",
        "云台县云台镇",
        "云台县古竹镇",
        "云台县桃坪乡",
        "云台县双港乡",
        "白鹭县白鹭镇",
        "白鹭县芦洲镇",
        "白鹭县南塘乡",
        "白鹭县金滩乡",
        "松岗县松岗镇",
        "松岗县茶山镇",
        "松岗县溪口乡",
        "松岗县长冈乡",
        "高新技术产业开发区创新街道",
        "高新技术产业开发区科苑街道",
        "经济技术开发区港城街道",
        "经济技术开发区新港街道",
    });
    return names;
}

const QStringList& shareConditions()
{
    static const QStringList texts = strings({
        "仅向承担%1职责的部门共享，使用部门须在申请中说明依据和用途。",
        "通过共享平台接口按条核验，不提供批量下载；限于%1使用。",
        "经提供方审核同意后共享，使用部门不得向第三方提供，仅用于%1。",
        "涉及个人信息的字段脱敏后共享，用于%1。",
        "按需申请，审核通过后以库表方式共享，使用期限一年。",
        "仅共享统计汇总结果，明细数据不予共享。",
    });
    return texts;
}

const QStringList& openConditions()
{
    static const QStringList texts = strings({
        "通过市公共数据开放平台无条件开放，可下载。",
        "通过市公共数据开放平台开放，以接口方式提供，需实名注册。",
        "在部门门户网站公开，按政府信息公开要求发布。",
        "经脱敏处理后开放汇总数据。",
    });
    return texts;
}

const QStringList& itemShareConditions()
{
    static const QStringList texts = strings({
        "含个人信息，仅用于核验，需单独申请。",
        "按最小必要原则申请，脱敏后共享。",
        "仅向有法定职责的部门共享。",
    });
    return texts;
}

const QStringList& collectPhrases()
{
    static const QStringList texts = strings(
        {"在依法履职过程中采集", "在业务办理过程中产生", "按规定汇总", "通过业务系统登记", "组织调查取得"});
    return texts;
}

const QStringList& selfDescribingFormats()
{
    static const QStringList texts = strings({"JSON", "XML（自定义模式）", "CSV加数据字典"});
    return texts;
}

const QStringList& otherUpdateCycles()
{
    static const QStringList texts = strings({"按需更新", "不定期更新", "随业务办理更新", "每两年更新"});
    return texts;
}

const QStringList& contactPrefixes()
{
    static const QStringList texts = strings({"0794-82", "0794-83", "0794-86", "0794-87"});
    return texts;
}

} // namespace govcat::demo
