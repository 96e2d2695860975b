#pragma once

#include "ResourceCodeProfile.h"
#include "ResourceDraft.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace govcat {

// What a rule found: which rule, how bad, where, and a plain Chinese sentence saying what is wrong
// and how to fix it.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning
    }; // errors block submission, warnings do not
    QString ruleId;
    Severity severity = Severity::Error;
    QString field;      // the info_resource column, or the info_item column when itemIndex >= 0
    int itemIndex = -1; // the data item the finding points at
    QString message;
};

// A legal basis (legal_basis row) as the rules see it.
struct LegalBasisInfo
{
    QString title;
    QString level; // legal_basis.level: 法律, 行政法规, 国务院决定, 党中央国务院政策, 地方性法规, 规章
};

// The sharing rules of a jurisdiction beyond the national ones (DOMAIN §3.3: provinces are often
// stricter). The national profile adds nothing.
struct SharingProfile
{
    QString name = QStringLiteral("全国");
    // 有条件共享 also needs a legal basis (as 51号 read by 昆明, 山东 2019: 有条件/不予 cite the law).
    bool conditionalNeedsBasis = false;

    static SharingProfile national() { return {}; }
    static SharingProfile conditionalBasis(const QString& name) { return {name, true}; }
};

// What the rules need to know beyond the draft itself (the server supplies the same from its data).
// An unset function is a check not made (the rules then look at the draft alone).
struct RuleContext
{
    // True when another live resource of the same provider already has this name.
    std::function<bool(const QString& providerDeptId, const QString& name, const QString& selfId)> nameTaken;
    ResourceCodeProfile codeProfile = ResourceCodeProfile::national();
    // The legal basis of an id; nullopt when there is none with that id.
    std::function<std::optional<LegalBasisInfo>(const QString& basisId)> legalBasis;
    // Whether a live resource has this 信息资源代码 in this database (关联资源代码).
    std::function<bool(const QString& code)> resourceCodeExists;
    // The day whose rules apply (R04: 51号 before 2025-08-01, the 条例 from then); null: today (Clock).
    QDate onDate;
    SharingProfile sharing = SharingProfile::national();
};

// The date from which 《政务数据共享条例》 (国务院令第809号) applies instead of 国发〔2016〕51号.
inline QDate sharingRegulationEffectiveDate()
{
    return {2025, 8, 1};
}
// The 效力层级 a basis for 不予共享 must have on a day (DOMAIN §3.1, §3.2).
QStringList acceptedBasisLevels(const QDate& day);

// The catalog rules of DOMAIN §2.3–2.6, in core/ so that the server can run the same checks.
class CatalogRules
{
public:
    static QList<Finding> check(const ResourceDraft& draft, const RuleContext& context = {});
    static bool hasErrors(const QList<Finding>& findings);
    // Rule ids with a one-line description, for the quality view and the documentation.
    static QList<std::pair<QString, QString>> catalogue();
};

} // namespace govcat
