#include "ItemsPanel.h"

#include "ItemPaste.h"
#include "ItemTableDelegate.h"
#include "core/CodeLists.h"
#include "models/catalog/ItemTableModel.h"
#include "models/commands/EditorCommands.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace govcat::ui {

using models::ItemTableModel;

namespace {
QPushButton* button(const QString& text, const char* objectName, const QString& toolTip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setToolTip(toolTip);
    b->setAutoDefault(false);
    return b;
}
} // namespace

ItemsPanel::ItemsPanel(ItemTableModel* model, QUndoStack* undoStack, QWidget* parent)
    : QGroupBox(tr("信息项"), parent), m_model(model), m_undoStack(undoStack), m_view(new QTableView(this)),
      m_add(button(tr("添加"), "addItemButton", tr("在当前行之后添加一个信息项"), this)),
      m_duplicate(button(tr("复制"), "duplicateItemButton", tr("复制选中的信息项"), this)),
      m_remove(button(tr("删除"), "removeItemButton", tr("删除选中的信息项"), this)),
      m_up(button(tr("上移"), "moveItemUpButton", tr("把当前信息项上移一行"), this)),
      m_down(button(tr("下移"), "moveItemDownButton", tr("把当前信息项下移一行"), this)),
      m_paste(button(tr("从表格粘贴"), "pasteItemsButton",
                     tr("粘贴从 Excel/WPS 复制的行：名称、数据类型、长度、精度（Ctrl+V）"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("itemsGroupBox"));
    m_view->setObjectName(QStringLiteral("itemTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ItemTableDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(220);
    for (const auto& [column, width] :
         {std::pair{ItemTableModel::Seq, 48}, std::pair{ItemTableModel::Name, 240},
          std::pair{ItemTableModel::DataType, 120}, std::pair{ItemTableModel::Length, 64},
          std::pair{ItemTableModel::Precision, 64}, std::pair{ItemTableModel::IsKey, 56},
          std::pair{ItemTableModel::IsSensitive, 56}}) {
        // At least the header's own width: English headers ("Primary key") are longer than Chinese.
        m_view->horizontalHeader()->resizeSection(
            column, std::max(width, m_view->horizontalHeader()->sectionSizeHint(column)));
    }
    m_view->horizontalHeader()->moveSection(ItemTableModel::Seq, 0);
    m_view->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("itemsStatusLabel"));
    m_status->setStyleSheet(QStringLiteral("color: #555555;"));

    m_model->setEditHandler([this](int row, const ItemDraft& edited) {
        const ItemDraft before = m_model->item(row);
        const QString name = edited.name.isEmpty() ? before.name : edited.name;
        m_undoStack->push(new models::EditItemCommand(
            m_model, row, before, edited, tr("修改信息项“%1”").arg(name),
            [this](const QList<int>& rows, int current) { selectRows(rows, current); }));
    });

    connect(m_add, &QPushButton::clicked, this, &ItemsPanel::addItem);
    connect(m_duplicate, &QPushButton::clicked, this, &ItemsPanel::duplicateSelected);
    connect(m_remove, &QPushButton::clicked, this, &ItemsPanel::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_paste, &QPushButton::clicked, this, &ItemsPanel::pasteFromClipboard);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ItemsPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ItemsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ItemsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ItemsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ItemsPanel::updateButtons);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_duplicate, m_remove, m_up, m_down, m_paste}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    updateButtons();
}

void ItemsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_view->setEditTriggers(readOnly
                                ? QAbstractItemView::NoEditTriggers
                                : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    updateButtons();
}

void ItemsPanel::focusCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column < 0 ? int(ItemTableModel::Name) : column);
    if (!index.isValid()) {
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void ItemsPanel::addItem()
{
    if (m_readOnly) {
        return;
    }
    ItemDraft item;
    item.dataType = codeOf(DataType::Character);
    m_undoStack->push(new models::InsertItemsCommand(
        m_model, insertionRow(), {item}, tr("添加信息项"),
        [this](const QList<int>& rows, int current) { selectRows(rows, current); }));
}

void ItemsPanel::duplicateSelected()
{
    const QList<int> rows = selectedRows();
    if (m_readOnly || rows.isEmpty()) {
        return;
    }
    QList<ItemDraft> copies;
    for (int row : rows) {
        ItemDraft copy = m_model->item(row);
        copy.id.clear(); // a new item, saved under a new id
        copy.name = tr("%1（副本）").arg(copy.name);
        copies.append(copy);
    }
    m_undoStack->push(new models::InsertItemsCommand(
        m_model, rows.constLast() + 1, copies, tr("复制 %n 个信息项", nullptr, int(copies.size())),
        [this](const QList<int>& r, int current) { selectRows(r, current); }));
}

void ItemsPanel::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (m_readOnly || rows.isEmpty()) {
        return;
    }
    m_undoStack->push(
        new models::RemoveItemsCommand(m_model, rows, tr("删除 %n 个信息项", nullptr, int(rows.size())),
                                       [this](const QList<int>& r, int current) { selectRows(r, current); }));
}

void ItemsPanel::moveCurrent(int delta)
{
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int to = from + delta;
    if (m_readOnly || from < 0 || to < 0 || to >= m_model->rowCount()) {
        return;
    }
    m_undoStack->push(
        new models::MoveItemCommand(m_model, from, to, delta < 0 ? tr("上移信息项") : tr("下移信息项"),
                                    [this](const QList<int>& r, int current) { selectRows(r, current); }));
}

void ItemsPanel::pasteFromClipboard()
{
    if (!pasteText(QGuiApplication::clipboard()->text())) {
        showStatus(
            tr("剪贴板中没有可粘贴的信息项。请在 Excel 中选中“名称、数据类型、长度、精度”列的行后复制。"));
    }
}

bool ItemsPanel::pasteText(const QString& text)
{
    if (m_readOnly) {
        return false;
    }
    const PastedItems pasted = parsePastedItems(text);
    if (pasted.items.isEmpty()) {
        return false;
    }
    const int count = int(pasted.items.size());
    m_undoStack->push(new models::InsertItemsCommand(
        m_model, insertionRow(), pasted.items, tr("粘贴 %n 个信息项", nullptr, count),
        [this](const QList<int>& r, int current) { selectRows(r, current); }));
    showStatus(pasted.skippedHeader ? tr("已粘贴 %n 个信息项（跳过了表头行）。", nullptr, count)
                                    : tr("已粘贴 %n 个信息项。", nullptr, count));
    return true;
}

bool ItemsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste) && !m_readOnly) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // deliver it to the grid as a key press, not to a window shortcut
            } else {
                pasteFromClipboard();
            }
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

QList<int> ItemsPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid()) {
        rows.append(m_view->currentIndex().row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int ItemsPanel::insertionRow() const
{
    const QList<int> rows = selectedRows();
    return rows.isEmpty() ? m_model->rowCount() : rows.constLast() + 1;
}

void ItemsPanel::selectRows(const QList<int>& rows, int current)
{
    QItemSelectionModel* selection = m_view->selectionModel();
    selection->clearSelection();
    if (m_model->rowCount() == 0) {
        return;
    }
    const int column =
        m_view->currentIndex().isValid() ? m_view->currentIndex().column() : int(ItemTableModel::Name);
    const int row = std::clamp(current, 0, m_model->rowCount() - 1);
    selection->setCurrentIndex(m_model->index(row, column), QItemSelectionModel::NoUpdate);
    for (int r : rows) {
        selection->select(m_model->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_view->scrollTo(m_model->index(row, column));
}

void ItemsPanel::updateButtons()
{
    const int rows = m_model->rowCount();
    const bool any = !selectedRows().isEmpty();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_add->setEnabled(!m_readOnly);
    m_paste->setEnabled(!m_readOnly);
    m_duplicate->setEnabled(!m_readOnly && any);
    m_remove->setEnabled(!m_readOnly && any);
    m_up->setEnabled(!m_readOnly && current > 0);
    m_down->setEnabled(!m_readOnly && current >= 0 && current < rows - 1);
}

void ItemsPanel::showStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace govcat::ui
