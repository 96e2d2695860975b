#pragma once

#include "core/rules/ResourceDraft.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace govcat::models {
class ItemTableModel;
}

namespace govcat::models {

// One resource field (EditorFields column) with a value.
struct FieldValue
{
    QString column;
    QString value;
    bool operator==(const FieldValue&) const = default;
};
using FieldValues = QList<FieldValue>;

// Sets one or more resource fields at once: a typed text, a choice, or a cascade (a new 格式分类 that
// also clears 格式类型) as one step. Typing in one field merges into one command until another field
// is edited.
class SetFieldsCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const FieldValues&)>;
    SetFieldsCommand(Apply apply, FieldValues before, FieldValues after, const QString& text, bool typing);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Apply m_apply;
    FieldValues m_before;
    FieldValues m_after;
    bool m_typing;
};

// Called by the item commands after a change: select these rows and make `current` the current row
// (clamped to the rows there are).
using SelectRows = std::function<void(const QList<int>& rows, int current)>;

// A change of one 信息项 (a cell edit or a checkbox).
class EditItemCommand final : public QUndoCommand
{
public:
    EditItemCommand(models::ItemTableModel* model, int row, ItemDraft before, ItemDraft after,
                    const QString& text, SelectRows select);
    void undo() override;
    void redo() override;

private:
    models::ItemTableModel* m_model;
    int m_row;
    ItemDraft m_before;
    ItemDraft m_after;
    SelectRows m_select;
    bool m_first = true;
};

// Inserts items at a row: add, duplicate and paste.
class InsertItemsCommand final : public QUndoCommand
{
public:
    InsertItemsCommand(models::ItemTableModel* model, int row, QList<ItemDraft> items, const QString& text,
                       SelectRows select);
    void undo() override;
    void redo() override;

private:
    models::ItemTableModel* m_model;
    int m_row;
    QList<ItemDraft> m_items;
    SelectRows m_select;
};

// Removes items at any rows; undo puts them back where they were.
class RemoveItemsCommand final : public QUndoCommand
{
public:
    RemoveItemsCommand(models::ItemTableModel* model, QList<int> rows, const QString& text,
                       SelectRows select);
    void undo() override;
    void redo() override;

private:
    models::ItemTableModel* m_model;
    QList<int> m_rows; // ascending
    QList<ItemDraft> m_items;
    SelectRows m_select;
};

// Moves one item to another row (one step up or down in the editor).
class MoveItemCommand final : public QUndoCommand
{
public:
    MoveItemCommand(models::ItemTableModel* model, int from, int to, const QString& text, SelectRows select);
    void undo() override;
    void redo() override;

private:
    models::ItemTableModel* m_model;
    int m_from;
    int m_to;
    SelectRows m_select;
};

} // namespace govcat::models
