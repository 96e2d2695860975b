#include "PullReader.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace govcat::server {

Result<PullPage> readPull(QSqlDatabase pg, const QMap<QString, qint64>& cursors, int limit)
{
    PullPage page;
    page.cursors = cursors;
    if (cursors.isEmpty() || limit <= 0) {
        return page;
    }
    QStringList keys;
    for (qsizetype i = 0; i < cursors.size(); ++i) {
        keys << QStringLiteral("(?, ?::bigint)");
    }
    QSqlQuery q(pg);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.cs, c.scope, c.tbl, c.id::text, r.owner_dept_id, r.row_version, r.is_deleted, "
                  "r.has_conflict, r.data::text FROM row_changes c JOIN (VALUES %1) AS k(scope, after) "
                  "ON k.scope = c.scope AND c.cs > k.after JOIN sync_rows r ON r.tbl = c.tbl AND r.id = "
                  "c.id ORDER BY c.cs LIMIT ?")
                  .arg(keys.join(QStringLiteral(", "))));
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
    }
    q.addBindValue(limit + 1);
    if (!q.exec()) {
        return makeError(Error::Kind::Sql, q.lastError().text());
    }
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        PulledChange c;
        c.cs = q.value(0).toLongLong();
        c.scope = q.value(1).toString();
        c.table = q.value(2).toString();
        c.id = q.value(3).toString();
        c.ownerDeptId = q.value(4).toString();
        c.remove = departmentScope(c.ownerDeptId) != c.scope;
        if (!c.remove) {
            c.rowVersion = q.value(5).toLongLong();
            c.deleted = q.value(6).toBool();
            c.hasConflict = q.value(7).toBool();
            c.data = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        }
        page.cursors[c.scope] = c.cs;
        page.changes << c;
    }
    return page;
}

} // namespace govcat::server
