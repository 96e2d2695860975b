#include "DepartmentListModel.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace govcat::models {

namespace {

QCollator pinyinCollator()
{
    // ICU's default collation for Chinese is pinyin.
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    collator.setNumericMode(true);
    return collator;
}

} // namespace

DepartmentListModel::DepartmentListModel(QObject* parent) : QAbstractListModel(parent) {}

void DepartmentListModel::sortByPinyin(QList<catalog::DepartmentSummary>& departments)
{
    const QCollator collator = pinyinCollator();
    std::stable_sort(departments.begin(), departments.end(),
                     [&](const catalog::DepartmentSummary& a, const catalog::DepartmentSummary& b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
}

bool DepartmentListModel::reload(const catalog::CatalogQueries& queries, QString* error)
{
    auto rows = queries.departments();
    if (!rows) {
        if (error) {
            *error = rows.error().message;
        }
        return false;
    }
    m_departments = std::move(rows).value();
    rebuild();
    return true;
}

void DepartmentListModel::setOrder(Order order)
{
    if (order == m_order) {
        return;
    }
    m_order = order;
    rebuild();
}

void DepartmentListModel::rebuild()
{
    // Depth-first order; departments whose parent is unknown count as top level.
    QList<catalog::DepartmentSummary> all = m_departments;
    if (m_order == Order::Pinyin) {
        sortByPinyin(all);
    }
    QHash<QString, QList<int>> children;
    QSet<QString> ids;
    for (const auto& d : all) {
        ids.insert(d.id);
    }
    QList<int> roots;
    for (int i = 0; i < all.size(); ++i) {
        const QString& parent = all.at(i).parentId;
        if (parent.isEmpty() || !ids.contains(parent) || parent == all.at(i).id) {
            roots << i;
        } else {
            children[parent] << i;
        }
    }
    QList<Row> ordered;
    std::function<void(int, int)> visit = [&](int index, int depth) {
        if (depth > all.size()) {
            return; // a cycle in bad data: stop rather than recurse forever
        }
        const qsizetype at = ordered.size();
        ordered.append({all.at(index), depth, {all.at(index).id}, all.at(index).resourceCount});
        for (int child : children.value(all.at(index).id)) {
            const qsizetype first = ordered.size();
            visit(child, depth + 1);
            for (qsizetype k = first; k < ordered.size(); ++k) {
                if (ordered.at(k).depth == depth + 1) {
                    ordered[at].subtreeIds += ordered.at(k).subtreeIds;
                    ordered[at].subtreeCount += ordered.at(k).subtreeCount;
                }
            }
        }
    };
    for (int root : std::as_const(roots)) {
        visit(root, 0);
    }
    beginResetModel();
    m_rows = std::move(ordered);
    m_total = 0;
    for (const Row& r : std::as_const(m_rows)) {
        m_total += r.d.resourceCount;
    }
    endResetModel();
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
        case NameRole:
            return tr("全部部门");
        case IdRole:
            return QString();
        case CountRole:
        case SubtreeCountRole:
            return m_total;
        case SubtreeIdsRole:
            return QStringList();
        default:
            return {};
        }
    }
    const Row& row = m_rows.at(index.row() - 1);
    const auto& d = row.d;
    switch (role) {
    case Qt::DisplayRole:
        return QString(QString(row.depth * 2, QChar(0x3000)) +
                       QStringLiteral("%1 (%2)").arg(d.name).arg(row.subtreeCount));
    case NameRole:
        return d.name;
    case SubtreeIdsRole:
        return row.subtreeIds;
    case SubtreeCountRole:
        return row.subtreeCount;
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
