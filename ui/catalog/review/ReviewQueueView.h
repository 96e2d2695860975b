#pragma once

#include "catalog/CatalogWorkflow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace govcat::ui {

// The reviewer's queue (待审核): everything waiting for review (new submissions and revisions of
// published resources), oldest first, with how many working days each has waited
// (core/WorkingCalendar, the day of submission not counted). Rows waiting longer than overdueDays()
// (kDefaultOverdueDays, 5 working days) are highlighted; a legend and the tooltips say so.
// The search box filters as you type over name, code and provider; the department box keeps one
// provider; every column sorts by a click. Several rows can be selected: 通过… asks for an optional
// review comment and confirms before publishing, then approves each selected resource with the same
// checks as one (CatalogWorkflow::approveWithReceipt) and sums up what was approved and what was
// refused and why. With an undo stack (setUndoStack), the approvals are one undoable step (编辑 →
// 撤销, ApprovalCommand). 退回 acts on one resource and asks for a reason in a small dialog. 通过 and
// 退回 are enabled only when the local profile may do that (CatalogWorkflow::allowedActions).
//
// objectNames: reviewQueueTable (columns: 信息资源名称, 代码, 提供方, 提交时间, 已等待（工作日）, 类型;
// the resource id is Qt::UserRole of column 0), reviewQueueSearchEdit, reviewQueueDepartmentCombo
// (item data: the department id, empty for all), reviewQueueLegendLabel, reviewQueueSummaryLabel,
// approveButton, returnButton, openButton; the approval dialog: approveDialog with approveCommentEdit
// (QPlainTextEdit) and approveOkButton; the summary after several: approveSummaryBox (a QMessageBox);
// the return dialog: returnReasonDialog with returnReasonEdit (QPlainTextEdit) and
// returnReasonOkButton (disabled until a reason is typed).
class ReviewQueueView final : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        ProviderColumn,
        SubmittedColumn,
        WaitingColumn,
        TypeColumn,
        ColumnCount
    };
    // Review is overdue after this many working days (a bureau's usual target for catalog review).
    static constexpr int kDefaultOverdueDays = 5;

    explicit ReviewQueueView(catalog::CatalogWorkflow& workflow, QWidget* parent = nullptr);

    // Reloads the queue from the database, keeping the selected resources when they are still waiting.
    void refresh();

    // Rows that waited more than this many working days are highlighted (default 5).
    void setOverdueDays(int days);
    int overdueDays() const { return m_overdueDays; }

    // Approvals are pushed here as one undoable step each time (not owned; may be null); the queue
    // reads itself again whenever the stack undoes or redoes something.
    void setUndoStack(QUndoStack* stack);

    // The first selected resource's id; empty when nothing is selected.
    QString currentResourceId() const;
    // The selected (and visible) resources' ids, in the table's order.
    QStringList selectedResourceIds() const;
    bool selectResource(const QString& id);
    // Selects exactly these resources (those in the visible queue); the number selected.
    int selectResources(const QStringList& ids);
    // The number of rows the search and department filter leave visible.
    int visibleCount() const;

    // What approving several resources did.
    struct ApprovalOutcome
    {
        QList<catalog::ApprovalReceipt> approved;
        QStringList refused; // 名称：原因, one per resource refused
        int skippedOwn = 0;  // selected resources the reviewer submitted themselves (four eyes)
    };
    // Approves the selected resources with this comment, without asking (the dialog's 发布 runs
    // this), pushes the undo step and emits statusMessage and changed. Resources the reviewer
    // submitted themselves are skipped and counted (nobody approves their own submission).
    ApprovalOutcome approveSelected(const QString& comment);
    // The summary shown after approving several resources or when some were refused.
    static QString summaryText(const ApprovalOutcome& outcome);

Q_SIGNALS:
    void openResource(const QString& id);
    void changed(); // after a successful approval or return
    // A short sentence for the status bar, e.g. after an approval.
    void statusMessage(const QString& message);

private:
    void applyFilter();
    void updateButtons();
    void approveWithDialog();
    void returnCurrent();
    void openCurrent();
    void showFailure(const QString& title, const QString& message);

    catalog::CatalogWorkflow& m_workflow;
    QLineEdit* m_search;
    QComboBox* m_department;
    QLabel* m_legend;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_open;
    QUndoStack* m_undoStack = nullptr;
    bool m_pushing = false;
    int m_overdueDays = kDefaultOverdueDays;
    int m_total = 0;
    int m_overdue = 0;
};

} // namespace govcat::ui
