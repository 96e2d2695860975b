#include "ClassificationCombo.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <map>

namespace govcat::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

// Matches code or name; a parent stays visible when a descendant matches (recursive filtering).
class ClassFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString& needle)
    {
        m_needle = needle.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_needle.isEmpty()) {
            return true;
        }
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(Qt::DisplayRole).toString().contains(m_needle, Qt::CaseInsensitive);
    }

private:
    QString m_needle;
};

// Up and down in the search box move in the tree; Enter picks.
class SearchKeys final : public QObject
{
public:
    SearchKeys(QTreeView* tree, std::function<void()> pickFirst, QObject* parent)
        : QObject(parent), m_tree(tree), m_pickFirst(std::move(pickFirst))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                QApplication::sendEvent(m_tree, event);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                m_pickFirst();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView* m_tree;
    std::function<void()> m_pickFirst;
};

} // namespace

ClassificationCombo::ClassificationCombo(QWidget* parent)
    : QComboBox(parent), m_popup(new QWidget(this, Qt::Popup)), m_search(new QLineEdit(m_popup)),
      m_tree(new QTreeView(m_popup)), m_model(new QStandardItemModel(this)), m_proxy(new ClassFilter(this))
{
    m_popup->setObjectName(QStringLiteral("classificationPopup"));
    m_search->setObjectName(QStringLiteral("classificationSearchEdit"));
    m_search->setPlaceholderText(tr("输入分类码或名称查找，例如 307 或 公安"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("classificationTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_proxy->setRecursiveFilteringEnabled(true); // the ancestors of a match stay
    m_proxy->setAutoAcceptChildRows(true);       // and so do the children of a matching node
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ClassificationCombo::filter);
    connect(m_tree, &QTreeView::activated, this, &ClassificationCombo::pick);
    connect(m_tree, &QTreeView::clicked, this, &ClassificationCombo::pick);
    m_search->installEventFilter(new SearchKeys(
        m_tree, [this] { pickFirstMatch(); }, this));
}

void ClassificationCombo::rebuildTree()
{
    m_model->clear();
    // Entries by code; an entry's parent is the entry with the longest code that begins its own.
    std::map<QString, QStandardItem*> byCode;
    QList<std::pair<QString, QStandardItem*>> entries;
    for (int i = 0; i < count(); ++i) {
        const QString id = itemData(i, kIdRole).toString();
        if (id.isEmpty()) {
            continue; // the "请选择" entry
        }
        auto* item = new QStandardItem(itemText(i));
        item->setData(id, kIdRole);
        const QString code = itemData(i, kCodeRole).toString();
        item->setToolTip(itemText(i));
        entries.append({code, item});
        if (!code.isEmpty()) {
            byCode.emplace(code, item);
        }
    }
    for (const auto& [code, item] : std::as_const(entries)) {
        QStandardItem* parent = nullptr;
        for (qsizetype n = code.size() - 1; n > 0 && !parent; --n) {
            const auto it = byCode.find(code.left(n));
            parent = it == byCode.end() ? nullptr : it->second;
        }
        (parent ? parent : m_model->invisibleRootItem())->appendRow(item);
    }
}

void ClassificationCombo::filter(const QString& text)
{
    static_cast<ClassFilter*>(m_proxy)->setNeedle(text);
    if (text.trimmed().isEmpty()) {
        m_tree->collapseAll();
        // The current value stays in sight.
        const QModelIndexList current = m_proxy->match(m_proxy->index(0, 0), kIdRole, currentData(kIdRole), 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
        if (!current.isEmpty()) {
            m_tree->setCurrentIndex(current.constFirst());
            m_tree->scrollTo(current.constFirst());
        }
    } else {
        m_tree->expandAll();
        const QModelIndexList first = m_proxy->match(m_proxy->index(0, 0), Qt::DisplayRole, text.trimmed(), 1,
                                                     Qt::MatchContains | Qt::MatchRecursive);
        if (!first.isEmpty()) {
            m_tree->setCurrentIndex(first.constFirst());
            m_tree->scrollTo(first.constFirst());
        }
    }
}

void ClassificationCombo::pick(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid()) {
        return;
    }
    const int i = findData(proxyIndex.data(kIdRole), kIdRole);
    hidePopup();
    if (i >= 0) {
        setCurrentIndex(i);
    }
}

void ClassificationCombo::pickFirstMatch()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid()) {
        pick(current);
    }
}

void ClassificationCombo::showPopup()
{
    if (count() == 0) {
        return;
    }
    rebuildTree();
    m_search->clear();
    filter({});
    const QScreen* screen = this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 1000);
    const int width = std::max(this->width(), 420);
    const int height = std::min(480, available.height() / 2);
    QPoint at = mapToGlobal(QPoint(0, this->height()));
    if (at.y() + height > available.bottom()) {
        at.setY(mapToGlobal(QPoint(0, 0)).y() - height);
    }
    at.setX(std::min(at.x(), available.right() - width));
    m_popup->setGeometry(QRect(at, QSize(width, height)));
    m_popup->show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void ClassificationCombo::hidePopup()
{
    m_popup->hide();
    QComboBox::hidePopup();
}

} // namespace govcat::ui
