#pragma once

#include "core/Result.h"
#include "server/store/Scopes.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace govcat::server {

// One row of a pull page: the row as it is now in a scope, or `remove` when it left the scope
// (its department changed), never the history in between (SYNC.md §2.5: state-based).
struct PulledChange
{
    qint64 cs = 0;
    QString scope;
    QString table;
    QString id;
    bool remove = false;
    QString ownerDeptId;
    qint64 rowVersion = 0;
    bool deleted = false; // a tombstone: the row was deleted, and stays known as deleted
    bool hasConflict = false;
    QJsonObject data;
};

struct PullPage
{
    QList<PulledChange> changes;   // in change-number order
    QMap<QString, qint64> cursors; // per scope: the last change number delivered (or the one sent)
    bool hasMore = false;
};

// The changes after each scope's cursor, at most limit rows, in change-number order. Change numbers
// are drawn in commit order (PushApplier), so a cursor never passes a row that commits later.
Result<PullPage> readPull(QSqlDatabase pg, const QMap<QString, qint64>& cursors, int limit);

} // namespace govcat::server
