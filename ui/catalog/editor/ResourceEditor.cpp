#include "ResourceEditor.h"

#include "EditorFields.h"
#include "FindingsPanel.h"
#include "ItemsPanel.h"
#include "ResourceForm.h"
#include "core/CodeLists.h"
#include "models/catalog/ItemTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace govcat::ui {

namespace {

bool sameFindings(const QList<Finding>& a, const QList<Finding>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Finding& x, const Finding& y) {
        return x.ruleId == y.ruleId && x.severity == y.severity && x.field == y.field &&
               x.itemIndex == y.itemIndex && x.message == y.message;
    });
}

QString shareMethodParent(const QString& methodCategory)
{
    const CodeEntry* e = codeList(CodeListId::ShareMethodCategory).findName(methodCategory);
    return e ? e->code : QString();
}

} // namespace

ResourceEditor::ResourceEditor(QWidget* parent)
    : QWidget(parent), m_undoStack(new QUndoStack(this)), m_items(new models::ItemTableModel(this)),
      m_form(new ResourceForm(this)), m_itemsPanel(new ItemsPanel(m_items, m_undoStack, this)),
      m_findingsPanel(new FindingsPanel(this)), m_scroll(new QScrollArea(this)), m_modified(new QLabel(this))
{
    setObjectName(QStringLiteral("resourceEditor"));
    m_undoStack->setObjectName(QStringLiteral("resourceUndoStack"));

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("editorToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Fixed texts (QUndoStack's own actions put the command text on the button); the step is in the tooltip.
    m_undo = new QAction(tr("撤销"), this);
    m_redo = new QAction(tr("重做"), this);
    m_save = new QAction(tr("保存"), this);
    m_submit = new QAction(tr("提交审核"), this);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    const auto showStep = [](QAction* action, const QString& what, const QString& keys) {
        action->setToolTip(what.isEmpty() ? QStringLiteral("%1（%2）").arg(action->text(), keys)
                                          : QStringLiteral("%1：%2（%3）").arg(action->text(), what, keys));
    };
    showStep(m_undo, {}, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    showStep(m_redo, {}, QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText));
    connect(m_undoStack, &QUndoStack::undoTextChanged, m_undo,
            [undo = m_undo, showStep](const QString& text) {
                showStep(undo, text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
            });
    connect(m_undoStack, &QUndoStack::redoTextChanged, m_redo,
            [redo = m_redo, showStep](const QString& text) {
                showStep(redo, text, QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText));
            });
    m_save->setToolTip(
        tr("保存草稿（%1）").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_submit->setToolTip(tr("提交审核；有错误时不能提交"));
    for (const auto& [action, name] : {std::pair{m_undo, "Undo"}, std::pair{m_redo, "Redo"},
                                       std::pair{m_save, "Save"}, std::pair{m_submit, "Submit"}}) {
        action->setObjectName(QStringLiteral("editor") + QLatin1String(name) + QStringLiteral("Action"));
        m_toolBar->addAction(action);
        m_toolBar->widgetForAction(action)->setObjectName(QStringLiteral("editor") + QLatin1String(name) +
                                                          QStringLiteral("Button"));
    }
    connect(m_save, &QAction::triggered, this, &ResourceEditor::saveRequested);
    connect(m_submit, &QAction::triggered, this, &ResourceEditor::submitRequested);
    m_modified->setObjectName(QStringLiteral("modifiedLabel"));
    m_modified->setText(tr("● 有未保存的修改"));
    m_modified->setStyleSheet(QStringLiteral("color: #b26a00; padding-left: 12px;"));
    m_modifiedAction = m_toolBar->addWidget(m_modified);
    m_modifiedAction->setVisible(false);

    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("editorContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(m_itemsPanel, 1);
    m_scroll->setObjectName(QStringLiteral("editorScrollArea"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_findingsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    for (const EditorField& f : editorFields()) {
        if (!f.objectName.isEmpty()) {
            m_widgets.insert(f.column, m_form->findChild<QWidget*>(f.objectName));
            Q_ASSERT(m_widgets.value(f.column));
        }
    }
    connectFields();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_modifiedAction->setVisible(!clean);
        Q_EMIT modifiedChanged(!clean);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ResourceEditor::validate);
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this, &ResourceEditor::showFinding);

    // Ctrl+Z and friends go to the editor's stack, not to a line edit's own undo or a window shortcut.
    for (QWidget* w : content->findChildren<QWidget*>() + m_findingsPanel->findChildren<QWidget*>()) {
        w->installEventFilter(this);
    }

    setDraft({}, false);
}

ResourceEditor::~ResourceEditor()
{
    // The stack clears itself when QObject deletes it, after this destructor: nothing may react then.
    m_undoStack->disconnect();
}

void ResourceEditor::connectFields()
{
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const QString column = it.key();
        if (auto* edit = qobject_cast<QLineEdit*>(*it)) {
            connect(edit, &QLineEdit::textChanged, this,
                    [this, column](const QString& text) { textEdited(column, text); });
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(*it)) {
            connect(plain, &QPlainTextEdit::textChanged, this,
                    [this, column, plain] { textEdited(column, plain->toPlainText()); });
        } else if (auto* combo = qobject_cast<QComboBox*>(*it)) {
            connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
                if (!combo->isEditable()) {
                    choiceMade(column);
                }
            });
            // 格式类型 is free text for 自描述格式 and 其他.
            connect(combo, &QComboBox::editTextChanged, this, [this, column, combo](const QString& text) {
                if (combo->isEditable()) {
                    textEdited(column, text.trimmed());
                }
            });
        }
    }
}

void ResourceEditor::setClassifications(const QList<Choice>& classes)
{
    m_classes = classes;
    refreshClassifications();
}

void ResourceEditor::setLegalBases(const QList<Choice>& bases)
{
    m_bases = bases;
    refreshLegalBases();
}

void ResourceEditor::setRuleContext(RuleContext context)
{
    m_context = std::move(context);
    refreshLegalBases(); // with their levels
    refreshVisibility(); // a profile may ask for a basis of 有条件共享
    validate();
}

void ResourceEditor::setDraft(const ResourceDraft& draft, bool readOnly)
{
    m_draft = draft;
    m_draft.items.clear();
    m_readOnly = readOnly;
    m_formatTypesFor = m_methodTypesFor = QStringLiteral("-"); // rebuild the cascaded lists
    m_items->setItems(draft.items);
    m_undoStack->clear();
    m_form->setReadOnly(readOnly);
    m_itemsPanel->setReadOnly(readOnly);
    refreshClassifications();
    refreshLegalBases();
    refreshWidgets();
    validate();
}

ResourceDraft ResourceEditor::draft() const
{
    ResourceDraft d = m_draft;
    d.items = m_items->items();
    return d;
}

void ResourceEditor::setToolBarVisible(bool visible)
{
    m_toolBar->setVisible(visible);
}

bool ResourceEditor::isModified() const
{
    return !m_undoStack->isClean();
}

void ResourceEditor::markSaved()
{
    m_undoStack->setClean();
}

QString ResourceEditor::widgetNameFor(const QString& column)
{
    return widgetNameForColumn(column);
}

void ResourceEditor::showFinding(const Finding& finding)
{
    if (finding.itemIndex >= 0) {
        m_scroll->ensureWidgetVisible(m_itemsPanel->view());
        m_itemsPanel->focusCell(finding.itemIndex, models::ItemTableModel::columnOf(finding.field));
        return;
    }
    QWidget* w = finding.field == QStringLiteral("items") ? m_itemsPanel->view()
                                                          : findChild<QWidget*>(widgetNameFor(finding.field));
    if (w) {
        m_scroll->ensureWidgetVisible(w);
        w->setFocus(Qt::OtherFocusReason);
    }
}

bool ResourceEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        const bool save = key->matches(QKeySequence::Save);
        if (undo || redo || save) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // comes back as a key press to this filter
            } else if (undo) {
                m_undoStack->undo();
            } else if (redo) {
                m_undoStack->redo();
            } else if (!m_readOnly) {
                Q_EMIT saveRequested();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ResourceEditor::textEdited(const QString& column, const QString& text)
{
    if (m_applying || m_readOnly) {
        return;
    }
    const EditorField* f = editorField(column);
    const QString before = f->get(m_draft);
    const bool same = column == QStringLiteral("related_codes")
                          ? parseRelatedCodes(text) == m_draft.relatedCodes
                          : text == before;
    if (!same) {
        pushFields({{column, before}}, {{column, text}}, f->displayLabel(), true);
    }
}

void ResourceEditor::choiceMade(const QString& column)
{
    if (m_applying || m_readOnly) {
        return;
    }
    const EditorField* f = editorField(column);
    const QString value = ResourceForm::comboValue(qobject_cast<QComboBox*>(m_widgets.value(column)));
    models::FieldValues before{{column, f->get(m_draft)}};
    models::FieldValues after{{column, value}};
    if (value == before.constFirst().value) {
        return;
    }
    // Fields that depend on this one change in the same step.
    const auto also = [&](const char* dependent, const QString& newValue) {
        const QString c = QLatin1String(dependent);
        const QString old = editorField(c)->get(m_draft);
        if (old != newValue) {
            before.append({c, old});
            after.append({c, newValue});
        }
    };
    if (column == QStringLiteral("classification_id")) {
        also("classification_code", classificationCode(value));
    } else if (column == QStringLiteral("format_category")) {
        const auto category = fromName<FormatCategory>(value);
        const QString type = m_draft.formatType;
        const bool keepType =
            category && (formatTypesOf(*category).isEmpty() ? !codeList(CodeListId::FormatType).findName(type)
                                                            : isFormatTypeOf(*category, type));
        if (!keepType) {
            also("format_type", QString());
        }
        if (value != canonicalName(FormatCategory::Other)) {
            also("format_other_desc", QString());
        }
    } else if (column == QStringLiteral("share_type")) {
        if (value != canonicalName(ShareType::Conditional)) {
            also("share_condition", QString());
        }
        const bool basisApplies =
            value == canonicalName(ShareType::NotShared) ||
            (value == canonicalName(ShareType::Conditional) && m_context.sharing.conditionalNeedsBasis);
        if (!basisApplies) {
            also("no_share_basis_id", QString());
        }
        if (value == canonicalName(ShareType::NotShared)) {
            // Not shared has no sharing method and is not opened either (R17, R19).
            also("share_method_category", QString());
            also("share_method_type", QString());
            also("open_to_public", canonicalName(OpenToPublic::No));
            also("open_type", canonicalName(OpenType::NotOpen));
            also("open_condition", QString());
        }
    } else if (column == QStringLiteral("share_method_category")) {
        const auto types = codeList(CodeListId::ShareMethodType).children(shareMethodParent(value));
        const bool keep = std::any_of(types.cbegin(), types.cend(), [this](const CodeEntry& e) {
            return e.name == m_draft.shareMethodType;
        });
        if (!keep) {
            also("share_method_type", QString());
        }
    } else if (column == QStringLiteral("open_to_public")) {
        // 开放类型 follows: 否 → 不予开放; 是 → 无条件开放 unless it already says how it is opened.
        if (value != canonicalName(OpenToPublic::Yes)) {
            also("open_condition", QString());
            also("open_type", value.isEmpty() ? QString() : canonicalName(OpenType::NotOpen));
        } else if (m_draft.openType != canonicalName(OpenType::Conditional)) {
            also("open_type", derivedOpenType(value, m_draft.openCondition));
        }
    } else if (column == QStringLiteral("open_type")) {
        const bool opened =
            value == canonicalName(OpenType::Unconditional) || value == canonicalName(OpenType::Conditional);
        if (!value.isEmpty()) {
            also("open_to_public", canonicalName(opened ? OpenToPublic::Yes : OpenToPublic::No));
        }
        if (!opened) {
            also("open_condition", QString());
        }
    } else if (column == QStringLiteral("update_cycle") && value != canonicalName(UpdateCycle::Other)) {
        also("update_cycle_other", QString());
    }
    pushFields(std::move(before), std::move(after), f->displayLabel(), false);
}

void ResourceEditor::pushFields(models::FieldValues before, models::FieldValues after, const QString& label,
                                bool typing)
{
    m_undoStack->push(
        new models::SetFieldsCommand([this](const models::FieldValues& values) { applyFields(values); },
                                     std::move(before), std::move(after), tr("修改“%1”").arg(label), typing));
}

void ResourceEditor::applyFields(const models::FieldValues& values)
{
    for (const models::FieldValue& v : values) {
        if (const EditorField* f = editorField(v.column)) {
            f->set(m_draft, v.value);
        }
    }
    refreshWidgets();
}

QString ResourceEditor::classificationCode(const QString& classId) const
{
    for (const Choice& c : m_classes) {
        if (c.id == classId) {
            return c.code.isEmpty() ? c.label.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty)
                                    : c.code;
        }
    }
    return {};
}

void ResourceEditor::validate()
{
    const QList<Finding> findings = CatalogRules::check(draft(), m_context);
    const bool changed = !sameFindings(findings, m_findings);
    m_findings = findings;
    m_findingsPanel->setFindings(m_findings);
    m_form->markFindings(m_findings, m_itemsPanel->view());
    m_items->setFindings(m_findings);
    updateActions();
    if (changed) {
        Q_EMIT findingsChanged();
    }
}

void ResourceEditor::updateActions()
{
    m_save->setEnabled(!m_readOnly);
    m_submit->setEnabled(!m_readOnly && !CatalogRules::hasErrors(m_findings));
    for (QAction* a : {m_undo, m_redo, m_save, m_submit}) {
        a->setVisible(!m_readOnly);
    }
}

} // namespace govcat::ui
