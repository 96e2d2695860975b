#pragma once

#include "db/CatalogQueries.h"

#include <QAbstractTableModel>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace govcat::models {

// The read-only resource list. Rows stream from one forward-only query in pages (fetchMore), so the
// first page shows at once and memory grows only with what the user scrolls through.
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
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 256;

    explicit ResourceListModel(QObject* parent = nullptr);

    // Lists the resources of one department (all when deptId is empty). A caller that already knows
    // how many there are passes knownCount and saves a count query.
    bool load(const db::CatalogQueries& queries, const QString& deptId, QString* error = nullptr,
              std::optional<qint64> knownCount = std::nullopt);
    qint64 totalCount() const { return m_total; }

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

    std::optional<QSqlQuery> m_query;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
};

} // namespace govcat::models
