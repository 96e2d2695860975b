#include "ReviewQueueView.h"

#include "ApprovalDialog.h"
#include "core/Clock.h"
#include "core/WorkingCalendar.h"
#include "models/commands/WorkflowCommands.h"
#include "models/common/ErrorMessages.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace govcat::ui {

namespace {

const QColor kOverdueBackground(255, 236, 179); // soft amber: noticeable, text stays readable
constexpr int kDeptRole = Qt::UserRole + 1;     // NameColumn: the provider's department id

QDateTime parseUtc(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(iso, Qt::ISODate);
    }
    return t;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// Asks for the reason of a return; empty when the reviewer cancelled.
QString askReturnReason(QWidget* parent, const QString& resourceName)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("returnReasonDialog"));
    dialog.setWindowTitle(ReviewQueueView::tr("退回修改"));
    auto* intro = new QLabel(
        ReviewQueueView::tr("将“%1”退回目录填报人员修改。请写明退回原因，目录填报人员会在流转记录中看到：")
            .arg(resourceName),
        &dialog);
    intro->setWordWrap(true);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("returnReasonEdit"));
    edit->setPlaceholderText(ReviewQueueView::tr("例如：摘要过于简单，请补充数据范围和更新方式。"));
    edit->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("returnReasonOkButton"));
    ok->setText(ReviewQueueView::tr("退回"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(ReviewQueueView::tr("取消"));
    QObject::connect(edit, &QPlainTextEdit::textChanged, ok,
                     [edit, ok] { ok->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(440, 240);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    return edit->toPlainText().trimmed();
}

} // namespace

ReviewQueueView::ReviewQueueView(catalog::CatalogWorkflow& workflow, QWidget* parent)
    : QWidget(parent), m_workflow(workflow), m_search(new QLineEdit(this)), m_department(new QComboBox(this)),
      m_legend(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_summary(new QLabel(this)), m_approve(new QPushButton(tr("通过…"), this)),
      m_return(new QPushButton(tr("退回…"), this)), m_open(new QPushButton(tr("查看"), this))
{
    setObjectName(QStringLiteral("reviewQueueView"));
    m_search->setObjectName(QStringLiteral("reviewQueueSearchEdit"));
    m_search->setPlaceholderText(tr("搜索名称、代码、提供方（输入即筛选）"));
    m_search->setClearButtonEnabled(true);
    m_department->setObjectName(QStringLiteral("reviewQueueDepartmentCombo"));
    m_department->setToolTip(tr("只看一个提供方部门的待审核信息资源"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_legend->setObjectName(QStringLiteral("reviewQueueLegendLabel"));
    m_legend->setTextFormat(Qt::RichText);

    m_table->setObjectName(QStringLiteral("reviewQueueTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("信息资源名称"), tr("代码"), tr("提供方"), tr("提交时间"), tr("已等待（工作日）"), tr("类型")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false); // the overdue highlight must stand out
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProviderColumn, QHeaderView::Stretch);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(SubmittedColumn, Qt::AscendingOrder); // oldest first
    m_table->setSortingEnabled(true);

    m_summary->setObjectName(QStringLiteral("reviewQueueSummaryLabel"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("审核通过并发布所选信息资源（可多选），可填写审核意见"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_return->setToolTip(tr("退回目录填报人员修改，需填写原因"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("打开所选信息资源查看详情"));

    connect(m_search, &QLineEdit::textChanged, this, &ReviewQueueView::applyFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &ReviewQueueView::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewQueueView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openCurrent(); });
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueView::approveWithDialog);
    connect(m_return, &QPushButton::clicked, this, &ReviewQueueView::returnCurrent);
    connect(m_open, &QPushButton::clicked, this, &ReviewQueueView::openCurrent);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("部门："), this));
    filters->addWidget(m_department, 1);
    filters->addSpacing(12);
    filters->addWidget(m_legend);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_return);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    refresh();
}

void ReviewQueueView::setOverdueDays(int days)
{
    m_overdueDays = std::max(0, days);
    refresh();
}

void ReviewQueueView::setUndoStack(QUndoStack* stack)
{
    if (m_undoStack) {
        disconnect(m_undoStack, nullptr, this, nullptr);
    }
    m_undoStack = stack;
    if (m_undoStack) {
        connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
            if (!m_pushing) {
                refresh();
            }
        });
    }
}

QString ReviewQueueView::currentResourceId() const
{
    const QStringList ids = selectedResourceIds();
    return ids.isEmpty() ? QString() : ids.constFirst();
}

QStringList ReviewQueueView::selectedResourceIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows(NameColumn)) {
        if (!m_table->isRowHidden(index.row())) {
            rows << index.row();
        }
    }
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows)) {
        ids << m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
    }
    return ids;
}

bool ReviewQueueView::selectResource(const QString& id)
{
    return selectResources({id}) == 1;
}

int ReviewQueueView::selectResources(const QStringList& ids)
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    QItemSelection selection;
    int selected = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->isRowHidden(row) &&
            wanted.contains(m_table->item(row, NameColumn)->data(Qt::UserRole).toString())) {
            selection.select(m_table->model()->index(row, 0), m_table->model()->index(row, ColumnCount - 1));
            ++selected;
        }
    }
    if (selected > 0) {
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_table->setCurrentItem(m_table->item(selection.constFirst().top(), NameColumn),
                                QItemSelectionModel::NoUpdate);
    }
    return selected;
}

int ReviewQueueView::visibleCount() const
{
    int n = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        n += m_table->isRowHidden(row) ? 0 : 1;
    }
    return n;
}

void ReviewQueueView::refresh()
{
    const QStringList selected = selectedResourceIds();
    const QHeaderView* header = m_table->horizontalHeader();
    const int sortColumn = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(0);
    m_total = 0;
    m_overdue = 0;
    m_legend->setText(QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> ")
                          .arg(kOverdueBackground.name()) +
                      tr("已等待超过 %1 个工作日").arg(m_overdueDays).toHtmlEscaped());
    const QString ageTip = tr("提交审核后经过的工作日（不含提交当天，按国务院放假安排计算）。"
                              "超过 %1 个工作日未审核的以黄色和警示图标标出。")
                               .arg(m_overdueDays);
    m_legend->setToolTip(ageTip);
    if (QTableWidgetItem* h = m_table->horizontalHeaderItem(WaitingColumn)) {
        h->setToolTip(ageTip);
    }
    auto queue = m_workflow.reviewQueue();
    if (!queue) {
        m_summary->setText(tr("无法读取待审核列表：%1").arg(models::ErrorMessages::forEdit(queue.error())));
        m_table->setSortingEnabled(true);
        updateButtons();
        return;
    }
    const QDate today = m_workflow.clock().nowUtc().toLocalTime().date();
    const WorkingCalendar& calendar = WorkingCalendar::builtIn();
    QMap<QString, QString> departments; // name → id, for the filter
    m_table->setRowCount(int(queue.value().size()));
    int row = 0;
    for (const catalog::QueueEntry& e : queue.value()) {
        const QDateTime submitted = parseUtc(e.submittedAt).toLocalTime();
        const int waited = submitted.isValid() ? calendar.workingDaysBetween(submitted.date(), today) : 0;
        const bool late = waited > m_overdueDays;
        m_overdue += late ? 1 : 0;
        departments.insert(e.provider, e.providerDeptId);

        auto* name = cell(e.name);
        name->setData(Qt::UserRole, e.resourceId);
        name->setData(kDeptRole, e.providerDeptId);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CodeColumn, cell(e.code.isEmpty() ? tr("（未生成）") : e.code));
        m_table->setItem(row, ProviderColumn, cell(e.provider));
        m_table->setItem(row, SubmittedColumn,
                         cell(submitted.isValid() ? submitted.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : e.submittedAt));
        auto* waiting = cell({});
        waiting->setData(Qt::DisplayRole, waited); // sorts as a number
        waiting->setData(Qt::UserRole, late);
        waiting->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        waiting->setToolTip(ageTip);
        m_table->setItem(row, WaitingColumn, waiting);
        m_table->setItem(row, TypeColumn,
                         cell(e.isRevision ? tr("修订第 %1 版").arg(e.versionNo) : tr("新发布")));
        if (late) {
            const QString why =
                tr("已等待 %1 个工作日，超过 %2 个工作日的审核时限").arg(waited).arg(m_overdueDays);
            for (int c = 0; c < ColumnCount; ++c) {
                m_table->item(row, c)->setBackground(kOverdueBackground);
                m_table->item(row, c)->setToolTip(why);
            }
            QFont bold = waiting->font();
            bold.setBold(true);
            waiting->setFont(bold);
            waiting->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning)); // seen when selected too
        }
        ++row;
    }
    m_total = int(queue.value().size());
    m_table->setSortingEnabled(true);
    m_table->sortItems(sortColumn, sortOrder);

    {
        const QString keep = m_department->currentData().toString();
        const QSignalBlocker block(m_department);
        m_department->clear();
        m_department->addItem(tr("全部部门"), QString());
        for (auto it = departments.cbegin(); it != departments.cend(); ++it) {
            m_department->addItem(it.key(), it.value());
        }
        const int index = m_department->findData(keep);
        m_department->setCurrentIndex(std::max(0, index));
    }
    selectResources(selected);
    applyFilter(); // hides what the search and department leave out; selects the first row shown if none
}

void ReviewQueueView::applyFilter()
{
    const QStringList terms = m_search->text().simplified().split(u' ', Qt::SkipEmptyParts);
    const QString dept = m_department->currentData().toString();
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        bool show = dept.isEmpty() || name->data(kDeptRole).toString() == dept;
        for (const QString& term : terms) {
            if (!show) {
                break;
            }
            show = name->text().contains(term, Qt::CaseInsensitive) ||
                   m_table->item(row, CodeColumn)->text().contains(term, Qt::CaseInsensitive) ||
                   m_table->item(row, ProviderColumn)->text().contains(term, Qt::CaseInsensitive);
        }
        m_table->setRowHidden(row, !show);
        visible += show ? 1 : 0;
    }
    if (selectedResourceIds().isEmpty()) { // the selection was filtered away: the first row shown
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (!m_table->isRowHidden(row)) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    if (m_total == 0) {
        m_summary->setText(tr("没有待审核的信息资源。"));
    } else {
        QString text = visible == m_total ? tr("待审核 %1 项").arg(m_total)
                                          : tr("待审核 %1 项，当前显示 %2 项").arg(m_total).arg(visible);
        if (m_overdue > 0) {
            text += tr("，其中 %1 项已等待超过 %2 个工作日（黄色并以警示图标标出）")
                        .arg(m_overdue)
                        .arg(m_overdueDays);
        }
        m_summary->setText(text + tr("。"));
    }
    updateButtons();
}

void ReviewQueueView::updateButtons()
{
    const QStringList ids = selectedResourceIds();
    const bool one = ids.size() == 1;
    // Several selected: 通过 is enabled when any of them may be approved; the others are refused
    // one by one with the reason in the summary.
    // The reviewer's own submissions are never approved by them (four eyes): skipped and said so.
    bool mayApprove = false;
    int own = 0;
    for (const QString& id : ids) {
        if (m_workflow.submittedByActor(id)) {
            ++own;
        } else if (!mayApprove && m_workflow.allowedActions(id).contains(CatalogAction::Approve)) {
            mayApprove = true;
        }
    }
    m_approve->setEnabled(mayApprove);
    m_approve->setText(ids.size() > 1 ? tr("通过所选 %1 项…").arg(ids.size()) : tr("通过…"));
    m_return->setEnabled(one && m_workflow.allowedActions(ids.constFirst()).contains(CatalogAction::Return));
    m_open->setEnabled(one);
    if (!ids.isEmpty() && !mayApprove) {
        m_approve->setToolTip(m_workflow.refusal(ids.constFirst(), CatalogAction::Approve));
    } else if (own > 0) {
        m_approve->setToolTip(tr("所选中有 %1 项是您本人提交的，通过时将跳过：提交人不能审核自己提交的目录，"
                                 "请由另一位审核员审核。")
                                  .arg(own));
    } else {
        m_approve->setToolTip(tr("审核通过并发布所选信息资源（可多选），可填写审核意见"));
    }
}

QString ReviewQueueView::summaryText(const ApprovalOutcome& outcome)
{
    QStringList lines;
    if (!outcome.approved.isEmpty()) {
        lines << tr("已审核通过并发布 %1 项：").arg(outcome.approved.size());
        for (const catalog::ApprovalReceipt& r : outcome.approved) {
            lines << QStringLiteral("· ") + (r.code.isEmpty() ? r.name : tr("%1（%2）").arg(r.name, r.code));
        }
    }
    if (outcome.skippedOwn > 0) {
        if (!lines.isEmpty()) {
            lines << QString();
        }
        lines << tr("跳过 %1 项：由您本人提交，提交人不能审核自己提交的目录，请由另一位审核员审核。")
                     .arg(outcome.skippedOwn);
    }
    if (!outcome.refused.isEmpty()) {
        if (!lines.isEmpty()) {
            lines << QString();
        }
        lines << tr("未通过 %1 项：").arg(outcome.refused.size());
        for (const QString& r : outcome.refused) {
            lines << QStringLiteral("· ") + r;
        }
    }
    return lines.join(u'\n');
}

ReviewQueueView::ApprovalOutcome ReviewQueueView::approveSelected(const QString& comment)
{
    ApprovalOutcome outcome;
    QHash<QString, QString> names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        names.insert(m_table->item(row, NameColumn)->data(Qt::UserRole).toString(),
                     m_table->item(row, NameColumn)->text());
    }
    for (const QString& id : selectedResourceIds()) {
        if (m_workflow.submittedByActor(id)) {
            ++outcome.skippedOwn;
            continue;
        }
        auto receipt = m_workflow.approveWithReceipt(id, comment);
        if (receipt) {
            outcome.approved << receipt.value();
        } else {
            outcome.refused << tr("%1：%2").arg(names.value(id),
                                                models::ErrorMessages::forEdit(receipt.error()));
        }
    }
    if (!outcome.approved.isEmpty()) {
        if (m_undoStack) {
            m_pushing = true; // refreshed below
            m_undoStack->push(
                new models::ApprovalCommand(m_workflow, outcome.approved)); // its first redo does nothing
            m_pushing = false;
        }
        const catalog::ApprovalReceipt& first = outcome.approved.constFirst();
        QString message;
        if (outcome.approved.size() == 1 && outcome.refused.isEmpty()) {
            message = tr("已审核通过并发布“%1”，代码 %2。").arg(first.name, first.code);
        } else {
            message = outcome.refused.isEmpty() ? tr("已审核通过并发布 %1 项。").arg(outcome.approved.size())
                                                : tr("已审核通过并发布 %1 项，%2 项未通过。")
                                                      .arg(outcome.approved.size())
                                                      .arg(outcome.refused.size());
        }
        if (outcome.skippedOwn > 0) {
            message += tr("跳过您本人提交的 %1 项。").arg(outcome.skippedOwn);
        }
        Q_EMIT statusMessage(message);
    } else if (outcome.skippedOwn > 0) {
        Q_EMIT statusMessage(tr("没有审核通过任何一项：所选 %1 项都是您本人提交的，请由另一位审核员审核。")
                                 .arg(outcome.skippedOwn));
    }
    refresh();
    if (!outcome.approved.isEmpty()) {
        Q_EMIT changed();
    }
    return outcome;
}

void ReviewQueueView::approveWithDialog()
{
    const QStringList ids = selectedResourceIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList names; // what will be approved: not the reviewer's own submissions
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows(NameColumn)) {
        if (!m_table->isRowHidden(index.row()) &&
            !m_workflow.submittedByActor(
                m_table->item(index.row(), NameColumn)->data(Qt::UserRole).toString())) {
            names << m_table->item(index.row(), NameColumn)->text();
        }
    }
    if (names.isEmpty()) {
        showFailure(tr("不能审核通过"), tr("所选信息资源都是您本人提交的。提交人不能审核自己提交的目录，"
                                           "请由另一位审核员审核。"));
        return;
    }
    const std::optional<QString> comment = askApproval(this, names);
    if (!comment) {
        return;
    }
    const ApprovalOutcome outcome = approveSelected(*comment);
    if (ids.size() > 1 || !outcome.refused.isEmpty() || outcome.skippedOwn > 0) {
        QMessageBox box(outcome.refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                        tr("审核结果"), summaryText(outcome), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("approveSummaryBox"));
        box.button(QMessageBox::Ok)->setText(tr("确定"));
        box.exec();
    }
    // Ctrl+Z must reach 编辑 → 撤销: a focused search field would take it for its own text.
    m_table->setFocus();
}

void ReviewQueueView::returnCurrent()
{
    const QStringList ids = selectedResourceIds();
    if (ids.size() != 1) {
        return;
    }
    const QString id = ids.constFirst();
    QString name;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == id) {
            name = m_table->item(row, NameColumn)->text();
        }
    }
    const QString reason = askReturnReason(this, name);
    if (reason.isEmpty()) {
        return;
    }
    if (auto done = m_workflow.returnToEditor(id, reason); !done) {
        showFailure(tr("无法退回"), models::ErrorMessages::forEdit(done.error()));
        refresh();
        return;
    }
    Q_EMIT statusMessage(tr("已将“%1”退回目录填报人员修改。").arg(name));
    refresh();
    Q_EMIT changed();
}

void ReviewQueueView::openCurrent()
{
    if (const QString id = currentResourceId(); !id.isEmpty()) {
        Q_EMIT openResource(id);
    }
}

void ReviewQueueView::showFailure(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace govcat::ui
