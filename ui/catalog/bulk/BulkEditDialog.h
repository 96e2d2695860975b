#pragma once

#include "catalog/BulkEdit.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace govcat::catalog {
struct CatalogServices;
}

namespace govcat::models {
class BulkEditCommand;
}

namespace govcat::ui {

// 批量修改: one field set to one value on the selected resources. The user picks the field and the
// value (and the dependent field when the value needs one: 共享条件 for 有条件共享, 不予共享依据,
// 开放条件, 格式类型, …); the preview lists every resource with its old and new value, and the ones
// that are skipped with the reason (another department's, under review, already that value).
// 应用 writes all changes as one transaction and accepts the dialog; takeCommand() then gives the
// undo command for the main window's undo stack. The preview and 应用 run on the catalog's worker
// thread (its own connection, a Repository there with the session's actor and clock) with a progress
// dialog and 取消; the dialog waits in an event loop, so the window keeps repainting. A cancelled
// 应用 writes nothing; a job refused because another long job runs says so in the summary line.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(catalog::CatalogServices& services, QStringList resourceIds, QWidget* parent = nullptr);
    ~BulkEditDialog() override;

    // The change the controls describe.
    catalog::BulkChange change() const;
    const std::optional<catalog::BulkPreview>& preview() const { return m_preview; }
    // After 应用 succeeded: what was applied.
    const std::optional<catalog::BulkResult>& appliedResult() const { return m_applied; }
    // After 应用 succeeded: the applied change as an undo command (push it; its first redo() does
    // nothing). Null before, and after the first call.
    std::unique_ptr<models::BulkEditCommand> takeCommand();

private:
    void fieldChanged();
    void valueChanged();
    void updatePreview();
    void showPreview();
    void apply();

    catalog::CatalogServices& m_services;
    QStringList m_ids;
    QComboBox* m_field;
    QComboBox* m_value;
    QLabel* m_extraLabel;
    QComboBox* m_extraCombo;
    QLineEdit* m_condition;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_apply;
    QTimer* m_debounce;
    QList<std::pair<QString, QString>> m_legalBases; // id, title
    std::optional<catalog::BulkPreview> m_preview;
    std::optional<catalog::BulkResult> m_applied;
    bool m_commandTaken = false;
    bool m_running = false;      // a preview or apply job is on the worker (this dialog waits for it)
    bool m_previewAgain = false; // the controls changed while a job ran
};

} // namespace govcat::ui
