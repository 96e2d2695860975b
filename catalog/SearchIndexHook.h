#pragma once

#include "catalog/SearchIndex.h"
#include "db/Domains.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace govcat::db {
class Repository;
} // namespace govcat::db

namespace govcat::catalog {

// Keeps the catalog's search index current inside every write transaction of a Repository: the
// resources whose indexed columns or data items changed are re-indexed before the commit. A new
// resource's document is built from the rows the change set inserts, not read back.
class SearchIndexHook final : public db::WriteHook
{
public:
    explicit SearchIndexHook(db::Repository& repository);

    void begin() override;
    Result<void> written(const db::RowChange& change, const QString& id, const QStringList& changed,
                         qint64 rowid, const QString& carriedBy) override;
    Result<void> finish() override;

private:
    Result<QString> itemResource(const QString& itemId);
    Result<SearchIndex::Document> newDocument(const db::RowChange& resource, qint64 rowid);

    db::Repository& m_repository;
    QStringList m_reindex;                             // resources whose search document changed
    QSet<QString> m_created;                           // resources inserted by this change set
    QHash<QString, SearchIndex::Document> m_documents; // of the resources inserted here
};

} // namespace govcat::catalog
