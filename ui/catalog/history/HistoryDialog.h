#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace govcat::catalog {
class CatalogWorkflow;
} // namespace govcat::catalog

namespace govcat::ui {

// The history of one catalog resource. Tab 版本: every version (version 0 is the working copy of a
// resource never published, shown as 当前草稿), a field-by-field comparison of any two versions
// (data items included; added and removed items are marked), and 恢复为新草稿, which makes the
// selected version's content the draft after a confirmation (enabled only when the local profile may
// restore, CatalogWorkflow::allowedActions). Each version says what it is: a published one when and
// by whom it was approved (the one in the catalog in bold), the open revision its state, who edited
// it last and when. Tab 流转记录: every lifecycle transition with who, when, in which role and the
// comment; transitionsNoteLabel says when the record starts after the resource arrived already
// submitted or published (imported, or the demo city's baseline).
//
// objectNames: historyTabs, historyTitleLabel, historyErrorLabel, versionsTable (版本, 状态, 时间, 操作人,
// 说明; the version number is Qt::UserRole of column 0), diffFromCombo, diffToCombo (item data: the
// version number), diffSummaryLabel, diffTable (字段, 信息项, 原值, 新值; the changed column is Qt::UserRole
// of column 0, "item" for an added or removed data item), restoreButton, transitionsTable (时间, 操作,
// 原状态, 新状态, 操作人, 角色, 意见), closeButton; the confirmation: restoreConfirmBox (a QMessageBox).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    enum DiffColumn
    {
        DiffFieldColumn,
        DiffItemColumn,
        DiffOldColumn,
        DiffNewColumn,
        DiffColumnCount
    };

    HistoryDialog(catalog::CatalogWorkflow& workflow, const QString& resourceId, QWidget* parent = nullptr);

    // Reloads versions and transitions; the comparison falls back to the two newest versions.
    void reload();

    // The version of the selected row of versionsTable (0: the working copy); -1 when none.
    int selectedVersion() const;
    bool selectVersion(int versionNo);
    // Compares two versions (chooses them in diffFromCombo and diffToCombo).
    bool compare(int fromVersion, int toVersion);

Q_SIGNALS:
    void restored(); // a version became the new draft

private:
    QWidget* createVersionsTab();
    QWidget* createTransitionsTab();
    void loadVersions();
    void loadTransitions();
    void updateDiff();
    void updateRestoreButton();
    void restoreSelected();
    void showError(const QString& message);

    catalog::CatalogWorkflow& m_workflow;
    QString m_resourceId;
    QTabWidget* m_tabs;
    QLabel* m_title;
    QLabel* m_error;
    QTableWidget* m_versions;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_diffSummary;
    QTableWidget* m_diff;
    QPushButton* m_restore;
    QTableWidget* m_transitions;
    QLabel* m_transitionsNote = nullptr;
};

} // namespace govcat::ui
