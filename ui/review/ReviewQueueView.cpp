#include "ReviewQueueView.h"

#include "core/Clock.h"
#include "core/WorkingCalendar.h"
#include "db/CatalogWorkflow.h"
#include "ui/common/ErrorMessages.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace govcat::ui {

namespace {

const QColor kOverdueBackground(255, 236, 179); // soft amber: noticeable, text stays readable

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
    auto* intro =
        new QLabel(ReviewQueueView::tr("将“%1”退回编目员修改。请写明退回原因，编目员会在流转记录中看到：")
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

ReviewQueueView::ReviewQueueView(db::CatalogWorkflow& workflow, QWidget* parent)
    : QWidget(parent), m_workflow(workflow), m_table(new QTableWidget(0, ColumnCount, this)),
      m_summary(new QLabel(this)), m_approve(new QPushButton(tr("通过"), this)),
      m_return(new QPushButton(tr("退回…"), this)), m_open(new QPushButton(tr("查看"), this))
{
    setObjectName(QStringLiteral("reviewQueueView"));
    m_table->setObjectName(QStringLiteral("reviewQueueTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("信息资源名称"), tr("代码"), tr("提供方"), tr("提交时间"), tr("已等待（工作日）"), tr("类型")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false); // the overdue highlight must stand out
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProviderColumn, QHeaderView::Stretch);

    m_summary->setObjectName(QStringLiteral("reviewQueueSummaryLabel"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("审核通过并发布所选信息资源"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_return->setToolTip(tr("退回编目员修改，需填写原因"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("打开所选信息资源查看详情"));

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewQueueView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openCurrent(); });
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueView::approveCurrent);
    connect(m_return, &QPushButton::clicked, this, &ReviewQueueView::returnCurrent);
    connect(m_open, &QPushButton::clicked, this, &ReviewQueueView::openCurrent);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_return);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    refresh();
}

void ReviewQueueView::setOverdueDays(int days)
{
    m_overdueDays = std::max(0, days);
    refresh();
}

QString ReviewQueueView::currentResourceId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const QTableWidgetItem* first = m_table->item(selected.constFirst()->row(), NameColumn);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

bool ReviewQueueView::selectResource(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ReviewQueueView::refresh()
{
    const QString selected = currentResourceId();
    m_table->clearContents();
    m_table->setRowCount(0);
    auto queue = m_workflow.reviewQueue();
    if (!queue) {
        m_summary->setText(tr("无法读取待审核列表：%1").arg(ErrorMessages::forEdit(queue.error())));
        updateButtons();
        return;
    }
    const QDate today = Clock::instance().nowUtc().toLocalTime().date();
    const WorkingCalendar& calendar = WorkingCalendar::builtIn();
    int overdue = 0;
    m_table->setRowCount(int(queue.value().size()));
    int row = 0;
    for (const db::QueueEntry& e : queue.value()) {
        const QDateTime submitted = parseUtc(e.submittedAt).toLocalTime();
        const int waited = submitted.isValid() ? calendar.workingDaysBetween(submitted.date(), today) : 0;
        const bool late = waited > m_overdueDays;
        overdue += late ? 1 : 0;

        auto* name = cell(e.name);
        name->setData(Qt::UserRole, e.resourceId);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CodeColumn, cell(e.code.isEmpty() ? tr("（未生成）") : e.code));
        m_table->setItem(row, ProviderColumn, cell(e.provider));
        m_table->setItem(row, SubmittedColumn,
                         cell(submitted.isValid() ? submitted.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : e.submittedAt));
        auto* waiting = cell(QString::number(waited));
        waiting->setData(Qt::UserRole, late);
        waiting->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
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
    if (queue.value().isEmpty()) {
        m_summary->setText(tr("没有待审核的信息资源。"));
    } else if (overdue > 0) {
        m_summary->setText(tr("待审核 %1 项，其中 %2 项已等待超过 %3 个工作日（黄色并以警示图标标出）。")
                               .arg(queue.value().size())
                               .arg(overdue)
                               .arg(m_overdueDays));
    } else {
        m_summary->setText(tr("待审核 %1 项。").arg(queue.value().size()));
    }
    if (!selectResource(selected) && m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    updateButtons();
}

void ReviewQueueView::updateButtons()
{
    const QString id = currentResourceId();
    const QList<CatalogAction> allowed =
        id.isEmpty() ? QList<CatalogAction>() : m_workflow.allowedActions(id);
    m_approve->setEnabled(allowed.contains(CatalogAction::Approve));
    m_return->setEnabled(allowed.contains(CatalogAction::Return));
    m_open->setEnabled(!id.isEmpty());
}

void ReviewQueueView::approveCurrent()
{
    const QString id = currentResourceId();
    if (id.isEmpty()) {
        return;
    }
    if (auto done = m_workflow.approve(id); !done) {
        showFailure(tr("无法通过审核"), ErrorMessages::forEdit(done.error()));
        refresh();
        return;
    }
    refresh();
    Q_EMIT changed();
}

void ReviewQueueView::returnCurrent()
{
    const QString id = currentResourceId();
    if (id.isEmpty()) {
        return;
    }
    const int row = m_table->selectedItems().constFirst()->row();
    const QString name = m_table->item(row, NameColumn)->text();
    const QString reason = askReturnReason(this, name);
    if (reason.isEmpty()) {
        return;
    }
    if (auto done = m_workflow.returnToEditor(id, reason); !done) {
        showFailure(tr("无法退回"), ErrorMessages::forEdit(done.error()));
        refresh();
        return;
    }
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
