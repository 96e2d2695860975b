#pragma once

#include "catalog/DraftReader.h"
#include "core/Result.h"
#include "core/rules/CatalogRules.h"
#include "core/rules/ResourceDraft.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace govcat::catalog {

// (done, total); returning false cancels the run.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// One (department, rule) cell of the quality report.
struct QualityCell
{
    int errors = 0;          // findings of severity Error
    int warnings = 0;        // findings of severity Warning
    QStringList resourceIds; // the resources with at least one such finding, each once, in id order

    qsizetype resources() const { return resourceIds.size(); }
};

struct DepartmentQuality
{
    QString deptId;
    QString deptName;
    qint64 resources = 0;             // live resources checked
    QStringList withErrors;           // resources with at least one error
    QStringList withWarnings;         // resources with at least one warning
    QMap<QString, QualityCell> rules; // rule id → cell; only rules with findings
    int errors = 0;                   // findings
    int warnings = 0;
};

// The result of running the catalog rules over every live resource.
struct QualityReport
{
    QList<DepartmentQuality> departments;     // every live department, in the department list's order
    QList<std::pair<QString, QString>> rules; // CatalogRules::catalogue(): id and description
    qint64 resourcesChecked = 0;
    qint64 resourcesWithErrors = 0;
    qint64 resourcesWithWarnings = 0;
    qint64 errors = 0; // findings
    qint64 warnings = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false; // the counts cover only the resources checked before the cancel

    // Totals over all departments; resourceIds of the returned cell is empty (see resourcesFor).
    QualityCell ruleTotal(const QString& ruleId) const;
    int departmentsAffected(const QString& ruleId) const;
    QStringList resourcesFor(const QString& ruleId) const; // across departments
    const DepartmentQuality* department(const QString& deptId) const;
};

// The catalog quality check (质量检查): CatalogRules over the whole catalog, counted by department and
// rule, with the duplicate-name rule (R07) answered from one precomputed table.
class CatalogQuality
{
public:
    explicit CatalogQuality(QSqlDatabase db);

    // progress is called every few hundred resources and once at the end.
    Result<QualityReport> run(const ProgressCallback& progress = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace govcat::catalog
