#pragma once

#include <QStyledItemDelegate>

namespace govcat::ui {

// Editors for the 信息项 grid: a drop-down "C 字符型" … that stores the letter, a drop-down of share
// types (同资源 = empty), and digit-only inputs for 长度 and 精度.
class ItemTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace govcat::ui
