#include "catalog/OneSourceReport.h"

#include "core/rules/ItemNameNormalizer.h"
#include "db/SqlError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace govcat::catalog {

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

const QString kExcludedKey = QStringLiteral("one_source.excluded");

QSet<QString> keysOf(const QStringList& names)
{
    QSet<QString> keys;
    for (const QString& name : names) {
        if (const QString key = ItemNameNormalizer::normalize(name); !key.isEmpty()) {
            keys.insert(key);
        }
    }
    return keys;
}

} // namespace

QStringList OneSourceReport::defaultExcludedNames()
{
    // Fields that record how a row was kept, not what it says about a subject: every department
    // has them, so they would head the ranking without telling anything about 一数一源.
    return {QStringLiteral("数据更新时间"), QStringLiteral("数据来源单位"), QStringLiteral("备注"),
            QStringLiteral("更新时间"),     QStringLiteral("创建时间"),     QStringLiteral("入库时间"),
            QStringLiteral("录入时间"),     QStringLiteral("录入人"),       QStringLiteral("数据来源"),
            QStringLiteral("序号"),         QStringLiteral("记录编号"),     QStringLiteral("数据状态"),
            QStringLiteral("有效标志"),     QStringLiteral("时间戳")};
}

const QStringList& OneSourceReport::subjectIdentifierNames()
{
    static const QStringList names = {
        QStringLiteral("统一社会信用代码"), QStringLiteral("公民身份号码"),
        QStringLiteral("组织机构代码"),     QStringLiteral("纳税人识别号"),
        QStringLiteral("社会保障号码"),     QStringLiteral("营业执照注册号"),
        QStringLiteral("护照号码"),         QStringLiteral("港澳居民来往内地通行证号码"),
        QStringLiteral("不动产单元号"),     QStringLiteral("宗地代码"),
        QStringLiteral("机动车号牌号码"),   QStringLiteral("号牌号码"),
        QStringLiteral("车辆识别代号"),     QStringLiteral("驾驶证号"),
        QStringLiteral("持证主体代码"),     QStringLiteral("单位统一社会信用代码")};
    return names;
}

bool OneSourceReport::isSubjectIdentifier(const QString& key)
{
    static const QSet<QString> keys = keysOf(subjectIdentifierNames());
    return keys.contains(key);
}

Result<QStringList> OneSourceReport::excludedNames(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kExcludedKey);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("read the 一数一源 exclusions"));
    }
    if (!q.next()) {
        return defaultExcludedNames();
    }
    QStringList names;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array()) {
        names << v.toString();
    }
    return names;
}

Result<void> OneSourceReport::setExcludedNames(QSqlDatabase db, const QStringList& names)
{
    QJsonArray array;
    QStringList seen;
    for (const QString& name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
            seen << trimmed;
            array.append(trimmed);
        }
    }
    const QString value = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    // meta is local (not synced): an update, else an insert.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    q.addBindValue(value);
    q.addBindValue(kExcludedKey);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("save the 一数一源 exclusions"));
    }
    if (q.numRowsAffected() == 0) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(kExcludedKey);
        q.addBindValue(value);
        if (!q.exec()) {
            return db::sqlError(q, QStringLiteral("save the 一数一源 exclusions"));
        }
    }
    return {};
}

Result<OneSourceReport> OneSourceReport::build(QSqlDatabase db, const ProgressCallback& progress)
{
    auto excluded = excludedNames(db);
    if (!excluded) {
        return excluded.error();
    }
    return build(db, excluded.value(), progress);
}

Result<OneSourceReport> OneSourceReport::build(QSqlDatabase db, const QStringList& excluded,
                                               const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    OneSourceReport report;
    report.excluded = excluded;
    const QSet<QString> excludedKeys = keysOf(excluded);

    // Progress runs over the live resources, then the items by rowid: both totals are cheap to
    // know (a covering index; the largest rowid), so the dialog moves from the first second.
    qint64 liveResources = 0;
    qint64 lastItem = 0;
    QSqlQuery totals(db);
    totals.setForwardOnly(true);
    if (progress) {
        if (!totals.exec(QStringLiteral("SELECT (SELECT count(*) FROM info_resource WHERE is_deleted = 0), "
                                        "(SELECT coalesce(max(rowid), 0) FROM info_item)")) ||
            !totals.next()) {
            return db::sqlError(totals, QStringLiteral("count resources"));
        }
        liveResources = totals.value(0).toLongLong();
        lastItem = totals.value(1).toLongLong();
        totals.finish();
        if (!progress(0, liveResources + lastItem + lastItem / 10 + 1)) {
            report.cancelled = true;
            return report;
        }
    }
    // The grouping after the read gets a tenth of the items' share.
    const qint64 groupingWeight = lastItem / 10 + 1;
    const qint64 total = liveResources + lastItem + groupingWeight;

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
        return db::sqlError(q, QStringLiteral("read resources"));
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
        if (progress && resources.size() % 2000 == 0 && !progress(qint64(resources.size()), total)) {
            report.cancelled = true;
            report.elapsedMs = timer.elapsed();
            return report;
        }
    }
    if (q.lastError().isValid()) {
        return db::sqlError(q, QStringLiteral("read resources"));
    }
    q.finish();

    // One pass over the items: normalize each distinct name once.
    QHash<QString, Spelling> spellings;
    QStringList keys;
    QHash<QString, int> keyIndex;
    // Per key, (department, resource) of every occurrence; an excluded key only notes its departments.
    std::vector<std::vector<std::pair<int, int>>> byKey;
    std::vector<bool> keyExcluded;
    QHash<int, QSet<int>> excludedDepartments;
    if (!q.exec(QStringLiteral("SELECT name, resource_id, rowid FROM info_item WHERE is_deleted = 0"))) {
        return db::sqlError(q, QStringLiteral("read items"));
    }
    while (q.next()) {
        ++report.itemsRead;
        if (progress && report.itemsRead % 5000 == 0 &&
            !progress(liveResources + q.value(2).toLongLong(), total)) {
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
                    byKey.emplace_back();
                    keyExcluded.push_back(excludedKeys.contains(key));
                }
                k = *known;
            }
            spelling = spellings.insert(name, {k, 0});
        }
        ++spelling->count;
        if (spelling->key >= 0) {
            const int dept = resources.at(std::size_t(*resource)).dept;
            if (keyExcluded.at(std::size_t(spelling->key))) {
                excludedDepartments[spelling->key].insert(dept);
            } else {
                byKey.at(std::size_t(spelling->key)).emplace_back(dept, *resource);
            }
        }
    }
    if (q.lastError().isValid()) {
        return db::sqlError(q, QStringLiteral("read items"));
    }
    q.finish();
    for (const QSet<int>& depts : std::as_const(excludedDepartments)) {
        report.excludedGroups += depts.size() >= 2 ? 1 : 0;
    }

    QList<QStringList> keySpellings(keys.size());
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        if (it->key >= 0) {
            keySpellings[it->key] << it.key();
        }
    }

    // Grouping, key by key (progress continues over the last part of the total).
    for (std::size_t key = 0; key < byKey.size(); ++key) {
        if (progress && key % 8 == 0 &&
            !progress(liveResources + lastItem + groupingWeight * qint64(key) / qint64(byKey.size()),
                      total)) {
            report.cancelled = true;
            report.groups.clear();
            report.elapsedMs = timer.elapsed();
            return report;
        }
        std::vector<std::pair<int, int>>& occurrences = byKey[key];
        std::sort(occurrences.begin(), occurrences.end());
        occurrences.erase(std::unique(occurrences.begin(), occurrences.end()), occurrences.end());
        if (occurrences.empty() || occurrences.front().first == occurrences.back().first) {
            continue; // one department
        }
        OneSourceGroup group;
        for (std::size_t end = 0; end < occurrences.size();) {
            const int dept = occurrences.at(end).first;
            OneSourceDepartment department;
            department.deptId = deptIds.at(dept);
            department.deptName = deptNames.at(dept);
            for (; end < occurrences.size() && occurrences.at(end).first == dept; ++end) {
                department.resources.append(resources.at(std::size_t(occurrences.at(end).second)).resource);
            }
            group.resourceCount += int(department.resources.size());
            group.departments.append(std::move(department));
        }
        std::vector<std::pair<int, int>>().swap(occurrences);
        group.key = keys.at(qsizetype(key));
        group.subjectIdentifier = isSubjectIdentifier(group.key);
        group.spellings = keySpellings.at(qsizetype(key));
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
            if (a.subjectIdentifier != b.subjectIdentifier) {
                return a.subjectIdentifier;
            }
            if (a.departmentCount != b.departmentCount) {
                return a.departmentCount > b.departmentCount;
            }
            return a.resourceCount != b.resourceCount ? a.resourceCount > b.resourceCount : a.name < b.name;
        });
    report.elapsedMs = timer.elapsed();
    if (progress) {
        progress(total, total);
    }
    return report;
}

} // namespace govcat::catalog
