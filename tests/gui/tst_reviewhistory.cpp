#include "catalog/CatalogWorkflow.h"
#include "core/Clock.h"
#include "support/CatalogFixture.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/editor/ResourceDialog.h"
#include "ui/catalog/editor/ResourceEditor.h"
#include "ui/catalog/history/HistoryDialog.h"
#include "ui/catalog/review/ReviewQueueView.h"
#include "ui/session/ProfileDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;
using govcat::test::child;
using govcat::test::saveScreenshot;
using govcat::ui::HistoryDialog;
using govcat::ui::ReviewQueueView;

namespace {

// QDialog::exec() blocks the test: runs `act` on the modal widget named `name` once it is shown.
// The polling timer lives no longer than `owner`.
void onModal(QWidget* owner, const QString& name, std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(owner);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, act = std::move(act)] {
        if (QWidget* w = QApplication::activeModalWidget(); w && w->objectName() == name) {
            timer->stop();
            timer->deleteLater();
            act(w);
        }
    });
    timer->start(10);
}

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(6, 0), Qt::UTC); // 14:00 in Beijing: same date almost anywhere
}

int rowWith(QTableWidget* table, int column, const QString& text)
{
    const QList<QTableWidgetItem*> found = table->findItems(text, Qt::MatchExactly);
    const auto it = std::find_if(found.begin(), found.end(), [&](auto* i) { return i->column() == column; });
    return it == found.end() ? -1 : (*it)->row();
}

} // namespace

// The reviewer's queue and a resource's history, on a real encrypted database.
class TestReviewHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void queueShowsWorkingDayAgeAndReviews();
    void historyDiffsVersionsAndRestores();
    void historySaysWhatEachVersionIs();
    void queueFiltersSortsAndApprovesSeveral();
    void resourceDialogExplainsAndReports();
    void neverSubmittedDraftIsDeletedWithUndo();
    void ownSubmissionIsNotApprovedFromTheQueueOrTheDialog();
    void profileDialogHidesAdministratorAndListsRoleChanges();

private:
    void as(Role role);
    void setNow(const QDateTime& now) { m_clock.advanceSecs(m_clock.nowUtc().secsTo(now)); }
    QString saveAndSubmit(const ResourceDraft& draft);
    QString publish(const QString& name);

    std::unique_ptr<test::CatalogFixture> m_fx;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<CatalogWorkflow> m_flow;
    FixedClock m_clock{utc(2026, 1, 20)};
};

void TestReviewHistory::init()
{
    setNow(utc(2026, 1, 20));
    Clock::install(&m_clock);
    m_fx = std::make_unique<test::CatalogFixture>(0); // no demo resources: the queue is ours alone
    m_repo = std::make_unique<Repository>(m_fx->database->connection(), m_fx->actor(Role::CatalogEditor));
    m_store = std::make_unique<ResourceStore>(m_fx->database->connection(), *m_repo);
    m_flow = std::make_unique<CatalogWorkflow>(*m_store);
}

void TestReviewHistory::cleanup()
{
    m_flow.reset();
    m_store.reset();
    m_repo.reset();
    m_fx.reset();
    Clock::install(nullptr);
}

void TestReviewHistory::as(Role role)
{
    m_repo->setActor(m_fx->actor(role, role == Role::CatalogEditor ? QString() : m_fx->otherDeptId));
}

QString TestReviewHistory::saveAndSubmit(const ResourceDraft& draft)
{
    as(Role::CatalogEditor);
    auto id = m_store->save(draft);
    return id && m_flow->submit(id.value()) ? id.value() : QString();
}

QString TestReviewHistory::publish(const QString& name)
{
    const QString id = saveAndSubmit(m_fx->validDraft(*m_store, name));
    as(Role::Reviewer);
    const bool ok = !id.isEmpty() && m_flow->approve(id, QStringLiteral("同意发布"));
    as(Role::CatalogEditor);
    return ok ? id : QString();
}

void TestReviewHistory::queueShowsWorkingDayAgeAndReviews()
{
    // A revision: published in January, revised and submitted on Friday 13 February 2026.
    const QString revised = publish(QStringLiteral("道路运输经营许可信息"));
    QVERIFY(!revised.isEmpty());
    // A new resource submitted on Thursday 5 February.
    setNow(utc(2026, 2, 5));
    const QString fresh = saveAndSubmit(m_fx->validDraft(*m_store, QStringLiteral("市场主体登记信息")));
    QVERIFY(!fresh.isEmpty());
    setNow(utc(2026, 2, 13));
    QVERIFY(m_flow->revise(revised));
    ResourceDraft rev = m_store->loadForEditing(revised).value();
    rev.abstract = QStringLiteral("道路运输经营许可的许可事项、有效期和经营范围。");
    QVERIFY(m_store->save(rev));
    QVERIFY(m_flow->submit(revised));

    // Today is Wednesday 25 February, after the Spring Festival (15–23 February off, Saturday
    // 14 February a make-up working day). 5 Feb → 9 working days (6, 9–13, 14, 24, 25);
    // 13 Feb → 3 (14, 24, 25) although 12 calendar days have passed.
    setNow(utc(2026, 2, 25));

    as(Role::Leader);
    ReviewQueueView view(*m_flow);
    view.resize(980, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = child<QTableWidget>(&view, "reviewQueueTable");
    auto* approve = child<QPushButton>(&view, "approveButton");
    auto* ret = child<QPushButton>(&view, "returnButton");
    auto* open = child<QPushButton>(&view, "openButton");
    QCOMPARE(table->rowCount(), 2);
    using C = ReviewQueueView::Column;
    // Oldest first.
    QCOMPARE(table->item(0, C::NameColumn)->data(Qt::UserRole).toString(), fresh);
    QCOMPARE(table->item(0, C::CodeColumn)->text(), m_store->load(fresh).value().code);
    QCOMPARE(table->item(0, C::SubmittedColumn)->text(),
             utc(2026, 2, 5).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(table->item(0, C::WaitingColumn)->text(), QStringLiteral("9"));
    QCOMPARE(table->item(0, C::TypeColumn)->text(), QStringLiteral("新发布"));
    QCOMPARE(table->item(1, C::WaitingColumn)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, C::TypeColumn)->text(), QStringLiteral("修订第 2 版"));
    // More than 5 working days: highlighted.
    QVERIFY(table->item(0, C::WaitingColumn)->data(Qt::UserRole).toBool());
    QVERIFY(table->item(0, C::NameColumn)->background().style() != Qt::NoBrush);
    QVERIFY(!table->item(1, C::WaitingColumn)->data(Qt::UserRole).toBool());
    QCOMPARE(table->item(1, C::NameColumn)->background().style(), Qt::NoBrush);
    QVERIFY(
        child<QLabel>(&view, "reviewQueueSummaryLabel")->text().contains(QStringLiteral("1 项已等待超过 5")));
    view.setOverdueDays(10);
    QVERIFY(!table->item(0, C::WaitingColumn)->data(Qt::UserRole).toBool());
    view.setOverdueDays(ReviewQueueView::kDefaultOverdueDays);

    // A leader reads but does not review.
    QCOMPARE(view.currentResourceId(), fresh);
    QVERIFY(!approve->isEnabled() && !ret->isEnabled() && open->isEnabled());
    QSignalSpy opened(&view, &ReviewQueueView::openResource);
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(opened.size() == 1 && opened.constFirst().constFirst().toString() == fresh);

    as(Role::Reviewer);
    view.refresh();
    QVERIFY(approve->isEnabled() && ret->isEnabled());
    QVERIFY(saveScreenshot(&view, "review-queue"));
    QSignalSpy changed(&view, &ReviewQueueView::changed);

    // 退回: OK stays disabled until a reason is typed; cancelling changes nothing.
    bool okDisabled = false;
    onModal(&view, QStringLiteral("returnReasonDialog"), [&](QWidget* dialog) {
        auto* ok = child<QPushButton>(dialog, "returnReasonOkButton");
        okDisabled = !ok->isEnabled();
        child<QPlainTextEdit>(dialog, "returnReasonEdit")->insertPlainText(QStringLiteral("   "));
        okDisabled = okDisabled && !ok->isEnabled(); // spaces are no reason
        qobject_cast<QDialog*>(dialog)->reject();
    });
    QTest::mouseClick(ret, Qt::LeftButton);
    QVERIFY(okDisabled);
    QCOMPARE(m_store->load(fresh).value().status, QStringLiteral("待审核"));
    QCOMPARE(changed.size(), 0);

    const QString reason = QStringLiteral("摘要过于简单，请补充数据范围。");
    bool enabledWithReason = false;
    onModal(&view, QStringLiteral("returnReasonDialog"), [&](QWidget* dialog) {
        auto* ok = child<QPushButton>(dialog, "returnReasonOkButton");
        child<QPlainTextEdit>(dialog, "returnReasonEdit")->insertPlainText(reason);
        enabledWithReason = ok->isEnabled();
        QVERIFY(saveScreenshot(dialog, "review-return-reason"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(ret, Qt::LeftButton);
    QVERIFY(enabledWithReason);
    QCOMPARE(m_store->load(fresh).value().status, QStringLiteral("已退回"));
    QCOMPARE(m_flow->transitions(fresh).value().constLast().comment, reason);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(table->rowCount(), 1);

    // The remaining revision is selected; approving (confirmed, with a comment) publishes version 2
    // and empties the queue. Cancelling the confirmation changes nothing.
    QCOMPARE(view.currentResourceId(), revised);
    onModal(&view, QStringLiteral("approveDialog"),
            [](QWidget* dialog) { qobject_cast<QDialog*>(dialog)->reject(); });
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(m_store->revision(revised).value()->status, ResourceStatus::PendingReview);
    QCOMPARE(changed.size(), 1);
    onModal(&view, QStringLiteral("approveDialog"), [](QWidget* dialog) {
        child<QPlainTextEdit>(dialog, "approveCommentEdit")->insertPlainText(QStringLiteral("同意修订"));
        QTest::mouseClick(child<QPushButton>(dialog, "approveOkButton"), Qt::LeftButton);
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(m_flow->transitions(revised).value().constLast().comment, QStringLiteral("同意修订"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_store->load(revised).value().catalogVersion, 2);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!approve->isEnabled() && !ret->isEnabled() && !open->isEnabled());
    QVERIFY(child<QLabel>(&view, "reviewQueueSummaryLabel")->text().contains(QStringLiteral("没有待审核")));

    // The editor resubmits: an editor and a leader see it but cannot review it.
    QVERIFY(!saveAndSubmit(m_store->load(fresh).value()).isEmpty());
    for (Role role : {Role::CatalogEditor, Role::Leader}) {
        as(role);
        view.refresh();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!approve->isEnabled() && !ret->isEnabled() && open->isEnabled());
    }
}

void TestReviewHistory::historyDiffsVersionsAndRestores()
{
    const QString id = publish(QStringLiteral("食品经营许可信息"));
    QVERIFY(!id.isEmpty());
    const ResourceDraft first = m_store->load(id).value();
    m_clock.advanceSecs(86400);
    QVERIFY(m_flow->revise(id));
    ResourceDraft rev = m_store->loadForEditing(id).value();
    rev.name = QStringLiteral("食品经营许可信息（2026 版）");
    rev.items[1].name = QStringLiteral("经营者名称");
    rev.items.append(ItemDraft::of(QStringLiteral("许可证编号"), QStringLiteral("C"), QStringLiteral("32")));
    QVERIFY(m_store->save(rev));
    QVERIFY(m_flow->submit(id));
    as(Role::Reviewer);
    QVERIFY(m_flow->approve(id, QStringLiteral("同意修订")));
    as(Role::CatalogEditor);

    HistoryDialog dialog(*m_flow, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* versions = child<QTableWidget>(&dialog, "versionsTable");
    QCOMPARE(versions->rowCount(), 2);
    QCOMPARE(versions->item(0, 0)->text(), QStringLiteral("第 1 版"));
    QCOMPARE(versions->item(1, 0)->text(), QStringLiteral("第 2 版"));
    QCOMPARE(versions->item(1, 1)->text(), QStringLiteral("已发布"));
    QCOMPARE(versions->item(1, 4)->text(), QStringLiteral("同意修订"));
    QCOMPARE(child<QComboBox>(&dialog, "diffFromCombo")->currentData().toInt(), 1);
    QCOMPARE(child<QComboBox>(&dialog, "diffToCombo")->currentData().toInt(), 2);

    using D = HistoryDialog::DiffColumn;
    auto* diff = child<QTableWidget>(&dialog, "diffTable");
    const int name = rowWith(diff, D::DiffOldColumn, first.name);
    QVERIFY(name >= 0);
    QCOMPARE(diff->item(name, D::DiffFieldColumn)->text(), QStringLiteral("信息资源名称"));
    QCOMPARE(diff->item(name, D::DiffNewColumn)->text(), rev.name);
    const int renamed = rowWith(diff, D::DiffOldColumn, QStringLiteral("企业名称"));
    QVERIFY(renamed >= 0);
    QCOMPARE(diff->item(renamed, D::DiffItemColumn)->text(), QStringLiteral("经营者名称"));
    const int added = rowWith(diff, D::DiffNewColumn, QStringLiteral("许可证编号"));
    QVERIFY(added >= 0);
    QCOMPARE(diff->item(added, D::DiffFieldColumn)->text(), QStringLiteral("新增信息项"));
    QCOMPARE(diff->item(added, D::DiffFieldColumn)->data(Qt::UserRole).toString(), QStringLiteral("item"));
    QVERIFY(diff->item(added, D::DiffFieldColumn)->background().style() != Qt::NoBrush);
    // Reversed, the new item shows as removed.
    QVERIFY(dialog.compare(2, 1));
    QCOMPARE(
        diff->item(rowWith(diff, D::DiffOldColumn, QStringLiteral("许可证编号")), D::DiffFieldColumn)->text(),
        QStringLiteral("删除信息项"));
    QVERIFY(dialog.compare(1, 2));
    QVERIFY(saveScreenshot(&dialog, "history-versions"));

    auto* transitions = child<QTableWidget>(&dialog, "transitionsTable");
    QCOMPARE(transitions->rowCount(), 5); // submit, approve, revise, submit, approve
    QCOMPARE(transitions->item(1, 1)->text(), QStringLiteral("审核通过"));
    QCOMPARE(transitions->item(1, 5)->text(), QStringLiteral("审核员"));
    QCOMPARE(transitions->item(1, 6)->text(), QStringLiteral("同意发布"));
    child<QTabWidget>(&dialog, "historyTabs")->setCurrentIndex(1);
    QVERIFY(saveScreenshot(&dialog, "history-transitions"));
    child<QTabWidget>(&dialog, "historyTabs")->setCurrentIndex(0);

    // A leader cannot restore; an editor of the department can, after confirming.
    auto* restore = child<QPushButton>(&dialog, "restoreButton");
    as(Role::Leader);
    dialog.reload();
    QVERIFY(dialog.selectVersion(1));
    QVERIFY(!restore->isEnabled());
    as(Role::CatalogEditor);
    dialog.reload();
    QVERIFY(dialog.selectVersion(1));
    QVERIFY(restore->isEnabled());
    QSignalSpy restored(&dialog, &HistoryDialog::restored);
    const auto answer = [](QMessageBox::StandardButton button) {
        return [button](QWidget* box) {
            QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(button), Qt::LeftButton);
        };
    };
    onModal(&dialog, QStringLiteral("restoreConfirmBox"), answer(QMessageBox::Cancel));
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(restored.size(), 0);
    QCOMPARE(m_store->loadForEditing(id).value().name, rev.name);

    onModal(&dialog, QStringLiteral("restoreConfirmBox"), answer(QMessageBox::Yes));
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(restored.size(), 1);
    const ResourceDraft working = m_store->loadForEditing(id).value();
    QCOMPARE(working.name, first.name);
    QCOMPARE(working.items.at(1).name, QStringLiteral("企业名称"));
    QCOMPARE(m_store->load(id).value().name, rev.name); // the published version stays
    // The restored content is the open revision, version 3, compared with version 2 by default.
    QCOMPARE(versions->rowCount(), 3);
    QCOMPARE(versions->item(2, 0)->text(), QStringLiteral("第 3 版"));
    QCOMPARE(child<QComboBox>(&dialog, "diffToCombo")->currentData().toInt(), 3);
    QVERIFY(rowWith(diff, D::DiffNewColumn, first.name) >= 0);
}

// An open revision of a published resource: the list says which version is published (when, by
// whom) and what the revision is (its state, who edited it, when); the diff shows the change.
void TestReviewHistory::historySaysWhatEachVersionIs()
{
    const QString id = publish(QStringLiteral("排污许可信息"));
    QVERIFY(!id.isEmpty());
    const ResourceDraft published = m_store->load(id).value();
    setNow(utc(2026, 1, 22));
    ResourceDraft rev = m_store->loadForEditing(id).value();
    rev.updateCycle = canonicalName(UpdateCycle::Monthly);
    rev.abstract = QStringLiteral("排污许可证的核发、变更、延续和注销信息。");
    m_repo->setActor({QStringLiteral("王编目"), m_fx->deptId, canonicalName(Role::CatalogEditor)});
    QVERIFY(m_store->save(rev));

    HistoryDialog dialog(*m_flow, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(child<QLabel>(&dialog, "historyTitleLabel")
                 ->text()
                 .contains(QStringLiteral("已发布；第 2 版修订中（草稿）")),
             qPrintable(child<QLabel>(&dialog, "historyTitleLabel")->text()));
    auto* versions = child<QTableWidget>(&dialog, "versionsTable");
    QCOMPARE(versions->rowCount(), 2);
    QCOMPARE(versions->item(0, 0)->text(), QStringLiteral("第 1 版"));
    QCOMPARE(versions->item(0, 1)->text(), QStringLiteral("已发布"));
    QVERIFY(versions->item(0, 1)->font().bold()); // the version in the catalog
    QVERIFY2(versions->item(0, 2)->text().startsWith(QStringLiteral("发布于 2026-01-20")),
             qPrintable(versions->item(0, 2)->text()));
    QCOMPARE(versions->item(0, 3)->text(), QStringLiteral("审核：测试审核员"));
    QCOMPARE(versions->item(0, 4)->text(), QStringLiteral("同意发布"));
    QCOMPARE(versions->item(1, 0)->text(), QStringLiteral("第 2 版"));
    QCOMPARE(versions->item(1, 1)->text(), QStringLiteral("草稿（修订中，尚未发布）"));
    QVERIFY(versions->item(1, 2)->text().startsWith(QStringLiteral("修改于 2026-01-22")));
    QCOMPARE(versions->item(1, 3)->text(), QStringLiteral("编辑：王编目"));

    using D = HistoryDialog::DiffColumn;
    auto* diff = child<QTableWidget>(&dialog, "diffTable");
    QVERIFY(dialog.compare(1, 2));
    const int cycle = rowWith(diff, D::DiffNewColumn, rev.updateCycle);
    QVERIFY(cycle >= 0);
    QCOMPARE(diff->item(cycle, D::DiffFieldColumn)->text(), QStringLiteral("更新周期"));
    QCOMPARE(diff->item(cycle, D::DiffOldColumn)->text(), published.updateCycle);
    QVERIFY(rowWith(diff, D::DiffNewColumn, rev.abstract) >= 0);
    QVERIFY(dialog.compare(2, 1));
    QVERIFY(rowWith(diff, D::DiffOldColumn, rev.abstract) >= 0);
    QVERIFY(rowWith(diff, D::DiffNewColumn, published.abstract) >= 0);
    QVERIFY(!child<QLabel>(&dialog, "diffSummaryLabel")->text().contains(QStringLiteral("相同")));
    QVERIFY(child<QLabel>(&dialog, "transitionsNoteLabel")->isHidden()); // the record is complete
}

void TestReviewHistory::queueFiltersSortsAndApprovesSeveral()
{
    // Three of our department's resources and one of another department, submitted on different days.
    QStringList ours;
    int day = 2;
    for (const QString& name : {QStringLiteral("企业登记信息"), QStringLiteral("个体工商户登记信息"),
                                QStringLiteral("食品经营许可信息")}) {
        setNow(utc(2026, 2, day++));
        ours << saveAndSubmit(m_fx->validDraft(*m_store, name));
        QVERIFY(!ours.constLast().isEmpty());
    }
    setNow(utc(2026, 2, 10));
    m_repo->setActor(m_fx->actor(Role::CatalogEditor, m_fx->otherDeptId));
    ResourceDraft other = m_fx->validDraft(*m_store, QStringLiteral("道路运输许可信息"));
    const ResourceDraft blank = m_store->newDraft(m_fx->otherDeptId).value();
    other.providerDeptId = blank.providerDeptId;
    other.providerName = blank.providerName;
    other.providerCode = blank.providerCode;
    auto otherId = m_store->save(other);
    QVERIFY2(otherId, qPrintable(otherId ? QString() : otherId.error().message));
    QVERIFY(m_flow->submit(otherId.value()));
    setNow(utc(2026, 2, 12)); // Thursday: 2 Feb (Monday) waited 8 working days, 10 Feb waited 2

    as(Role::Reviewer);
    ReviewQueueView view(*m_flow);
    QUndoStack stack;
    view.setUndoStack(&stack);
    QSignalSpy messages(&view, &ReviewQueueView::statusMessage);
    view.resize(1000, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = child<QTableWidget>(&view, "reviewQueueTable");
    auto* search = child<QLineEdit>(&view, "reviewQueueSearchEdit");
    auto* department = child<QComboBox>(&view, "reviewQueueDepartmentCombo");
    using C = ReviewQueueView::Column;
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(view.visibleCount(), 4);
    QVERIFY(
        child<QLabel>(&view, "reviewQueueLegendLabel")->text().contains(QStringLiteral("超过 5 个工作日")));

    // Search as you type: name, code, provider.
    search->insert(QStringLiteral("工商户"));
    QCOMPARE(view.visibleCount(), 1);
    QCOMPARE(view.currentResourceId(), ours.at(1));
    search->insert(QStringLiteral(" 食品")); // every term must match
    QCOMPARE(view.visibleCount(), 0);
    QVERIFY(!child<QPushButton>(&view, "approveButton")->isEnabled());
    search->clear();
    search->insert(m_store->load(ours.at(2)).value().code);
    QCOMPARE(view.visibleCount(), 1);
    search->clear();
    QCOMPARE(view.visibleCount(), 4);
    // The department filter.
    QCOMPARE(department->count(), 3); // 全部部门 and the two providers
    department->setCurrentIndex(department->findData(m_fx->otherDeptId));
    QCOMPARE(view.visibleCount(), 1);
    department->setCurrentIndex(0);
    QCOMPARE(view.visibleCount(), 4);

    // Sorting: by waiting days, fewest first; back to oldest first.
    table->horizontalHeader()->setSortIndicator(C::WaitingColumn, Qt::AscendingOrder);
    QCOMPARE(table->item(0, C::NameColumn)->data(Qt::UserRole).toString(), otherId.value());
    QCOMPARE(table->item(0, C::WaitingColumn)->text(), QStringLiteral("2"));
    table->horizontalHeader()->setSortIndicator(C::WaitingColumn, Qt::DescendingOrder);
    QCOMPARE(table->item(0, C::NameColumn)->data(Qt::UserRole).toString(), ours.at(0));
    QVERIFY(table->item(0, C::WaitingColumn)->data(Qt::UserRole).toBool()); // overdue
    QVERIFY(!table->item(0, C::WaitingColumn)->toolTip().isEmpty());
    table->horizontalHeader()->setSortIndicator(C::SubmittedColumn, Qt::AscendingOrder);
    QCOMPARE(table->item(0, C::NameColumn)->data(Qt::UserRole).toString(), ours.at(0));

    // Several at once: the third is returned by another reviewer while the dialog is open, so it is
    // refused with the reason; the other two are published with the comment.
    QCOMPARE(view.selectResources(ours), 3);
    auto* approve = child<QPushButton>(&view, "approveButton");
    QVERIFY(approve->isEnabled());
    QVERIFY(approve->text().contains(QStringLiteral("3")));
    QString summary;
    onModal(&view, QStringLiteral("approveDialog"), [&](QWidget* dialog) {
        child<QPlainTextEdit>(dialog, "approveCommentEdit")->insertPlainText(QStringLiteral("同意发布"));
        QVERIFY(m_flow->returnToEditor(ours.at(2), QStringLiteral("共享条件不清楚")));
        QVERIFY(saveScreenshot(dialog, "review-approve-several"));
        QTest::mouseClick(child<QPushButton>(dialog, "approveOkButton"), Qt::LeftButton);
    });
    onModal(&view, QStringLiteral("approveSummaryBox"), [&](QWidget* box) {
        summary = qobject_cast<QMessageBox*>(box)->text();
        QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY2(summary.contains(QStringLiteral("已审核通过并发布 2 项")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("企业登记信息")));
    QVERIFY(summary.contains(QStringLiteral("未通过 1 项")));
    QVERIFY(summary.contains(QStringLiteral("食品经营许可信息：状态为“已退回”")));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_store->load(ours.at(i)).value().status, QStringLiteral("已发布"));
        const TransitionInfo last = m_flow->transitions(ours.at(i)).value().constLast();
        QCOMPARE(last.action, QStringLiteral("审核通过"));
        QCOMPARE(last.comment, QStringLiteral("同意发布"));
        QCOMPARE(last.actorRole, QStringLiteral("审核员"));
    }
    QCOMPARE(messages.constLast().constFirst().toString(),
             QStringLiteral("已审核通过并发布 2 项，1 项未通过。"));
    QCOMPARE(table->rowCount(), 1);
    // Ctrl+Z goes to 编辑 → 撤销, not to the search field's own undo (found walking the demo city).
    QCOMPARE(view.focusWidget(), table);

    // One undo step takes both back to 待审核, recorded in their history; redo publishes them again.
    QCOMPARE(stack.count(), 1);
    stack.undo();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_store->load(ours.at(i)).value().status, QStringLiteral("待审核"));
        QCOMPARE(m_flow->transitions(ours.at(i)).value().constLast().action, QStringLiteral("撤销审核通过"));
    }
    QCOMPARE(table->rowCount(), 3); // the queue follows the undo stack
    stack.redo();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(m_store->load(ours.at(0)).value().status, QStringLiteral("已发布"));
    QCOMPARE(m_flow->transitions(ours.at(0)).value().constLast().comment, QStringLiteral("同意发布"));
}

void TestReviewHistory::resourceDialogExplainsAndReports()
{
    // A draft with an error: 提交审核 says why it is disabled.
    as(Role::CatalogEditor);
    ResourceDraft incomplete = m_fx->validDraft(*m_store, QStringLiteral("公共场所卫生许可信息"));
    incomplete.abstract.clear();
    auto draftId = m_store->save(incomplete);
    QVERIFY(draftId);
    {
        ui::ResourceDialog dialog(*m_store, *m_flow, draftId.value());
        dialog.show();
        auto* submit = child<QPushButton>(&dialog, "submitButton");
        QVERIFY(!submit->isEnabled());
        QVERIFY2(submit->toolTip().startsWith(QStringLiteral("不能提交审核：还有")),
                 qPrintable(submit->toolTip()));
        QVERIFY(child<QLabel>(&dialog, "readOnlyBanner")->isHidden());
    }
    // A leader reads: the banner says why, the fields look read-only, submit says why too.
    const QString published = publish(QStringLiteral("医疗机构执业登记信息"));
    as(Role::Leader);
    {
        ui::ResourceDialog dialog(*m_store, *m_flow, published);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* banner = child<QLabel>(&dialog, "readOnlyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("部门领导（查阅）”角色只能查阅")),
                 qPrintable(banner->text()));
        QVERIFY(dialog.editor()->isReadOnly());
        QVERIFY(!dialog.editor()->styleSheet().isEmpty());
        QVERIFY(child<QPushButton>(&dialog, "submitButton")
                    ->toolTip()
                    .contains(QStringLiteral("部门领导（查阅）”角色")));
        auto* nameEdit = child<QLineEdit>(&dialog, "nameEdit");
        QVERIFY(nameEdit->isReadOnly());
        QVERIFY(saveScreenshot(&dialog, "resource-read-only"));
    }
    // Submitting reports the code for the status bar.
    as(Role::CatalogEditor);
    auto validId = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("护士执业注册信息")));
    QVERIFY(validId);
    {
        ui::ResourceDialog dialog(*m_store, *m_flow, validId.value());
        dialog.show();
        QSignalSpy messages(&dialog, &ui::ResourceDialog::statusMessage);
        auto* submit = child<QPushButton>(&dialog, "submitButton");
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        const QString code = m_store->load(validId.value()).value().code;
        QVERIFY(!code.isEmpty());
        QCOMPARE(messages.constLast().constFirst().toString(),
                 QStringLiteral("已提交审核，代码 %1。").arg(code));
        // Waiting for review: read-only for the editor, with the reason.
        QVERIFY(child<QLabel>(&dialog, "readOnlyBanner")->text().contains(QStringLiteral("待审核")));
    }
    // A reviewer approves from the dialog with a comment: undoable after it closed.
    as(Role::Reviewer);
    {
        ui::ResourceDialog dialog(*m_store, *m_flow, validId.value());
        dialog.show();
        QSignalSpy messages(&dialog, &ui::ResourceDialog::statusMessage);
        onModal(&dialog, QStringLiteral("approveDialog"), [](QWidget* d) {
            child<QPlainTextEdit>(d, "approveCommentEdit")->insertPlainText(QStringLiteral("内容完整"));
            QTest::mouseClick(child<QPushButton>(d, "approveOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "approveButton"), Qt::LeftButton);
        QCOMPARE(m_store->load(validId.value()).value().status, QStringLiteral("已发布"));
        QVERIFY(messages.constLast().constFirst().toString().startsWith(QStringLiteral("已审核通过并发布")));
        auto commands = dialog.takeUndoCommands();
        QCOMPARE(commands.size(), std::size_t(1));
        QUndoStack stack;
        stack.push(commands.front().release());
        stack.undo();
        QCOMPARE(m_store->load(validId.value()).value().status, QStringLiteral("待审核"));
    }
}

void TestReviewHistory::neverSubmittedDraftIsDeletedWithUndo()
{
    as(Role::CatalogEditor);
    auto id = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("临时草稿")));
    QVERIFY(id);
    QUndoStack stack;
    {
        ui::ResourceDialog dialog(*m_store, *m_flow, id.value());
        dialog.show();
        auto* remove = child<QPushButton>(&dialog, "deleteDraftButton");
        QVERIFY(remove->isEnabled());
        onModal(&dialog, QStringLiteral("deleteConfirmBox"), [](QWidget* box) {
            QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(m_store->load(id.value()));
        onModal(&dialog, QStringLiteral("deleteConfirmBox"), [](QWidget* box) {
            QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        for (auto& command : dialog.takeUndoCommands()) {
            stack.push(command.release());
        }
    }
    QCOMPARE(m_store->load(id.value()).error().kind, Error::Kind::NotFound);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(m_store->load(id.value()).value().name, QStringLiteral("临时草稿"));
    stack.redo();
    QCOMPARE(m_store->load(id.value()).error().kind, Error::Kind::NotFound);

    // A submitted resource offers no deletion.
    const QString submitted = saveAndSubmit(m_fx->validDraft(*m_store, QStringLiteral("已提交的资源")));
    ui::ResourceDialog dialog(*m_store, *m_flow, submitted);
    QVERIFY(!child<QPushButton>(&dialog, "deleteDraftButton")->isEnabled());
}

void TestReviewHistory::ownSubmissionIsNotApprovedFromTheQueueOrTheDialog()
{
    // An administrator (测试管理员) submits one resource, the editor another.
    const Actor admin = m_fx->actor(Role::Administrator);
    m_repo->setActor(admin);
    auto ownId = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("建筑施工许可信息")));
    QVERIFY(ownId && m_flow->submit(ownId.value()));
    const QString own = ownId.value();
    const QString theirs = saveAndSubmit(m_fx->validDraft(*m_store, QStringLiteral("排污许可信息")));
    QVERIFY(!theirs.isEmpty());

    m_repo->setActor(admin);
    ReviewQueueView view(*m_flow);
    QUndoStack stack;
    view.setUndoStack(&stack);
    QSignalSpy messages(&view, &ReviewQueueView::statusMessage);
    view.resize(1000, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* approve = child<QPushButton>(&view, "approveButton");
    auto* ret = child<QPushButton>(&view, "returnButton");
    // Their own alone: 通过 disabled, the reason in its tooltip; 退回 (withdrawal) stays possible.
    QCOMPARE(view.selectResources({own}), 1);
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("不能审核自己提交的目录")),
             qPrintable(approve->toolTip()));
    QVERIFY(ret->isEnabled());
    // Both: enabled, the tooltip says one will be skipped; the dialog lists only the other; the
    // summary says how many were skipped and why.
    QCOMPARE(view.selectResources({own, theirs}), 2);
    QVERIFY(approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("有 1 项是您本人提交的")),
             qPrintable(approve->toolTip()));
    QString okText;
    QString summary;
    onModal(&view, QStringLiteral("approveDialog"), [&](QWidget* dialog) {
        okText = child<QPushButton>(dialog, "approveOkButton")->text();
        QTest::mouseClick(child<QPushButton>(dialog, "approveOkButton"), Qt::LeftButton);
    });
    onModal(&view, QStringLiteral("approveSummaryBox"), [&](QWidget* box) {
        summary = qobject_cast<QMessageBox*>(box)->text();
        QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(okText, QStringLiteral("发布"));
    QVERIFY2(summary.contains(QStringLiteral("已审核通过并发布 1 项")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("跳过 1 项：由您本人提交")), qPrintable(summary));
    QVERIFY(messages.constLast().constFirst().toString().contains(QStringLiteral("跳过您本人提交的 1 项")));
    QCOMPARE(m_store->load(theirs).value().status, QStringLiteral("已发布"));
    QCOMPARE(m_store->load(own).value().status, QStringLiteral("待审核"));
    // Redo after undo does not approve the own one either.
    stack.undo();
    stack.redo();
    QCOMPARE(m_store->load(own).value().status, QStringLiteral("待审核"));

    // The resource dialog: 审核通过 disabled with the reason.
    {
        ui::ResourceDialog dialog(*m_store, *m_flow, own);
        dialog.show();
        auto* button = child<QPushButton>(&dialog, "approveButton");
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("请由另一位审核员审核通过")),
                 qPrintable(button->toolTip()));
    }
    // Another reviewer approves it (the main window refreshes the queue when the profile changes).
    as(Role::Reviewer);
    view.refresh();
    QCOMPARE(view.selectResources({own}), 1);
    QVERIFY(approve->isEnabled());
    QVERIFY(m_flow->approve(own));
}

void TestReviewHistory::profileDialogHidesAdministratorAndListsRoleChanges()
{
    const QString admin = canonicalName(Role::Administrator);
    // First start: no 管理员 in the list, and the store refuses it too.
    {
        ui::ProfileDialog first(*m_fx->database);
        auto* role = child<QComboBox>(&first, "roleComboBox");
        QVERIFY(role->count() >= 3);
        QCOMPARE(role->findData(admin), -1);
        QVERIFY(role->findData(canonicalName(Role::Reviewer)) >= 0);
        QVERIFY(child<QListWidget>(&first, "profileChangesList")->isHidden());
        // The trust model is said where the role is chosen, not only in a tooltip.
        QVERIFY(child<QLabel>(&first, "roleNoteLabel")
                    ->text()
                    .contains(QStringLiteral("审核权限以市级平台为准")));
    }
    ProfileStore profiles(m_fx->database->connection());
    auto refused = profiles.save({QStringLiteral("张三"), m_fx->deptId, {}, admin});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QVERIFY(refused.error().message.contains(QStringLiteral("首次使用时不能选择“管理员”角色")));
    QVERIFY(!profiles.load().value());

    setNow(utc(2026, 3, 2));
    QVERIFY(profiles.save({QStringLiteral("张三"), m_fx->deptId, {}, canonicalName(Role::Reviewer)}));
    setNow(utc(2026, 3, 5));
    QVERIFY(profiles.save({QStringLiteral("张三"), m_fx->deptId, {}, admin})); // a later change: recorded
    setNow(utc(2026, 3, 6));
    QVERIFY(profiles.save({QStringLiteral("李四"), m_fx->deptId, {}, admin}));
    auto roles = profiles.changes(QStringLiteral("role"));
    QVERIFY(roles);
    QCOMPARE(roles.value().size(), 2);
    QCOMPARE(roles.value().at(0).from, canonicalName(Role::Reviewer));
    QCOMPARE(roles.value().at(0).to, admin);
    QCOMPARE(roles.value().at(0).by, QStringLiteral("张三"));
    QVERIFY(roles.value().at(1).from.isEmpty());

    // 文件 → 本机用户: 管理员 offered, and the record shown newest first.
    ui::ProfileDialog change(*m_fx->database);
    change.setProfile(profiles.load().value().value());
    auto* role = child<QComboBox>(&change, "roleComboBox");
    QCOMPARE(role->currentData().toString(), admin);
    auto* list = child<QListWidget>(&change, "profileChangesList");
    QVERIFY(!list->isHidden());
    QCOMPARE(list->count(), 3);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("姓名：张三 → 李四（操作人：张三）")),
             qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("角色：审核员 → 管理员（操作人：张三）")),
             qPrintable(list->item(1)->text()));
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("2026-03-05")));
    QVERIFY(list->item(2)->text().contains(QStringLiteral("角色：首次登记为 审核员")));
    QVERIFY(saveScreenshot(&change, "profile-role-changes"));
}

QTEST_MAIN(TestReviewHistory)
#include "tst_reviewhistory.moc"
