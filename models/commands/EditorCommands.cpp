#include "EditorCommands.h"

#include "models/catalog/ItemTableModel.h"

#include <algorithm>

namespace govcat::models {

namespace {
constexpr int kTypingId = 0x6763; // any id shared by typing commands only
} // namespace

SetFieldsCommand::SetFieldsCommand(Apply apply, FieldValues before, FieldValues after, const QString& text,
                                   bool typing)
    : QUndoCommand(text), m_apply(std::move(apply)), m_before(std::move(before)), m_after(std::move(after)),
      m_typing(typing && m_after.size() == 1)
{}

void SetFieldsCommand::undo()
{
    m_apply(m_before);
}

void SetFieldsCommand::redo()
{
    m_apply(m_after);
}

int SetFieldsCommand::id() const
{
    return m_typing ? kTypingId : -1;
}

bool SetFieldsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetFieldsCommand*>(other);
    if (!next || !m_typing || !next->m_typing ||
        next->m_after.constFirst().column != m_after.constFirst().column) {
        return false;
    }
    m_after = next->m_after;
    // Typed back to where it started: the step disappears from the stack.
    setObsolete(m_after == m_before);
    return true;
}

EditItemCommand::EditItemCommand(models::ItemTableModel* model, int row, ItemDraft before, ItemDraft after,
                                 const QString& text, SelectRows select)
    : QUndoCommand(text), m_model(model), m_row(row), m_before(std::move(before)), m_after(std::move(after)),
      m_select(std::move(select))
{}

void EditItemCommand::undo()
{
    m_model->setItem(m_row, m_before);
    if (m_select) {
        m_select({m_row}, m_row);
    }
}

void EditItemCommand::redo()
{
    m_model->setItem(m_row, m_after);
    // The first time the user is in that cell already; moving the selection would get in the way.
    if (m_select && !m_first) {
        m_select({m_row}, m_row);
    }
    m_first = false;
}

InsertItemsCommand::InsertItemsCommand(models::ItemTableModel* model, int row, QList<ItemDraft> items,
                                       const QString& text, SelectRows select)
    : QUndoCommand(text), m_model(model), m_row(row), m_items(std::move(items)), m_select(std::move(select))
{}

void InsertItemsCommand::undo()
{
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        m_model->removeItem(m_row + int(i));
    }
    if (m_select) {
        m_select({}, m_row);
    }
}

void InsertItemsCommand::redo()
{
    m_model->insertItems(m_row, m_items);
    if (m_select) {
        QList<int> rows;
        for (int i = 0; i < int(m_items.size()); ++i) {
            rows.append(m_row + i);
        }
        m_select(rows, m_row);
    }
}

RemoveItemsCommand::RemoveItemsCommand(models::ItemTableModel* model, QList<int> rows, const QString& text,
                                       SelectRows select)
    : QUndoCommand(text), m_model(model), m_rows(std::move(rows)), m_select(std::move(select))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    for (int row : m_rows) {
        m_items.append(m_model->item(row));
    }
}

void RemoveItemsCommand::undo()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_model->insertItems(m_rows.at(i), {m_items.at(i)});
    }
    if (m_select && !m_rows.isEmpty()) {
        m_select(m_rows, m_rows.constFirst());
    }
}

void RemoveItemsCommand::redo()
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        m_model->removeItem(m_rows.at(i));
    }
    if (m_select && !m_rows.isEmpty()) {
        m_select({}, m_rows.constFirst());
    }
}

MoveItemCommand::MoveItemCommand(models::ItemTableModel* model, int from, int to, const QString& text,
                                 SelectRows select)
    : QUndoCommand(text), m_model(model), m_from(from), m_to(to), m_select(std::move(select))
{}

void MoveItemCommand::undo()
{
    m_model->moveItem(m_to, m_from);
    if (m_select) {
        m_select({m_from}, m_from);
    }
}

void MoveItemCommand::redo()
{
    m_model->moveItem(m_from, m_to);
    if (m_select) {
        m_select({m_to}, m_to);
    }
}

} // namespace govcat::models
