#include "catalog/DraftReader.h"

#include "db/SqlError.h"
#include "db/driver/RawStatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace govcat::catalog {

namespace {

// Ids per IN (...) list: well below SQLITE_MAX_VARIABLE_NUMBER of old SQLite builds (999).
constexpr qsizetype kChunk = 500;

// One query ordered by resource id (its first column), read alongside the resources. Ids are UUIDs
// (ASCII), so QString order equals SQLite's BINARY order. Stepped through the SQLite API: bulk edit
// reads 10,000 resources with their 100,000 items, and a QVariant per value showed in its profile.
struct Cursor
{
    explicit Cursor(const QSqlDatabase& db) : q(db) {}

    bool open(const QString& sql, const QStringList& binds)
    {
        if (!q.prepare(sql)) {
            return false;
        }
        for (int i = 0; i < int(binds.size()); ++i) {
            q.bind(i + 1, binds.at(i));
        }
        advance();
        return !q.failed();
    }
    void advance()
    {
        valid = q.next();
        key = valid ? q.text(0) : QString();
    }
    // Skips rows of resources before id (deleted ones); true when positioned on a row of id.
    bool seek(const QString& id)
    {
        while (valid && key < id) {
            advance();
        }
        return valid && key == id;
    }

    db::RawStatement q;
    bool valid = false;
    QString key;
};

const QString kResourceSelect = QStringLiteral(
    "SELECT r.id, r.name, coalesce(r.code, ''), r.classification_id, coalesce(c.code, ''), "
    "r.provider_dept_id, coalesce(d.name, ''), r.provider_code, r.provider_internal_unit, r.abstract, "
    "r.format_category, r.format_type, r.format_other_desc, r.share_type, r.share_condition, "
    "r.no_share_basis_id, r.share_method_category, r.share_method_type, r.open_to_public, r.open_condition, "
    "r.update_cycle, r.update_cycle_other, r.publish_date, r.is_secret, r.business_items, r.status, "
    "r.open_type, r.level, r.mount_status, r.catalog_version FROM info_resource r LEFT JOIN catalog_class c "
    "ON c.id = r.classification_id "
    "LEFT JOIN department d ON d.id = r.provider_dept_id WHERE r.is_deleted = 0");

void readResource(const db::RawStatement& q, ResourceDraft& d)
{
    // clang-format off
    QString* text[] = {&d.id, &d.name, &d.code, &d.classificationId, &d.classificationCode, &d.providerDeptId,
                       &d.providerName, &d.providerCode, &d.internalUnit, &d.abstract, &d.formatCategory,
                       &d.formatType, &d.formatOtherDesc, &d.shareType, &d.shareCondition, &d.noShareBasisId,
                       &d.shareMethodCategory, &d.shareMethodType, &d.openToPublic, &d.openCondition,
                       &d.updateCycle, &d.updateCycleOther, &d.publishDate, &d.isSecret, &d.businessItems,
                       &d.status, &d.openType, &d.level, &d.mountStatus};
    // clang-format on
    int column = 0;
    for (QString* field : text) {
        *field = q.text(column++);
    }
    d.catalogVersion = int(q.integer(column));
}

} // namespace

DraftReader::DraftReader(QSqlDatabase db, Content content) : m_db(std::move(db)), m_content(content) {}

Result<qint64> DraftReader::liveCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0")) || !q.next()) {
        return db::sqlError(q, QStringLiteral("count resources"));
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
        return resources.q.error(QStringLiteral("read resources"));
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
        return items.q.error(QStringLiteral("read items"));
    }
    Cursor relations(m_db);
    Cursor survey(m_db);
    if (full) {
        if (!relations.open(
                QStringLiteral("SELECT resource_id, related_code FROM resource_relation WHERE "
                               "is_deleted = 0 AND relation_kind = '关联'%1 ORDER BY resource_id, rowid")
                    .arg(where),
                binds)) {
            return relations.q.error(QStringLiteral("read relations"));
        }
        if (!survey.open(QStringLiteral("SELECT resource_id, storage_total_gb, records_total_10k, "
                                        "shared_storage_gb, shared_records_10k, opened_storage_gb, "
                                        "opened_records_10k FROM resource_survey WHERE is_deleted = 0%1 "
                                        "ORDER BY resource_id, period DESC")
                             .arg(where),
                         binds)) {
            return survey.q.error(QStringLiteral("read survey"));
        }
    }
    ResourceDraft d;
    for (; resources.valid; resources.advance()) {
        d = ResourceDraft();
        readResource(resources.q, d);
        for (bool on = items.seek(d.id); on; items.advance(), on = items.valid && items.key == d.id) {
            const db::RawStatement& q = items.q;
            ItemDraft item = ItemDraft::of(q.text(1), q.text(2), q.number(3));
            if (full) {
                item.id = q.text(4);
                item.precision = q.number(5);
                item.isKey = q.integer(6) != 0;
                item.isSensitive = q.integer(7) != 0;
                item.itemShareType = q.text(8);
                item.itemShareCondition = q.text(9);
            }
            d.items.append(std::move(item));
        }
        if (full) {
            for (bool on = relations.seek(d.id); on;
                 relations.advance(), on = relations.valid && relations.key == d.id) {
                d.relatedCodes << relations.q.text(1);
            }
            if (survey.seek(d.id)) { // the latest period comes first
                for (std::size_t i = 0; i < d.survey.size(); ++i) {
                    d.survey.at(i) = survey.q.number(int(i) + 1);
                }
            }
        }
        if (!visit(d)) {
            return {};
        }
    }
    for (const Cursor* c : {&resources, &items, &relations, &survey}) {
        if (c->q.failed()) {
            return c->q.error(QStringLiteral("read catalog"));
        }
    }
    return {};
}

} // namespace govcat::catalog
