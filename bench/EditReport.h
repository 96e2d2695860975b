#pragma once

// The catalog-editing suite (govcat_bench editing): what it measured and its Markdown report.

#include "BenchUtil.h"
#include "Cli.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace govcat::bench {

// One operation the suite times in govcat and, where there is one, replays in the sqlcipher CLI.
struct EditCase
{
    QString id;             // list cases: list_*; then editor_load, save_one, save_new, bulk, bulk_rows
    QString label;          // what the report calls it
    QString kind;           // edit-probe --what
    QString spec;           // list and bulk: the filter (parseFilterSpec)
    QStringList laps;       // the timed parts of the probe; several: a "total" lap sums them
    QStringList targetLaps; // the parts the target applies to (and "total" when there are several)
    double targetMs = 0;
    int repeat = 0;      // cache-flushed and warm operations per process (1 for lists over a second)
    qint64 total = -1;   // list: the count
    bool ranked = false; // the SQL uses govcat_rank, replaced for the CLI
    QStringList appSql;  // list: the count and the list statement as govcat ran them
    QStringList cliSql;  // list: what the CLI runs (rank replaced, LIMIT 256)
    QStringList plans;   // list: the query plan of each statement in govcat
    QString cliFile;     // the file the CLI reads (the bench database or the reference copy)
};

struct EditData
{
    qint64 resources = 0;
    qint64 items = 0;
    QString deptId;
    QString deptName;
    qint64 deptResources = 0;
    QString resourceId; // the 200-item resource
    qint64 bulkSelected = 0;
    qint64 bulkIds = 0;
    QString cipherVersion;
    QString sqliteVersion;
    QString cliVersion;
};

// Medians of the runs of one phase of one measurement, wall and CPU.
struct EditResults
{
    const EditData& data;
    const QList<EditCase>& cases;
    const Samples& samples; // keys: see EditSuite.cpp (gov.<case>.<lap>.<phase>[_cpu], cli.<case>.…)
    int runs = 0;
    int repeat = 0;
    int bulkRepeat = 0;
    bool gui = false;
    bool editor = false; // the ResourceEditor was measured
    bool dialog = false; // the ResourceDialog (what the app opens) was measured
    QString commit;
    QString command; // how to reproduce
    QDateTime started;
    QString loadBefore;
    QString loadAfter;
    bool bulkEdit = false; // db/BulkEdit.h was in the build
};

QString editingReport(const EditResults& results);

} // namespace govcat::bench
