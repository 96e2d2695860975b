// Journey on the demo city made by `govcat demo`: a catalog editor revises a published resource
// (更新周期 and 摘要) and the history shows both versions and what changed; the revision is submitted
// and a reviewer approves it with a comment; the reviewer approves several queued resources at once
// and undoes that; an editor deletes a new draft and undoes the deletion.
#include "app/ExitCodes.h"
#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/Repository.h"
#include "support/DemoCity.h"
#include "support/GovcatRun.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/editor/ResourceDialog.h"
#include "ui/catalog/history/HistoryDialog.h"
#include "ui/catalog/review/ReviewQueueView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace govcat;
using govcat::test::child;
using govcat::ui::HistoryDialog;
using govcat::ui::ReviewQueueView;

namespace {

// Runs `act` on the modal widget named `name` once it is shown (QDialog::exec() blocks the test).
void onModal(QObject* owner, const QString& name, std::function<void(QWidget*)> act)
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

int rowWith(QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text) {
            return row;
        }
    }
    return -1;
}

} // namespace

class JourneyReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reviseSubmitApproveBatchAndDelete();
    void nobodyIsAdministratorByTheFirstProfileAndNobodyApprovesTheirOwn();

private:
    void asEditor() { m_repo->setActor(db::ProfileStore::actorOf(m_editor)); }
    void asReviewer()
    {
        m_repo->setActor({QStringLiteral("李审核"), m_reviewerDeptId, canonicalName(Role::Reviewer)});
    }

    std::unique_ptr<QTemporaryDir> m_dir; // a new one for each test: each copies the city
    std::unique_ptr<db::Database> m_database;
    db::LocalProfile m_editor;
    QString m_reviewerDeptId;
    std::unique_ptr<db::Repository> m_repo;
    std::unique_ptr<catalog::ResourceStore> m_store;
    std::unique_ptr<catalog::CatalogWorkflow> m_flow;
};

void JourneyReview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openDemoCity(*m_dir);
    QVERIFY(m_database);
    m_editor =
        test::setDemoProfile(*m_database, QStringLiteral("王编目"), QStringLiteral("临川市市场监督管理局"),
                             canonicalName(Role::CatalogEditor));
    QVERIFY(!m_editor.deptId.isEmpty());
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM department WHERE is_deleted = 0 AND id <> '%1' LIMIT 1")
                       .arg(m_editor.deptId)));
    QVERIFY(q.next());
    m_reviewerDeptId = q.value(0).toString();
    m_repo = std::make_unique<db::Repository>(m_database->connection(), db::ProfileStore::actorOf(m_editor));
    m_store = std::make_unique<catalog::ResourceStore>(m_database->connection(), *m_repo);
    m_flow = std::make_unique<catalog::CatalogWorkflow>(*m_store);
}

void JourneyReview::cleanup()
{
    m_flow.reset();
    m_store.reset();
    m_repo.reset();
    m_database.reset();
}

void JourneyReview::reviseSubmitApproveBatchAndDelete()
{
    // A published resource of the editor's department that passes the rules (so it can be submitted).
    QSqlQuery q(m_database->connection());
    q.prepare(
        QStringLiteral("SELECT id FROM info_resource WHERE provider_dept_id = ? AND status = '已发布' AND "
                       "is_deleted = 0 ORDER BY code"));
    q.addBindValue(m_editor.deptId);
    QVERIFY(q.exec());
    QString id;
    while (id.isEmpty() && q.next()) {
        const ResourceDraft d = m_store->load(q.value(0).toString()).value();
        if (!CatalogRules::hasErrors(m_store->validate(d))) {
            id = d.id;
        }
    }
    QVERIFY2(!id.isEmpty(), "no published resource without rule errors in the department");
    const ResourceDraft published = m_store->load(id).value();

    // 1. The editor changes 更新周期 and 摘要 and saves: a revision opens.
    ResourceDraft rev = published;
    rev.updateCycle = canonicalName(published.updateCycle == canonicalName(UpdateCycle::Quarterly)
                                        ? UpdateCycle::Monthly
                                        : UpdateCycle::Quarterly);
    rev.abstract = published.abstract + QStringLiteral("自 2026 年起按季度汇总更新。");
    QVERIFY(m_store->save(rev));
    {
        HistoryDialog history(*m_flow, id);
        history.show();
        auto* versions = child<QTableWidget>(&history, "versionsTable");
        QCOMPARE(versions->rowCount(), 2);
        const QString v1 = QStringLiteral("第 %1 版").arg(published.catalogVersion);
        const QString v2 = QStringLiteral("第 %1 版").arg(published.catalogVersion + 1);
        QCOMPARE(versions->item(0, 0)->text(), v1);
        QCOMPARE(versions->item(0, 1)->text(), QStringLiteral("已发布"));
        // The demo city's baseline: approved by the reviewer its transitions name, or, without
        // that record, the publication date and a note.
        const QList<catalog::TransitionInfo> before = m_flow->transitions(id).value();
        const auto approved =
            std::find_if(before.begin(), before.end(), [](const catalog::TransitionInfo& t) {
                return t.action == QStringLiteral("审核通过");
            });
        if (approved != before.end()) {
            QCOMPARE(versions->item(0, 3)->text(), QStringLiteral("审核：") + approved->actor);
            QVERIFY(versions->item(0, 2)->text().startsWith(QStringLiteral("发布于 ")));
        } else {
            QCOMPARE(versions->item(0, 2)->text(), QStringLiteral("发布于 ") + published.publishDate);
            QCOMPARE(versions->item(0, 4)->text(), QStringLiteral("初始数据，没有审核记录"));
        }
        QCOMPARE(versions->item(1, 0)->text(), v2);
        QCOMPARE(versions->item(1, 1)->text(), QStringLiteral("草稿（修订中，尚未发布）"));
        QCOMPARE(versions->item(1, 3)->text(), QStringLiteral("编辑：王编目"));
        QVERIFY(versions->item(1, 2)->text().startsWith(QStringLiteral("修改于 ")));

        using D = HistoryDialog::DiffColumn;
        auto* diff = child<QTableWidget>(&history, "diffTable");
        QVERIFY(history.compare(published.catalogVersion, published.catalogVersion + 1));
        const int cycle = rowWith(diff, D::DiffFieldColumn, QStringLiteral("更新周期"));
        QVERIFY2(cycle >= 0, qPrintable(child<QLabel>(&history, "diffSummaryLabel")->text()));
        QCOMPARE(diff->item(cycle, D::DiffOldColumn)->text(), published.updateCycle);
        QCOMPARE(diff->item(cycle, D::DiffNewColumn)->text(), rev.updateCycle);
        const int abstract = rowWith(diff, D::DiffFieldColumn, QStringLiteral("信息资源摘要"));
        QVERIFY(abstract >= 0);
        QCOMPARE(diff->item(abstract, D::DiffNewColumn)->text(), rev.abstract);
        // And the other way round.
        QVERIFY(history.compare(published.catalogVersion + 1, published.catalogVersion));
        const int back = rowWith(diff, D::DiffFieldColumn, QStringLiteral("更新周期"));
        QVERIFY(back >= 0);
        QCOMPARE(diff->item(back, D::DiffOldColumn)->text(), rev.updateCycle);
        QCOMPARE(diff->item(back, D::DiffNewColumn)->text(), published.updateCycle);
        QVERIFY(test::saveScreenshot(&history, "journey-history-revision"));
    }

    // 2. Submitted; a reviewer approves it from the queue with a comment.
    auto submitted = m_flow->submit(id);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    asReviewer();
    QUndoStack stack;
    ReviewQueueView queue(*m_flow);
    queue.setUndoStack(&stack);
    queue.resize(1100, 500);
    queue.show();
    QVERIFY(queue.selectResource(id));
    auto* approve = child<QPushButton>(&queue, "approveButton");
    QVERIFY(approve->isEnabled());
    onModal(&queue, QStringLiteral("approveDialog"), [](QWidget* dialog) {
        child<QPlainTextEdit>(dialog, "approveCommentEdit")
            ->insertPlainText(QStringLiteral("更新周期调整合理，同意发布"));
        QTest::mouseClick(child<QPushButton>(dialog, "approveOkButton"), Qt::LeftButton);
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    const ResourceDraft now = m_store->load(id).value();
    QCOMPARE(now.status, QStringLiteral("已发布"));
    QCOMPARE(now.updateCycle, rev.updateCycle);
    QCOMPARE(now.abstract, rev.abstract);
    QCOMPARE(now.catalogVersion, published.catalogVersion + 1);
    const QList<catalog::TransitionInfo> transitions = m_flow->transitions(id).value();
    QVERIFY(transitions.size() >= 2);
    const catalog::TransitionInfo& submit = transitions.at(transitions.size() - 2);
    const catalog::TransitionInfo& approval = transitions.constLast();
    QCOMPARE(submit.action, QStringLiteral("提交审核"));
    QCOMPARE(submit.actor, QStringLiteral("王编目"));
    QCOMPARE(submit.actorRole, canonicalName(Role::CatalogEditor));
    QCOMPARE(approval.action, QStringLiteral("审核通过"));
    QCOMPARE(approval.actor, QStringLiteral("李审核"));
    QCOMPARE(approval.actorRole, canonicalName(Role::Reviewer));
    QCOMPARE(approval.comment, QStringLiteral("更新周期调整合理，同意发布"));
    {
        HistoryDialog history(*m_flow, id);
        auto* t = child<QTableWidget>(&history, "transitionsTable");
        QCOMPARE(t->item(t->rowCount() - 2, 4)->text(), QStringLiteral("王编目"));
        QCOMPARE(t->item(t->rowCount() - 1, 4)->text(), QStringLiteral("李审核"));
        QCOMPARE(t->item(t->rowCount() - 1, 6)->text(), QStringLiteral("更新周期调整合理，同意发布"));
        auto* versions = child<QTableWidget>(&history, "versionsTable");
        QCOMPARE(versions->item(versions->rowCount() - 1, 3)->text(), QStringLiteral("审核：李审核"));
    }
    QCOMPARE(stack.count(), 1);

    // 3. Several queued resources at once, then undone as one step.
    const QList<catalog::QueueEntry> waiting = m_flow->reviewQueue().value();
    QVERIFY2(waiting.size() >= 3, "the demo city has fewer than 3 resources waiting for review");
    const QStringList batch = {waiting.at(0).resourceId, waiting.at(1).resourceId, waiting.at(2).resourceId};
    queue.refresh();
    QCOMPARE(queue.selectResources(batch), 3);
    QString summary;
    onModal(&queue, QStringLiteral("approveDialog"), [](QWidget* dialog) {
        QTest::mouseClick(child<QPushButton>(dialog, "approveOkButton"), Qt::LeftButton);
    });
    onModal(&queue, QStringLiteral("approveSummaryBox"), [&](QWidget* box) {
        summary = qobject_cast<QMessageBox*>(box)->text();
        QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY2(summary.startsWith(QStringLiteral("已审核通过并发布 3 项")), qPrintable(summary));
    for (const QString& b : batch) {
        QCOMPARE(m_store->load(b).value().status, QStringLiteral("已发布"));
        // Who submitted it (the demo city's record) and who approved it.
        const QList<catalog::TransitionInfo> record = m_flow->transitions(b).value();
        QVERIFY(record.size() >= 2);
        QCOMPARE(record.constLast().actor, QStringLiteral("李审核"));
        QCOMPARE(record.at(record.size() - 2).action, QStringLiteral("提交审核"));
        QCOMPARE(record.at(record.size() - 2).actorRole, canonicalName(Role::CatalogEditor));
        QVERIFY(!record.at(record.size() - 2).actor.isEmpty());
    }
    QCOMPARE(stack.count(), 2);
    stack.undo();
    for (const QString& b : batch) {
        QCOMPARE(m_store->load(b).value().status, QStringLiteral("待审核"));
        QCOMPARE(m_flow->transitions(b).value().constLast().action, QStringLiteral("撤销审核通过"));
    }
    QCOMPARE(m_store->load(id).value().status, QStringLiteral("已发布")); // the earlier approval stays

    // 4. The demo city's drafts were never submitted: they may be deleted; the editor creates a
    // draft, deletes it (confirmed) and undoes the deletion.
    asEditor();
    QSqlQuery drafts(m_database->connection());
    drafts.prepare(
        QStringLiteral("SELECT id FROM info_resource WHERE provider_dept_id = ? AND status = '草稿' "
                       "AND is_deleted = 0 LIMIT 1"));
    drafts.addBindValue(m_editor.deptId);
    QVERIFY(drafts.exec());
    if (drafts.next()) {
        QVERIFY2(m_flow->refusal(drafts.value(0).toString(), CatalogAction::DeleteDraft).isEmpty(),
                 qPrintable(m_flow->refusal(drafts.value(0).toString(), CatalogAction::DeleteDraft)));
    }
    ResourceDraft draft = m_store->newDraft(m_editor.deptId).value();
    draft.name = QStringLiteral("临时测试草稿");
    draft.classificationId = published.classificationId;
    draft.classificationCode = published.classificationCode;
    draft.abstract = QStringLiteral("试填的草稿。");
    auto draftId = m_store->save(draft);
    QVERIFY(draftId);
    {
        ui::ResourceDialog dialog(*m_store, *m_flow, draftId.value());
        dialog.show();
        onModal(&dialog, QStringLiteral("deleteConfirmBox"), [](QWidget* box) {
            QTest::mouseClick(qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "deleteDraftButton"), Qt::LeftButton);
        for (auto& command : dialog.takeUndoCommands()) {
            stack.push(command.release());
        }
    }
    QCOMPARE(m_store->load(draftId.value()).error().kind, Error::Kind::NotFound);
    stack.undo();
    QCOMPARE(m_store->load(draftId.value()).value().name, draft.name);
}

void JourneyReview::nobodyIsAdministratorByTheFirstProfileAndNobodyApprovesTheirOwn()
{
    // The demo city: every approval by someone else than the submission it decided.
    QSqlQuery q(m_database->connection());
    QVERIFY(
        q.exec(QStringLiteral(
            "SELECT count(*), sum(EXISTS (SELECT 1 FROM resource_transition s WHERE s.resource_id = "
            "a.resource_id AND s.version_no = a.version_no AND s.action = '提交审核' AND s.actor = a.actor)) "
            "FROM resource_transition a WHERE a.action = '审核通过'")) &&
        q.next());
    QVERIFY(q.value(0).toInt() > 100);
    QCOMPARE(q.value(1).toInt(), 0);

    // govcat profile on a city nobody set up yet: not 管理员 first; a later change to it is recorded.
    QTemporaryDir dir;
    const QString city = test::copyDemoCity(dir);
    QVERIFY(!city.isEmpty());
    const auto profile = [&](const QString& role) {
        return test::runGovcat({QStringLiteral("profile"), QStringLiteral("--db"), city,
                                QStringLiteral("--name"), QStringLiteral("赵审核"),
                                QStringLiteral("--department"), QStringLiteral("临川市市场监督管理局"),
                                QStringLiteral("--role"), role},
                               test::demoCityPassphrase());
    };
    const test::GovcatRun first = profile(QStringLiteral("admin"));
    QCOMPARE(first.exitCode, app::ExitCode::Usage);
    QVERIFY2(first.err.contains(QStringLiteral("首次使用时不能选择“管理员”角色")), qPrintable(first.err));
    QVERIFY(profile(canonicalName(Role::Reviewer)).exitCode == 0);
    const test::GovcatRun changed = profile(QStringLiteral("管理员"));
    QCOMPARE(changed.exitCode, 0);
    QVERIFY2(changed.out.contains(QStringLiteral("原为 赵审核")), qPrintable(changed.out));
    {
        auto database = db::Database::open(city, test::demoCityPassphrase(), db::OpenMode::ReadOnly);
        QVERIFY(database);
        const auto roles = db::ProfileStore(database.value()->connection()).changes(QStringLiteral("role"));
        QVERIFY(roles && roles.value().size() == 2);
        QCOMPARE(roles.value().constFirst().from, canonicalName(Role::Reviewer));
        QCOMPARE(roles.value().constFirst().to, canonicalName(Role::Administrator));
        QCOMPARE(roles.value().constFirst().by, QStringLiteral("赵审核"));
    }

    // The editor revises a published resource and submits it; made administrator under the same
    // name, they still cannot approve it; the reviewer can.
    QSqlQuery r(m_database->connection());
    r.prepare(
        QStringLiteral("SELECT id FROM info_resource WHERE provider_dept_id = ? AND status = '已发布' AND "
                       "is_deleted = 0 ORDER BY code"));
    r.addBindValue(m_editor.deptId);
    QVERIFY(r.exec());
    QString id;
    while (id.isEmpty() && r.next()) {
        const ResourceDraft d = m_store->load(r.value(0).toString()).value();
        if (!CatalogRules::hasErrors(m_store->validate(d))) {
            id = d.id;
        }
    }
    QVERIFY(!id.isEmpty());
    asEditor();
    ResourceDraft rev = m_store->load(id).value();
    rev.abstract += QStringLiteral("补充：按月更新。");
    QVERIFY(m_store->save(rev));
    QVERIFY(m_flow->submit(id));
    m_repo->setActor({m_editor.userName, m_editor.deptId, canonicalName(Role::Administrator)});
    auto refused = m_flow->approve(id);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("不能审核自己提交的目录")),
             qPrintable(refused.error().message));
    asReviewer();
    QVERIFY(m_flow->approve(id, QStringLiteral("同意")));
}

QTEST_MAIN(JourneyReview)
#include "tst_journeyreview.moc"
