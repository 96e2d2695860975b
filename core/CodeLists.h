#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace govcat {

// The code lists (值域) of the catalog model, DOMAIN §2.3–2.8. The database stores the canonical
// Chinese name of an entry (the schema's CHECK values); codes are mapped at the edges (import,
// export, sync), because platforms number the same lists differently. DataType is the exception:
// the schema stores its one-letter code (C, N, …), see CodeList::storesCode.
enum class CodeListId
{
    ShareType,           // 共享类型
    FormatCategory,      // 信息资源格式分类
    FormatType,          // 信息资源格式类型; parentCode = the FormatCategory code (cascade)
    ShareMethodCategory, // 共享方式分类
    ShareMethodType,     // 共享方式类型
    UpdateCycle,         // 更新周期
    DataType,            // 信息项数据类型
    ResourceStatus,      // 目录状态
    MountStatus,         // 挂接状态
    OpenToPublic,        // 是否向社会开放
    SecretAttribute,     // 涉密属性
    ResourceLevel,       // 层级属性
    RelationKind,        // 关联资源类型
    Role,                // 用户角色
    DepartmentLevel,     // 部门层级
    CatalogClassLevel,   // 分类层级
    CatalogKind,         // 目录类别
    LegalBasisLevel,     // 依据效力层级
    OpenType,            // 开放类型 (schema v6)
};

struct CodeEntry
{
    QString code;
    QString name;    // canonical Chinese name, the stored value
    QString english; // for the English UI
    QString parentCode;
};

struct CodeList
{
    CodeListId id;
    QString key;             // stable identifier, also code_list.list_name, e.g. "share_type"
    QString name;            // Chinese title, e.g. 共享类型
    QString english;         // English title
    bool storesCode = false; // the database stores entry codes instead of names
    QList<CodeEntry> entries;

    int indexOfName(QStringView value) const; // -1 if absent
    int indexOfCode(QStringView value) const; // -1 if absent
    const CodeEntry* findName(QStringView value) const { return entryAt(indexOfName(value)); }
    const CodeEntry* findCode(QStringView value) const { return entryAt(indexOfCode(value)); }
    QString storedValue(const CodeEntry& entry) const { return storesCode ? entry.code : entry.name; }
    // A value of the list as it is stored now; indexOfName also takes a former stored name (半年 for
    // 每半年, schema v6) so that old files and old snapshots are still understood, this does not.
    bool isStoredValue(QStringView value) const; // what the schema accepts in the column
    QStringList names() const;
    QList<CodeEntry> children(QStringView parentCode) const; // entries of a cascade level

private:
    const CodeEntry* entryAt(int index) const;
};

const CodeList& codeList(CodeListId id);
const QList<CodeListId>& allCodeLists();
std::optional<CodeListId> codeListFromKey(QStringView key);

// Typed lists. Enumerators are in the order of the list's entries (the display order).
enum class ShareType
{
    Unconditional,
    Conditional,
    NotShared
};
enum class FormatCategory
{
    ElectronicFile,
    Spreadsheet,
    Database,
    Image,
    Streaming,
    SelfDescribing,
    Service,
    Other
};
enum class ShareMethodCategory
{
    Platform,
    Email,
    CopyDisk,
    MediaExchange,
    Other
};
enum class ShareMethodType
{
    Database,
    File,
    Interface
};
enum class UpdateCycle
{
    RealTime,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
    Other
};
enum class DataType
{
    Character,
    Numeric,
    Currency,
    Date,
    DateTime,
    Logical,
    Memo,
    General,
    Double,
    Integer,
    Float
};
enum class ResourceStatus
{
    Draft,
    PendingReview,
    Returned,
    Published,
    Withdrawing,
    Withdrawn
};
enum class MountStatus
{
    NotMounted,
    MountPendingReview,
    Mounted,
    MountReturned
};
enum class OpenToPublic
{
    Yes,
    No
};
enum class SecretAttribute
{
    Secret,
    NonSecret
};
enum class ResourceLevel
{
    Department,
    National
};
enum class RelationKind
{
    Source,
    Related
};
enum class Role
{
    CatalogEditor,
    Reviewer,
    Leader,
    Administrator
};
enum class DepartmentLevel
{
    Province,
    City,
    County,
    Township
};
enum class CatalogClassLevel
{
    Class,
    Item,
    Group,
    SubGroup
};
enum class CatalogKind
{
    Base,
    Thematic,
    Departmental
};
enum class LegalBasisLevel
{
    Law,
    AdministrativeRegulation,
    StateCouncilDecision,
    CentralPolicy,
    LocalRegulation,
    Rule
};
enum class OpenType
{
    Unconditional,
    Conditional,
    NotOpen
};

template <typename E> struct CodeListOf;
#define GOVCAT_CODE_LIST_OF(E)                                                                               \
    template <> struct CodeListOf<E>                                                                         \
    {                                                                                                        \
        static constexpr CodeListId id = CodeListId::E;                                                      \
    };
GOVCAT_CODE_LIST_OF(ShareType)
GOVCAT_CODE_LIST_OF(FormatCategory)
GOVCAT_CODE_LIST_OF(ShareMethodCategory)
GOVCAT_CODE_LIST_OF(ShareMethodType)
GOVCAT_CODE_LIST_OF(UpdateCycle)
GOVCAT_CODE_LIST_OF(DataType)
GOVCAT_CODE_LIST_OF(ResourceStatus)
GOVCAT_CODE_LIST_OF(MountStatus)
GOVCAT_CODE_LIST_OF(OpenToPublic)
GOVCAT_CODE_LIST_OF(SecretAttribute)
GOVCAT_CODE_LIST_OF(ResourceLevel)
GOVCAT_CODE_LIST_OF(RelationKind)
GOVCAT_CODE_LIST_OF(Role)
GOVCAT_CODE_LIST_OF(DepartmentLevel)
GOVCAT_CODE_LIST_OF(CatalogClassLevel)
GOVCAT_CODE_LIST_OF(CatalogKind)
GOVCAT_CODE_LIST_OF(LegalBasisLevel)
GOVCAT_CODE_LIST_OF(OpenType)
#undef GOVCAT_CODE_LIST_OF

template <typename E> const CodeEntry& codeEntry(E value)
{
    return codeList(CodeListOf<E>::id).entries.at(qsizetype(value));
}
template <typename E> QString canonicalName(E value)
{
    return codeEntry(value).name;
}
template <typename E> QString englishName(E value)
{
    return codeEntry(value).english;
}
template <typename E> QString codeOf(E value)
{
    return codeEntry(value).code;
}
// The value the database column holds (the name; the letter for DataType).
template <typename E> QString storedValue(E value)
{
    return codeList(CodeListOf<E>::id).storedValue(codeEntry(value));
}
// fromName<ShareType>(u"有条件共享") == ShareType::Conditional
template <typename E> std::optional<E> fromName(QStringView name)
{
    const int i = codeList(CodeListOf<E>::id).indexOfName(name);
    return i < 0 ? std::nullopt : std::optional<E>(E(i));
}
template <typename E> std::optional<E> fromCode(QStringView code)
{
    const int i = codeList(CodeListOf<E>::id).indexOfCode(code);
    return i < 0 ? std::nullopt : std::optional<E>(E(i));
}

// Stored names that schema v6 renamed (DOMAIN §2.6 and the 1272 guide's wording): the list, the
// entry's code, the former name. The migration rewrites stored values with these; indexOfName
// still accepts the former name.
struct RenamedEntry
{
    CodeListId list;
    QString code;
    QString formerName;
};
const QList<RenamedEntry>& renamedEntries();

// 开放类型 as schema v6 derives it for a resource stored without one: 否 → 不予开放; 是 → 无条件开放
// when the open condition is empty or says 无条件, else 有条件开放; empty for an empty 是否向社会开放.
QString derivedOpenType(const QString& openToPublic, const QString& openCondition);

// 格式类型 of a 格式分类 (cascade, DOMAIN §2.5); empty for 自描述格式 and 其他 (free text).
QList<CodeEntry> formatTypesOf(FormatCategory category);
bool isFormatTypeOf(FormatCategory category, QStringView formatTypeName);
// 共享方式类型 expected under 共享平台 for a format (DOMAIN §2.6, a warning rule, not a hard one):
// files, sheets, images and streams → 文件; databases → 数据库 or 接口; 服务接口 → 接口.
QList<ShareMethodType> expectedShareMethodTypes(FormatCategory category);

} // namespace govcat
