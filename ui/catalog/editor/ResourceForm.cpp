#include "ResourceForm.h"

#include "ClassificationCombo.h"
#include "EditorFields.h"
#include "FindingsPanel.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace govcat::ui {

namespace {

const char* const kBaseToolTip = "govcatBaseToolTip";

QString requiredLabel(const QString& label)
{
    return QStringLiteral("%1 <span style=\"color:#c62828\">*</span>").arg(label.toHtmlEscaped());
}

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit* plainEdit(QWidget* parent, const char* objectName, int lines, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setUndoRedoEnabled(false); // the editor's undo stack has every change
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QComboBox* combo(QWidget* parent, const char* objectName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    box->setMinimumWidth(180);
    return box;
}

QGroupBox* group(QWidget* parent, const QString& title, const char* objectName)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(QLatin1String(objectName));
    return box;
}

// A finding tints the input (its base, or the button face of a drop-down) and colours its label;
// palettes keep the native look of the widgets, unlike a style sheet.
void applyMark(QWidget* w, const QString& severity)
{
    QLabel* label = nullptr;
    if (auto* form = w->parentWidget() ? qobject_cast<QFormLayout*>(w->parentWidget()->layout()) : nullptr) {
        label = qobject_cast<QLabel*>(form->labelForField(w));
    }
    if (severity.isEmpty()) {
        w->setPalette(QPalette());
        if (label) {
            label->setPalette(QPalette());
        }
        return;
    }
    const bool error = severity == QStringLiteral("error");
    QPalette p = w->palette();
    const QColor tint = error ? QColor(0xfa, 0xd4, 0xd4) : QColor(0xff, 0xe3, 0xb8);
    p.setColor(QPalette::Base, tint);
    p.setColor(QPalette::AlternateBase, tint.darker(104));
    p.setColor(QPalette::Button, tint);
    w->setPalette(p);
    if (label) {
        QPalette lp = label->palette();
        lp.setColor(QPalette::WindowText, error ? QColor(0xc6, 0x28, 0x28) : QColor(0xb4, 0x5f, 0x06));
        label->setPalette(lp);
    }
}

} // namespace

ResourceForm::ResourceForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resourceForm"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buildBasic(), 0, 0, 1, 2);
    grid->addWidget(buildFormat(), 1, 0);
    grid->addWidget(buildShare(), 1, 1);
    grid->addWidget(buildOpen(), 2, 0);
    grid->addWidget(buildUpdate(), 2, 1);
    grid->addWidget(buildSurvey(), 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (int row = 1; row <= 2; ++row) {
        for (int column = 0; column < 2; ++column) {
            grid->itemAtPosition(row, column)->setAlignment(Qt::AlignTop);
        }
    }
}

QWidget* ResourceForm::buildBasic()
{
    auto* box = group(this, tr("基本信息"), "basicGroupBox");
    name = lineEdit(box, "nameEdit", tr("例如：企业登记基本信息（不要填写系统名称）"));
    auto* classes = new ClassificationCombo(box);
    classes->setObjectName(QStringLiteral("classificationCombo"));
    classes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    classes->setMinimumWidth(180);
    classes->setToolTip(tr("点击后可按分类码或名称查找，在“类/项/目/细目”树中选择"));
    classification = classes;
    code = lineEdit(box, "codeEdit", tr("提交审核时自动生成"));
    code->setReadOnly(true);
    providerName = lineEdit(box, "providerNameEdit");
    providerName->setReadOnly(true);
    providerCode = lineEdit(box, "providerCodeEdit");
    providerCode->setReadOnly(true);
    internalUnit = lineEdit(box, "internalUnitEdit", tr("例如：行政审批科"));
    abstract = plainEdit(box, "abstractEdit", 3, tr("说明资源的内容、范围和用途"));
    isSecret = combo(box, "isSecretCombo");
    fillCombo(isSecret, codeEntries(CodeListId::SecretAttribute), tr("请选择"));
    level = combo(box, "levelCombo");
    fillCombo(level, codeEntries(CodeListId::ResourceLevel), tr("请选择"));
    level->setToolTip(tr("部门：部门信息资源目录；国家：纳入国家政务信息资源目录"));
    mountStatus = lineEdit(box, "mountStatusEdit");
    mountStatus->setReadOnly(true);
    mountStatus->setToolTip(tr("资源发布后，数据在共享平台挂接的状态，由共享平台设置，不能在此修改"));
    businessItems = plainEdit(box, "businessItemsEdit", 3, tr("每行一个关联的业务事项"));
    relatedCodes = lineEdit(box, "relatedCodesEdit", tr("多个代码用逗号或顿号分隔"));

    auto* provider = new QHBoxLayout;
    provider->addWidget(providerName, 3);
    provider->addWidget(new QLabel(tr("代码"), box));
    provider->addWidget(providerCode, 2);

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(requiredLabel(tr("信息资源名称")), name);
    form->addRow(requiredLabel(tr("信息资源分类")), classification);
    form->addRow(tr("信息资源代码"), code);
    form->addRow(requiredLabel(tr("提供方")), provider);
    form->addRow(tr("下设机构/内部部门"), internalUnit);
    form->addRow(requiredLabel(tr("信息资源摘要")), abstract);
    form->addRow(tr("涉密属性"), isSecret);
    form->addRow(tr("层级属性"), level);
    form->addRow(tr("挂接状态"), mountStatus);
    form->addRow(tr("关联业务事项"), businessItems);
    form->addRow(tr("关联资源代码"), relatedCodes);
    return box;
}

QWidget* ResourceForm::buildFormat()
{
    auto* box = group(this, tr("信息资源格式"), "formatGroupBox");
    formatCategory = combo(box, "formatCategoryCombo");
    fillCombo(formatCategory, codeEntries(CodeListId::FormatCategory), tr("请选择"));
    formatType = combo(box, "formatTypeCombo");
    formatType->setInsertPolicy(QComboBox::NoInsert);
    formatOtherDesc = lineEdit(box, "formatOtherDescEdit", tr("说明资源的格式"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(requiredLabel(tr("格式分类")), formatCategory);
    form->addRow(requiredLabel(tr("格式类型")), formatType);
    form->addRow(requiredLabel(tr("其他类型资源格式描述")), formatOtherDesc);
    return box;
}

QWidget* ResourceForm::buildShare()
{
    auto* box = group(this, tr("共享属性"), "shareGroupBox");
    shareType = combo(box, "shareTypeCombo");
    fillCombo(shareType, codeEntries(CodeListId::ShareType), tr("请选择"));
    shareCondition = lineEdit(box, "shareConditionEdit", tr("向哪些部门、为何种用途、以何种方式共享"));
    noShareBasis = combo(box, "noShareBasisCombo");
    shareMethodCategory = combo(box, "shareMethodCategoryCombo");
    fillCombo(shareMethodCategory, codeEntries(CodeListId::ShareMethodCategory), tr("请选择"));
    shareMethodType = combo(box, "shareMethodTypeCombo");
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(requiredLabel(tr("共享类型")), shareType);
    form->addRow(requiredLabel(tr("共享条件")), shareCondition);
    form->addRow(requiredLabel(tr("不予共享依据")), noShareBasis);
    form->addRow(requiredLabel(tr("共享方式分类")), shareMethodCategory);
    form->addRow(tr("共享方式类型"), shareMethodType);
    return box;
}

QWidget* ResourceForm::buildOpen()
{
    auto* box = group(this, tr("开放属性"), "openGroupBox");
    openToPublic = combo(box, "openToPublicCombo");
    fillCombo(openToPublic, codeEntries(CodeListId::OpenToPublic), tr("请选择"));
    openType = combo(box, "openTypeCombo");
    fillCombo(openType, codeEntries(CodeListId::OpenType), tr("请选择"));
    openCondition = lineEdit(box, "openConditionEdit", tr("开放的范围、方式和限制"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(requiredLabel(tr("是否向社会开放")), openToPublic);
    form->addRow(tr("开放类型"), openType);
    form->addRow(requiredLabel(tr("开放条件")), openCondition);
    return box;
}

QWidget* ResourceForm::buildUpdate()
{
    auto* box = group(this, tr("更新与发布"), "updateGroupBox");
    updateCycle = combo(box, "updateCycleCombo");
    fillCombo(updateCycle, codeEntries(CodeListId::UpdateCycle), tr("请选择"));
    updateCycleOther = lineEdit(box, "updateCycleOtherEdit", tr("例如：每两年"));
    publishDate = lineEdit(box, "publishDateEdit", tr("年-月-日，例如 2026-11-22"));
    publishDate->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), publishDate));
    publishDate->setMaxLength(10);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(requiredLabel(tr("更新周期")), updateCycle);
    form->addRow(requiredLabel(tr("其他更新周期")), updateCycleOther);
    form->addRow(tr("发布日期"), publishDate);
    return box;
}

QWidget* ResourceForm::buildSurvey()
{
    auto* box = group(this, tr("信息资源大普查（未知填 0）"), "surveyGroupBox");
    const std::array<std::pair<const char*, QString>, std::size_t(SurveyFigure::Count)> figures = {{
        {"storageTotalGbEdit", tr("数据存储总量(G)")},
        {"recordsTotal10kEdit", tr("结构化信息记录总数(万条)")},
        {"sharedStorageGbEdit", tr("已共享的数据存储量(G)")},
        {"sharedRecords10kEdit", tr("已共享结构化记录数(万条)")},
        {"openedStorageGbEdit", tr("已开放的数据存储量(G)")},
        {"openedRecords10kEdit", tr("已开放结构化记录数(万条)")},
    }};
    auto* grid = new QGridLayout(box);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        QLineEdit* edit = lineEdit(box, figures.at(i).first, QStringLiteral("0"));
        auto* validator = new QDoubleValidator(0.0, 1e12, 4, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(QLocale::c());
        edit->setValidator(validator);
        edit->setAlignment(Qt::AlignRight);
        survey.at(i) = edit;
        const int row = int(i) / 2;
        const int column = (int(i) % 2) * 2;
        grid->addWidget(new QLabel(figures.at(i).second, box), row, column);
        grid->addWidget(edit, row, column + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

void ResourceForm::setFieldVisible(QWidget* field, bool visible)
{
    auto* form =
        field->parentWidget() ? qobject_cast<QFormLayout*>(field->parentWidget()->layout()) : nullptr;
    if (form && form->indexOf(field) >= 0) {
        form->setRowVisible(field, visible);
    } else {
        field->setVisible(visible);
    }
}

void ResourceForm::fillCombo(QComboBox* combo, const QList<std::pair<QString, QString>>& entries,
                             const QString& placeholder)
{
    combo->clear();
    combo->addItem(placeholder, QString());
    for (const auto& [label, value] : entries) {
        combo->addItem(label, value);
    }
}

QList<std::pair<QString, QString>> ResourceForm::codeEntries(CodeListId list)
{
    QList<std::pair<QString, QString>> out;
    const CodeList& codes = codeList(list);
    for (const CodeEntry& e : codes.entries) {
        out.append({displayName(e), codes.storedValue(e)});
    }
    return out;
}

void ResourceForm::setComboValue(QComboBox* combo, const QString& value)
{
    if (combo->isEditable()) {
        if (combo->currentText() != value) {
            combo->setEditText(value);
        }
        return;
    }
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

QString ResourceForm::comboValue(const QComboBox* combo)
{
    return combo->isEditable() ? combo->currentText().trimmed() : combo->currentData().toString();
}

void ResourceForm::markFindings(const QList<Finding>& findings, QWidget* itemTable)
{
    struct Mark
    {
        bool error = false;
        QStringList messages;
    };
    QHash<QWidget*, Mark> marks;
    for (const Finding& f : findings) {
        QWidget* w = f.itemIndex >= 0                     ? nullptr
                     : f.field == QStringLiteral("items") ? itemTable
                                                          : findChild<QWidget*>(widgetNameForColumn(f.field));
        if (!w) {
            continue;
        }
        Mark& m = marks[w];
        m.error = m.error || f.severity == Finding::Severity::Error;
        m.messages.append(f.message);
    }
    for (QWidget* w : std::as_const(m_marked)) {
        if (!marks.contains(w)) {
            w->setProperty("finding", QVariant());
            applyMark(w, {});
            w->setToolTip(w->property(kBaseToolTip).toString());
        }
    }
    m_marked.clear();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        QWidget* w = it.key();
        if (!w->property(kBaseToolTip).isValid()) {
            w->setProperty(kBaseToolTip, w->toolTip());
        }
        const QString severity =
            severityName(it->error ? Finding::Severity::Error : Finding::Severity::Warning);
        if (w->property("finding").toString() != severity) {
            w->setProperty("finding", severity);
            applyMark(w, severity);
        }
        w->setToolTip(it->messages.join(QLatin1Char('\n')));
        m_marked.append(w);
    }
}

void ResourceForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* e : findChildren<QLineEdit*>()) {
        if (e != code && e != providerName && e != providerCode && e != mountStatus &&
            !qobject_cast<QComboBox*>(e->parentWidget())) {
            e->setReadOnly(readOnly);
        }
    }
    for (QPlainTextEdit* e : findChildren<QPlainTextEdit*>()) {
        e->setReadOnly(readOnly);
    }
    for (QComboBox* c : findChildren<QComboBox*>()) {
        c->setEnabled(!readOnly);
    }
}

} // namespace govcat::ui
