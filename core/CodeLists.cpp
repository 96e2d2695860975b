#include "CodeLists.h"

#include <algorithm>
#include <iterator>

namespace govcat {

namespace {

using Id = CodeListId;

struct RawList
{
    Id id;
    const char* key;
    const char* name;
    const char* english;
    bool storesCode;
};

struct RawEntry
{
    Id list;
    const char* code;
    const char* name;
    const char* english;
    const char* parent;
};

// In CodeListId order.
constexpr RawList kLists[] = {
    {Id::ShareType, "share_type", "共享类型", "Share type", false},
    {Id::FormatCategory, "format_category", "格式分类", "Format category", false},
    {Id::FormatType, "format_type", "格式类型", "Format type", false},
    {Id::ShareMethodCategory, "share_method_category", "共享方式分类", "Sharing method category", false},
    {Id::ShareMethodType, "share_method_type", "共享方式类型", "Sharing method type", false},
    {Id::UpdateCycle, "update_cycle", "更新周期", "Update cycle", false},
    {Id::DataType, "data_type", "数据类型", "Data type", true},
    {Id::ResourceStatus, "resource_status", "目录状态", "Catalog status", false},
    {Id::MountStatus, "mount_status", "挂接状态", "Data mount status", false},
    {Id::OpenToPublic, "open_to_public", "是否向社会开放", "Open to the public", false},
    {Id::SecretAttribute, "secret_attribute", "涉密属性", "Classification", false},
    {Id::ResourceLevel, "resource_level", "层级属性", "Catalog level", false},
    {Id::RelationKind, "relation_kind", "关联类型", "Relation kind", false},
    {Id::Role, "role", "角色", "Role", false},
    {Id::DepartmentLevel, "department_level", "部门层级", "Department level", false},
    {Id::CatalogClassLevel, "catalog_class_level", "分类层级", "Classification level", false},
    {Id::CatalogKind, "catalog_kind", "目录类别", "Catalog kind", false},
    {Id::LegalBasisLevel, "legal_basis_level", "效力层级", "Legal force", false},
    {Id::OpenType, "open_type", "开放类型", "Opening type", false},
};

// Per list in enumerator order. Codes: DOMAIN §2.5–2.8 where a source numbers the list, else
// 1, 2, … with 9 for 其他.
constexpr RawEntry kEntries[] = {
    {Id::ShareType, "1", "无条件共享", "Unconditional sharing", ""},
    {Id::ShareType, "2", "有条件共享", "Conditional sharing", ""},
    {Id::ShareType, "3", "不予共享", "Not shared", ""},

    {Id::FormatCategory, "1", "电子文件", "Electronic document", ""},
    {Id::FormatCategory, "2", "电子表格", "Spreadsheet", ""},
    {Id::FormatCategory, "3", "数据库", "Database", ""},
    {Id::FormatCategory, "4", "图形图像", "Image", ""},
    {Id::FormatCategory, "5", "流媒体", "Streaming media", ""},
    {Id::FormatCategory, "6", "自描述格式", "Self-describing format", ""},
    {Id::FormatCategory, "7", "服务接口", "Service interface", ""},
    {Id::FormatCategory, "9", "其他", "Other", ""},

    {Id::FormatType, "101", "OFD", "OFD", "1"},
    {Id::FormatType, "102", "wps", "WPS", "1"},
    {Id::FormatType, "103", "xml", "XML", "1"},
    {Id::FormatType, "104", "txt", "Plain text", "1"},
    {Id::FormatType, "105", "doc", "Word 97-2003", "1"},
    {Id::FormatType, "106", "docx", "Word", "1"},
    {Id::FormatType, "107", "html", "HTML", "1"},
    {Id::FormatType, "108", "pdf", "PDF", "1"},
    {Id::FormatType, "109", "ppt", "PowerPoint 97-2003", "1"},
    {Id::FormatType, "110", "pptx", "PowerPoint", "1"},
    {Id::FormatType, "201", "et", "WPS spreadsheet", "2"},
    {Id::FormatType, "202", "xls", "Excel 97-2003", "2"},
    {Id::FormatType, "203", "xlsx", "Excel", "2"},
    {Id::FormatType, "204", "csv", "CSV", "2"},
    {Id::FormatType, "301", "达梦", "Dameng (DM)", "3"},
    {Id::FormatType, "302", "KingbaseES", "KingbaseES", "3"},
    {Id::FormatType, "303", "Access", "Access", "3"},
    {Id::FormatType, "304", "dbf", "DBF", "3"},
    {Id::FormatType, "305", "dBase", "dBase", "3"},
    {Id::FormatType, "306", "Sybase", "Sybase", "3"},
    {Id::FormatType, "307", "Oracle", "Oracle", "3"},
    {Id::FormatType, "308", "SQL Server", "SQL Server", "3"},
    {Id::FormatType, "309", "DB2", "DB2", "3"},
    {Id::FormatType, "310", "MySQL", "MySQL", "3"},
    {Id::FormatType, "311", "PostgreSQL", "PostgreSQL", "3"},
    {Id::FormatType, "401", "jpg", "JPEG", "4"},
    {Id::FormatType, "402", "gif", "GIF", "4"},
    {Id::FormatType, "403", "bmp", "BMP", "4"},
    {Id::FormatType, "404", "png", "PNG", "4"},
    {Id::FormatType, "405", "tif", "TIFF", "4"},
    {Id::FormatType, "501", "swf", "Flash", "5"},
    {Id::FormatType, "502", "rm", "RealMedia", "5"},
    {Id::FormatType, "503", "mpg", "MPEG", "5"},
    {Id::FormatType, "504", "mp4", "MP4", "5"},
    {Id::FormatType, "701", "RESTful", "RESTful", "7"},
    {Id::FormatType, "702", "WebService", "Web service (SOAP)", "7"},

    {Id::ShareMethodCategory, "1", "共享平台方式", "Sharing platform", ""},
    {Id::ShareMethodCategory, "2", "邮件", "Email", ""},
    {Id::ShareMethodCategory, "3", "拷盘", "Copy to disk", ""},
    {Id::ShareMethodCategory, "4", "介质交换", "Media exchange", ""},
    {Id::ShareMethodCategory, "9", "其他", "Other", ""},

    {Id::ShareMethodType, "1", "数据库", "Database", "1"},
    {Id::ShareMethodType, "2", "文件", "File", "1"},
    {Id::ShareMethodType, "3", "接口", "Interface", "1"},

    {Id::UpdateCycle, "1", "实时", "Real time", ""},
    {Id::UpdateCycle, "2", "每日", "Daily", ""},
    {Id::UpdateCycle, "3", "每周", "Weekly", ""},
    {Id::UpdateCycle, "4", "每月", "Monthly", ""},
    {Id::UpdateCycle, "5", "每季度", "Quarterly", ""},
    {Id::UpdateCycle, "7", "每半年", "Half-yearly", ""},
    {Id::UpdateCycle, "6", "每年", "Yearly", ""},
    {Id::UpdateCycle, "9", "其他", "Other", ""},

    {Id::DataType, "C", "字符型", "Character", ""},
    {Id::DataType, "N", "数值型", "Numeric", ""},
    {Id::DataType, "Y", "货币型", "Currency", ""},
    {Id::DataType, "D", "日期型", "Date", ""},
    {Id::DataType, "T", "日期时间型", "Date and time", ""},
    {Id::DataType, "L", "逻辑型", "Logical", ""},
    {Id::DataType, "M", "备注型", "Memo", ""},
    {Id::DataType, "G", "通用型", "General", ""},
    {Id::DataType, "B", "双精度型", "Double", ""},
    {Id::DataType, "I", "整型", "Integer", ""},
    {Id::DataType, "F", "浮点型", "Float", ""},

    {Id::ResourceStatus, "01", "草稿", "Draft", ""},
    {Id::ResourceStatus, "02", "待审核", "Pending review", ""},
    {Id::ResourceStatus, "07", "已退回", "Returned", ""},
    {Id::ResourceStatus, "03", "已发布", "Published", ""},
    {Id::ResourceStatus, "04", "下线中", "Withdrawing", ""},
    {Id::ResourceStatus, "05", "已下线", "Withdrawn", ""},

    {Id::MountStatus, "1", "未挂接", "Not mounted", ""},
    {Id::MountStatus, "2", "挂接待审核", "Mount pending review", ""},
    {Id::MountStatus, "3", "已挂接", "Mounted", ""},
    {Id::MountStatus, "4", "挂接退回", "Mount returned", ""},

    {Id::OpenToPublic, "1", "是", "Yes", ""},
    {Id::OpenToPublic, "0", "否", "No", ""},

    {Id::SecretAttribute, "1", "涉密", "Classified", ""},
    {Id::SecretAttribute, "0", "非涉密", "Unclassified", ""},

    {Id::ResourceLevel, "1", "部门", "Department", ""},
    {Id::ResourceLevel, "2", "国家", "National", ""},

    {Id::RelationKind, "1", "来源", "Source", ""},
    {Id::RelationKind, "2", "关联", "Related", ""},

    {Id::Role, "editor", "目录填报人员", "Catalog editor", ""},
    {Id::Role, "reviewer", "审核员", "Reviewer", ""},
    {Id::Role, "leader", "部门领导（查阅）", "Department leader (read only)", ""},
    {Id::Role, "admin", "管理员", "Administrator", ""},

    {Id::DepartmentLevel, "1", "省", "Province", ""},
    {Id::DepartmentLevel, "2", "市", "City", ""},
    {Id::DepartmentLevel, "3", "县", "County", ""},
    {Id::DepartmentLevel, "4", "乡", "Township", ""},

    {Id::CatalogClassLevel, "1", "类", "Class", ""},
    {Id::CatalogClassLevel, "2", "项", "Item", ""},
    {Id::CatalogClassLevel, "3", "目", "Group", ""},
    {Id::CatalogClassLevel, "4", "细目", "Subgroup", ""},

    {Id::CatalogKind, "1", "基础", "Base", ""},
    {Id::CatalogKind, "2", "主题", "Thematic", ""},
    {Id::CatalogKind, "3", "部门", "Departmental", ""},

    {Id::LegalBasisLevel, "1", "法律", "Law", ""},
    {Id::LegalBasisLevel, "2", "行政法规", "Administrative regulation", ""},
    {Id::LegalBasisLevel, "3", "国务院决定", "State Council decision", ""},
    {Id::LegalBasisLevel, "4", "党中央国务院政策", "Central Committee and State Council policy", ""},
    {Id::LegalBasisLevel, "5", "地方性法规", "Local regulation", ""},
    {Id::LegalBasisLevel, "6", "规章", "Government rule", ""},

    {Id::OpenType, "1", "无条件开放", "Open without conditions", ""},
    {Id::OpenType, "2", "有条件开放", "Open with conditions", ""},
    {Id::OpenType, "3", "不予开放", "Not open", ""},
};

struct RawRename
{
    Id list;
    const char* code;
    const char* formerName;
};

// Names stored before schema v6 (the migration rewrites them).
constexpr RawRename kRenames[] = {
    {Id::UpdateCycle, "7", "半年"},
    {Id::ShareMethodCategory, "1", "共享平台"},
    {Id::Role, "editor", "编目员"},
    {Id::Role, "leader", "领导"},
};

QList<CodeList> buildLists()
{
    QList<CodeList> lists;
    lists.reserve(qsizetype(std::size(kLists)));
    for (const RawList& raw : kLists) {
        Q_ASSERT(int(raw.id) == lists.size());
        CodeList list{raw.id,
                      QString::fromUtf8(raw.key),
                      QString::fromUtf8(raw.name),
                      QString::fromUtf8(raw.english),
                      raw.storesCode,
                      {}};
        for (const RawEntry& e : kEntries) {
            if (e.list == raw.id) {
                list.entries.append({QString::fromUtf8(e.code), QString::fromUtf8(e.name),
                                     QString::fromUtf8(e.english), QString::fromUtf8(e.parent)});
            }
        }
        lists.append(std::move(list));
    }
    return lists;
}

const QList<CodeList>& lists()
{
    static const QList<CodeList> all = buildLists();
    return all;
}

} // namespace

int CodeList::indexOfName(QStringView value) const
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).name == value) {
            return int(i);
        }
    }
    for (const RawRename& r : kRenames) {
        if (r.list == id && value == QString::fromUtf8(r.formerName)) {
            return indexOfCode(QString::fromUtf8(r.code));
        }
    }
    return -1;
}

int CodeList::indexOfCode(QStringView value) const
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).code == value) {
            return int(i);
        }
    }
    return -1;
}

bool CodeList::isStoredValue(QStringView value) const
{
    if (storesCode) {
        return indexOfCode(value) >= 0;
    }
    return std::any_of(entries.cbegin(), entries.cend(), [&](const CodeEntry& e) { return e.name == value; });
}

QStringList CodeList::names() const
{
    QStringList out;
    out.reserve(entries.size());
    for (const CodeEntry& e : entries) {
        out.append(e.name);
    }
    return out;
}

QList<CodeEntry> CodeList::children(QStringView parent) const
{
    QList<CodeEntry> out;
    for (const CodeEntry& e : entries) {
        if (e.parentCode == parent) {
            out.append(e);
        }
    }
    return out;
}

const CodeEntry* CodeList::entryAt(int index) const
{
    return index < 0 ? nullptr : &entries.at(index);
}

const CodeList& codeList(CodeListId id)
{
    return lists().at(qsizetype(id));
}

const QList<CodeListId>& allCodeLists()
{
    static const QList<CodeListId> ids = [] {
        QList<CodeListId> out;
        for (const RawList& raw : kLists) {
            out.append(raw.id);
        }
        return out;
    }();
    return ids;
}

std::optional<CodeListId> codeListFromKey(QStringView key)
{
    for (const CodeList& list : lists()) {
        if (list.key == key) {
            return list.id;
        }
    }
    return std::nullopt;
}

const QList<RenamedEntry>& renamedEntries()
{
    static const QList<RenamedEntry> out = [] {
        QList<RenamedEntry> all;
        for (const RawRename& r : kRenames) {
            all.append({r.list, QString::fromUtf8(r.code), QString::fromUtf8(r.formerName)});
        }
        return all;
    }();
    return out;
}

QString derivedOpenType(const QString& openToPublic, const QString& openCondition)
{
    if (openToPublic == canonicalName(OpenToPublic::No)) {
        return canonicalName(OpenType::NotOpen);
    }
    if (openToPublic != canonicalName(OpenToPublic::Yes)) {
        return {};
    }
    const QString condition = openCondition.trimmed();
    return condition.isEmpty() || condition.contains(QStringLiteral("无条件"))
               ? canonicalName(OpenType::Unconditional)
               : canonicalName(OpenType::Conditional);
}

QList<CodeEntry> formatTypesOf(FormatCategory category)
{
    return codeList(CodeListId::FormatType).children(codeOf(category));
}

bool isFormatTypeOf(FormatCategory category, QStringView formatTypeName)
{
    const CodeEntry* type = codeList(CodeListId::FormatType).findName(formatTypeName);
    return type && type->parentCode == codeOf(category);
}

QList<ShareMethodType> expectedShareMethodTypes(FormatCategory category)
{
    switch (category) {
    case FormatCategory::ElectronicFile:
    case FormatCategory::Spreadsheet:
    case FormatCategory::Image:
    case FormatCategory::Streaming:
        return {ShareMethodType::File};
    case FormatCategory::Database:
        return {ShareMethodType::Database, ShareMethodType::Interface};
    case FormatCategory::Service:
        return {ShareMethodType::Interface};
    case FormatCategory::SelfDescribing:
    case FormatCategory::Other:
        break;
    }
    return {ShareMethodType::Database, ShareMethodType::File, ShareMethodType::Interface};
}

} // namespace govcat
