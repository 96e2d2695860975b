#pragma once

#include "core/rules/ResourceDraft.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace govcat::db {
class CatalogWorkflow;
class ResourceStore;
} // namespace govcat::db

namespace govcat::ui {

class ResourceEditor;

// One resource opened for reading, editing and review: the editor form and grid, and the actions
// the local profile's role allows on it now (save, submit, approve, return, take offline, history).
// Saving a published resource opens a revision; the published version stays in the catalog until
// the revision is approved.
class ResourceDialog final : public QDialog
{
    Q_OBJECT
public:
    // resourceId empty: a new draft of the actor's department.
    ResourceDialog(db::ResourceStore& store, db::CatalogWorkflow& workflow, const QString& resourceId,
                   QWidget* parent = nullptr);

    QString resourceId() const { return m_id; }
    ResourceEditor* editor() const { return m_editor; }
    bool save();

Q_SIGNALS:
    // Something was written; lists and queues should refresh.
    void changed();

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
    void showHistory();
    bool report(const QString& what, bool ok, const QString& error);
    QString askReason(const QString& title, const QString& prompt);

    db::ResourceStore& m_store;
    db::CatalogWorkflow& m_workflow;
    QString m_id;
    ResourceDraft m_loaded;
    ResourceEditor* m_editor;
    QLabel* m_statusLabel;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_offline;
    QPushButton* m_confirmOffline;
    QPushButton* m_history;
};

} // namespace govcat::ui
