#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace govcat::test {

// A query's result as text, one QStringList per row, for comparing two databases in tests.
using Rows = QList<QStringList>;

// The rows a query returns; {{"error"}} (and a warning) when it fails.
inline Rows rows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Rows out;
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {{QStringLiteral("error")}};
    }
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i) {
            row << q.value(i).toString();
        }
        out << row;
    }
    return out;
}

// Every table, index and trigger with its SQL.
inline Rows schema(const QSqlDatabase& db)
{
    return rows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
}

} // namespace govcat::test
