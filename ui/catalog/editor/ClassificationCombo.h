#pragma once

#include <QComboBox>
#include <QString>

class QLineEdit;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTreeView;

namespace govcat::ui {

// 信息资源分类 as a drop-down whose popup is a searchable tree (类 › 项 › 目 › 细目) instead of a flat
// list of a hundred entries. The combo's own items stay the flat list (text = label, data = id,
// kCodeRole = 分类码), so the editor and tests set and read it as any QComboBox; the popup builds the
// tree from them by code prefix (3 › 307 › 307001 › 30700101) each time it opens.
//
// Popup objectNames: classificationPopup, classificationSearchEdit (typing filters by code or name,
// keeping the ancestors of matches; Enter picks the first match), classificationTree (a click or
// Enter picks a node).
class ClassificationCombo final : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int kCodeRole = Qt::UserRole + 1;

    explicit ClassificationCombo(QWidget* parent = nullptr);

    void showPopup() override;
    void hidePopup() override;

    QWidget* popup() const { return m_popup; }
    QLineEdit* searchEdit() const { return m_search; }
    QTreeView* tree() const { return m_tree; }

private:
    void rebuildTree();
    void filter(const QString& text);
    void pick(const QModelIndex& proxyIndex);
    void pickFirstMatch();

    QWidget* m_popup;
    QLineEdit* m_search;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace govcat::ui
