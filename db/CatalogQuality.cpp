#include "CatalogQuality.h"

#include "CatalogQueries.h"
#include "SqlError.h"
#include "core/CodeLists.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace govcat::db {

namespace {

QString numberText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

// Ids per IN (...) list: well below SQLITE_MAX_VARIABLE_NUMBER of old SQLite builds (999).
constexpr qsizetype kChunk = 500;

// One forward-only query ordered by resource id (its first column), read alongside the resources.
// Ids are UUIDs (ASCII), so QString order equals SQLite's BINARY order.
struct Cursor
{
    explicit Cursor(const QSqlDatabase& db) : q(db) { q.setForwardOnly(true); }

    bool open(const QString& sql, const QStringList& binds)
    {
        q.prepare(sql);
        for (const QString& b : binds) {
            q.addBindValue(b);
        }
        if (!q.exec()) {
            return false;
        }
        advance();
        return true;
    }
    void advance()
    {
        valid = q.next();
        key = valid ? q.value(0).toString() : QString();
    }
    // Skips rows of resources before id (deleted ones); true when positioned on a row of id.
    bool seek(const QString& id)
    {
        while (valid && key < id) {
            advance();
        }
        return valid && key == id;
    }

    QSqlQuery q;
    bool valid = false;
    QString key;
};

const QString kResourceSelect = QStringLiteral(
    "SELECT r.id, r.name, coalesce(r.code, ''), r.classification_id, coalesce(c.code, ''), "
    "r.provider_dept_id, coalesce(d.name, ''), r.provider_code, r.provider_internal_unit, r.abstract, "
    "r.format_category, r.format_type, r.format_other_desc, r.share_type, r.share_condition, "
    "r.no_share_basis_id, r.share_method_category, r.share_method_type, r.open_to_public, r.open_condition, "
    "r.update_cycle, r.update_cycle_other, r.publish_date, r.is_secret, r.business_items, r.status, "
    "r.catalog_version FROM info_resource r LEFT JOIN catalog_class c ON c.id = r.classification_id "
    "LEFT JOIN department d ON d.id = r.provider_dept_id WHERE r.is_deleted = 0");

void readResource(const QSqlQuery& q, ResourceDraft& d)
{
    // clang-format off
    QString* text[] = {&d.id, &d.name, &d.code, &d.classificationId, &d.classificationCode, &d.providerDeptId,
                       &d.providerName, &d.providerCode, &d.internalUnit, &d.abstract, &d.formatCategory,
                       &d.formatType, &d.formatOtherDesc, &d.shareType, &d.shareCondition, &d.noShareBasisId,
                       &d.shareMethodCategory, &d.shareMethodType, &d.openToPublic, &d.openCondition,
                       &d.updateCycle, &d.updateCycleOther, &d.publishDate, &d.isSecret, &d.businessItems,
                       &d.status};
    // clang-format on
    int column = 0;
    for (QString* field : text) {
        *field = q.value(column++).toString();
    }
    d.catalogVersion = q.value(column).toInt();
}

} // namespace

DraftReader::DraftReader(QSqlDatabase db, Content content) : m_db(std::move(db)), m_content(content) {}

Result<qint64> DraftReader::liveCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0")) || !q.next()) {
        return sqlError(q, QStringLiteral("count resources"));
    }
    return q.value(0).toLongLong();
}

Result<void> DraftReader::forEach(const std::function<bool(ResourceDraft&)>& visit,
                                  const QStringList& ids) const
{
    if (ids.isEmpty()) {
        return pass({}, {}, visit);
    }
    bool stopped = false;
    const auto guard = [&](ResourceDraft& d) { return !(stopped = !visit(d)); };
    for (qsizetype i = 0; i < ids.size() && !stopped; i += kChunk) {
        const QStringList chunk = ids.mid(i, kChunk);
        const QString marks =
            QStringLiteral("(%1)").arg(QStringList(chunk.size(), QStringLiteral("?")).join(u','));
        if (auto r = pass(marks, chunk, guard); !r) {
            return r;
        }
    }
    return {};
}

Result<void> DraftReader::pass(const QString& idFilter, const QStringList& binds,
                               const std::function<bool(ResourceDraft&)>& visit) const
{
    const bool full = m_content == Content::Full;
    const QString where = idFilter.isEmpty() ? QString() : QStringLiteral(" AND resource_id IN ") + idFilter;
    Cursor resources(m_db);
    const QString rWhere = idFilter.isEmpty() ? QString() : QStringLiteral(" AND r.id IN ") + idFilter;
    if (!resources.open(kResourceSelect + rWhere + QStringLiteral(" ORDER BY r.id"), binds)) {
        return sqlError(resources.q, QStringLiteral("read resources"));
    }
    Cursor items(m_db);
    const QString itemColumns =
        full ? QStringLiteral("resource_id, name, data_type, length, id, precision, is_key, is_sensitive, "
                              "item_share_type, item_share_condition")
             : QStringLiteral("resource_id, name, data_type, length");
    if (!items.open(
            QStringLiteral("SELECT %1 FROM info_item WHERE is_deleted = 0%2 ORDER BY resource_id, seq")
                .arg(itemColumns, where),
            binds)) {
        return sqlError(items.q, QStringLiteral("read items"));
    }
    Cursor relations(m_db);
    Cursor survey(m_db);
    if (full) {
        if (!relations.open(
                QStringLiteral("SELECT resource_id, related_code FROM resource_relation WHERE "
                               "is_deleted = 0 AND relation_kind = '关联'%1 ORDER BY resource_id, rowid")
                    .arg(where),
                binds)) {
            return sqlError(relations.q, QStringLiteral("read relations"));
        }
        if (!survey.open(QStringLiteral("SELECT resource_id, storage_total_gb, records_total_10k, "
                                        "shared_storage_gb, shared_records_10k, opened_storage_gb, "
                                        "opened_records_10k FROM resource_survey WHERE is_deleted = 0%1 "
                                        "ORDER BY resource_id, period DESC")
                             .arg(where),
                         binds)) {
            return sqlError(survey.q, QStringLiteral("read survey"));
        }
    }
    ResourceDraft d;
    for (; resources.valid; resources.advance()) {
        d = ResourceDraft();
        readResource(resources.q, d);
        for (bool on = items.seek(d.id); on; items.advance(), on = items.valid && items.key == d.id) {
            const QSqlQuery& q = items.q;
            ItemDraft item =
                ItemDraft::of(q.value(1).toString(), q.value(2).toString(), numberText(q.value(3)));
            if (full) {
                item.id = q.value(4).toString();
                item.precision = numberText(q.value(5));
                item.isKey = q.value(6).toInt() != 0;
                item.isSensitive = q.value(7).toInt() != 0;
                item.itemShareType = q.value(8).toString();
                item.itemShareCondition = q.value(9).toString();
            }
            d.items.append(std::move(item));
        }
        if (full) {
            for (bool on = relations.seek(d.id); on;
                 relations.advance(), on = relations.valid && relations.key == d.id) {
                d.relatedCodes << relations.q.value(1).toString();
            }
            if (survey.seek(d.id)) { // the latest period comes first
                for (std::size_t i = 0; i < d.survey.size(); ++i) {
                    d.survey.at(i) = numberText(survey.q.value(int(i) + 1));
                }
            }
        }
        if (!visit(d)) {
            return {};
        }
    }
    if (resources.q.lastError().isValid() || items.q.lastError().isValid()) {
        return sqlError(resources.q.lastError().isValid() ? resources.q : items.q,
                        QStringLiteral("read catalog"));
    }
    return {};
}

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
        return sqlError(q, QStringLiteral("count resource names"));
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

} // namespace govcat::db
