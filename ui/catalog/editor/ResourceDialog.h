#pragma once

#include "core/rules/ResourceDraft.h"

#include <QDialog>
#include <QUndoCommand>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;

namespace govcat::catalog {
class CatalogWorkflow;
class ResourceStore;
} // namespace govcat::catalog

namespace govcat::ui {

class ResourceEditor;

// One resource opened for reading, editing and review: the editor form and grid, and the actions
// the local profile's role allows on it now (save, submit, approve, return, take offline, history).
// Saving a published resource opens a revision; the published version stays in the catalog until
// the revision is approved. 审核通过 asks for an optional comment and confirms (ApprovalDialog);
// 删除草稿 deletes a never-submitted draft after a confirmation and closes the dialog. Both leave an
// undo step for the main window's stack (takeUndoCommands). The 提交审核 button's tooltip says why it
// is disabled; a read-only resource shows readOnlyBanner with the reason and greyed fields.
//
// objectNames (besides the editor's): resourceStatusLabel, readOnlyBanner, saveButton, submitButton,
// approveButton, returnButton, offlineButton, confirmOfflineButton, deleteDraftButton, historyButton,
// undoButton, redoButton, closeButton; the delete confirmation: deleteConfirmBox (a QMessageBox).
class ResourceDialog final : public QDialog
{
    Q_OBJECT
public:
    // resourceId empty: a new draft of the actor's department.
    ResourceDialog(catalog::ResourceStore& store, catalog::CatalogWorkflow& workflow,
                   const QString& resourceId, QWidget* parent = nullptr);

    QString resourceId() const { return m_id; }
    ResourceEditor* editor() const { return m_editor; }
    bool save();

    // Why 提交审核 is disabled now (its tooltip); empty when it is enabled.
    QString submitBlockedReason() const;
    // Undo steps for what this dialog did (approval, deletion of a draft), oldest first; the caller
    // pushes them on its undo stack after the dialog closed. The workflow must outlive them.
    std::vector<std::unique_ptr<QUndoCommand>> takeUndoCommands();

Q_SIGNALS:
    // Something was written; lists and queues should refresh.
    void changed();
    // A short sentence for the status bar: "已保存…", "已提交审核，代码 …", "已审核通过…".
    void statusMessage(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    bool load();
    void updateActions();
    bool confirmDiscard();
    void submit();
    void approve();
    void returnToEditor();
    void requestOffline();
    void confirmOffline();
    void deleteDraft();
    void showHistory();
    bool report(const QString& what, bool ok, const QString& error);
    QString askReason(const QString& title, const QString& prompt);

    catalog::ResourceStore& m_store;
    catalog::CatalogWorkflow& m_workflow;
    QString m_id;
    ResourceDraft m_loaded;
    ResourceEditor* m_editor;
    QLabel* m_statusLabel;
    QLabel* m_readOnlyBanner;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_offline;
    QPushButton* m_confirmOffline;
    QPushButton* m_delete;
    QPushButton* m_history;
    std::vector<std::unique_ptr<QUndoCommand>> m_undoCommands;
};

} // namespace govcat::ui
