#pragma once

#include <QList>
#include <QString>

namespace govcat {

// One data item (信息项) as an editor holds it; strings are the stored values.
struct ItemDraft
{
    QString name;
    QString dataType; // C N Y D T L M G B I F
    QString length;   // as typed; empty when absent
    QString precision;
};

// A catalog resource (信息资源) as an editor holds it, independent of storage: the values the
// catalog rules check. Field names follow the info_resource columns.
struct ResourceDraft
{
    QString id;
    QString name;
    QString code;
    QString classificationCode; // 分类码 of the chosen 类/项/目/细目
    QString providerDeptId;
    QString providerName;
    QString providerCode; // 统一社会信用代码 of the provider
    QString abstract;
    QString formatCategory;
    QString formatType;
    QString formatOtherDesc;
    QString shareType;
    QString shareCondition;
    QString noShareBasisId;
    QString shareMethodCategory;
    QString shareMethodType;
    QString openToPublic;
    QString openCondition;
    QString updateCycle;
    QString updateCycleOther;
    QString publishDate; // CCYY-MM-DD
    QString status;
    QList<ItemDraft> items;
};

} // namespace govcat
