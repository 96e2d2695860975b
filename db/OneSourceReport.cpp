#include "OneSourceReport.h"

#include "SqlError.h"
#include "core/rules/ItemNameNormalizer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace govcat::db {

namespace {

struct ResourceRow
{
    OneSourceResource resource;
    int dept = 0; // index into the department names
};

// A distinct item name as catalogued: its normalized key (index) and how often it occurs.
struct Spelling
{
    int key = -1;
    qint64 count = 0;
};

// (key, department, resource) for every live item; sorted and deduplicated, it gives the groups.
struct Occurrence
{
    int key;
    int dept;
    int resource;
    auto operator<=>(const Occurrence&) const = default;
};

QString groupName(const QString& key, QStringList& spellings, const QHash<QString, Spelling>& counts)
{
    std::sort(spellings.begin(), spellings.end(), [&](const QString& a, const QString& b) {
        const qint64 ca = counts.value(a).count;
        const qint64 cb = counts.value(b).count;
        return ca != cb ? ca > cb : (a.size() != b.size() ? a.size() < b.size() : a < b);
    });
    if (ItemNameNormalizer::isCanonical(key) || spellings.isEmpty()) {
        return ItemNameNormalizer::displayName(key);
    }
    return spellings.constFirst();
}

} // namespace

Result<OneSourceReport> OneSourceReport::build(QSqlDatabase db, const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    OneSourceReport report;

    // Live resources and their departments, in code order (the order resources are listed in).
    std::vector<ResourceRow> resources;
    QHash<QString, int> resourceIndex;
    QStringList deptIds;
    QStringList deptNames;
    QHash<QString, int> deptIndex;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.id, r.name, coalesce(r.code, ''), r.provider_dept_id, "
                               "coalesce(d.name, '') FROM info_resource r LEFT JOIN department d ON "
                               "d.id = r.provider_dept_id WHERE r.is_deleted = 0 ORDER BY r.code, r.name"))) {
        return sqlError(q, QStringLiteral("read resources"));
    }
    while (q.next()) {
        const QString deptId = q.value(3).toString();
        auto dept = deptIndex.constFind(deptId);
        if (dept == deptIndex.constEnd()) {
            dept = deptIndex.insert(deptId, int(deptIds.size()));
            deptIds << deptId;
            deptNames << q.value(4).toString();
        }
        resourceIndex.insert(q.value(0).toString(), int(resources.size()));
        resources.push_back({{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}, *dept});
    }
    q.finish();

    qint64 totalItems = 0;
    if (progress) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM info_item WHERE is_deleted = 0")) || !q.next()) {
            return sqlError(q, QStringLiteral("count items"));
        }
        totalItems = q.value(0).toLongLong();
        q.finish();
    }

    // One pass over the items: normalize each distinct name once.
    QHash<QString, Spelling> spellings;
    QStringList keys;
    QHash<QString, int> keyIndex;
    std::vector<Occurrence> occurrences;
    if (!q.exec(QStringLiteral("SELECT name, resource_id FROM info_item WHERE is_deleted = 0"))) {
        return sqlError(q, QStringLiteral("read items"));
    }
    while (q.next()) {
        ++report.itemsRead;
        if (progress && report.itemsRead % 20000 == 0 && !progress(report.itemsRead, totalItems)) {
            report.cancelled = true;
            report.elapsedMs = timer.elapsed();
            return report;
        }
        const auto resource = resourceIndex.constFind(q.value(1).toString());
        if (resource == resourceIndex.constEnd()) {
            continue; // an item of a deleted resource
        }
        const QString name = q.value(0).toString();
        auto spelling = spellings.find(name);
        if (spelling == spellings.end()) {
            const QString key = ItemNameNormalizer::normalize(name);
            int k = -1;
            if (!key.isEmpty()) {
                auto known = keyIndex.constFind(key);
                if (known == keyIndex.constEnd()) {
                    known = keyIndex.insert(key, int(keys.size()));
                    keys << key;
                }
                k = *known;
            }
            spelling = spellings.insert(name, {k, 0});
        }
        ++spelling->count;
        if (spelling->key >= 0) {
            occurrences.push_back({spelling->key, resources.at(std::size_t(*resource)).dept, *resource});
        }
    }
    if (q.lastError().isValid()) {
        return sqlError(q, QStringLiteral("read items"));
    }
    std::sort(occurrences.begin(), occurrences.end());
    occurrences.erase(std::unique(occurrences.begin(), occurrences.end()), occurrences.end());

    QList<QStringList> keySpellings(keys.size());
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        if (it->key >= 0) {
            keySpellings[it->key] << it.key();
        }
    }

    for (std::size_t i = 0; i < occurrences.size();) {
        const int key = occurrences.at(i).key;
        std::size_t end = i;
        OneSourceGroup group;
        while (end < occurrences.size() && occurrences.at(end).key == key) {
            const int dept = occurrences.at(end).dept;
            OneSourceDepartment department;
            department.deptId = deptIds.at(dept);
            department.deptName = deptNames.at(dept);
            for (; end < occurrences.size() && occurrences.at(end).key == key &&
                   occurrences.at(end).dept == dept;
                 ++end) {
                department.resources.append(resources.at(std::size_t(occurrences.at(end).resource)).resource);
            }
            group.resourceCount += int(department.resources.size());
            group.departments.append(std::move(department));
        }
        i = end;
        if (group.departments.size() < 2) {
            continue;
        }
        group.key = keys.at(key);
        group.spellings = keySpellings.at(key);
        group.name = groupName(group.key, group.spellings, spellings);
        group.departmentCount = int(group.departments.size());
        std::stable_sort(group.departments.begin(), group.departments.end(),
                         [](const OneSourceDepartment& a, const OneSourceDepartment& b) {
                             return a.resources.size() != b.resources.size()
                                        ? a.resources.size() > b.resources.size()
                                        : a.deptName < b.deptName;
                         });
        report.groups.append(std::move(group));
    }
    std::stable_sort(
        report.groups.begin(), report.groups.end(), [](const OneSourceGroup& a, const OneSourceGroup& b) {
            if (a.departmentCount != b.departmentCount) {
                return a.departmentCount > b.departmentCount;
            }
            return a.resourceCount != b.resourceCount ? a.resourceCount > b.resourceCount : a.name < b.name;
        });
    report.elapsedMs = timer.elapsed();
    if (progress) {
        progress(report.itemsRead, totalItems);
    }
    return report;
}

} // namespace govcat::db
