#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace govcat::db {
class CatalogWorkflow;
}

namespace govcat::ui {

// The reviewer's queue: everything waiting for review (new submissions and revisions of published
// resources), oldest first, with how many working days each has waited (core/WorkingCalendar, the
// day of submission not counted). Rows waiting longer than overdueDays() are highlighted.
// 通过 and 退回 act on the selected row and are enabled only when the local profile may do that
// (CatalogWorkflow::allowedActions); 退回 asks for a reason in a small dialog.
//
// objectNames: reviewQueueTable (columns: 信息资源名称, 代码, 提供方, 提交时间, 已等待（工作日）, 类型;
// the resource id is Qt::UserRole of column 0), reviewQueueSummaryLabel, approveButton, returnButton,
// openButton; the return dialog: returnReasonDialog with returnReasonEdit (QPlainTextEdit) and
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
    static constexpr int kDefaultOverdueDays = 5;

    explicit ReviewQueueView(db::CatalogWorkflow& workflow, QWidget* parent = nullptr);

    // Reloads the queue from the database, keeping the selected resource when it is still waiting.
    void refresh();

    // Rows that waited more than this many working days are highlighted (default 5).
    void setOverdueDays(int days);
    int overdueDays() const { return m_overdueDays; }

    // The selected resource's id; empty when nothing is selected.
    QString currentResourceId() const;
    bool selectResource(const QString& id);

Q_SIGNALS:
    void openResource(const QString& id);
    void changed(); // after a successful approval or return

private:
    void updateButtons();
    void approveCurrent();
    void returnCurrent();
    void openCurrent();
    void showFailure(const QString& title, const QString& message);

    db::CatalogWorkflow& m_workflow;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_open;
    int m_overdueDays = kDefaultOverdueDays;
};

} // namespace govcat::ui
