#pragma once

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace govcat::models {
class ItemTableModel;
}

namespace govcat::ui {

// The 信息项 section of the resource editor: the item grid with buttons to add, duplicate, remove,
// move and paste rows from a spreadsheet (also Ctrl+V on the grid). Every change is one command on
// the editor's undo stack.
class ItemsPanel final : public QGroupBox
{
    Q_OBJECT
public:
    ItemsPanel(models::ItemTableModel* model, QUndoStack* undoStack, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    void setReadOnly(bool readOnly);
    void focusCell(int row, int column);

    void addItem();
    void duplicateSelected();
    void removeSelected();
    void moveCurrent(int delta);
    void pasteFromClipboard();
    // Inserts the rows of a spreadsheet text after the current row; false when there was none.
    bool pasteText(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<int> selectedRows() const;
    int insertionRow() const;
    void selectRows(const QList<int>& rows, int current);
    void updateButtons();
    void showStatus(const QString& text);

    models::ItemTableModel* m_model;
    QUndoStack* m_undoStack;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_paste;
    QLabel* m_status;
    bool m_readOnly = false;
};

} // namespace govcat::ui
