#include "CatalogWriter.h"

#include "CatalogCsvWriter.h"
#include "CatalogXlsxWriter.h"
#include "io/catalog/CatalogJson.h"

namespace govcat::io {

std::optional<CatalogFileFormat> catalogFileFormat(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("xlsx")) {
        return CatalogFileFormat::Xlsx;
    }
    if (n == QStringLiteral("csv")) {
        return CatalogFileFormat::Csv;
    }
    if (n == QStringLiteral("json")) {
        return CatalogFileFormat::Json;
    }
    return std::nullopt;
}

QString catalogFileSuffix(CatalogFileFormat format)
{
    switch (format) {
    case CatalogFileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case CatalogFileFormat::Csv:
        return QStringLiteral("csv");
    case CatalogFileFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::unique_ptr<CatalogWriter> createCatalogWriter(CatalogFileFormat format, CatalogWriteOptions options)
{
    switch (format) {
    case CatalogFileFormat::Xlsx:
        return std::make_unique<CatalogXlsxWriter>(std::move(options));
    case CatalogFileFormat::Csv:
        return std::make_unique<CatalogCsvWriter>(std::move(options));
    case CatalogFileFormat::Json:
        return std::make_unique<CatalogJsonWriter>(std::move(options));
    }
    return {};
}

} // namespace govcat::io
