#include "CatalogFile.h"

#include "TableSource.h"

#include <QFileInfo>

namespace govcat::io {

Result<ImportedCatalog> readCatalogFile(const QString& path, const QString& csvEncoding,
                                        const ReadProgress& progress)
{
    if (!QFileInfo::exists(path)) {
        return Error{Error::Kind::Io, QStringLiteral("找不到文件“%1”。").arg(path)};
    }
    auto source = openTableSource(path, csvEncoding);
    if (!source) {
        return source.error();
    }
    return parseCatalogTables(*source.value(), progress);
}

} // namespace govcat::io
