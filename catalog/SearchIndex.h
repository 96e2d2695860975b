#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace govcat::catalog {

// The full-text index of the catalog (resource_fts, FTS4 over core/search/SearchText tokens):
// name, code, provider, abstract and data item names of every live resource. The Repository keeps it
// current inside each write transaction; rebuild() fills it after bulk loads and migrations.
class SearchIndex
{
public:
    // The score of the current row of a query on resource_fts, ranked by the driver's
    // govcat_rank() (db/driver/SearchRanking.h).
    static QString rankExpression(int tokens);

    // The SQL of the three statements reindex() runs: read a resource's document, remove it from
    // the index, insert it (the Repository prepares them once and keeps them).
    struct Statements
    {
        QString read;
        QString remove;
        QString insert;
    };
    static Statements statements();
    // A resource's document before tokenizing, as `read` gives it: items are the names of its live
    // data items in seq order, separated by spaces; provider is the providing department's name.
    struct Document
    {
        qint64 docid = 0; // info_resource.rowid
        QString name;
        QString code;
        QString provider;
        QString abstract;
        QString items;
    };
    // Re-indexes the given resources (by info_resource.id) with statements prepared from
    // statements(); deleted ones leave the index. Runs in the caller's transaction. Resources in
    // `created` were inserted in that transaction: the index cannot hold them yet (rows are never
    // physically deleted, so their rowids are new), and removing them first is skipped (SQLite 3.15's
    // FTS4 prepares a statement for every such lookup). Resources in `known` are indexed with the
    // document given there (the writer built it from the rows it inserted) instead of reading it.
    static Result<void> reindex(QSqlQuery& read, QSqlQuery& remove, QSqlQuery& insert,
                                const QStringList& resourceIds, const QSet<QString>& created = {},
                                const QHash<QString, Document>& known = {});
    // Re-indexes every resource. progress, when given, receives (done, total).
    static Result<void> rebuild(QSqlDatabase db, const std::function<void(qint64, qint64)>& progress = {});

    // Columns of info_resource and info_item whose change requires re-indexing.
    static bool affectsIndex(const QString& table, const QStringList& columns);
};

} // namespace govcat::catalog
