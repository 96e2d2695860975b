#pragma once

#include "core/Result.h"
#include "io/catalog/ImportedCatalog.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace govcat::exchange {

struct ImportStoredResource
{
    QString id;
    QString deptId;
    QString status;
};

// What matching and resolving need from the database, read once per plan.
struct ImportLookups
{
    QHash<QString, ImportStoredResource> byId;
    QHash<QString, QString> idByCode;
    QHash<QString, QString> idByDeptName; // dept id + U+001F + name
    QHash<QString, QString> deptByName;   // name and short name
    QHash<QString, QString> deptByUscc;
    QHash<QString, QString> classByCode;
    QHash<QString, QString> basisByTitle;
    QSet<QString> openRevision; // resources with an open revision (loadForEditing reads it)
    QSet<QString> unsynced;     // resources with local changes in the outbox

    // Departments, classifications, legal bases, open revisions, unsynced resources, and the stored
    // resources the file can name (by id, code, or name within its provider).
    Result<void> load(QSqlDatabase db, const io::ImportedCatalog& file);

private:
    Result<void> loadResources(QSqlDatabase db, const io::ImportedCatalog& file);
};

// The stored resource the file's resource names: by id, else code, else name within its provider.
QString matchStored(const io::ImportedResource& in, const ImportLookups& l, const QString& deptId);
// The provider department the file names, by name or short name, else by 统一社会信用代码.
QString resolveDept(const io::ImportedResource& in, const ImportLookups& l);

} // namespace govcat::exchange
