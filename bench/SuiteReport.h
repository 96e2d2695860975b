#pragma once

// The foundation suite (govcat_bench suite): what it measures and its Markdown report.

#include "Cli.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace govcat::bench {

// The queries run both in-process (probe kinds of the same name) and by the CLIs.
const QStringList& cliKinds();
QString describeKind(const QString& kind);

struct AppQuery
{
    QString kind;
    QString appSql; // as the app ran it, parameters expanded
    QString cliSql; // what the CLIs run: the same, with LIMIT 256 for the list pages
    qint64 rows = 0;
    QStringList plan;
};

struct Dataset
{
    qint64 resources = 0;
    qint64 items = 0;
    qint64 departments = 0;
    QString deptId;
    QString deptName;
    qint64 deptResources = 0;
    QString cipherVersion;
    QString sqliteVersion;
    QString journalMode;
    int pageSize = 0;
    qint64 fileBytes = 0;
    QList<AppQuery> queries;
};

struct Engine
{
    QString id;
    QString label;
    QString program;
    QString file;
    QString version;
    // Script paths, written once.
    QString startScript;          // prelude; SELECT 1
    QString schemaScript;         // prelude; warm-up
    QMap<QString, QString> once;  // prelude; warm-up; query
    QMap<QString, QString> timed; // prelude; warm-up; .timer on; query; (shrink; query) × K; query × K
};

struct SuiteResults
{
    const Dataset& dataset;
    const QList<Engine>& engines;
    const Samples& samples;
    const QMap<QString, QStringList>& cliPlans; // kind → plan of each engine
    int runs = 0;
    int repeat = 0;
    QString genFile;
    QString commit;
    QDateTime started;
    QString loadBefore;
    QString loadAfter;
    QString plainPath;
    QString plainPageSize;
};

QString suiteReport(const SuiteResults& results);

// "- Machine: 2 × CPU (`nproc` 2), N MB RAM; load average … before, … after."
QString machineLine(const QString& loadBefore, const QString& loadAfter);

} // namespace govcat::bench
