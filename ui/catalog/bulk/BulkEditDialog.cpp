#include "BulkEditDialog.h"

#include "catalog/CatalogServices.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/rules/DraftFields.h"
#include "models/commands/BulkEditCommand.h"
#include "models/common/ErrorMessages.h"
#include "ui/common/JobRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace govcat::ui {

namespace {

// The code list of a column's values; nullopt for free text (下设机构/内部部门).
std::optional<CodeListId> valueList(const QString& column)
{
    if (column == QLatin1String("provider_internal_unit")) {
        return std::nullopt;
    }
    return codeListFromKey(column == QLatin1String("is_secret") ? QStringLiteral("secret_attribute")
                                                                : column);
}

// The fixed choices of a dependent column, empty when it is free text.
QStringList choicesFor(const QString& dependent, const QString& value)
{
    if (dependent == QLatin1String("share_method_type")) {
        return codeList(CodeListId::ShareMethodType).names();
    }
    QStringList names;
    if (const auto category = fromName<FormatCategory>(value);
        category && dependent == QLatin1String("format_type")) {
        for (const CodeEntry& e : formatTypesOf(*category)) {
            names << e.name;
        }
    }
    return names;
}

enum Column
{
    NameColumn,
    CodeColumn,
    OldColumn,
    NewColumn,
    NoteColumn
};

} // namespace

BulkEditDialog::BulkEditDialog(catalog::CatalogServices& services, QStringList resourceIds, QWidget* parent)
    : QDialog(parent), m_services(services), m_ids(std::move(resourceIds)), m_field(new QComboBox(this)),
      m_value(new QComboBox(this)), m_extraLabel(new QLabel(this)), m_extraCombo(new QComboBox(this)),
      m_condition(new QLineEdit(this)), m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_apply(nullptr), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("批量修改 — %1 条信息资源").arg(m_ids.size()));
    if (auto bases = m_services.queries.legalBases()) {
        m_legalBases = bases.value();
    }

    m_field->setObjectName(QStringLiteral("bulkFieldCombo"));
    for (const QString& column : catalog::BulkEdit::allowedColumns()) {
        m_field->addItem(fieldDisplayLabel(column), column);
    }
    m_value->setObjectName(QStringLiteral("bulkValueCombo"));
    m_extraLabel->setObjectName(QStringLiteral("bulkExtraLabel"));
    m_extraCombo->setObjectName(QStringLiteral("bulkExtraCombo"));
    m_condition->setObjectName(QStringLiteral("bulkConditionEdit"));
    m_condition->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("bulkPreviewTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("信息资源名称"), tr("代码"), tr("原值"), tr("新值"), tr("说明")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("应用"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("bulkApplyButton"));
    QPushButton* cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("bulkCancelButton"));
    connect(m_apply, &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &BulkEditDialog::updatePreview);
    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkEditDialog::fieldChanged);
    connect(m_value, &QComboBox::currentIndexChanged, this, &BulkEditDialog::valueChanged);
    connect(m_value, &QComboBox::editTextChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_extraCombo, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updatePreview);
    connect(m_condition, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    auto* form = new QFormLayout;
    form->addRow(tr("修改项："), m_field);
    form->addRow(tr("改为："), m_value);
    auto* extra = new QVBoxLayout;
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(m_extraCombo);
    extra->addWidget(m_condition);
    form->addRow(m_extraLabel, extra);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("已发布的信息资源不会直接改动：修改保存为修订草稿，审核通过后生效。"
                                "其他部门的、审核中的信息资源将跳过。"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 560);
    fieldChanged();
}

BulkEditDialog::~BulkEditDialog() = default;

catalog::BulkChange BulkEditDialog::change() const
{
    const QString column = m_field->currentData().toString();
    const QString value =
        valueList(column) ? m_value->currentData().toString() : m_value->currentText().trimmed();
    const QString dependent = catalog::BulkEdit::dependentFor(column, value);
    QVariant extra;
    if (!dependent.isEmpty()) {
        extra = m_extraCombo->isVisibleTo(this) ? m_extraCombo->currentData() : QVariant(m_condition->text());
    }
    return {column, value, dependent, extra};
}

void BulkEditDialog::fieldChanged()
{
    const QString column = m_field->currentData().toString();
    const QSignalBlocker block(m_value);
    m_value->clear();
    const auto list = valueList(column);
    m_value->setEditable(!list);
    if (list) {
        m_value->addItem(tr("（请选择）"), QString());
        for (const CodeEntry& e : codeList(*list).entries) {
            m_value->addItem(displayName(e), e.name);
        }
    } else {
        m_value->lineEdit()->setPlaceholderText(tr("留空则清除"));
    }
    valueChanged();
}

void BulkEditDialog::valueChanged()
{
    const catalog::BulkChange c = change();
    const QString value = c.value.toString();
    const QString dependent = catalog::BulkEdit::dependentFor(c.column, value);
    const QStringList choices = choicesFor(dependent, value);
    const bool basis = dependent == QLatin1String("no_share_basis_id");
    const bool combo = basis || !choices.isEmpty();
    {
        const QSignalBlocker block(m_extraCombo);
        m_extraCombo->clear();
        m_extraCombo->addItem(tr("（请选择）"), QString());
        for (const QString& name : choices) {
            m_extraCombo->addItem(displayValue(dependent == QLatin1String("format_type")
                                                   ? CodeListId::FormatType
                                                   : CodeListId::ShareMethodType,
                                               name),
                                  name);
        }
        if (basis) {
            for (const auto& [id, title] : std::as_const(m_legalBases)) {
                m_extraCombo->addItem(title, id);
            }
        }
    }
    m_extraLabel->setText(dependent.isEmpty() ? QString() : fieldDisplayLabel(dependent) + tr("："));
    m_extraLabel->setVisible(!dependent.isEmpty());
    m_extraCombo->setVisible(combo);
    m_condition->setVisible(!dependent.isEmpty() && !combo);
    m_condition->setPlaceholderText(dependent == QLatin1String("share_condition")
                                        ? tr("例如：仅向市场监管部门提供，用于企业登记核验")
                                        : QString());
    updatePreview();
}

void BulkEditDialog::updatePreview()
{
    m_debounce->stop();
    if (m_running) {
        m_previewAgain = true; // read again once the running job is back
        return;
    }
    do {
        m_previewAgain = false;
        const catalog::BulkChange c = change();
        m_preview.reset();
        m_table->setRowCount(0);
        m_apply->setEnabled(false);
        QString problem = catalog::BulkEdit::problem(c);
        if (problem.isEmpty()) {
            m_running = true;
            auto preview = JobRunner::run<catalog::BulkPreview>(
                this, m_services.worker(),
                {QStringLiteral("bulkPreviewProgressDialog"), tr("批量修改"), tr("正在读取所选信息资源…")},
                [ids = m_ids, c, seed = m_services.jobRepository()](db::JobContext& context) {
                    const db::Repository repo = seed.make(context.connection());
                    return catalog::BulkEdit::preview(context.connection(), repo, ids, c, context.callback());
                });
            m_running = false;
            if (preview) {
                m_preview = std::move(preview).value();
            } else if (preview.error().kind == Error::Kind::Cancelled) {
                problem = tr("预览已取消。重新选择取值即可再次预览。");
            } else {
                problem = models::ErrorMessages::forEdit(preview.error());
            }
        }
        if (m_preview) {
            showPreview();
        } else {
            m_summary->setText(problem);
        }
    } while (m_previewAgain);
}

void BulkEditDialog::showPreview()
{
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(int(m_preview->rows.size()));
    const QBrush skipped = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < int(m_preview->rows.size()); ++i) {
        const catalog::BulkPreviewRow& r = m_preview->rows.at(i);
        const QString newText = r.willChange() ? r.newValue : tr("（不修改）");
        const QStringList texts = {r.name, r.code, r.oldValue, newText, r.note};
        for (int col = NameColumn; col <= NoteColumn; ++col) {
            auto* item = new QTableWidgetItem(texts.at(col));
            if (!r.willChange()) {
                item->setForeground(skipped);
            }
            if (col == NoteColumn || col == NewColumn || col == OldColumn) {
                item->setToolTip(texts.at(col));
            }
            m_table->setItem(i, col, item);
        }
    }
    m_table->resizeColumnToContents(CodeColumn);
    m_table->setUpdatesEnabled(true);
    m_summary->setText(tr("将修改 %1 条，跳过 %2 条").arg(m_preview->toChange).arg(m_preview->skipped));
    m_apply->setEnabled(m_preview->toChange > 0);
}

void BulkEditDialog::apply()
{
    if (m_running) {
        return;
    }
    if (m_debounce->isActive()) {
        updatePreview(); // the preview the user sees is what gets applied
    }
    if (!m_preview || m_preview->toChange == 0) {
        return;
    }
    m_running = true;
    m_apply->setEnabled(false);
    auto result = JobRunner::run<catalog::BulkResult>(
        this, m_services.worker(),
        {QStringLiteral("bulkApplyProgressDialog"), tr("批量修改"),
         tr("正在修改 %1 条信息资源…").arg(m_preview->toChange)},
        [preview = *m_preview, seed = m_services.jobRepository()](db::JobContext& context) {
            db::Repository repo = seed.make(context.connection());
            return catalog::BulkEdit::apply(context.connection(), repo, preview, context.callback());
        });
    m_running = false;
    if (!result) {
        const QString why = models::ErrorMessages::forEdit(result.error());
        m_summary->setText(result.error().kind == Error::Kind::Cancelled ? why : tr("未能应用：%1").arg(why));
        m_apply->setEnabled(true);
        if (m_previewAgain) {
            updatePreview();
        }
        return;
    }
    m_applied = std::move(result).value();
    accept();
}

std::unique_ptr<models::BulkEditCommand> BulkEditDialog::takeCommand()
{
    if (!m_applied || m_commandTaken) {
        return nullptr;
    }
    m_commandTaken = true;
    return std::make_unique<models::BulkEditCommand>(m_services.repository, *m_applied);
}

} // namespace govcat::ui
