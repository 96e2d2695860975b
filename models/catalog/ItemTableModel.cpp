#include "ItemTableModel.h"

#include "core/CodeDisplay.h"
#include "core/CodeLists.h"

#include <QBrush>
#include <QColor>

namespace govcat::models {

namespace {
const QColor kErrorBackground(0xf8, 0xd7, 0xda);
const QColor kWarningBackground(0xff, 0xe8, 0xc2);

bool isCheckColumn(int column)
{
    return column == ItemTableModel::IsKey || column == ItemTableModel::IsSensitive;
}
} // namespace

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ItemTableModel::setItems(const QList<ItemDraft>& items)
{
    beginResetModel();
    m_items = items;
    m_findings.clear();
    endResetModel();
}

void ItemTableModel::setItem(int row, const ItemDraft& item)
{
    if (row < 0 || row >= m_items.size()) {
        return;
    }
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ItemTableModel::insertItems(int row, const QList<ItemDraft>& items)
{
    if (items.isEmpty() || row < 0 || row > m_items.size()) {
        return;
    }
    beginInsertRows({}, row, row + int(items.size()) - 1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        m_items.insert(row + i, items.at(i));
    }
    endInsertRows();
    // 序号 of the rows below changed.
    Q_EMIT dataChanged(index(0, Seq), index(rowCount() - 1, Seq), {Qt::DisplayRole});
}

void ItemTableModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, Seq), index(rowCount() - 1, Seq), {Qt::DisplayRole});
    }
}

void ItemTableModel::moveItem(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_items.size() || to >= m_items.size()) {
        return;
    }
    // beginMoveRows wants the destination row as an insertion point before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to)) {
        return;
    }
    m_items.move(from, to);
    endMoveRows();
    Q_EMIT dataChanged(index(qMin(from, to), Seq), index(qMax(from, to), Seq), {Qt::DisplayRole});
}

void ItemTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly) {
        return;
    }
    m_readOnly = readOnly;
    if (!m_items.isEmpty()) {
        // Flags are not a role; views re-read them on any change of the cells.
        emitAllChanged({});
    }
}

void ItemTableModel::setFindings(const QList<Finding>& findings)
{
    QHash<quint64, CellFinding> cells;
    for (const Finding& f : findings) {
        if (f.itemIndex < 0 || f.itemIndex >= m_items.size()) {
            continue;
        }
        int column = columnOf(f.field);
        if (column < 0) {
            column = Name;
        }
        CellFinding& cell = cells[cellKey(f.itemIndex, column)];
        if (f.severity == Finding::Severity::Error) {
            cell.severity = Finding::Severity::Error;
        }
        cell.messages.append(f.message);
    }
    if (cells.isEmpty() && m_findings.isEmpty()) {
        return;
    }
    m_findings = std::move(cells);
    if (!m_items.isEmpty()) {
        emitAllChanged({Qt::BackgroundRole, Qt::ToolTipRole});
    }
}

int ItemTableModel::columnOf(const QString& itemColumn)
{
    static const QHash<QString, int> columns = {
        {QStringLiteral("seq"), Seq},
        {QStringLiteral("name"), Name},
        {QStringLiteral("data_type"), DataType},
        {QStringLiteral("length"), Length},
        {QStringLiteral("precision"), Precision},
        {QStringLiteral("is_key"), IsKey},
        {QStringLiteral("is_sensitive"), IsSensitive},
        {QStringLiteral("item_share_type"), ShareType},
    };
    return columns.value(itemColumn, -1);
}

bool ItemTableModel::applyValue(ItemDraft& item, int column, const QVariant& value, int role)
{
    if (isCheckColumn(column)) {
        bool on = false;
        if (role == Qt::CheckStateRole) {
            on = value.toInt() == Qt::Checked;
        } else if (role == Qt::EditRole) {
            on = value.toBool();
        } else {
            return false;
        }
        (column == IsKey ? item.isKey : item.isSensitive) = on;
        return true;
    }
    if (role != Qt::EditRole) {
        return false;
    }
    const QString text = value.toString().trimmed();
    switch (column) {
    case Name:
        item.name = text;
        return true;
    case DataType:
        item.dataType = text;
        return true;
    case Length:
        item.length = text;
        return true;
    case Precision:
        item.precision = text;
        return true;
    case ShareType:
        item.itemShareType = text;
        if (text != canonicalName(govcat::ShareType::Conditional)) {
            item.itemShareCondition.clear();
        }
        return true;
    default:
        return false;
    }
}

QString ItemTableModel::dataTypeLabel(const QString& letter)
{
    const CodeEntry* e = codeList(CodeListId::DataType).findCode(letter);
    return e ? e->code + QLatin1Char(' ') + displayName(*e) : letter;
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ItemDraft& item = m_items.at(index.row());
    const int column = index.column();
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        const auto it = m_findings.constFind(cellKey(index.row(), column));
        if (it == m_findings.cend()) {
            return {};
        }
        if (role == Qt::ToolTipRole) {
            return it->messages.join(QLatin1Char('\n'));
        }
        return QBrush(it->severity == Finding::Severity::Error ? kErrorBackground : kWarningBackground);
    }
    if (isCheckColumn(column)) {
        const bool on = column == IsKey ? item.isKey : item.isSensitive;
        if (role == Qt::CheckStateRole) {
            return on ? Qt::Checked : Qt::Unchecked;
        }
        return role == Qt::EditRole ? QVariant(on) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && (column == Seq || column == Length || column == Precision)) {
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case Seq:
        return index.row() + 1;
    case Name:
        return item.name;
    case DataType:
        return display ? dataTypeLabel(item.dataType) : item.dataType;
    case Length:
        return item.length;
    case Precision:
        return item.precision;
    case ShareType:
        if (!display) {
            return item.itemShareType;
        }
        return item.itemShareType.isEmpty() ? tr("同资源")
                                            : displayValue(CodeListId::ShareType, item.itemShareType);
    default:
        return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Seq:
        return tr("序号");
    case Name:
        return tr("信息项名称");
    case DataType:
        return tr("数据类型");
    case Length:
        return tr("长度");
    case Precision:
        return tr("精度");
    case IsKey:
        return tr("主键");
    case IsSensitive:
        return tr("敏感");
    case ShareType:
        return tr("共享类型");
    default:
        return {};
    }
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_readOnly || index.column() == Seq) {
        return f;
    }
    return f | (isCheckColumn(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool ItemTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    ItemDraft edited = m_items.at(index.row());
    if (!applyValue(edited, index.column(), value, role)) {
        return false;
    }
    if (edited == m_items.at(index.row())) {
        return true;
    }
    if (m_editHandler) {
        m_editHandler(index.row(), edited);
    } else {
        setItem(index.row(), edited);
    }
    return true;
}

void ItemTableModel::emitAllChanged(const QList<int>& roles)
{
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
}

} // namespace govcat::models
