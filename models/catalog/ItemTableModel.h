#pragma once

#include "core/rules/CatalogRules.h"
#include "core/rules/ResourceDraft.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace govcat::models {

// The 信息项 grid of the resource editor: one row per ItemDraft. Edit and check-state roles carry the
// stored values (the data type letter, the share type name, empty = 同资源); the display role shows
// "C 字符型" and "同资源". Cells named by a rule finding get a background colour and the message as
// tooltip.
//
// Edits through setData() go to the edit handler when one is set (the editor turns them into undo
// commands, which call setItem()); without a handler setData() applies them at once.
class ItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // 序号 (row + 1) is the last model column so that column 0 moves with its row (what
    // QAbstractItemModelTester checks); the editor's view shows it first.
    enum Column
    {
        Name,
        DataType,
        Length,
        Precision,
        IsKey,
        IsSensitive,
        ShareType,
        Seq,
        ColumnCount
    };
    using EditHandler = std::function<void(int row, const ItemDraft& edited)>;

    explicit ItemTableModel(QObject* parent = nullptr);

    void setItems(const QList<ItemDraft>& items); // resets the model
    const QList<ItemDraft>& items() const { return m_items; }
    ItemDraft item(int row) const { return m_items.value(row); }

    // Direct changes (no handler involved), used by the undo commands.
    void setItem(int row, const ItemDraft& item);
    void insertItems(int row, const QList<ItemDraft>& items);
    void removeItem(int row);
    void moveItem(int from, int to); // the item at `from` ends up at `to`

    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Keeps the findings that point at an item (itemIndex >= 0) for the background and tooltip roles.
    void setFindings(const QList<Finding>& findings);

    // The grid column of an info_item column ("name", "data_type", …); -1 if not shown.
    static int columnOf(const QString& itemColumn);
    // The value a cell would hold after setData(value, role), or false if the edit is not valid.
    static bool applyValue(ItemDraft& item, int column, const QVariant& value, int role);
    // "C 字符型" for "C"; the value itself when it is not a known letter.
    static QString dataTypeLabel(const QString& letter);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct CellFinding
    {
        Finding::Severity severity = Finding::Severity::Warning;
        QStringList messages;
    };
    static quint64 cellKey(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }
    void emitAllChanged(const QList<int>& roles);

    QList<ItemDraft> m_items;
    QHash<quint64, CellFinding> m_findings;
    EditHandler m_editHandler;
    bool m_readOnly = false;
};

} // namespace govcat::models
