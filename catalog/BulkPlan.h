#pragma once

#include "catalog/BulkEdit.h"

#include <QByteArray>

// What BulkEdit.cpp (preview) and BulkApply.cpp (apply, undo) share; not for other callers.

namespace govcat::catalog {

// One resource as bulk edit finds it, with what apply needs beyond the preview.
struct BulkPlanned
{
    BulkPreviewRow row;
    QVariantMap oldFields;
    QString revisionId;
    QByteArray revisionJson; // the open revision's snapshot as stored (Target::OpenRevision)
};

// A preview's plan, with what the database and the actor were when it was read.
struct BulkPlan
{
    QString stamp; // writeStamp()
    QString actor;
    QList<BulkPlanned> planned;
};

namespace bulk {

// The columns a change writes: the column and its dependents (null unless the change gives it).
QVariantMap newFields(const BulkChange& c);
// What bulk editing would do to each of the resources (unknown and deleted ids left out, an id given
// twice planned once), in the order given. Stops with Error::Kind::Cancelled when progress returns false.
Result<QList<BulkPlanned>> plan(QSqlDatabase db, const db::Repository& repo, const QStringList& ids,
                                const BulkChange& change, const ProgressCallback& progress = {});
// The error of a bulk edit stopped by its progress callback.
Error cancelled();
// What was written to the database: this connection's row changes and the other connections'
// commits. Unchanged means a plan read before is still what the database holds.
Result<QString> writeStamp(const QSqlDatabase& db);
// The actor a plan was made for (permissions).
QString actorKey(const db::Actor& actor);
// A snapshot with draft columns set: its text with those members replaced (SnapshotFields), or
// written anew when it is not written the way toSnapshotJson writes it.
Result<QByteArray> withSnapshotValues(const QByteArray& json, const QVariantMap& fields);

} // namespace bulk

} // namespace govcat::catalog
