#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace govcat::db {

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
};

// The SQL for a filter: the FROM clause that binds "r" to info_resource (and "s" to the search
// matches), a WHERE clause, their positional bind values in order, and the ORDER BY for a sort.
// ranked = false leaves out the relevance score (counts and id lists do not need it).
struct FilterSql
{
    QString from;
    QString where;
    QVariantList binds;
    QString orderBy;
};
FilterSql filterSql(const ResourceFilter& filter, const ResourceSort& sort = {}, bool ranked = true);

} // namespace govcat::db
