#include "ResourceFilter.h"

#include "core/search/SearchText.h"

namespace govcat::db {

namespace {

void addIn(FilterSql& sql, const QString& column, const QStringList& values)
{
    if (values.isEmpty()) {
        return;
    }
    QStringList marks;
    for (const QString& v : values) {
        marks << QStringLiteral("?");
        sql.binds << v;
    }
    sql.where += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(u','));
}

QString sortColumn(ResourceSort::Key key)
{
    switch (key) {
    case ResourceSort::Key::Relevance:
    case ResourceSort::Key::Code:
        return QStringLiteral("r.code");
    case ResourceSort::Key::Name:
        return QStringLiteral("r.name");
    case ResourceSort::Key::Provider:
        return QStringLiteral("d.name");
    case ResourceSort::Key::ShareType:
        return QStringLiteral("r.share_type");
    case ResourceSort::Key::UpdateCycle:
        return QStringLiteral("r.update_cycle");
    case ResourceSort::Key::Status:
        return QStringLiteral("r.status");
    case ResourceSort::Key::PublishDate:
        return QStringLiteral("r.publish_date");
    }
    return QStringLiteral("r.code");
}

} // namespace

bool ResourceFilter::hasSearch() const
{
    return !search::matchExpression(search).isEmpty();
}

FilterSql filterSql(const ResourceFilter& filter, const ResourceSort& sort, bool ranked)
{
    FilterSql sql;
    sql.from = QStringLiteral("info_resource r");
    sql.where = QStringLiteral("r.is_deleted = 0");
    const QString match = search::matchExpression(filter.search);
    if (!match.isEmpty()) {
        // The full-text match runs once, as the outer loop (CROSS JOIN fixes the order in SQLite):
        // as the inner side of a join, SQLite 3.15 re-runs the MATCH for every row of the other
        // filters. The token count is a number this code computed, not user text.
        const QString score =
            ranked ? QStringLiteral(", govcat_rank(matchinfo(resource_fts, 'pcxl'), %1) AS score")
                         .arg(search::matchTokenCount(filter.search))
                   : QString();
        sql.from = QStringLiteral("(SELECT docid%1 FROM resource_fts WHERE resource_fts MATCH ?) s "
                                  "CROSS JOIN info_resource r ON r.rowid = s.docid")
                       .arg(score);
        sql.binds << match;
    }
    addIn(sql, QStringLiteral("r.provider_dept_id"), filter.deptIds);
    if (!filter.classCode.isEmpty()) {
        sql.where += QStringLiteral(" AND r.classification_id IN (SELECT id FROM catalog_class WHERE "
                                    "substr(code, 1, ?) = ? AND is_deleted = 0)");
        sql.binds << filter.classCode.size() << filter.classCode;
    }
    addIn(sql, QStringLiteral("r.status"), filter.statuses);
    addIn(sql, QStringLiteral("r.share_type"), filter.shareTypes);
    addIn(sql, QStringLiteral("r.update_cycle"), filter.updateCycles);
    addIn(sql, QStringLiteral("r.format_category"), filter.formatCategories);
    addIn(sql, QStringLiteral("r.open_to_public"), filter.openToPublic);
    addIn(sql, QStringLiteral("r.id"), filter.ids);

    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    if (sort.key == ResourceSort::Key::Relevance && !match.isEmpty() && ranked) {
        sql.orderBy = QStringLiteral("s.score DESC, r.code");
    } else {
        const QString column = sortColumn(sort.key);
        sql.orderBy = column + direction;
        if (column != QStringLiteral("r.code")) {
            sql.orderBy += QStringLiteral(", r.code");
        }
    }
    return sql;
}

} // namespace govcat::db
