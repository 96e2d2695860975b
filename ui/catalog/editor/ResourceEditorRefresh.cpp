// ResourceEditor: from the draft to the widgets (values, cascaded lists, visibility), without
// pushing commands.

#include "ClassificationCombo.h"
#include "EditorFields.h"
#include "ResourceEditor.h"
#include "ResourceForm.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>

namespace govcat::ui {

void ResourceEditor::refreshWidgets()
{
    const QScopedValueRollback guard(m_applying, true);
    refreshCascades();
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const QString value = editorField(it.key())->get(m_draft);
        if (auto* edit = qobject_cast<QLineEdit*>(*it)) {
            // 关联资源代码 keeps the user's separators while they type.
            const bool same = it.key() == QStringLiteral("related_codes")
                                  ? parseRelatedCodes(edit->text()) == m_draft.relatedCodes
                                  : edit->text() == value;
            if (!same) {
                edit->setText(value);
            }
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(*it)) {
            if (plain->toPlainText() != value) {
                plain->setPlainText(value);
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(*it);
                   combo && combo != m_form->classification && combo != m_form->noShareBasis) {
            ResourceForm::setComboValue(combo, value);
        }
    }
    // The choice lists are rebuilt only when the value is not in them.
    for (const auto& [combo, value] : {std::pair{m_form->classification, m_draft.classificationId},
                                       std::pair{m_form->noShareBasis, m_draft.noShareBasisId}}) {
        const int i = combo->findData(value);
        if (i < 0) {
            combo == m_form->classification ? refreshClassifications() : refreshLegalBases();
        } else {
            combo->setCurrentIndex(i);
        }
    }
    m_form->code->setText(m_draft.code);
    m_form->providerName->setText(m_draft.providerName);
    m_form->providerCode->setText(m_draft.providerCode);
    m_form->mountStatus->setText(displayValue(CodeListId::MountStatus, m_draft.mountStatus));
    refreshVisibility();
}

// 格式类型 follows 格式分类, 共享方式类型 follows 共享方式分类.
void ResourceEditor::refreshCascades()
{
    const QScopedValueRollback guard(m_applying, true);
    if (m_formatTypesFor != m_draft.formatCategory) {
        m_formatTypesFor = m_draft.formatCategory;
        QComboBox* type = m_form->formatType;
        const auto category = fromName<FormatCategory>(m_draft.formatCategory);
        const bool freeText = category && formatTypesOf(*category).isEmpty();
        type->setEditable(freeText);
        type->clear();
        if (freeText) {
            type->lineEdit()->setPlaceholderText(tr("填写格式，例如 JSON"));
        } else if (category) {
            QList<std::pair<QString, QString>> entries;
            for (const CodeEntry& e : formatTypesOf(*category)) {
                entries.append({displayName(e), e.name});
            }
            ResourceForm::fillCombo(type, entries, tr("请选择"));
        } else {
            ResourceForm::fillCombo(type, {}, tr("请先选择格式分类"));
        }
    }
    if (m_methodTypesFor != m_draft.shareMethodCategory) {
        m_methodTypesFor = m_draft.shareMethodCategory;
        QList<std::pair<QString, QString>> entries;
        const CodeEntry* category =
            codeList(CodeListId::ShareMethodCategory).findName(m_draft.shareMethodCategory);
        for (const CodeEntry& e :
             codeList(CodeListId::ShareMethodType).children(category ? category->code : QString())) {
            if (category) {
                entries.append({displayName(e), e.name});
            }
        }
        ResourceForm::fillCombo(m_form->shareMethodType, entries, tr("请选择"));
    }
    m_form->formatType->setEnabled(!m_readOnly && !m_draft.formatCategory.isEmpty());
}

void ResourceEditor::refreshVisibility()
{
    const ResourceDraft& d = m_draft;
    const bool notShared = d.shareType == canonicalName(ShareType::NotShared);
    // A field shows when it applies, or when it holds a value (from an import) that should be cleared.
    const auto show = [](QWidget* w, bool applies, const QString& value) {
        ResourceForm::setFieldVisible(w, applies || !value.isEmpty());
    };
    show(m_form->formatOtherDesc, d.formatCategory == canonicalName(FormatCategory::Other),
         d.formatOtherDesc);
    show(m_form->shareCondition, d.shareType == canonicalName(ShareType::Conditional), d.shareCondition);
    const bool conditionalBasis =
        d.shareType == canonicalName(ShareType::Conditional) && m_context.sharing.conditionalNeedsBasis;
    show(m_form->noShareBasis, notShared || conditionalBasis, d.noShareBasisId);
    if (auto* form = qobject_cast<QFormLayout*>(m_form->noShareBasis->parentWidget()->layout())) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_form->noShareBasis))) {
            const QString text = conditionalBasis ? tr("共享依据") : tr("不予共享依据");
            label->setText(QStringLiteral("%1 <span style=\"color:#c62828\">*</span>").arg(text));
        }
    }
    show(m_form->shareMethodCategory, !notShared, d.shareMethodCategory);
    show(m_form->shareMethodType, !notShared && m_form->shareMethodType->count() > 1, d.shareMethodType);
    show(m_form->openCondition, d.openToPublic == canonicalName(OpenToPublic::Yes), d.openCondition);
    show(m_form->updateCycleOther, d.updateCycle == canonicalName(UpdateCycle::Other), d.updateCycleOther);
}

void ResourceEditor::refreshClassifications()
{
    const QScopedValueRollback guard(m_applying, true);
    QList<std::pair<QString, QString>> entries;
    bool found = m_draft.classificationId.isEmpty();
    for (const Choice& c : m_classes) {
        entries.append({c.label, c.id});
        found = found || c.id == m_draft.classificationId;
    }
    if (!found) { // not in the list given (another department's class, an import): show what is known
        entries.append(
            {tr("%1（不在分类列表中）").arg(m_draft.classificationCode), m_draft.classificationId});
    }
    ResourceForm::fillCombo(m_form->classification, entries, tr("请选择信息资源分类"));
    for (int i = 1; i < m_form->classification->count(); ++i) { // the tree is built from the codes
        m_form->classification->setItemData(
            i, classificationCode(m_form->classification->itemData(i).toString()),
            ClassificationCombo::kCodeRole);
    }
    ResourceForm::setComboValue(m_form->classification, m_draft.classificationId);
}

void ResourceEditor::refreshLegalBases()
{
    const QScopedValueRollback guard(m_applying, true);
    QList<std::pair<QString, QString>> entries;
    bool found = m_draft.noShareBasisId.isEmpty();
    for (const Choice& c : m_bases) {
        // With its 效力层级, which decides whether it may ground 不予共享 (R04).
        const auto basis = m_context.legalBasis ? m_context.legalBasis(c.id) : std::nullopt;
        entries.append(
            {basis && !basis->level.isEmpty() ? tr("%1［%2］").arg(c.label, basis->level) : c.label, c.id});
        found = found || c.id == m_draft.noShareBasisId;
    }
    if (!found) {
        entries.append({tr("（不在依据列表中的依据）"), m_draft.noShareBasisId});
    }
    ResourceForm::fillCombo(m_form->noShareBasis, entries, tr("请选择法律、行政法规或国务院决定"));
    ResourceForm::setComboValue(m_form->noShareBasis, m_draft.noShareBasisId);
}

} // namespace govcat::ui
