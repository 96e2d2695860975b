#include "DepartmentListModel.h"

namespace govcat::models {

DepartmentListModel::DepartmentListModel(QObject* parent) : QAbstractListModel(parent) {}

bool DepartmentListModel::reload(const db::CatalogQueries& queries, QString* error)
{
    auto rows = queries.departments();
    if (!rows) {
        if (error) {
            *error = rows.error().message;
        }
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows).value();
    m_total = 0;
    for (const auto& d : std::as_const(m_rows)) {
        m_total += d.resourceCount;
    }
    endResetModel();
    return true;
}

int DepartmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

QVariant DepartmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("全部部门 (%1)").arg(m_total);
        case IdRole:
            return QString();
        case CountRole:
            return m_total;
        default:
            return {};
        }
    }
    const auto& d = m_rows.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(d.name).arg(d.resourceCount);
    case Qt::ToolTipRole:
        return tr("%1\n统一社会信用代码：%2").arg(d.name, d.uscc);
    case IdRole:
        return d.id;
    case CountRole:
        return d.resourceCount;
    case UsccRole:
        return d.uscc;
    default:
        return {};
    }
}

} // namespace govcat::models
