#include "CatalogRules.h"

#include "core/Clock.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/Uscc.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace govcat {

namespace {

QStringList displayNames(const CodeList& list)
{
    QStringList out;
    for (const CodeEntry& e : list.entries) {
        out << displayName(e);
    }
    return out;
}

using Severity = Finding::Severity;

class Checker
{
public:
    explicit Checker(const ResourceDraft& d) : m_d(d) {}

    void add(const char* rule, const QString& field, const QString& message,
             Severity severity = Severity::Error, int item = -1)
    {
        m_out.append({QLatin1String(rule), severity, field, item, message});
    }

    void required(const char* field, const QString& value, const char* label)
    {
        if (value.trimmed().isEmpty()) {
            add("R01", QLatin1String(field),
                QCoreApplication::translate("govcat::CatalogRules", "“%1”为必填项，请填写。")
                    .arg(QCoreApplication::translate("govcat::CatalogRules", label)));
        }
    }

    // A non-empty value must be one of the code list's stored values.
    void inList(const char* field, const QString& value, CodeListId list, const char* label)
    {
        const CodeList& codes = codeList(list);
        if (!value.isEmpty() && !codes.isStoredValue(value)) {
            add("R13", QLatin1String(field),
                QCoreApplication::translate("govcat::CatalogRules",
                                            "“%1”的取值“%2”不在代码表中，请从下拉列表中选择：%3。")
                    .arg(
                        QCoreApplication::translate("govcat::CatalogRules", label), value,
                        displayNames(codes).join(QCoreApplication::translate("govcat::CatalogRules", "、"))));
        }
    }

    QList<Finding> take() { return std::move(m_out); }
    const ResourceDraft& d() const { return m_d; }

private:
    const ResourceDraft& m_d;
    QList<Finding> m_out;
};

void mandatoryFields(Checker& c)
{
    const ResourceDraft& d = c.d();
    c.required("name", d.name, QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源名称"));
    c.required("classification_id", d.classificationCode,
               QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源分类"));
    c.required("provider_dept_id", d.providerDeptId,
               QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源提供方"));
    c.required("provider_code", d.providerCode,
               QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源提供方代码"));
    c.required("abstract", d.abstract, QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源摘要"));
    c.required("format_category", d.formatCategory,
               QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源格式分类"));
    // 自描述格式 and 其他 have no list of 格式类型: the format may be described in 其他类型资源格式描述
    // instead (R15 asks for it under 其他).
    const auto category = fromName<FormatCategory>(d.formatCategory);
    const bool describedFormat = category && formatTypesOf(*category).isEmpty();
    if (!describedFormat) {
        c.required("format_type", d.formatType,
                   QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源格式类型"));
    } else if (*category == FormatCategory::SelfDescribing && d.formatOtherDesc.trimmed().isEmpty()) {
        c.required("format_type", d.formatType,
                   QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源格式类型"));
    }
    c.required("share_type", d.shareType, QT_TRANSLATE_NOOP("govcat::CatalogRules", "共享类型"));
    if (d.shareType != canonicalName(ShareType::NotShared)) {
        c.required("share_method_category", d.shareMethodCategory,
                   QT_TRANSLATE_NOOP("govcat::CatalogRules", "共享方式分类"));
    }
    c.required("open_to_public", d.openToPublic, QT_TRANSLATE_NOOP("govcat::CatalogRules", "是否向社会开放"));
    c.required("update_cycle", d.updateCycle, QT_TRANSLATE_NOOP("govcat::CatalogRules", "更新周期"));
    if (d.status == canonicalName(ResourceStatus::Published)) {
        c.required("publish_date", d.publishDate, QT_TRANSLATE_NOOP("govcat::CatalogRules", "发布日期"));
    }
}

void codeLists(Checker& c)
{
    const ResourceDraft& d = c.d();
    c.inList("share_type", d.shareType, CodeListId::ShareType,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "共享类型"));
    c.inList("format_category", d.formatCategory, CodeListId::FormatCategory,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "信息资源格式分类"));
    c.inList("share_method_category", d.shareMethodCategory, CodeListId::ShareMethodCategory,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "共享方式分类"));
    c.inList("share_method_type", d.shareMethodType, CodeListId::ShareMethodType,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "共享方式类型"));
    c.inList("open_to_public", d.openToPublic, CodeListId::OpenToPublic,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "是否向社会开放"));
    c.inList("open_type", d.openType, CodeListId::OpenType,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "开放类型"));
    c.inList("update_cycle", d.updateCycle, CodeListId::UpdateCycle,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "更新周期"));
    c.inList("is_secret", d.isSecret, CodeListId::SecretAttribute,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "涉密属性"));
    c.inList("level", d.level, CodeListId::ResourceLevel,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "层级属性"));
    c.inList("status", d.status, CodeListId::ResourceStatus,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "状态"));
    c.inList("mount_status", d.mountStatus, CodeListId::MountStatus,
             QT_TRANSLATE_NOOP("govcat::CatalogRules", "挂接状态"));
}

void resourceCode(Checker& c, const ResourceCodeProfile& profile)
{
    const ResourceDraft& d = c.d();
    if (d.code.isEmpty()) {
        return; // generated at the first submission
    }
    const auto parts = profile.parse(d.code);
    if (!parts) {
        c.add("R02", QStringLiteral("code"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "信息资源代码“%1”格式不对：应为分类码（类 1 位 + 项 2 位 + 目 3 位 + 细目）、"
                  "“%2”和顺序码，例如 %3。")
                  .arg(d.code, profile.separator, profile.format(QStringLiteral("307001"), 123)));
    } else if (!d.classificationCode.isEmpty() && parts->classCode != d.classificationCode) {
        c.add("R02", QStringLiteral("code"),
              QCoreApplication::translate("govcat::CatalogRules",
                                          "信息资源代码的分类码“%1”与所选分类“%2”不一致。")
                  .arg(parts->classCode, d.classificationCode));
    }
}

void conditionalFields(Checker& c)
{
    const ResourceDraft& d = c.d();
    if (d.shareType == canonicalName(ShareType::Conditional) && d.shareCondition.trimmed().isEmpty()) {
        c.add("R03", QStringLiteral("share_condition"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "有条件共享须写明共享条件（向哪些部门、为何种用途、以何种方式共享）。"));
    }
    if (d.openToPublic == canonicalName(OpenToPublic::Yes) && d.openCondition.trimmed().isEmpty() &&
        d.openType != canonicalName(OpenType::Unconditional)) {
        c.add("R05", QStringLiteral("open_condition"),
              d.openType == canonicalName(OpenType::Conditional)
                  ? QCoreApplication::translate("govcat::CatalogRules",
                                                "有条件开放的资源须写明开放条件（开放的范围、方式和限制）。")
                  : QCoreApplication::translate("govcat::CatalogRules", "向社会开放的资源须写明开放条件。"));
    }
    if (d.formatCategory == canonicalName(FormatCategory::Other) && d.formatOtherDesc.trimmed().isEmpty()) {
        c.add("R15", QStringLiteral("format_other_desc"),
              QCoreApplication::translate("govcat::CatalogRules",
                                          "格式分类选择“其他”时，请在“其他类型资源格式描述”中说明格式。"));
    }
    if (d.updateCycle == canonicalName(UpdateCycle::Other) && d.updateCycleOther.trimmed().isEmpty()) {
        c.add("R15", QStringLiteral("update_cycle_other"),
              QCoreApplication::translate("govcat::CatalogRules",
                                          "更新周期选择“其他”时，请说明实际的更新周期。"));
    }
}

// R04: the basis of 不予共享 (and, in a province profile, of 有条件共享) must be chosen and, under the
// rule in force on the day, of the right level.
void legalBasis(Checker& c, const RuleContext& context)
{
    const ResourceDraft& d = c.d();
    const bool notShared = d.shareType == canonicalName(ShareType::NotShared);
    const bool conditional = d.shareType == canonicalName(ShareType::Conditional);
    if (!notShared && !(conditional && context.sharing.conditionalNeedsBasis)) {
        return;
    }
    const QDate day = context.onDate.isValid() ? context.onDate : Clock::instance().nowUtc().date();
    const bool regulation = day >= sharingRegulationEffectiveDate();
    const QString wording =
        regulation
            ? QCoreApplication::translate("govcat::CatalogRules", "法律、行政法规或国务院决定")
            : QCoreApplication::translate("govcat::CatalogRules", "法律、行政法规或党中央、国务院政策");
    const QString source = regulation
                               ? QCoreApplication::translate("govcat::CatalogRules",
                                                             "《政务数据共享条例》，2025 年 8 月 1 日起施行")
                               : QCoreApplication::translate("govcat::CatalogRules", "国发〔2016〕51号");
    const QString field = QStringLiteral("no_share_basis_id");
    if (d.noShareBasisId.isEmpty()) {
        c.add("R04", field,
              notShared ? QCoreApplication::translate("govcat::CatalogRules",
                                                      "不予共享须有%1作为依据（%2），请选择不予共享依据。")
                              .arg(wording, source)
                        : QCoreApplication::translate("govcat::CatalogRules",
                                                      "按%1的规定，有条件共享也须写明依据，请选择共享依据。")
                              .arg(context.sharing.name));
        return;
    }
    if (!context.legalBasis) {
        return;
    }
    const std::optional<LegalBasisInfo> basis = context.legalBasis(d.noShareBasisId);
    if (!basis) {
        c.add("R04", field,
              QCoreApplication::translate("govcat::CatalogRules", "所选依据已不在依据库中，请重新选择。"));
        return;
    }
    if (notShared && !acceptedBasisLevels(day).contains(basis->level)) {
        c.add(
            "R04", field,
            QCoreApplication::translate(
                "govcat::CatalogRules",
                "不予共享的依据须为%1（%2）。所选依据“%3”的效力层级是“%4”，不能作为不予共享的依据，"
                "请改选法律或行政法规等依据，或重新确定共享类型。")
                .arg(wording, source, basis->title, displayValue(CodeListId::LegalBasisLevel, basis->level)));
    }
}

// Values that contradict each other.
void crossChecks(Checker& c)
{
    const ResourceDraft& d = c.d();
    const bool notShared = d.shareType == canonicalName(ShareType::NotShared);
    const bool openYes = d.openToPublic == canonicalName(OpenToPublic::Yes);
    const bool openTypeOpen = d.openType == canonicalName(OpenType::Unconditional) ||
                              d.openType == canonicalName(OpenType::Conditional);
    const bool open = openYes || openTypeOpen;
    if (!d.openType.isEmpty() && !d.openToPublic.isEmpty() &&
        codeList(CodeListId::OpenType).isStoredValue(d.openType) && openTypeOpen != openYes) {
        c.add("R16", QStringLiteral("open_type"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "开放类型“%1”与“是否向社会开放：%2”不一致：无条件开放和有条件开放对应“是”，"
                  "不予开放对应“否”。")
                  .arg(displayValue(CodeListId::OpenType, d.openType),
                       displayValue(CodeListId::OpenToPublic, d.openToPublic)));
    }
    if (notShared && open) {
        c.add("R17", openYes ? QStringLiteral("open_to_public") : QStringLiteral("open_type"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "不予共享的资源不能向社会开放：不在政务部门之间共享的数据，也不应向社会开放。"
                  "请将“是否向社会开放”改为“否”、开放类型改为“不予开放”，或重新确定共享类型。"));
    }
    if (d.isSecret == canonicalName(SecretAttribute::Secret)) {
        if (!d.shareType.isEmpty() && !notShared) {
            c.add("R18", QStringLiteral("share_type"),
                  QCoreApplication::translate(
                      "govcat::CatalogRules",
                      "涉密信息资源不能通过政务数据共享共享（国家秘密不适用共享条例，按保密法律法规管理）。"
                      "请将共享类型改为“不予共享”并选择依据，或核实涉密属性。"));
        }
        if (open) {
            c.add("R18", openYes ? QStringLiteral("open_to_public") : QStringLiteral("open_type"),
                  QCoreApplication::translate(
                      "govcat::CatalogRules",
                      "涉密信息资源不能向社会开放。请将“是否向社会开放”改为“否”，或核实涉密属性。"));
        }
    }
    if (notShared && (!d.shareMethodCategory.trimmed().isEmpty() || !d.shareMethodType.trimmed().isEmpty())) {
        c.add("R19",
              d.shareMethodCategory.trimmed().isEmpty() ? QStringLiteral("share_method_type")
                                                        : QStringLiteral("share_method_category"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "不予共享的资源没有共享方式，请清空“共享方式分类”和“共享方式类型”。"));
    }
}

// R20: 关联资源代码 follow the code profile and, where this database knows the code, name a resource.
void relatedCodes(Checker& c, const RuleContext& context)
{
    const ResourceDraft& d = c.d();
    const ResourceCodeProfile& profile = context.codeProfile;
    for (const QString& raw : d.relatedCodes) {
        const QString code = raw.trimmed();
        if (code.isEmpty()) {
            continue;
        }
        if (!profile.parse(code)) {
            c.add("R20", QStringLiteral("related_codes"),
                  QCoreApplication::translate("govcat::CatalogRules",
                                              "关联资源代码“%1”格式不对：应为分类码、“%2”和顺序码，例如 %3。")
                      .arg(code, profile.separator, profile.format(QStringLiteral("307001"), 123)));
        } else if (!d.code.isEmpty() && code == d.code) {
            c.add("R20", QStringLiteral("related_codes"),
                  QCoreApplication::translate("govcat::CatalogRules",
                                              "关联资源代码“%1”是本资源自己的代码，请删去。")
                      .arg(code));
        } else if (context.resourceCodeExists && !context.resourceCodeExists(code)) {
            c.add("R20", QStringLiteral("related_codes"),
                  QCoreApplication::translate("govcat::CatalogRules",
                                              "关联资源代码“%1”在本目录中找不到对应的信息资源，请核对代码"
                                              "（上级或其他地区目录中的资源可忽略此提示）。")
                      .arg(code),
                  Severity::Warning);
        }
    }
}

void formatConsistency(Checker& c)
{
    const ResourceDraft& d = c.d();
    const auto category = fromName<FormatCategory>(d.formatCategory);
    if (!category) {
        return;
    }
    if (!d.formatType.isEmpty() && !formatTypesOf(*category).isEmpty() &&
        !isFormatTypeOf(*category, d.formatType)) {
        c.add("R14", QStringLiteral("format_type"),
              QCoreApplication::translate("govcat::CatalogRules",
                                          "格式类型“%1”不属于格式分类“%2”，请重新选择格式类型。")
                  .arg(displayValue(CodeListId::FormatType, d.formatType),
                       displayValue(CodeListId::FormatCategory, d.formatCategory)));
    }
    const auto method = fromName<ShareMethodType>(d.shareMethodType);
    const QList<ShareMethodType> expected = expectedShareMethodTypes(*category);
    if (d.shareMethodCategory == canonicalName(ShareMethodCategory::Platform) && method &&
        !expected.isEmpty() && !expected.contains(*method)) {
        QStringList names;
        for (ShareMethodType t : expected) {
            names << codeDisplayName(t);
        }
        c.add("R06", QStringLiteral("share_method_type"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "格式为“%1”的资源通过共享平台共享时，共享方式类型通常为%2，而不是“%3”。请确认。")
                  .arg(displayValue(CodeListId::FormatCategory, d.formatCategory),
                       names.join(QCoreApplication::translate("govcat::CatalogRules", "或")),
                       displayValue(CodeListId::ShareMethodType, d.shareMethodType)),
              Severity::Warning);
    }
}

void providerAndDates(Checker& c, const RuleContext& context)
{
    const ResourceDraft& d = c.d();
    if (!d.providerCode.isEmpty() && !isValidUscc(d.providerCode)) {
        c.add("R08", QStringLiteral("provider_code"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "信息资源提供方代码“%1”不是有效的统一社会信用代码（18 位，校验位符合 GB 32100）。")
                  .arg(d.providerCode));
    }
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!d.publishDate.isEmpty() && (!isoDate.match(d.publishDate).hasMatch() ||
                                     !QDate::fromString(d.publishDate, Qt::ISODate).isValid())) {
        c.add("R09", QStringLiteral("publish_date"),
              QCoreApplication::translate("govcat::CatalogRules",
                                          "发布日期“%1”无效，请按“年-月-日”填写，例如 2026-11-22。")
                  .arg(d.publishDate));
    }
    if (context.nameTaken && !d.name.trimmed().isEmpty() && !d.providerDeptId.isEmpty() &&
        context.nameTaken(d.providerDeptId, d.name.trimmed(), d.id)) {
        c.add("R07", QStringLiteral("name"),
              QCoreApplication::translate(
                  "govcat::CatalogRules",
                  "本部门已有名为“%1”的信息资源。同一提供方的资源名称不能重复，请修改名称或编辑已有资源。")
                  .arg(d.name.trimmed()));
    }
}

void items(Checker& c)
{
    const ResourceDraft& d = c.d();
    if (d.items.isEmpty()) {
        c.add("R10", QStringLiteral("items"),
              QCoreApplication::translate("govcat::CatalogRules",
                                          "每个信息资源至少要有一个信息项，请在信息项表格中添加。"));
        return;
    }
    QSet<QString> seen;
    const CodeList& types = codeList(CodeListId::DataType);
    for (int i = 0; i < d.items.size(); ++i) {
        const ItemDraft& item = d.items.at(i);
        const QString name = item.name.trimmed();
        if (name.isEmpty()) {
            c.add("R01", QStringLiteral("name"),
                  QCoreApplication::translate("govcat::CatalogRules", "第 %1 个信息项缺少名称。").arg(i + 1),
                  Severity::Error, i);
        } else if (seen.contains(name)) {
            c.add(
                "R11", QStringLiteral("name"),
                QCoreApplication::translate("govcat::CatalogRules",
                                            "信息项名称“%1”重复（第 %2 项）。同一资源内信息项名称不能重复。")
                    .arg(name)
                    .arg(i + 1),
                Severity::Error, i);
        }
        seen.insert(name);
        if (!types.isStoredValue(item.dataType)) {
            c.add("R13", QStringLiteral("data_type"),
                  QCoreApplication::translate(
                      "govcat::CatalogRules",
                      "第 %1 个信息项的数据类型“%2”无效，请选择 C、N、Y、D、T、L、M、G、B、I、F 之一。")
                      .arg(i + 1)
                      .arg(item.dataType),
                  Severity::Error, i);
        }
        bool lengthOk = false;
        const int length = item.length.trimmed().toInt(&lengthOk);
        if (item.dataType == codeOf(DataType::Character) && (!lengthOk || length <= 0)) {
            c.add("R12", QStringLiteral("length"),
                  QCoreApplication::translate("govcat::CatalogRules",
                                              "第 %1 个信息项“%2”为字符型，须填写数据长度（正整数）。")
                      .arg(i + 1)
                      .arg(name),
                  Severity::Error, i);
        } else if (!item.length.trimmed().isEmpty() && (!lengthOk || length <= 0)) {
            c.add("R12", QStringLiteral("length"),
                  QCoreApplication::translate("govcat::CatalogRules",
                                              "第 %1 个信息项的数据长度“%2”应为正整数。")
                      .arg(i + 1)
                      .arg(item.length),
                  Severity::Error, i);
        }
    }
}

} // namespace

QList<Finding> CatalogRules::check(const ResourceDraft& draft, const RuleContext& context)
{
    Checker c(draft);
    mandatoryFields(c);
    codeLists(c);
    resourceCode(c, context.codeProfile);
    conditionalFields(c);
    legalBasis(c, context);
    crossChecks(c);
    relatedCodes(c, context);
    formatConsistency(c);
    providerAndDates(c, context);
    items(c);
    return c.take();
}

bool CatalogRules::hasErrors(const QList<Finding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return f.severity == Finding::Severity::Error; });
}

QList<std::pair<QString, QString>> CatalogRules::catalogue()
{
    return {
        {QStringLiteral("R01"), QCoreApplication::translate("govcat::CatalogRules", "必填项不能为空")},
        {QStringLiteral("R02"),
         QCoreApplication::translate("govcat::CatalogRules", "信息资源代码格式（分类码/顺序码）")},
        {QStringLiteral("R03"),
         QCoreApplication::translate("govcat::CatalogRules", "有条件共享须写明共享条件")},
        {QStringLiteral("R04"),
         QCoreApplication::translate("govcat::CatalogRules", "不予共享须有相应效力层级的依据")},
        {QStringLiteral("R05"),
         QCoreApplication::translate("govcat::CatalogRules", "向社会开放须写明开放条件")},
        {QStringLiteral("R06"),
         QCoreApplication::translate("govcat::CatalogRules", "格式与共享方式一致（警告）")},
        {QStringLiteral("R07"),
         QCoreApplication::translate("govcat::CatalogRules", "同一提供方资源名称不重复")},
        {QStringLiteral("R08"),
         QCoreApplication::translate("govcat::CatalogRules", "提供方代码为有效统一社会信用代码")},
        {QStringLiteral("R09"), QCoreApplication::translate("govcat::CatalogRules", "日期格式")},
        {QStringLiteral("R10"), QCoreApplication::translate("govcat::CatalogRules", "至少一个信息项")},
        {QStringLiteral("R11"), QCoreApplication::translate("govcat::CatalogRules", "信息项名称不重复")},
        {QStringLiteral("R12"), QCoreApplication::translate("govcat::CatalogRules", "字符型信息项须有长度")},
        {QStringLiteral("R13"), QCoreApplication::translate("govcat::CatalogRules", "取值属于代码表")},
        {QStringLiteral("R14"), QCoreApplication::translate("govcat::CatalogRules", "格式类型属于格式分类")},
        {QStringLiteral("R15"), QCoreApplication::translate("govcat::CatalogRules", "选择“其他”时须说明")},
        {QStringLiteral("R16"),
         QCoreApplication::translate("govcat::CatalogRules", "开放类型与是否向社会开放一致")},
        {QStringLiteral("R17"),
         QCoreApplication::translate("govcat::CatalogRules", "不予共享的资源不向社会开放")},
        {QStringLiteral("R18"),
         QCoreApplication::translate("govcat::CatalogRules", "涉密资源不共享、不开放")},
        {QStringLiteral("R19"),
         QCoreApplication::translate("govcat::CatalogRules", "不予共享的资源不填共享方式")},
        {QStringLiteral("R20"),
         QCoreApplication::translate("govcat::CatalogRules", "关联资源代码格式正确且资源存在")},
    };
}

QStringList acceptedBasisLevels(const QDate& day)
{
    QStringList levels = {canonicalName(LegalBasisLevel::Law),
                          canonicalName(LegalBasisLevel::AdministrativeRegulation),
                          canonicalName(LegalBasisLevel::StateCouncilDecision)};
    if (day < sharingRegulationEffectiveDate()) {
        // 51号: 法律、行政法规或党中央、国务院政策 (a 国务院决定 is a policy of the State Council).
        levels << canonicalName(LegalBasisLevel::CentralPolicy);
    }
    return levels;
}

} // namespace govcat
