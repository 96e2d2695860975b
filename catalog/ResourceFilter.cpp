#include "catalog/ResourceFilter.h"

#include "catalog/SearchIndex.h"
#include "core/search/SearchText.h"

namespace govcat::catalog {

namespace {

// SQLite 3.15 plans without statistics. These notes say which index each shape is meant to use;
// tests/db/tst_search.cpp checks the plans.
//
// - Counts and the single-value facets read covering indexes that end with code (SchemaV3), so a
//   facet's first page comes in code order without sorting every match.
// - A department (or an explicit id list) is the most selective filter the panels offer: the other
//   facet columns are written "+r.column" so that SQLite does not drive the query from them.
// - A search runs the full-text match once, as the outer loop; the other filters become one set of
//   rowids ("+docid IN (...)", built once) instead of a row read per match.
// - Ranked matches are sorted inside a subquery on (score, docid) only; the outer query reads the
//   rows of what is fetched, in that order (a co-routine: no ORDER BY outside).
// - A classification prefix (with or without statuses) walks info_resource_code_class in code
//   order.

// The non-search conditions on r.
struct RowConditions
{
    QString where = QStringLiteral("r.is_deleted = 0");
    QVariantList binds;
};

void addIn(RowConditions& c, const QString& column, const QStringList& values, bool indexable)
{
    if (values.isEmpty()) {
        return;
    }
    QStringList marks;
    for (const QString& v : values) {
        marks << QStringLiteral("?");
        c.binds << v;
    }
    c.where += QStringLiteral(" AND %1%2 IN (%3)")
                   .arg(indexable ? QString() : QStringLiteral("+"), column, marks.join(u','));
}

RowConditions rowConditions(const ResourceFilter& f)
{
    RowConditions c;
    addIn(c, QStringLiteral("r.id"), f.ids, true);
    addIn(c, QStringLiteral("r.provider_dept_id"), f.deptIds, f.ids.isEmpty());
    const bool facetsIndexable = f.ids.isEmpty() && f.deptIds.isEmpty();
    if (!f.classCode.isEmpty()) {
        c.where += QStringLiteral(" AND %1r.classification_id IN (SELECT id FROM catalog_class WHERE "
                                  "substr(code, 1, ?) = ? AND is_deleted = 0)")
                       .arg(facetsIndexable ? QString() : QStringLiteral("+"));
        c.binds << f.classCode.size() << f.classCode;
    }
    addIn(c, QStringLiteral("r.status"), f.statuses, facetsIndexable);
    addIn(c, QStringLiteral("r.share_type"), f.shareTypes, facetsIndexable);
    addIn(c, QStringLiteral("r.update_cycle"), f.updateCycles, facetsIndexable);
    addIn(c, QStringLiteral("r.format_category"), f.formatCategories, facetsIndexable);
    addIn(c, QStringLiteral("r.open_to_public"), f.openToPublic, facetsIndexable);
    return c;
}

// Only the search (the full-text index holds live resources only).
bool searchOnly(const ResourceFilter& f)
{
    ResourceFilter bare;
    bare.search = f.search;
    return f == bare;
}

// A classification prefix, with statuses or not, and nothing else: walked in code order through
// info_resource_code_class, which holds these columns and the id.
bool byClassWalk(const ResourceFilter& f)
{
    ResourceFilter bare;
    bare.classCode = f.classCode;
    bare.statuses = f.statuses;
    return !f.classCode.isEmpty() && f == bare;
}

enum class Score
{
    None,
    Column,     // a second column, score
    Descending, // and sorted by it (best first; ties by docid, the order of creation)
};

// SELECT docid [, score] of the matches of the search that the other filters select.
FilterSql matches(const ResourceFilter& f, Score score)
{
    FilterSql m;
    m.binds << search::matchExpression(f.search);
    // The token count is a number this code computed, not user text.
    const QString rank = SearchIndex::rankExpression(search::matchTokenCount(f.search));
    m.sql = QStringLiteral("SELECT docid%1 FROM resource_fts WHERE resource_fts MATCH ?")
                .arg(score == Score::None ? QString()
                                          : QStringLiteral(", ") + rank + QStringLiteral(" AS score"));
    if (!searchOnly(f)) {
        const RowConditions c = rowConditions(f);
        m.sql += QStringLiteral(" AND +docid IN (SELECT r.rowid FROM info_resource r WHERE %1)").arg(c.where);
        m.binds += c.binds;
    }
    if (score == Score::Descending) {
        m.sql += QStringLiteral(" ORDER BY score DESC, docid LIMIT -1");
    }
    return m;
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

QString orderBy(const ResourceSort& sort, QVariantList* binds = nullptr)
{
    QString column = sortColumn(sort.key);
    if (sort.key == ResourceSort::Key::Provider && binds && !sort.providerOrder.isEmpty() &&
        sort.providerOrder.size() <= 500) {
        // The departments' pinyin order as a rank (SQLite compares text by code point).
        column = QStringLiteral("CASE d.id");
        for (qsizetype i = 0; i < sort.providerOrder.size(); ++i) {
            column += QStringLiteral(" WHEN ? THEN %1").arg(i);
            *binds << sort.providerOrder.at(i);
        }
        column += QStringLiteral(" ELSE %1 END").arg(sort.providerOrder.size());
    }
    QString order = column + (sort.descending ? QStringLiteral(" DESC") : QString());
    if (column != QStringLiteral("r.code")) {
        order += QStringLiteral(", r.code");
    }
    return order;
}

const QString kJoinRows = QStringLiteral(
    " CROSS JOIN info_resource r ON r.rowid = s.docid JOIN department d ON d.id = r.provider_dept_id");

} // namespace

bool ResourceFilter::hasSearch() const
{
    return !search::matchExpression(search).isEmpty();
}

FilterSql countSql(const ResourceFilter& filter)
{
    if (filter.hasSearch()) {
        FilterSql m = matches(filter, Score::None);
        m.sql = QStringLiteral("SELECT count(*) FROM (") + m.sql + u')';
        return m;
    }
    const RowConditions c = rowConditions(filter);
    return {QStringLiteral("SELECT count(*) FROM info_resource r WHERE ") + c.where, c.binds};
}

FilterSql listSql(const ResourceFilter& filter, const ResourceSort& sort, const QString& columns)
{
    const bool byCode = sort.key == ResourceSort::Key::Relevance || sort.key == ResourceSort::Key::Code;
    if (filter.hasSearch()) {
        const bool ranked = sort.key == ResourceSort::Key::Relevance;
        FilterSql m = matches(filter, ranked ? Score::Descending : Score::None);
        m.sql = QStringLiteral("SELECT %1 FROM (%2) s").arg(columns, m.sql) + kJoinRows +
                QStringLiteral(" WHERE r.is_deleted = 0") +
                (ranked ? QString() : QStringLiteral(" ORDER BY ") + orderBy(sort, &m.binds));
        return m;
    }
    const RowConditions c = rowConditions(filter);
    if (byClassWalk(filter) && byCode) {
        // The resources of a 类 or 项 are many (75,000 of 100,000 for the largest 类): sorting them
        // all before the first page took 270-700 ms; the index walk reads up to the page it shows.
        return {QStringLiteral("SELECT %1 FROM (SELECT r.rowid AS docid FROM info_resource r INDEXED BY "
                               "info_resource_code_class WHERE %2 ORDER BY %3 LIMIT -1) s")
                        .arg(columns, c.where, orderBy(sort)) +
                    kJoinRows,
                c.binds};
    }
    QVariantList binds = c.binds;
    const QString order = orderBy(sort, &binds);
    return {QStringLiteral("SELECT %1 FROM info_resource r JOIN department d ON d.id = r.provider_dept_id "
                           "WHERE %2 ORDER BY %3")
                .arg(columns, c.where, order),
            binds};
}

FilterSql classCountsSql(const ResourceFilter& filter)
{
    ResourceFilter others = filter;
    others.classCode.clear();
    others.search.clear();
    const RowConditions c = rowConditions(others);
    ResourceFilter statusesOnly;
    statusesOnly.statuses = others.statuses;
    if (others == statusesOnly) {
        // info_resource_code_class holds classification_id, is_deleted and status: the counts come
        // from that index alone (84,000 已发布 of 100,000 read by row took 370 ms; see tst_filtertimings).
        return {QStringLiteral("SELECT r.classification_id, count(*) FROM info_resource r INDEXED BY "
                               "info_resource_code_class WHERE %1 GROUP BY r.classification_id")
                    .arg(c.where),
                c.binds};
    }
    // Driven by the department or facet index the conditions name (never by the classification
    // index, which would read every resource to test them); the grouping sorts what they select.
    return {QStringLiteral("SELECT r.classification_id, count(*) FROM info_resource r WHERE %1 GROUP BY "
                           "+r.classification_id")
                .arg(c.where),
            c.binds};
}

FilterSql scoresSql(const ResourceFilter& filter)
{
    return matches(filter, Score::Column);
}

FilterSql idsSql(const ResourceFilter& filter)
{
    if (filter.hasSearch()) {
        FilterSql m = matches(filter, Score::None);
        m.sql = QStringLiteral("SELECT r.id FROM (") + m.sql +
                QStringLiteral(") s CROSS JOIN info_resource r ON r.rowid = s.docid WHERE r.is_deleted = 0 "
                               "ORDER BY r.code");
        return m;
    }
    const RowConditions c = rowConditions(filter);
    // Bulk edit of a 类 (63,000 published resources of 100,000): from the index alone instead of a
    // row read per resource.
    const QString index =
        byClassWalk(filter) ? QStringLiteral(" INDEXED BY info_resource_code_class") : QString();
    return {QStringLiteral("SELECT r.id FROM info_resource r%1 WHERE %2 ORDER BY r.code").arg(index, c.where),
            c.binds};
}

} // namespace govcat::catalog
