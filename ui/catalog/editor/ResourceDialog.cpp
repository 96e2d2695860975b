#include "ResourceDialog.h"

#include "catalog/CatalogQueries.h"
#include "catalog/CatalogWorkflow.h"
#include "core/CodeDisplay.h"
#include "models/commands/WorkflowCommands.h"
#include "models/common/ErrorMessages.h"
#include "ui/catalog/editor/ResourceEditor.h"
#include "ui/catalog/history/HistoryDialog.h"
#include "ui/catalog/review/ApprovalDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace govcat::ui {

namespace {

// Read-only fields look read-only: greyed background and text (the editor's line and text edits
// are read-only, its choices disabled).
const QString kReadOnlyStyle = QStringLiteral(
    "QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"], QTextEdit[readOnly=\"true\"] "
    "{ background-color: #eeeeee; color: #555555; }");

QPushButton* button(QWidget* parent, const QString& name, const QString& text)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ResourceDialog::ResourceDialog(catalog::ResourceStore& store, catalog::CatalogWorkflow& workflow,
                               const QString& resourceId, QWidget* parent)
    : QDialog(parent), m_store(store), m_workflow(workflow), m_id(resourceId),
      m_editor(new ResourceEditor(this)), m_statusLabel(new QLabel(this)), m_readOnlyBanner(new QLabel(this)),
      m_save(button(this, QStringLiteral("saveButton"), tr("保存(&S)"))),
      m_submit(button(this, QStringLiteral("submitButton"), tr("提交审核"))),
      m_approve(button(this, QStringLiteral("approveButton"), tr("审核通过"))),
      m_return(button(this, QStringLiteral("returnButton"), tr("退回…"))),
      m_offline(button(this, QStringLiteral("offlineButton"), tr("申请下线…"))),
      m_confirmOffline(button(this, QStringLiteral("confirmOfflineButton"), tr("确认下线"))),
      m_delete(button(this, QStringLiteral("deleteDraftButton"), tr("删除草稿…"))),
      m_history(button(this, QStringLiteral("historyButton"), tr("版本与流转记录…")))
{
    setObjectName(QStringLiteral("resourceDialog"));
    m_editor->setObjectName(QStringLiteral("resourceEditor"));
    m_editor->setToolBarVisible(false); // the dialog's own buttons below cover undo, save and submit
    m_statusLabel->setObjectName(QStringLiteral("resourceStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background-color: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #5c4400; }"));
    m_readOnlyBanner->hide();
    m_delete->setToolTip(tr("删除这份从未提交审核的草稿（可撤销）"));

    auto* undo = button(this, QStringLiteral("undoButton"), tr("撤销"));
    auto* redo = button(this, QStringLiteral("redoButton"), tr("重做"));
    QUndoStack* stack = m_editor->undoStack();
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled()) {
            save();
        }
    });

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {undo, redo}) {
        actions->addWidget(b);
    }
    actions->addSpacing(16);
    for (QPushButton* b :
         {m_save, m_submit, m_approve, m_return, m_offline, m_confirmOffline, m_delete, m_history}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    auto* close = button(this, QStringLiteral("closeButton"), tr("关闭"));
    actions->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_editor, 1);
    layout->addLayout(actions);

    connect(close, &QPushButton::clicked, this, &ResourceDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_submit, &QPushButton::clicked, this, &ResourceDialog::submit);
    connect(m_approve, &QPushButton::clicked, this, &ResourceDialog::approve);
    connect(m_return, &QPushButton::clicked, this, &ResourceDialog::returnToEditor);
    connect(m_offline, &QPushButton::clicked, this, &ResourceDialog::requestOffline);
    connect(m_confirmOffline, &QPushButton::clicked, this, &ResourceDialog::confirmOffline);
    connect(m_delete, &QPushButton::clicked, this, &ResourceDialog::deleteDraft);
    connect(m_history, &QPushButton::clicked, this, &ResourceDialog::showHistory);
    connect(m_editor, &ResourceEditor::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        updateActions();
    });
    connect(m_editor, &ResourceEditor::findingsChanged, this, &ResourceDialog::updateActions);
    connect(m_editor, &ResourceEditor::saveRequested, this, [this] { save(); });
    connect(m_editor, &ResourceEditor::submitRequested, this, &ResourceDialog::submit);

    catalog::CatalogQueries queries(m_store.database());
    QList<ResourceEditor::Choice> classes;
    if (auto nodes = queries.classes(false)) {
        for (const catalog::ClassNode& n : nodes.value()) {
            classes.append({n.id, n.code + u' ' + n.name, n.code});
        }
    }
    m_editor->setClassifications(classes);
    QList<ResourceEditor::Choice> bases;
    if (auto list = queries.legalBases()) {
        for (const auto& [id, title] : list.value()) {
            bases.append({id, title, {}});
        }
    }
    m_editor->setLegalBases(bases);
    m_editor->setRuleContext(m_store.ruleContext());
    load();
    resize(1100, 820);
}

bool ResourceDialog::load()
{
    auto draft = m_id.isEmpty() ? m_store.newDraft(m_store.actorRole().deptId) : m_store.loadForEditing(m_id);
    if (!draft) {
        QMessageBox::warning(this, tr("打开失败"), models::ErrorMessages::forEdit(draft.error()));
        return false;
    }
    m_loaded = draft.value();
    const auto status = fromName<ResourceStatus>(m_loaded.status).value_or(ResourceStatus::Draft);
    const bool editable = m_id.isEmpty() ? mayPerform(m_store.actorRole(), CatalogAction::Create,
                                                      m_loaded.providerDeptId, status)
                                         : m_workflow.allowedActions(m_id).contains(CatalogAction::Edit);
    m_editor->setDraft(m_loaded, !editable);
    if (editable) {
        m_readOnlyBanner->hide();
        m_editor->setStyleSheet({});
    } else {
        const QString why = m_id.isEmpty() ? refusalReason(m_store.actorRole(), CatalogAction::Create,
                                                           m_loaded.providerDeptId, status)
                                           : m_workflow.refusal(m_id, CatalogAction::Edit);
        m_readOnlyBanner->setText(tr("只读：%1").arg(why.isEmpty() ? tr("当前不能修改该信息资源。") : why));
        m_readOnlyBanner->show();
        m_editor->setStyleSheet(kReadOnlyStyle);
    }
    updateActions();
    return true;
}

void ResourceDialog::updateActions()
{
    const QList<CatalogAction> allowed =
        m_id.isEmpty() ? QList<CatalogAction>() : m_workflow.allowedActions(m_id);
    const bool modified = m_editor->isModified();
    const bool editable = !m_editor->isReadOnly();
    m_save->setEnabled(editable && (modified || m_id.isEmpty()));
    // Errors block submission; the findings panel says what to fix.
    m_submit->setEnabled(editable && !CatalogRules::hasErrors(m_editor->findings()) &&
                         (m_id.isEmpty() || allowed.contains(CatalogAction::Submit)));
    m_approve->setEnabled(!modified && allowed.contains(CatalogAction::Approve));
    // Why not (e.g. one's own submission: four eyes).
    m_approve->setToolTip(m_id.isEmpty() || allowed.contains(CatalogAction::Approve)
                              ? QString()
                              : m_workflow.refusal(m_id, CatalogAction::Approve));
    m_return->setEnabled(!modified && allowed.contains(CatalogAction::Return));
    m_offline->setEnabled(!modified && allowed.contains(CatalogAction::RequestOffline));
    m_confirmOffline->setEnabled(!modified && allowed.contains(CatalogAction::ConfirmOffline));
    m_delete->setEnabled(!modified && allowed.contains(CatalogAction::DeleteDraft));
    m_delete->setVisible(m_id.isEmpty() || m_loaded.code.isEmpty());
    const QString blocked = submitBlockedReason();
    m_submit->setToolTip(blocked.isEmpty() ? tr("保存并提交审核；首次提交时生成信息资源代码")
                                           : tr("不能提交审核：%1").arg(blocked));
    m_history->setEnabled(!m_id.isEmpty());

    const QString name = m_loaded.name.isEmpty() ? tr("新信息资源") : m_loaded.name;
    setWindowTitle(tr("%1[*] — 信息资源").arg(name));
    QString status = tr("状态：%1").arg(displayValue(CodeListId::ResourceStatus, m_loaded.status));
    if (!m_loaded.code.isEmpty()) {
        status += tr(" · 代码：%1").arg(m_loaded.code);
    } else {
        status += tr(" · 代码在首次提交审核时生成");
    }
    if (auto open = m_store.revision(m_id); !m_id.isEmpty() && open && open.value()) {
        status += tr(" · 修订第 %1 版（已发布的版本在审核通过前保持不变）").arg(open.value()->versionNo);
    } else if (m_loaded.status == canonicalName(ResourceStatus::Published) && editable) {
        status += tr(" · 保存修改将生成新的修订版本，审核通过后替换已发布版本");
    } else if (m_editor->isReadOnly()) {
        status += tr(" · 只读");
    }
    m_statusLabel->setText(status);
}

bool ResourceDialog::report(const QString& what, bool ok, const QString& error)
{
    if (!ok) {
        QMessageBox::warning(this, tr("%1失败").arg(what), error);
        return false;
    }
    Q_EMIT changed();
    load();
    return true;
}

QString ResourceDialog::submitBlockedReason() const
{
    if (m_submit->isEnabled()) {
        return {};
    }
    if (m_editor->isReadOnly()) {
        if (!m_id.isEmpty()) {
            if (const QString why = m_workflow.refusal(m_id, CatalogAction::Submit); !why.isEmpty()) {
                return why;
            }
        }
        return m_readOnlyBanner->text();
    }
    if (const QList<Finding> findings = m_editor->findings(); CatalogRules::hasErrors(findings)) {
        const auto errors = std::count_if(findings.begin(), findings.end(), [](const Finding& f) {
            return f.severity == Finding::Severity::Error;
        });
        return tr("还有 %1 处错误，请按表单下方的检查结果修正后再提交。").arg(errors);
    }
    if (!m_id.isEmpty()) {
        if (const QString why = m_workflow.refusal(m_id, CatalogAction::Submit); !why.isEmpty()) {
            return why;
        }
    }
    return tr("当前不能提交审核。");
}

std::vector<std::unique_ptr<QUndoCommand>> ResourceDialog::takeUndoCommands()
{
    return std::exchange(m_undoCommands, {});
}

bool ResourceDialog::save()
{
    auto saved = m_store.save(m_editor->draft());
    if (!saved) {
        return report(tr("保存"), false, models::ErrorMessages::forEdit(saved.error()));
    }
    m_id = saved.value();
    const bool ok = report(tr("保存"), true, {});
    Q_EMIT statusMessage(tr("已保存“%1”。").arg(m_loaded.name));
    return ok;
}

void ResourceDialog::submit()
{
    if ((m_editor->isModified() || m_id.isEmpty()) && !save()) {
        return;
    }
    auto r = m_workflow.submit(m_id);
    if (report(tr("提交审核"), bool(r), r ? QString() : models::ErrorMessages::forEdit(r.error()))) {
        Q_EMIT statusMessage(tr("已提交审核，代码 %1。").arg(m_loaded.code));
    }
}

void ResourceDialog::approve()
{
    const std::optional<QString> comment = askApproval(this, {m_loaded.name});
    if (!comment) {
        return;
    }
    auto r = m_workflow.approveWithReceipt(m_id, *comment);
    if (!report(tr("审核通过"), bool(r), r ? QString() : models::ErrorMessages::forEdit(r.error()))) {
        return;
    }
    m_undoCommands.push_back(
        std::make_unique<models::ApprovalCommand>(m_workflow, QList<catalog::ApprovalReceipt>{r.value()}));
    Q_EMIT statusMessage(tr("已审核通过并发布“%1”，代码 %2。").arg(r.value().name, r.value().code));
}

void ResourceDialog::deleteDraft()
{
    QMessageBox box(QMessageBox::Question, tr("删除草稿"),
                    tr("删除草稿“%1”？\n\n该草稿从未提交审核，删除后不再出现在目录中。"
                       "如误删，可在主窗口用“编辑 → 撤销”（Ctrl+Z）恢复。")
                        .arg(m_loaded.name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteConfirmBox"));
    box.button(QMessageBox::Yes)->setText(tr("删除"));
    box.button(QMessageBox::Cancel)->setText(tr("取消"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        return;
    }
    auto r = m_workflow.deleteDraft(m_id);
    if (!r) {
        QMessageBox::warning(this, tr("删除失败"), models::ErrorMessages::forEdit(r.error()));
        return;
    }
    m_undoCommands.push_back(std::make_unique<models::DeleteDraftCommand>(m_workflow, r.value()));
    Q_EMIT changed();
    Q_EMIT statusMessage(tr("已删除草稿“%1”。可用“编辑 → 撤销”恢复。").arg(r.value().name));
    m_editor->setDraft(m_loaded, true); // nothing left to save
    QDialog::accept();
}

QString ResourceDialog::askReason(const QString& title, const QString& prompt)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, title, prompt, {}, &ok);
    return ok ? reason : QString();
}

void ResourceDialog::returnToEditor()
{
    const QString reason = askReason(tr("退回"), tr("退回原因（必填，目录填报人员据此修改）："));
    if (reason.trimmed().isEmpty()) {
        return;
    }
    auto r = m_workflow.returnToEditor(m_id, reason);
    report(tr("退回"), bool(r), r ? QString() : models::ErrorMessages::forEdit(r.error()));
}

void ResourceDialog::requestOffline()
{
    const QString reason = askReason(tr("申请下线"), tr("下线原因（必填）："));
    if (reason.trimmed().isEmpty()) {
        return;
    }
    auto r = m_workflow.requestOffline(m_id, reason);
    report(tr("申请下线"), bool(r), r ? QString() : models::ErrorMessages::forEdit(r.error()));
}

void ResourceDialog::confirmOffline()
{
    auto r = m_workflow.confirmOffline(m_id);
    report(tr("确认下线"), bool(r), r ? QString() : models::ErrorMessages::forEdit(r.error()));
}

void ResourceDialog::showHistory()
{
    if (m_editor->isModified() && !confirmDiscard()) {
        return;
    }
    HistoryDialog dialog(m_workflow, m_id, this);
    connect(&dialog, &HistoryDialog::restored, this, [this] {
        Q_EMIT changed();
        load();
    });
    dialog.exec();
}

bool ResourceDialog::confirmDiscard()
{
    if (!m_editor->isModified()) {
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("未保存的修改"), tr("该信息资源有未保存的修改。是否保存？"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void ResourceDialog::closeEvent(QCloseEvent* event)
{
    if (confirmDiscard()) {
        event->accept();
    } else {
        event->ignore();
    }
}

void ResourceDialog::reject()
{
    if (confirmDiscard()) {
        QDialog::reject();
    }
}

} // namespace govcat::ui
