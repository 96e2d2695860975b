#pragma once

#include "catalog/CatalogQueries.h"
#include "core/CodeLists.h"

#include <QAbstractTableModel>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace govcat::models {

// The read-only resource list. Rows stream from one forward-only query in pages (fetchMore), so the
// first page shows at once and memory grows only with what the user scrolls through. A search in
// relevance order ranks every match first (CatalogQueries::rankedRowids) and reads the rows of each
// page by rowid.
class ResourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Name,
        Provider,
        ShareType,
        UpdateCycle,
        Status,
        PublishDate,
        FormatCategory,
        OpenToPublic,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 256;
    static std::optional<CodeListId> codeListOf(Column column); // a code-list column's list

    explicit ResourceListModel(QObject* parent = nullptr);

    // Lists the resources a filter selects. A caller that already knows how many there are passes
    // knownCount and saves a count query. The sort stays until sort() changes it.
    bool load(const catalog::CatalogQueries& queries, const catalog::ResourceFilter& filter,
              QString* error = nullptr, std::optional<qint64> knownCount = std::nullopt);
    // Reads the current filter again (after an edit).
    bool reload(QString* error = nullptr);
    qint64 totalCount() const { return m_total; }
    const catalog::ResourceFilter& filter() const { return m_filter; }
    // The sort key of a column (Relevance for a search sorted by nothing else).
    static catalog::ResourceSort::Key sortKey(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Back to relevance order (with a search) or code order.
    void resetSort();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A page could not be read (for example a damaged page); the rows read so far stay.
    void readFailed(const QString& message);

private:
    struct Row
    {
        QString id;
        std::array<QString, ColumnCount> cells;
    };

    QList<Row> readPage();
    QList<Row> readRankedPage();

    std::optional<catalog::CatalogQueries> m_queries;
    catalog::ResourceFilter m_filter;
    catalog::ResourceSort m_sort;
    std::optional<QSqlQuery> m_query;
    std::optional<QList<qint64>> m_ranked; // a search by relevance: every match, best first
    qsizetype m_rankedRead = 0;            // how many of them are in m_rows
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
};

} // namespace govcat::models
