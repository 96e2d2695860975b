#include "ResourceListModel.h"

#include "DepartmentListModel.h"
#include "core/CodeDisplay.h"

#include <QSqlError>

namespace govcat::models {

ResourceListModel::ResourceListModel(QObject* parent) : QAbstractTableModel(parent) {}

bool ResourceListModel::load(const catalog::CatalogQueries& queries, const catalog::ResourceFilter& filter,
                             QString* error, std::optional<qint64> knownCount)
{
    m_queries = queries;
    m_filter = filter;
    if (filter.hasSearch() && m_sort.key == catalog::ResourceSort::Key::Relevance) {
        // One pass over the matches gives the order and the count.
        auto ranked = queries.rankedRowids(filter);
        if (!ranked) {
            if (error) {
                *error = ranked.error().message;
            }
            return false;
        }
        beginResetModel();
        m_query.reset();
        m_ranked = std::move(ranked).value();
        m_rankedRead = 0;
        m_total = m_ranked->size();
        m_exhausted = false;
        m_rows = readPage();
        endResetModel();
        return true;
    }
    auto count = knownCount ? Result<qint64>(*knownCount) : queries.resourceCount(filter);
    auto query = count ? queries.resourceList(filter, m_sort) : Result<QSqlQuery>(count.error());
    if (!query) {
        if (error) {
            *error = query.error().message;
        }
        return false;
    }
    beginResetModel();
    m_ranked.reset();
    m_query.emplace(std::move(query).value());
    m_total = count.value();
    m_exhausted = false;
    m_rows = readPage(); // the first page arrives with the reset, so views show it at once
    endResetModel();
    return true;
}

bool ResourceListModel::reload(QString* error)
{
    return !m_queries || load(*m_queries, m_filter, error);
}

catalog::ResourceSort::Key ResourceListModel::sortKey(int column)
{
    using K = catalog::ResourceSort::Key;
    switch (Column(column)) {
    case Code:
        return K::Code;
    case Name:
        return K::Name;
    case Provider:
        return K::Provider;
    case ShareType:
        return K::ShareType;
    case UpdateCycle:
        return K::UpdateCycle;
    case Status:
        return K::Status;
    case PublishDate:
        return K::PublishDate;
    case FormatCategory:
    case OpenToPublic:
    case ColumnCount:
        break;
    }
    return K::Relevance;
}

void ResourceListModel::sort(int column, Qt::SortOrder order)
{
    catalog::ResourceSort next{sortKey(column), order == Qt::DescendingOrder};
    if (next.key == m_sort.key && next.descending == m_sort.descending) {
        return;
    }
    if (next.key == catalog::ResourceSort::Key::Provider && m_queries) {
        // Providers by pinyin, as the department list shows them.
        if (auto departments = m_queries->departments()) {
            DepartmentListModel::sortByPinyin(departments.value());
            for (const catalog::DepartmentSummary& d : std::as_const(departments.value())) {
                next.providerOrder << d.id;
            }
        }
    }
    m_sort = next;
    QString error;
    // Sorting does not change how many rows there are.
    if (m_queries && !load(*m_queries, m_filter, &error, m_total)) {
        Q_EMIT readFailed(error);
    }
}

void ResourceListModel::resetSort()
{
    m_sort = {};
}

int ResourceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The code list a column's values come from; the list shows them in the UI language.
std::optional<CodeListId> ResourceListModel::codeListOf(Column column)
{
    switch (column) {
    case ShareType:
        return CodeListId::ShareType;
    case UpdateCycle:
        return CodeListId::UpdateCycle;
    case Status:
        return CodeListId::ResourceStatus;
    case FormatCategory:
        return CodeListId::FormatCategory;
    case OpenToPublic:
        return CodeListId::OpenToPublic;
    default:
        return std::nullopt;
    }
}

QVariant ResourceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (const auto list = codeListOf(Column(index.column()))) {
            return displayValue(*list, row.cells.at(size_t(index.column())));
        }
        return row.cells.at(size_t(index.column()));
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Code:
        return tr("信息资源代码");
    case Name:
        return tr("信息资源名称");
    case Provider:
        return tr("信息资源提供方");
    case ShareType:
        return tr("共享类型");
    case UpdateCycle:
        return tr("更新周期");
    case Status:
        return tr("状态");
    case PublishDate:
        return tr("发布日期");
    case FormatCategory:
        return tr("格式分类");
    case OpenToPublic:
        return tr("向社会开放");
    case ColumnCount:
        break;
    }
    return {};
}

bool ResourceListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ResourceListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted) {
        return;
    }
    QList<Row> page = readPage();
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(std::move(page));
    endInsertRows();
}

QList<ResourceListModel::Row> ResourceListModel::readRankedPage()
{
    QList<Row> page;
    const QList<qint64> rowids = m_ranked->mid(m_rankedRead, kPageSize);
    m_rankedRead += rowids.size();
    m_exhausted = m_rankedRead >= m_ranked->size();
    auto rows = m_queries->resourceRows(rowids);
    if (!rows) {
        m_exhausted = true;
        Q_EMIT readFailed(rows.error().message);
        return page;
    }
    page.reserve(rows.value().size());
    for (const QVariantList& values : std::as_const(rows.value())) {
        Row row;
        row.id = values.value(0).toString();
        for (int c = 0; c < ColumnCount; ++c) {
            row.cells.at(size_t(c)) = values.value(c + 1).toString();
        }
        page.append(std::move(row));
    }
    return page;
}

QList<ResourceListModel::Row> ResourceListModel::readPage()
{
    if (m_ranked) {
        return readRankedPage();
    }
    QList<Row> page;
    if (!m_query) {
        m_exhausted = true;
        return page;
    }
    page.reserve(kPageSize);
    while (page.size() < kPageSize && m_query->next()) {
        Row row;
        row.id = m_query->value(0).toString();
        for (int c = 0; c < ColumnCount; ++c) {
            row.cells.at(size_t(c)) = m_query->value(c + 1).toString();
        }
        page.append(std::move(row));
    }
    if (page.size() < kPageSize) {
        const QSqlError error = m_query->lastError();
        m_exhausted = true;
        m_query.reset(); // ends the read transaction
        if (error.isValid()) {
            Q_EMIT readFailed(error.text());
        }
    }
    return page;
}

} // namespace govcat::models
