#pragma once

#include "core/Result.h"
#include "core/rules/ResourceDraft.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace govcat::io {

enum class CatalogFileFormat
{
    Xlsx, // 信息资源 and 信息项 sheets, code-list sheets behind the drop-downs
    Csv,  // one row per data item, the resource's columns repeated
    Json, // docs/CATALOG_JSON.md
};

std::optional<CatalogFileFormat> catalogFileFormat(const QString& name); // "xlsx", "csv", "json"
QString catalogFileSuffix(CatalogFileFormat format);

struct CatalogWriteOptions
{
    QHash<QString, QString> legalBasisTitles; // legal_basis id → title, for 不予共享依据
    bool csvGb18030 = false;                  // CSV in GB18030 instead of UTF-8 with a BOM
    // .xlsx only: key/value rows of a hidden sheet kDataCallSheet that marks a data call kit (数据普查包),
    // read back into ImportedCatalog::kitInfo when the department returns it.
    QList<std::pair<QString, QString>> kitInfo;
    QDateTime exportedAt; // JSON: "exported_at"; the process clock when not given
};

// Writes a catalog file resource by resource, in constant memory: open(path), add() per resource,
// finish(). After an error the writer is unusable and the file incomplete (callers write to a
// temporary file). Destroying an unfinished writer closes what it has open without finishing it.
class CatalogWriter
{
public:
    CatalogWriter() = default;
    CatalogWriter(const CatalogWriter&) = delete; // writers hold open files and pointers into themselves
    CatalogWriter& operator=(const CatalogWriter&) = delete;
    virtual ~CatalogWriter() = default;
    virtual Result<void> open(const QString& path) = 0;
    virtual Result<void> add(const ResourceDraft& resource) = 0;
    virtual Result<void> finish() = 0;
};

std::unique_ptr<CatalogWriter> createCatalogWriter(CatalogFileFormat format, CatalogWriteOptions options);

} // namespace govcat::io
