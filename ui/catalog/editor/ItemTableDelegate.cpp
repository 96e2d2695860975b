#include "ItemTableDelegate.h"

#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "models/catalog/ItemTableModel.h"

#include <QComboBox>
#include <QIntValidator>
#include <QLineEdit>

namespace govcat::ui {

using models::ItemTableModel;

QWidget* ItemTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    switch (index.column()) {
    case ItemTableModel::DataType:
    case ItemTableModel::ShareType: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(index.column() == ItemTableModel::DataType
                                 ? QStringLiteral("itemDataTypeCombo")
                                 : QStringLiteral("itemShareTypeCombo"));
        if (index.column() == ItemTableModel::DataType) {
            for (const CodeEntry& e : codeList(CodeListId::DataType).entries) {
                combo->addItem(ItemTableModel::dataTypeLabel(e.code), e.code);
            }
        } else {
            combo->addItem(tr("同资源"), QString());
            for (const CodeEntry& e : codeList(CodeListId::ShareType).entries) {
                combo->addItem(displayName(e), e.name);
            }
        }
        // A choice is the whole edit: commit it at once instead of waiting for the focus to leave.
        auto* self = const_cast<ItemTableDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    case ItemTableModel::Length:
    case ItemTableModel::Precision: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("itemNumberEdit"));
        edit->setValidator(new QIntValidator(0, 999999, edit));
        edit->setFrame(false);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ItemTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        int i = combo->findData(value);
        if (i < 0) {
            combo->addItem(value, value); // a value from an import that is not in the list
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ItemTableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace govcat::ui
