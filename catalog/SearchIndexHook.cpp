#include "catalog/SearchIndexHook.h"

#include "db/Repository.h"
#include "db/SqlError.h"

#include <QSqlError>

namespace govcat::catalog {

using db::RowChange;

SearchIndexHook::SearchIndexHook(db::Repository& repository) : m_repository(repository) {}

void SearchIndexHook::begin()
{
    m_reindex.clear();
    m_created.clear();
    m_documents.clear();
}

Result<void> SearchIndexHook::written(const db::RowChange& change, const QString& id,
                                      const QStringList& changed, qint64 rowid, const QString& carriedBy)
{
    const bool inserted = change.op == db::RowChange::Op::Insert;
    const bool newResource = inserted && change.table == QLatin1String("info_resource");
    const bool newItem = inserted && !carriedBy.isEmpty() && change.table == QLatin1String("info_item");
    if (newResource) {
        auto document = newDocument(change, rowid);
        if (!document) {
            return document.error();
        }
        m_documents.insert(id, std::move(document).value());
        m_created.insert(id);
    } else if (newItem) {
        if (const auto document = m_documents.find(carriedBy); document != m_documents.end()) {
            QString& items = document->items;
            items += items.isEmpty() ? QString() : QStringLiteral(" ");
            items += change.fields.value(QStringLiteral("name")).toString();
        }
    }
    if (changed.isEmpty() || !SearchIndex::affectsIndex(change.table, changed)) {
        return {};
    }
    const QString given = change.fields.value(QStringLiteral("resource_id")).toString();
    auto resource = change.table != QStringLiteral("info_item") ? Result<QString>(id)
                    : given.isEmpty()                           ? itemResource(id)
                                                                : Result<QString>(given);
    if (!resource) {
        return resource.error();
    }
    m_reindex << resource.value();
    if (!newResource && !newItem) {
        m_documents.remove(resource.value()); // changed since its document was built: read it back
    }
    return {};
}

Result<void> SearchIndexHook::finish()
{
    if (m_reindex.isEmpty()) {
        return {};
    }
    m_reindex.removeDuplicates();
    static const SearchIndex::Statements kIndex = SearchIndex::statements();
    auto read = m_repository.prepared(kIndex.read);
    auto remove = m_repository.prepared(kIndex.remove);
    auto write = m_repository.prepared(kIndex.insert);
    if (!read || !remove || !write) {
        return !read ? read.error() : !remove ? remove.error() : write.error();
    }
    auto done = SearchIndex::reindex(*read.value(), *remove.value(), *write.value(), m_reindex, m_created,
                                     m_documents);
    begin(); // release the documents now
    return done;
}

Result<QString> SearchIndexHook::itemResource(const QString& itemId)
{
    auto prepared = m_repository.prepared(QStringLiteral("SELECT resource_id FROM info_item WHERE id = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& q = *prepared.value();
    q.bindValue(0, itemId);
    if (!q.exec() || !q.next()) {
        return db::sqlError(q.lastError(), QStringLiteral("find the resource of an item"));
    }
    const QString resource = q.value(0).toString();
    q.finish();
    return resource;
}

Result<SearchIndex::Document> SearchIndexHook::newDocument(const db::RowChange& resource, qint64 rowid)
{
    SearchIndex::Document doc;
    doc.docid = rowid;
    doc.name = resource.fields.value(QStringLiteral("name")).toString();
    doc.code = resource.fields.value(QStringLiteral("code")).toString();
    doc.abstract = resource.fields.value(QStringLiteral("abstract")).toString();
    auto department = m_repository.prepared(QStringLiteral("SELECT name FROM department WHERE id = ?"));
    if (!department) {
        return department.error();
    }
    QSqlQuery& q = *department.value();
    q.bindValue(0, resource.fields.value(QStringLiteral("provider_dept_id")));
    if (!q.exec()) {
        return db::sqlError(q.lastError(), QStringLiteral("read the providing department"));
    }
    if (q.next()) {
        doc.provider = q.value(0).toString();
    }
    q.finish();
    return doc;
}

} // namespace govcat::catalog
