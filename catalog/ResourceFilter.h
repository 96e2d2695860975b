#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace govcat::catalog {

// What the resource list shows: the side panels' choices and the search text, combined with AND.
// Empty lists mean "any".
struct ResourceFilter
{
    QString search;       // search as you type (core/search/SearchText)
    QStringList deptIds;  // provider departments
    QString classCode;    // 分类码 of a 类/项/目/细目 node: the node and everything under it
    QStringList statuses; // stored values (canonical names)
    QStringList shareTypes;
    QStringList updateCycles;
    QStringList formatCategories;
    QStringList openToPublic;
    QStringList ids; // explicit resources (bulk edit of a selection)

    static ResourceFilter forDepartment(const QString& deptId)
    {
        ResourceFilter f;
        if (!deptId.isEmpty()) {
            f.deptIds << deptId;
        }
        return f;
    }
    bool hasSearch() const;
    bool operator==(const ResourceFilter&) const = default;
};

struct ResourceSort
{
    enum class Key
    {
        Relevance, // with a search; otherwise the same as Code
        Code,
        Name,
        Provider,
        ShareType,
        UpdateCycle,
        Status,
        PublishDate
    };
    Key key = Key::Relevance;
    bool descending = false;
    // Key::Provider: department ids in the order to sort by (pinyin, as the department list shows
    // them); empty, or over 500 departments: by the stored name.
    QStringList providerOrder = {};
};

// Statements for a filter, with their positional bind values in order. In all of them "r" is
// info_resource; in the list, "d" is the provider's department row.
struct FilterSql
{
    QString sql;
    QVariantList binds;
};
// SELECT count(*) of the resources a filter selects.
FilterSql countSql(const ResourceFilter& filter);
// SELECT `columns` of the resources a filter selects, in the sort's order (by relevance: ties in
// the order the resources were created).
FilterSql listSql(const ResourceFilter& filter, const ResourceSort& sort, const QString& columns);
// SELECT r.id of the resources a filter selects, in code order.
FilterSql idsSql(const ResourceFilter& filter);
// SELECT classification_id, count(*) of the resources a filter selects with its classCode and search
// left out, grouped by classification.
FilterSql classCountsSql(const ResourceFilter& filter);
// SELECT docid (the rowid), score of the resources a filter with a search selects, unsorted.
FilterSql scoresSql(const ResourceFilter& filter);

} // namespace govcat::catalog
