#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace govcat {

// One data item (信息项) as an editor holds it; strings are the stored values.
struct ItemDraft
{
    QString id; // info_item.id; empty for an item not saved yet
    QString name;
    QString dataType; // C N Y D T L M G B I F
    QString length;   // as typed; empty when absent
    QString precision;
    bool isKey = false;
    bool isSensitive = false;
    QString itemShareType; // empty: as the resource
    QString itemShareCondition;

    static ItemDraft of(QString name, QString dataType, QString length = {}, QString precision = {})
    {
        ItemDraft item;
        item.name = std::move(name);
        item.dataType = std::move(dataType);
        item.length = std::move(length);
        item.precision = std::move(precision);
        return item;
    }
    bool operator==(const ItemDraft&) const = default;
};

// The six 大普查 figures (DOMAIN §2.7), as typed; empty reads as 0.
enum class SurveyFigure
{
    StorageTotalGb,
    RecordsTotal10k,
    SharedStorageGb,
    SharedRecords10k,
    OpenedStorageGb,
    OpenedRecords10k,
    Count
};

// A catalog resource (信息资源) as an editor holds it, independent of storage: the values the
// catalog rules check. Field names follow the info_resource columns.
struct ResourceDraft
{
    QString id;
    QString name;
    QString code;
    QString classificationId;   // catalog_class.id
    QString classificationCode; // 分类码 of the chosen 类/项/目/细目
    QString providerDeptId;
    QString providerName;
    QString providerCode; // 统一社会信用代码 of the provider
    QString internalUnit; // 下设机构/内部部门
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
    QString openType; // 开放类型 (schema v6): 无条件开放 / 有条件开放 / 不予开放
    QString updateCycle;
    QString updateCycleOther;
    QString publishDate;      // CCYY-MM-DD
    QString isSecret;         // 涉密 / 非涉密
    QString level;            // 层级属性: 部门 / 国家 (empty is stored as 部门)
    QString businessItems;    // 关联业务事项, one per line
    QStringList relatedCodes; // 关联资源代码
    std::array<QString, std::size_t(SurveyFigure::Count)> survey;
    QString status;
    QString mountStatus; // 挂接状态, set by the sharing platform (read only in the editor)
    int catalogVersion = 1;
    QList<ItemDraft> items;

    bool operator==(const ResourceDraft&) const = default;
};

} // namespace govcat
