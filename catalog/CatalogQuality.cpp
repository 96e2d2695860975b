#include "catalog/CatalogQuality.h"

#include "catalog/CatalogQueries.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/SqlError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace govcat::catalog {

QualityCell QualityReport::ruleTotal(const QString& ruleId) const
{
    QualityCell total;
    for (const DepartmentQuality& d : departments) {
        const auto it = d.rules.constFind(ruleId);
        if (it != d.rules.constEnd()) {
            total.errors += it->errors;
            total.warnings += it->warnings;
        }
    }
    return total;
}

int QualityReport::departmentsAffected(const QString& ruleId) const
{
    return int(std::count_if(departments.cbegin(), departments.cend(),
                             [&](const DepartmentQuality& d) { return d.rules.contains(ruleId); }));
}

QStringList QualityReport::resourcesFor(const QString& ruleId) const
{
    QStringList ids;
    for (const DepartmentQuality& d : departments) {
        ids << d.rules.value(ruleId).resourceIds;
    }
    return ids;
}

const DepartmentQuality* QualityReport::department(const QString& deptId) const
{
    const auto it = std::find_if(departments.cbegin(), departments.cend(),
                                 [&](const DepartmentQuality& d) { return d.deptId == deptId; });
    return it == departments.cend() ? nullptr : &*it;
}

CatalogQuality::CatalogQuality(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QualityReport> CatalogQuality::run(const ProgressCallback& progress) const
{
    QElapsedTimer timer;
    timer.start();
    QualityReport report;
    report.rules = CatalogRules::catalogue();
    auto departments = CatalogQueries(m_db).departments();
    if (!departments) {
        return departments.error();
    }
    QHash<QString, qsizetype> deptIndex;
    for (const DepartmentSummary& s : departments.value()) {
        deptIndex.insert(s.id, report.departments.size());
        DepartmentQuality d;
        d.deptId = s.id;
        d.deptName = s.name;
        report.departments.append(d);
    }

    // R07 from one table: live, not withdrawn resources per (provider, stored name), as the query in
    // ResourceStore::ruleContext() counts them.
    QHash<QString, int> nameCounts;
    const auto nameKey = [](const QString& dept, const QString& name) -> QString {
        return dept + QChar(0x1f) + name;
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT provider_dept_id, name, count(*) FROM info_resource WHERE is_deleted = 0 "
                           "AND status <> '已下线' GROUP BY provider_dept_id, name"))) {
        return db::sqlError(q, QStringLiteral("count resource names"));
    }
    while (q.next()) {
        nameCounts.insert(nameKey(q.value(0).toString(), q.value(1).toString()), q.value(2).toInt());
    }
    q.finish();
    const QString withdrawn = canonicalName(ResourceStatus::Withdrawn);
    const ResourceDraft* current = nullptr;
    RuleContext context;
    context.nameTaken = [&](const QString& dept, const QString& name, const QString& selfId) {
        const bool selfCounted =
            current && current->id == selfId && current->status != withdrawn && current->name == name;
        return nameCounts.value(nameKey(dept, name)) - (selfCounted ? 1 : 0) > 0;
    };
    // R04 (the basis's level), R20 (related codes) and the sharing profile, as ResourceStore::ruleContext()
    // answers them, from tables read once.
    QHash<QString, LegalBasisInfo> bases;
    QSet<QString> codes;
    if (!q.exec(QStringLiteral("SELECT id, title, level FROM legal_basis WHERE is_deleted = 0"))) {
        return db::sqlError(q, QStringLiteral("read legal bases"));
    }
    while (q.next()) {
        bases.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    }
    if (!q.exec(QStringLiteral("SELECT code FROM info_resource WHERE is_deleted = 0 AND code IS NOT NULL"))) {
        return db::sqlError(q, QStringLiteral("read resource codes"));
    }
    while (q.next()) {
        codes.insert(q.value(0).toString());
    }
    q.finish();
    context.legalBasis = [&bases](const QString& id) {
        const auto it = bases.constFind(id);
        return it == bases.cend() ? std::nullopt : std::optional<LegalBasisInfo>(*it);
    };
    context.resourceCodeExists = [&codes](const QString& code) { return codes.contains(code); };
    context.sharing = sharingProfile(m_db);

    DraftReader reader(m_db);
    auto total = reader.liveCount();
    if (!total) {
        return total.error();
    }
    const auto visit = [&](ResourceDraft& draft) {
        qsizetype index = deptIndex.value(draft.providerDeptId, -1);
        if (index < 0) { // a resource of a deleted department
            index = report.departments.size();
            deptIndex.insert(draft.providerDeptId, index);
            DepartmentQuality d;
            d.deptId = draft.providerDeptId;
            d.deptName = draft.providerName;
            report.departments.append(d);
        }
        DepartmentQuality& dept = report.departments[index];
        ++dept.resources;
        current = &draft;
        const QList<Finding> findings = CatalogRules::check(draft, context);
        current = nullptr;
        bool hasError = false;
        bool hasWarning = false;
        for (const Finding& f : findings) {
            QualityCell& cell = dept.rules[f.ruleId];
            const bool error = f.severity == Finding::Severity::Error;
            (error ? cell.errors : cell.warnings) += 1;
            (error ? dept.errors : dept.warnings) += 1;
            hasError = hasError || error;
            hasWarning = hasWarning || !error;
            if (cell.resourceIds.isEmpty() || cell.resourceIds.constLast() != draft.id) {
                cell.resourceIds.append(draft.id);
            }
        }
        if (hasError) {
            dept.withErrors.append(draft.id);
        }
        if (hasWarning) {
            dept.withWarnings.append(draft.id);
        }
        ++report.resourcesChecked;
        if (progress && report.resourcesChecked % 500 == 0 &&
            !progress(report.resourcesChecked, total.value())) {
            report.cancelled = true;
            return false;
        }
        return true;
    };
    if (auto r = reader.forEach(visit); !r) {
        return r.error();
    }
    for (const DepartmentQuality& d : std::as_const(report.departments)) {
        report.resourcesWithErrors += d.withErrors.size();
        report.resourcesWithWarnings += d.withWarnings.size();
        report.errors += d.errors;
        report.warnings += d.warnings;
    }
    report.elapsedMs = timer.elapsed();
    if (progress && !report.cancelled) {
        progress(report.resourcesChecked, total.value());
    }
    return report;
}

} // namespace govcat::catalog
