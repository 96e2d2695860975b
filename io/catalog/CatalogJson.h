#pragma once

#include "CatalogTableParser.h"
#include "ImportedCatalog.h"
#include "core/Result.h"
#include "io/export/CatalogWriter.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace govcat::io {

// The govcat catalog JSON format, docs/CATALOG_JSON.md:
//   {"format": "govcat-catalog", "version": 1, "exported_at": "…",
//    "resources": [{"id": …, "code": …, …, "items": [{…}, …]}, …]}
inline constexpr char kCatalogJsonFormat[] = "govcat-catalog";
inline constexpr int kCatalogJsonVersion = 1;

// Caps for reading untrusted JSON files.
struct JsonLimits
{
    qint64 maxFileBytes = 1024LL * 1024 * 1024; // checked before anything is read
    int maxDepth = 8;                           // nesting of objects and arrays (the format needs 5)
    qint64 maxResources = kMaxResourcesPerFile;
    qint64 maxResourceBytes = 16LL * 1024 * 1024;      // one element of "resources" as text
    qint64 maxItemsPerResource = kMaxItemsPerResource; // elements of one "items" array, objects or not
    qint64 maxItems = kMaxItemsPerFile;                // elements of all "items" arrays together
};

// Writes the format element by element: the document is never held whole.
class CatalogJsonWriter final : public CatalogWriter
{
public:
    explicit CatalogJsonWriter(CatalogWriteOptions options);

    Result<void> open(const QString& path) override;
    Result<void> add(const ResourceDraft& resource) override;
    Result<void> finish() override;

private:
    Result<void> write(const QByteArray& bytes);

    CatalogWriteOptions m_options;
    QFile m_file;
    qint64 m_count = 0;
    bool m_failed = false;
};

// Reads a govcat-catalog JSON file into what the table parser gives for a spreadsheet: each element
// of "resources" is one ImportedResource (keys present = keys the object has; "items" present makes
// it the resource's item list), values read with the cell functions of CellValues.h; problems carry
// the field and a SourceCell of sheet -1 whose row is the resource's 1-based place in the array.
// Another "format", a "version" other than 1, malformed JSON, or a file beyond the limits is refused
// (Error::Kind::Invalid, in Chinese). The resources are parsed one at a time.
Result<ImportedCatalog> readCatalogJson(const QString& path, const JsonLimits& limits = {},
                                        const ReadProgress& progress = {});
Result<ImportedCatalog> readCatalogJsonData(const QByteArray& data, const JsonLimits& limits = {},
                                            const ReadProgress& progress = {});

} // namespace govcat::io
