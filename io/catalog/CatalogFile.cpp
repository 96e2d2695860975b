#include "CatalogFile.h"

#include "CatalogJson.h"
#include "TableSource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace govcat::io {

Result<ImportedCatalog> readCatalogFile(const QString& path, const QString& csvEncoding,
                                        const ReadProgress& progress)
{
    if (!QFileInfo::exists(path)) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogFile", "找不到文件“%1”。").arg(path)};
    }
    if (QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0) {
        return readCatalogJson(path, {}, progress);
    }
    auto source = openTableSource(path, csvEncoding);
    if (!source) {
        return source.error();
    }
    return parseCatalogTables(*source.value(), progress);
}

} // namespace govcat::io
