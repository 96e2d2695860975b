#include "catalog/SearchIndex.h"

#include "core/search/SearchText.h"
#include "db/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace govcat::catalog {

namespace {

const QString kDocumentSql = QStringLiteral(
    "SELECT r.rowid, r.is_deleted, r.name, coalesce(r.code, ''), coalesce(d.name, ''), r.abstract, "
    "(SELECT group_concat(i.name, ' ') FROM info_item i WHERE i.resource_id = r.id AND i.is_deleted = 0) "
    "FROM info_resource r LEFT JOIN department d ON d.id = r.provider_dept_id");

const QString kInsertSql = QStringLiteral(
    "INSERT INTO resource_fts (docid, name, code, provider, abstract, items) VALUES (?, ?, ?, ?, ?, ?)");

bool insertDocument(QSqlQuery& insert, const SearchIndex::Document& doc)
{
    insert.bindValue(0, doc.docid);
    int column = 1;
    for (const QString* text : {&doc.name, &doc.code, &doc.provider, &doc.abstract, &doc.items}) {
        insert.bindValue(column++, search::indexText(*text));
    }
    return insert.exec();
}

// Writes the document of the current row of q (columns of kDocumentSql).
// remove is null when the index is known not to hold the document.
bool writeDocument(QSqlQuery* remove, QSqlQuery& insert, const QSqlQuery& row)
{
    const qint64 docid = row.value(0).toLongLong();
    if (remove != nullptr) {
        remove->bindValue(0, docid);
        if (!remove->exec()) {
            return false;
        }
    }
    if (row.value(1).toInt() != 0) {
        return true;
    }
    return insertDocument(insert,
                          {docid, row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                           row.value(5).toString(), row.value(6).toString()});
}

} // namespace

QString SearchIndex::rankExpression(int tokens)
{
    return QStringLiteral("govcat_rank(matchinfo(resource_fts, 'pcb'), %1, CASE WHEN "
                          "govcat_name_hit(matchinfo(resource_fts, 'pcb')) THEN matchinfo(resource_fts, 'l') "
                          "END)")
        .arg(tokens);
}

bool SearchIndex::affectsIndex(const QString& table, const QStringList& columns)
{
    static const QStringList resourceColumns = {
        QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("abstract"),
        QStringLiteral("provider_dept_id"), QStringLiteral("is_deleted")};
    if (table == QStringLiteral("info_resource")) {
        return std::any_of(columns.begin(), columns.end(),
                           [](const QString& c) { return resourceColumns.contains(c); });
    }
    if (table == QStringLiteral("info_item")) {
        return columns.contains(QStringLiteral("name")) || columns.contains(QStringLiteral("is_deleted")) ||
               columns.contains(QStringLiteral("resource_id"));
    }
    return false;
}

SearchIndex::Statements SearchIndex::statements()
{
    return {kDocumentSql + QStringLiteral(" WHERE r.id = ?"),
            QStringLiteral("DELETE FROM resource_fts WHERE docid = ?"), kInsertSql};
}

Result<void> SearchIndex::reindex(QSqlQuery& read, QSqlQuery& remove, QSqlQuery& insert,
                                  const QStringList& resourceIds, const QSet<QString>& created,
                                  const QHash<QString, Document>& known)
{
    for (const QString& id : resourceIds) {
        if (const auto doc = known.constFind(id); doc != known.cend()) {
            if (!insertDocument(insert, *doc)) {
                return db::sqlError(insert, QStringLiteral("write search index"));
            }
            continue;
        }
        read.bindValue(0, id);
        if (!read.exec()) {
            return db::sqlError(read, QStringLiteral("read resource for the search index"));
        }
        const bool found = read.next();
        const bool written = !found || writeDocument(created.contains(id) ? nullptr : &remove, insert, read);
        read.finish();
        if (!written) {
            return db::sqlError(insert.lastError().isValid() ? insert : remove,
                                QStringLiteral("write search index"));
        }
    }
    return {};
}

Result<void> SearchIndex::rebuild(QSqlDatabase db, const std::function<void(qint64, qint64)>& progress)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM resource_fts"))) {
        return db::sqlError(q, QStringLiteral("clear search index"));
    }
    qint64 total = 0;
    if (progress) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM info_resource")) || !q.next()) {
            return db::sqlError(q, QStringLiteral("count resources"));
        }
        total = q.value(0).toLongLong();
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!rows.exec(kDocumentSql + QStringLiteral(" WHERE r.is_deleted = 0")) || !insert.prepare(kInsertSql)) {
        return db::sqlError(rows, QStringLiteral("read resources for the search index"));
    }
    qint64 done = 0;
    while (rows.next()) {
        if (!writeDocument(nullptr, insert, rows)) {
            return db::sqlError(insert, QStringLiteral("write search index"));
        }
        if (progress && ++done % 1000 == 0) {
            progress(done, total);
        }
    }
    if (rows.lastError().isValid()) {
        return db::sqlError(rows, QStringLiteral("read resources for the search index"));
    }
    if (!q.exec(QStringLiteral("INSERT INTO resource_fts(resource_fts) VALUES ('optimize')"))) {
        return db::sqlError(q, QStringLiteral("optimize search index"));
    }
    return {};
}

} // namespace govcat::catalog
