#pragma once

#include "ResourceCodeProfile.h"
#include "ResourceDraft.h"

#include <QList>
#include <QString>

#include <functional>

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

// What the rules need to know beyond the draft itself (the server supplies the same from its data).
struct RuleContext
{
    // True when another live resource of the same provider already has this name.
    std::function<bool(const QString& providerDeptId, const QString& name, const QString& selfId)> nameTaken;
    ResourceCodeProfile codeProfile = ResourceCodeProfile::national();
};

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
