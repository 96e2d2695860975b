#include "CatalogColumns.h"

#include <QRegularExpression>

namespace govcat::io {

namespace {

CatalogColumn column(const char* key, const char* header, const char* english, QStringList aliases,
                     std::optional<CodeListId> list = std::nullopt, int width = 14, bool required = false)
{
    return {QString::fromUtf8(key),
            QString::fromUtf8(header),
            QString::fromUtf8(english),
            std::move(aliases),
            list,
            width,
            required};
}

QStringList a(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* t : texts) {
        out << QString::fromUtf8(t);
    }
    return out;
}

// The columns that identify a resource; an items sheet repeats them.
QList<CatalogColumn> linkColumns()
{
    return {
        column("id", "资源标识（请勿修改）", "Resource ID (do not change)",
               a({"资源标识", "资源ID", "govcat标识"}), std::nullopt, 38),
        column("code", "信息资源代码", "Resource code",
               a({"资源代码", "目录代码", "资源编码", "目录编码", "信息资源编码"}), std::nullopt, 22),
        column("name", "信息资源名称", "Resource name",
               a({"资源名称", "目录名称", "数据资源名称", "信息资源目录名称", "资源目录名称"}), std::nullopt,
               30, true),
        column("provider_name", "信息资源提供方", "Provider",
               a({"提供方", "资源提供方", "提供部门", "提供单位", "资源提供部门", "责任部门", "数源部门"}),
               std::nullopt, 24, true),
    };
}

} // namespace

const QList<CatalogColumn>& resourceSheetColumns()
{
    static const QList<CatalogColumn> columns = [] {
        QList<CatalogColumn> c = linkColumns();
        c.insert(1, column("classification_code", "信息资源分类", "Classification",
                           a({"资源分类", "目录分类", "分类码", "资源属性分类", "信息资源分类码"}),
                           std::nullopt, 14, true));
        c << column("provider_code", "信息资源提供方代码", "Provider code",
                    a({"提供方代码", "提供方统一社会信用代码", "部门统一社会信用代码", "统一社会信用代码",
                       "提供部门代码"}),
                    std::nullopt, 22, true)
          << column("provider_internal_unit", "下设机构/内部部门", "Internal unit",
                    a({"下设机构", "内部部门", "内设机构", "下设机构或内部部门", "责任处室"}), std::nullopt,
                    18)
          << column("abstract", "信息资源摘要", "Abstract",
                    a({"资源摘要", "摘要", "资源描述", "信息资源描述"}), std::nullopt, 40, true)
          << column("format_category", "信息资源格式分类", "Format category",
                    a({"格式分类", "资源格式分类", "信息资源格式"}), CodeListId::FormatCategory, 14, true)
          << column("format_type", "信息资源格式类型", "Format type",
                    a({"格式类型", "资源格式类型", "资源格式"}), CodeListId::FormatType, 14, true)
          << column("format_other_desc", "其他类型资源格式描述", "Other format",
                    a({"其他格式描述", "格式描述"}), std::nullopt, 18)
          << column("share_type", "共享类型", "Share type", a({"共享属性", "共享属性类型", "资源共享类型"}),
                    CodeListId::ShareType, 14, true)
          << column("share_condition", "共享条件", "Share condition", a({"有条件共享条件"}), std::nullopt, 24)
          << column("no_share_basis", "不予共享依据", "Legal basis for not sharing",
                    a({"不共享依据", "不予共享理由", "不予共享的依据"}), std::nullopt, 24)
          << column("share_method_category", "共享方式分类", "Share method category", a({"共享方式大类"}),
                    CodeListId::ShareMethodCategory, 16, true)
          << column("share_method_type", "共享方式类型", "Share method type", a({"共享方式"}),
                    CodeListId::ShareMethodType, 14, true)
          << column("open_to_public", "是否向社会开放", "Open to the public",
                    a({"开放属性", "是否开放", "向社会开放"}), CodeListId::OpenToPublic, 12, true)
          << column("open_condition", "开放条件", "Open condition", a({"开放要求"}), std::nullopt, 20)
          << column("open_type", "开放类型", "Opening type",
                    a({"资源开放类型", "开放属性类型", "开放方式类型"}), CodeListId::OpenType, 12)
          << column("update_cycle", "更新周期", "Update cycle", a({"更新频率", "更新频度"}),
                    CodeListId::UpdateCycle, 10, true)
          << column("update_cycle_other", "其他更新周期", "Other update cycle", a({"其他更新周期说明"}),
                    std::nullopt, 14)
          << column("publish_date", "发布日期", "Publish date", a({"发布时间", "资源发布日期"}), std::nullopt,
                    12, true)
          << column("is_secret", "涉密属性", "Classification", a({"是否涉密"}), CodeListId::SecretAttribute,
                    10)
          << column("level", "层级属性", "Catalog level", a({"目录层级", "资源层级", "层级"}),
                    CodeListId::ResourceLevel, 10)
          << column("business_items", "关联业务事项", "Business items",
                    a({"业务事项", "关联事项", "关联政务服务事项"}), std::nullopt, 24)
          << column("related_codes", "关联资源代码", "Related resource codes",
                    a({"关联资源", "关联信息资源代码"}), std::nullopt, 24)
          << column("storage_total_gb", "数据存储总量(G)", "Storage total (GB)",
                    a({"数据存储总量", "存储总量(G)"}), std::nullopt, 12)
          << column("records_total_10k", "结构化信息记录总数(万条)", "Records total (10k)",
                    a({"结构化信息记录总数", "记录总数(万条)"}), std::nullopt, 12)
          << column("shared_storage_gb", "已共享的数据存储量(G)", "Shared storage (GB)",
                    a({"已共享的数据存储量", "已共享数据存储量(G)"}), std::nullopt, 12)
          << column("shared_records_10k", "已共享结构化记录数(万条)", "Shared records (10k)",
                    a({"已共享结构化记录数", "已共享的结构化记录数(万条)"}), std::nullopt, 12)
          << column("opened_storage_gb", "已开放的数据存储量(G)", "Opened storage (GB)",
                    a({"已开放的数据存储量", "已开放数据存储量(G)"}), std::nullopt, 12)
          << column("opened_records_10k", "已开放结构化记录数(万条)", "Opened records (10k)",
                    a({"已开放结构化记录数", "已开放的结构化记录数(万条)"}), std::nullopt, 12)
          << column("status", "状态", "Status", a({"目录状态", "资源状态"}), CodeListId::ResourceStatus, 10)
          << column("mount_status", "挂接状态", "Mount status",
                    a({"资源挂接状态", "数据挂接状态", "挂接情况"}), CodeListId::MountStatus, 12)
          << column("items", "信息项", "Data items", a({"信息项信息", "数据项", "信息项列表"}), std::nullopt,
                    40);
        return c;
    }();
    return columns;
}

const QList<CatalogColumn>& itemSheetColumns()
{
    static const QList<CatalogColumn> columns = [] {
        QList<CatalogColumn> c = linkColumns();
        c << column("item.id", "信息项标识（请勿修改）", "Item ID (do not change)",
                    a({"信息项标识", "信息项ID"}), std::nullopt, 38)
          << column("item.seq", "序号", "No.", a({"信息项序号", "编号"}), std::nullopt, 6)
          << column("item.name", "信息项名称", "Item name",
                    a({"数据项名称", "字段名称", "字段中文名称", "信息项中文名称", "数据元名称"}),
                    std::nullopt, 24, true)
          << column("item.data_type", "数据类型", "Data type",
                    a({"信息项数据类型", "信息项类型", "字段类型", "数据项类型"}), CodeListId::DataType, 10,
                    true)
          << column("item.length", "数据长度", "Length",
                    a({"长度", "字段长度", "信息项长度", "信息项数据长度"}), std::nullopt, 8)
          << column("item.precision", "精度", "Precision", a({"小数位数", "数据精度"}), std::nullopt, 6)
          << column("item.is_key", "是否主键", "Key", a({"主键"}), CodeListId::OpenToPublic, 8)
          << column("item.is_sensitive", "是否敏感", "Sensitive", a({"敏感", "是否敏感字段", "是否敏感数据"}),
                    CodeListId::OpenToPublic, 8)
          << column("item.share_type", "信息项共享类型", "Item share type", a({"信息项共享属性"}),
                    CodeListId::ShareType, 14)
          << column("item.share_condition", "信息项共享条件", "Item share condition", {}, std::nullopt, 20);
        return c;
    }();
    return columns;
}

const CatalogColumn* catalogColumn(const QString& key)
{
    for (const auto* columns : {&resourceSheetColumns(), &itemSheetColumns()}) {
        for (const CatalogColumn& c : *columns) {
            if (c.key == key) {
                return &c;
            }
        }
    }
    return nullptr;
}

const QStringList& resourceLinkKeys()
{
    static const QStringList keys = {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                                     QStringLiteral("provider_name")};
    return keys;
}

bool isResourceDetailKey(const QString& key)
{
    return !isItemKey(key) && !resourceLinkKeys().contains(key) && key != QStringLiteral("items") &&
           catalogColumn(key) != nullptr;
}

bool isItemKey(const QString& key)
{
    return key.startsWith(QStringLiteral("item."));
}

QString normalizedHeader(const QString& header)
{
    QString h = header;
    h.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    static const QRegularExpression blanks(QStringLiteral("[\\s\\x{3000}*\\x{FF0A}]"));
    h.remove(blanks);
    static const QRegularExpression note(
        QStringLiteral("\\((必填|选填|必选|可选|请勿修改|勿改|不可修改)\\)$"));
    h.remove(note);
    return h.toLower();
}

QString keyForHeader(const QString& header, const QList<CatalogColumn>& columns)
{
    const QString h = normalizedHeader(header);
    if (h.isEmpty()) {
        return {};
    }
    for (const CatalogColumn& c : columns) {
        if (normalizedHeader(c.header) == h) {
            return c.key;
        }
    }
    for (const CatalogColumn& c : columns) {
        for (const QString& alias : c.aliases) {
            if (normalizedHeader(alias) == h) {
                return c.key;
            }
        }
    }
    return {};
}

} // namespace govcat::io
