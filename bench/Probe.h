#pragma once

#include <QString>
#include <QStringList>

namespace govcat::db {
class Database;
} // namespace govcat::db

namespace govcat::bench {

// What one probe process measures after opening the database (see docs/PERFORMANCE.md).
// The first four run the same SQL as the CLI comparisons in Suite.
inline const QStringList& probeKinds()
{
    static const QStringList kinds = {
        QStringLiteral("departments"), // CatalogQueries::departments(): departments with resource counts
        QStringLiteral("count_all"),   // CatalogQueries::resourceCount("")
        QStringLiteral("dept_page"),   // resourceList(dept) and its first 256 rows, all columns as text
        QStringLiteral("all_page"),    // resourceList("") and its first 256 rows, all columns as text
        QStringLiteral("first_page"),  // ResourceListModel::load(""): count + list + first 256 rows
        QStringLiteral("dept_load"),   // ResourceListModel::load(dept)
        QStringLiteral("app_start"),   // what MainWindow does after unlock: profile, departments, first page
    };
    return kinds;
}

// Runs one probe kind once on an open database; returns the rows it produced. fail()s on a read error.
qint64 runProbeKind(const db::Database& database, const QString& what, const QString& deptId);

// govcat_bench generate --db PATH [--resources N] [--seed S] [--kdf moderate|interactive]
int runGenerate(const QStringList& arguments);
// govcat_bench probe --db PATH --what KIND [--dept ID] [--repeat K]: one fresh open; KIND once right
// after it (cold1), K times each right after PRAGMA shrink_memory (cold; the pragma is not timed),
// then K times as it is (warm). Prints key=value figures in milliseconds, wall and CPU (user + sys),
// medians of the K.
int runProbe(const QStringList& arguments);

// govcat_bench sql --db PATH [--repeat K] [--flush] [--print] < script.sql: for what-if experiments on
// a COPY of a bench database (it may write): runs each statement (ended by ';' at a line end) K times on
// the app's own connection, after PRAGMA shrink_memory with --flush, printing wall and CPU
// milliseconds and the row count (and the rows with --print).
int runSql(const QStringList& arguments);

} // namespace govcat::bench
