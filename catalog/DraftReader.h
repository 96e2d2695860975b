#pragma once

#include "core/Result.h"
#include "core/rules/ResourceDraft.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace govcat::catalog {

// Live resources as ResourceDraft objects, read set-based: one ordered pass over info_resource
// (joined to department and catalog_class) and one ordered pass over info_item, merged by resource
// id. ResourceStore::load runs four queries per resource; this reads the whole catalog in two. Used
// by the quality report, 一数一源 and bulk edit (a new revision holds the whole published content).
class DraftReader
{
public:
    enum class Content
    {
        ForRules, // what CatalogRules::check reads: every row column, item name, type and length
        Full,     // everything ResourceStore::load gives: all item columns, related codes, survey
    };
    explicit DraftReader(QSqlDatabase db, Content content = Content::ForRules);

    // Live resources (is_deleted = 0) in id order; with `ids`, only those (in id order per chunk of
    // a few hundred). visit returns false to stop early; the reader then returns without error.
    Result<void> forEach(const std::function<bool(ResourceDraft&)>& visit, const QStringList& ids = {}) const;
    Result<qint64> liveCount() const;

private:
    Result<void> pass(const QString& idFilter, const QStringList& binds,
                      const std::function<bool(ResourceDraft&)>& visit) const;

    QSqlDatabase m_db;
    Content m_content;
};

} // namespace govcat::catalog
