#pragma once

#include "core/rules/CatalogRules.h"
#include "core/rules/ResourceDraft.h"
#include "models/commands/EditorCommands.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QToolBar;
class QUndoStack;

namespace govcat::models {
class ItemTableModel;
}

namespace govcat::ui {

class FindingsPanel;
class ItemsPanel;
class ResourceForm;

// Edits one catalog resource (ResourceDraft), independent of storage: the form in sections, the
// 信息项 grid and the findings of the catalog rules, checked after every change. Every change is a
// command on undoStack(); Ctrl+Z / Ctrl+Shift+Z work anywhere in the editor.
//
// Widgets are named after the info_resource column they edit: lowerCamelCase of the column plus
// "Edit" for text inputs and "Combo" for choices (widgetNameFor):
//   name nameEdit · classification_id, classification_code classificationCombo · code codeEdit (read
//   only) · provider_dept_id, provider_name providerNameEdit (read only) · provider_code
//   providerCodeEdit (read only) · provider_internal_unit internalUnitEdit · abstract abstractEdit
//   (QPlainTextEdit) · is_secret isSecretCombo · business_items businessItemsEdit (QPlainTextEdit) ·
//   related_codes relatedCodesEdit · format_category formatCategoryCombo · format_type
//   formatTypeCombo (editable for 自描述格式 and 其他) · format_other_desc formatOtherDescEdit ·
//   share_type shareTypeCombo · share_condition shareConditionEdit · no_share_basis_id
//   noShareBasisCombo · share_method_category shareMethodCategoryCombo · share_method_type
//   shareMethodTypeCombo · open_to_public openToPublicCombo · open_type openTypeCombo · open_condition
//   openConditionEdit · level levelCombo · mount_status mountStatusEdit (read only: the sharing platform
//   sets it, DOMAIN §2.8) ·
//   update_cycle updateCycleCombo · update_cycle_other updateCycleOtherEdit · publish_date
//   publishDateEdit · the 大普查 columns storage_total_gb storageTotalGbEdit, records_total_10k
//   recordsTotal10kEdit, shared_storage_gb sharedStorageGbEdit, shared_records_10k
//   sharedRecords10kEdit, opened_storage_gb openedStorageGbEdit, opened_records_10k
//   openedRecords10kEdit · items itemTable (QTableView over models::ItemTableModel).
// Other objectNames: addItemButton, duplicateItemButton, removeItemButton, moveItemUpButton,
// moveItemDownButton, pasteItemsButton, itemsStatusLabel, findingsList, findingsSummaryLabel,
// editorToolBar with editorUndoButton, editorRedoButton, editorSaveButton, editorSubmitButton and
// modifiedLabel (prefixed so that they do not clash with a host dialog's own undoButton, saveButton …).
//
// Fields that do not apply are hidden with their label (共享条件 unless 有条件共享, 不予共享依据 unless
// 不予共享 (or 有条件共享 when the rule context's sharing profile asks for a basis: 共享依据), 共享方式 for
// 不予共享, 共享方式类型 unless the 分类 has types, 开放条件 unless 是, 其他更新周期 unless 其他,
// 其他类型资源格式描述 unless 格式分类 其他); a hidden field that still holds a value
// (imported data) stays visible so that it can be cleared. Choosing a value that makes a dependent
// field not apply clears that field in the same undo step; 是否向社会开放 and 开放类型 follow each
// other, and 不予共享 sets 否 / 不予开放. 信息资源分类 is a ClassificationCombo (searchable tree popup).
class ResourceEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceEditor(QWidget* parent = nullptr);
    ~ResourceEditor() override;

    // A classification or legal basis to choose. For classifications, `code` is the 分类码 that goes
    // into ResourceDraft::classificationCode; when empty the first word of `label` is used
    // ("307003 市教育局" → 307003).
    struct Choice
    {
        QString id;
        QString label;
        QString code = {}; // the initializer keeps {id, label} free of missing-initializer warnings
    };
    void setClassifications(const QList<Choice>& classes); // id = catalog_class.id
    void setLegalBases(const QList<Choice>& bases);        // id = legal_basis.id, label = title
    void setRuleContext(govcat::RuleContext context);      // used for live validation

    // Shows a draft; clears the undo stack (clean state). readOnly: nothing can be changed.
    void setDraft(const govcat::ResourceDraft& draft, bool readOnly);
    govcat::ResourceDraft draft() const;
    bool isReadOnly() const { return m_readOnly; }

    // The editor's tool bar (撤销, 重做, 保存, 提交审核, modified marker). A host with its own buttons
    // hides it; Ctrl+Z, Ctrl+Shift+Z and Ctrl+S keep working in the form either way.
    void setToolBarVisible(bool visible);

    QUndoStack* undoStack() const { return m_undoStack; }
    bool isModified() const; // !undoStack()->isClean()
    void markSaved();        // undoStack()->setClean()
    QList<govcat::Finding> findings() const { return m_findings; }

    // The objectName of the widget for an info_resource column as used in Finding::field (for a
    // finding with itemIndex >= 0 the cell is in "itemTable"); empty if the editor has none.
    static QString widgetNameFor(const QString& column);
    // Moves the focus to the field of a finding, or selects the item cell.
    void showFinding(const govcat::Finding& finding);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void findingsChanged();
    void saveRequested();
    void submitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectFields();
    void textEdited(const QString& column, const QString& text);
    void choiceMade(const QString& column);
    void pushFields(models::FieldValues before, models::FieldValues after, const QString& label, bool typing);
    void applyFields(const models::FieldValues& values);
    void refreshWidgets();
    void refreshCascades();
    void refreshVisibility();
    void refreshClassifications();
    void refreshLegalBases();
    void validate();
    void updateActions();
    QString classificationCode(const QString& classId) const;

    ResourceDraft m_draft; // items live in m_items
    QList<Choice> m_classes;
    QList<Choice> m_bases;
    RuleContext m_context;
    QList<Finding> m_findings;
    bool m_readOnly = false;
    bool m_applying = false; // widgets are being set from the draft: not a user edit
    QString m_formatTypesFor = QStringLiteral("-");
    QString m_methodTypesFor = QStringLiteral("-");

    QUndoStack* m_undoStack;
    models::ItemTableModel* m_items;
    ResourceForm* m_form;
    ItemsPanel* m_itemsPanel;
    FindingsPanel* m_findingsPanel;
    QScrollArea* m_scroll;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_save;
    QAction* m_submit;
    QToolBar* m_toolBar;
    QLabel* m_modified;
    QAction* m_modifiedAction;          // shows m_modified in the tool bar
    QHash<QString, QWidget*> m_widgets; // column → input widget
};

} // namespace govcat::ui
