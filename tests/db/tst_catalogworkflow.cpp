#include "catalog/CatalogQueries.h"
#include "catalog/CatalogWorkflow.h"
#include "core/rules/DraftFields.h"
#include "support/CatalogFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// Saving, permissions, code generation, the lifecycle, revisions and versions, on a real encrypted
// database holding a small demo city.
class TestCatalogWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void saveAndLoadRoundTrip();
    void saveKeepsItemIdsAndTombstonesRemovedItems();
    void saveRefusesWhatTheRoleMayNotDo();
    void draftNeedsTheMinimumToBeSaved();
    void submitRefusesErrorsAndGeneratesCodes();
    void codesStayUniqueAcrossConnectionsAndAreNeverReused();
    void reviewPublishesOrReturnsWithReason();
    void revisionLeavesThePublishedVersionVisible();
    void restoreVersionAsNewDraft();
    void offlineNeedsReasonAndReviewer();
    void reviewQueueIsOldestFirst();
    void revisionOfABaselineResourceShowsBothVersions();
    void approvalIsUndoneUntilTheResourceChanges();
    void approvalOfARevisionIsUndone();
    void neverSubmittedDraftIsDeletedAndRestored();
    void nobodyApprovesTheirOwnSubmission();
    void ownRevisionIsNotApprovedByItsSubmitter();
    void demoCityHasNoSelfApproval();
    void datesComeFromTheRepositorysClock();

private:
    QString publish(const QString& name);
    // The repository, store and workflow again, on this clock (which must outlive the test).
    void useClock(const Clock& clock);

    std::unique_ptr<test::CatalogFixture> m_fx;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<CatalogWorkflow> m_flow;
};

void TestCatalogWorkflow::init()
{
    m_fx = std::make_unique<test::CatalogFixture>();
    m_repo = std::make_unique<Repository>(m_fx->database->connection(), m_fx->actor(Role::CatalogEditor));
    m_store = std::make_unique<ResourceStore>(m_fx->database->connection(), *m_repo);
    m_flow = std::make_unique<CatalogWorkflow>(*m_store);
}

void TestCatalogWorkflow::useClock(const Clock& clock)
{
    m_flow.reset();
    m_store.reset();
    m_repo =
        std::make_unique<Repository>(m_fx->database->connection(), m_fx->actor(Role::CatalogEditor), clock);
    m_store = std::make_unique<ResourceStore>(m_fx->database->connection(), *m_repo);
    m_flow = std::make_unique<CatalogWorkflow>(*m_store);
}

void TestCatalogWorkflow::cleanup()
{
    m_flow.reset();
    m_store.reset();
    m_repo.reset();
    m_fx.reset();
}

QString TestCatalogWorkflow::publish(const QString& name)
{
    auto id = m_store->save(m_fx->validDraft(*m_store, name));
    if (!id || !m_flow->submit(id.value())) {
        return {};
    }
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    const bool ok = bool(m_flow->approve(id.value(), QStringLiteral("同意发布")));
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    return ok ? id.value() : QString();
}

void TestCatalogWorkflow::saveAndLoadRoundTrip()
{
    ResourceDraft d = m_fx->validDraft(*m_store, QStringLiteral("市场主体登记信息"));
    d.relatedCodes = {QStringLiteral("101001/000001"), QStringLiteral("101001/000002")};
    d.survey = {QStringLiteral("12.5"), QStringLiteral("30"), {}, {}, {}, {}};
    d.items[1].isKey = true;
    d.items[0].isSensitive = true;
    const qint64 outboxBefore = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto id = m_store->save(d);
    QVERIFY2(id, qPrintable(id.error().message));
    auto loaded = m_store->load(id.value());
    QVERIFY(loaded);
    const ResourceDraft& l = loaded.value();
    QCOMPARE(l.name, d.name);
    QCOMPARE(l.status, QStringLiteral("草稿"));
    QVERIFY(l.code.isEmpty());
    QCOMPARE(l.classificationCode, m_fx->classCode);
    QCOMPARE(l.relatedCodes, d.relatedCodes);
    QCOMPARE(l.survey.at(0), QStringLiteral("12.5"));
    QCOMPARE(l.items.size(), 3);
    QVERIFY(l.items.at(1).isKey);
    QVERIFY(l.items.at(0).isSensitive);
    QCOMPARE(l.items.at(0).length, QStringLiteral("18"));
    QVERIFY(!l.items.at(2).id.isEmpty());
    // In one go: the row's outbox entry carrying its 3 new items, then one for each of the 2 relations
    // and the survey.
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")) - outboxBefore, 4);
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT table_name, children FROM outbox WHERE seq > (SELECT max(seq) - 4 "
                                  "FROM outbox) ORDER BY seq")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("info_resource"));
    const QJsonArray items = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                 .object()
                                 .value(QStringLiteral("info_item"))
                                 .toArray();
    QCOMPARE(items.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toString(), l.items.at(i).id);
        // Values bare; resource_id and the owner are the entry's own (row_id, owner_dept_id).
        const QJsonObject fields = item.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("name")).toString(), l.items.at(i).name);
        QCOMPARE(fields.value(QStringLiteral("seq")).toInt(), i + 1);
        QVERIFY(!fields.contains(QStringLiteral("resource_id")));
        QVERIFY(!fields.contains(QStringLiteral("owner_dept_id")));
    }
    while (q.next()) {
        QVERIFY(q.value(0).toString() != QStringLiteral("info_item"));
        QVERIFY(q.value(1).isNull());
    }
    QVERIFY(diffDrafts(l, l).isEmpty());
}

void TestCatalogWorkflow::saveKeepsItemIdsAndTombstonesRemovedItems()
{
    auto id = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("企业年报信息")));
    QVERIFY(id);
    ResourceDraft d = m_store->load(id.value()).value();
    const QString keptId = d.items.at(2).id;
    const QString removedId = d.items.at(0).id;
    d.items.removeFirst();
    d.items.move(1, 0); // 成立日期 first
    d.items.append(ItemDraft::of(QStringLiteral("注册资本"), QStringLiteral("Y")));
    QVERIFY(m_store->save(d));
    const ResourceDraft after = m_store->load(id.value()).value();
    QCOMPARE(after.items.size(), 3);
    QCOMPARE(after.items.at(0).id, keptId);
    QCOMPARE(after.items.at(0).name, QStringLiteral("成立日期"));
    QCOMPARE(after.items.at(2).name, QStringLiteral("注册资本"));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT is_deleted FROM info_item WHERE id = '%1'").arg(removedId)),
             1);
    // Saving the same content again changes nothing and writes no outbox entry.
    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(m_store->save(after));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
}

void TestCatalogWorkflow::saveRefusesWhatTheRoleMayNotDo()
{
    const ResourceDraft d = m_fx->validDraft(*m_store, QStringLiteral("不动产登记信息"));
    m_repo->setActor(m_fx->actor(Role::Leader));
    auto leader = m_store->save(d);
    QVERIFY(!leader);
    QCOMPARE(leader.error().kind, Error::Kind::Forbidden);
    QVERIFY(leader.error().message.contains(QStringLiteral("领导")));

    m_repo->setActor(m_fx->actor(Role::CatalogEditor, m_fx->otherDeptId));
    auto other = m_store->save(d);
    QVERIFY(!other);
    QCOMPARE(other.error().kind, Error::Kind::Forbidden);
    QVERIFY(other.error().message.contains(QStringLiteral("本部门")));

    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    auto id = m_store->save(d);
    QVERIFY(id);
    auto approve = m_flow->approve(id.value());
    QCOMPARE(approve.error().kind, Error::Kind::Forbidden); // editors do not review
    QVERIFY(m_flow->allowedActions(id.value()).contains(CatalogAction::Submit));
    QVERIFY(!m_flow->allowedActions(id.value()).contains(CatalogAction::Approve));
}

void TestCatalogWorkflow::draftNeedsTheMinimumToBeSaved()
{
    ResourceDraft d = m_fx->validDraft(*m_store, QString());
    d.classificationId.clear();
    auto r = m_store->save(d);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY(r.error().message.contains(QStringLiteral("信息资源名称")));
    QVERIFY(r.error().message.contains(QStringLiteral("信息资源分类")));
}

void TestCatalogWorkflow::submitRefusesErrorsAndGeneratesCodes()
{
    ResourceDraft d = m_fx->validDraft(*m_store, QStringLiteral("个体工商户信息"));
    d.abstract.clear();
    auto id = m_store->save(d);
    QVERIFY(id);
    auto refused = m_flow->submit(id.value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY(refused.error().message.contains(QStringLiteral("摘要")));
    QCOMPARE(m_store->load(id.value()).value().status, QStringLiteral("草稿"));

    d = m_store->load(id.value()).value();
    d.abstract = QStringLiteral("个体工商户登记信息。");
    QVERIFY(m_store->save(d));
    QVERIFY(m_flow->submit(id.value()));
    const ResourceDraft submitted = m_store->load(id.value()).value();
    QCOMPARE(submitted.status, QStringLiteral("待审核"));
    const auto parts = ResourceCodeProfile::national().parse(submitted.code);
    QVERIFY2(parts, qPrintable(submitted.code));
    QCOMPARE(parts->classCode, m_fx->classCode);
    QCOMPARE(m_flow->transitions(id.value()).value().constLast().toStatus, QStringLiteral("待审核"));
}

void TestCatalogWorkflow::codesStayUniqueAcrossConnectionsAndAreNeverReused()
{
    // A second connection to the same file, as a second window or process would have.
    auto second = Database::open(m_fx->database->path(), test::kPassphrase);
    QVERIFY2(second, qPrintable(second.error().message));
    Repository repo2(second.value()->connection(), m_fx->actor(Role::CatalogEditor));
    ResourceStore store2(second.value()->connection(), repo2);
    CatalogWorkflow flow2(store2);

    auto a = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("甲资源")));
    auto b = store2.save(m_fx->validDraft(store2, QStringLiteral("乙资源")));
    QVERIFY(a && b);
    QVERIFY(flow2.submit(b.value()));
    QVERIFY(m_flow->submit(a.value()));
    const QString codeA = m_store->load(a.value()).value().code;
    const QString codeB = store2.load(b.value()).value().code;
    QVERIFY(!codeA.isEmpty() && codeA != codeB);
    // Delete the newest; the next code is still a new number.
    QVERIFY(m_repo->remove(QStringLiteral("info_resource"), a.value()));
    auto c = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("丙资源")));
    QVERIFY(c && m_flow->submit(c.value()));
    const auto profile = ResourceCodeProfile::national();
    const qint64 seqA = profile.parse(codeA)->sequence;
    const qint64 seqB = profile.parse(codeB)->sequence;
    QVERIFY(profile.parse(m_store->load(c.value()).value().code)->sequence > std::max(seqA, seqB));
}

void TestCatalogWorkflow::reviewPublishesOrReturnsWithReason()
{
    auto id = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("行政许可信息")));
    QVERIFY(id && m_flow->submit(id.value()));
    m_repo->setActor(m_fx->actor(Role::Reviewer, m_fx->otherDeptId));
    auto noReason = m_flow->returnToEditor(id.value(), QStringLiteral("  "));
    QCOMPARE(noReason.error().kind, Error::Kind::Invalid);
    QVERIFY(m_flow->returnToEditor(id.value(), QStringLiteral("摘要过于简单")));
    QCOMPARE(m_store->load(id.value()).value().status, QStringLiteral("已退回"));
    const TransitionInfo returned = m_flow->transitions(id.value()).value().constLast();
    QCOMPARE(returned.comment, QStringLiteral("摘要过于简单"));
    QCOMPARE(returned.actorRole, QStringLiteral("审核员"));

    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    QVERIFY(m_flow->submit(id.value()));
    m_repo->setActor(m_fx->actor(Role::Reviewer, m_fx->otherDeptId));
    QVERIFY(m_flow->approve(id.value()));
    const ResourceDraft published = m_store->load(id.value()).value();
    QCOMPARE(published.status, QStringLiteral("已发布"));
    QVERIFY(!published.publishDate.isEmpty());
    const auto versions = m_flow->versions(id.value()).value();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.constFirst().status, QStringLiteral("已发布"));
    QCOMPARE(m_flow->transitions(id.value()).value().size(), 4);
}

void TestCatalogWorkflow::revisionLeavesThePublishedVersionVisible()
{
    const QString id = publish(QStringLiteral("企业注册登记信息"));
    QVERIFY(!id.isEmpty());
    const QString code = m_store->load(id).value().code;
    QVERIFY(m_flow->revise(id));
    QCOMPARE(m_flow->revise(id).error().kind, Error::Kind::Forbidden); // one open revision at a time
    ResourceDraft rev = m_store->loadForEditing(id).value();
    QCOMPARE(rev.catalogVersion, 2);
    rev.name = QStringLiteral("企业注册登记信息（2026 版）");
    rev.code = QStringLiteral("999999/000001"); // ignored: immutable once published
    rev.items.append(ItemDraft::of(QStringLiteral("经营范围"), QStringLiteral("M")));
    QVERIFY(m_store->save(rev));
    QCOMPARE(m_store->load(id).value().name, QStringLiteral("企业注册登记信息"));
    QCOMPARE(m_store->load(id).value().status, QStringLiteral("已发布"));
    QCOMPARE(m_store->loadForEditing(id).value().name, rev.name);

    QVERIFY(m_flow->submit(id));
    QCOMPARE(m_store->save(rev).error().kind, Error::Kind::Forbidden); // under review
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    QVERIFY(m_flow->approve(id));
    const ResourceDraft now = m_store->load(id).value();
    QCOMPARE(now.name, rev.name);
    QCOMPARE(now.code, code);
    QCOMPARE(now.catalogVersion, 2);
    QCOMPARE(now.items.size(), 4);
    QVERIFY(!m_store->revision(id).value().has_value());

    const auto changes = diffDrafts(m_flow->version(id, 1).value(), m_flow->version(id, 2).value());
    const auto names = [&] {
        QStringList out;
        for (const FieldChange& c : changes) {
            out << c.field;
        }
        return out;
    }();
    QVERIFY2(names.contains(QStringLiteral("name")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("item")));
    QVERIFY(!names.contains(QStringLiteral("code")));
}

void TestCatalogWorkflow::restoreVersionAsNewDraft()
{
    const QString id = publish(QStringLiteral("食品经营许可信息"));
    QVERIFY(m_flow->revise(id));
    ResourceDraft rev = m_store->loadForEditing(id).value();
    rev.abstract = QStringLiteral("改写后的摘要。");
    QVERIFY(m_store->save(rev));
    QVERIFY(m_flow->restoreVersion(id, 1));
    QCOMPARE(m_store->loadForEditing(id).value().abstract, m_flow->version(id, 1).value().abstract);
    QCOMPARE(m_store->load(id).value().status, QStringLiteral("已发布"));
}

void TestCatalogWorkflow::offlineNeedsReasonAndReviewer()
{
    const QString id = publish(QStringLiteral("药品经营许可信息"));
    QCOMPARE(m_flow->requestOffline(id, QStringLiteral("停用")).error().kind, Error::Kind::Forbidden);
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    QCOMPARE(m_flow->requestOffline(id, {}).error().kind, Error::Kind::Invalid);
    QVERIFY(m_flow->requestOffline(id, QStringLiteral("系统停用")));
    QCOMPARE(m_store->load(id).value().status, QStringLiteral("下线中"));
    QVERIFY(m_flow->confirmOffline(id));
    QCOMPARE(m_store->load(id).value().status, QStringLiteral("已下线"));
    QVERIFY(!m_flow->confirmOffline(id));
}

void TestCatalogWorkflow::reviewQueueIsOldestFirst()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    useClock(clock);
    auto first = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("先提交")));
    QVERIFY(first && m_flow->submit(first.value()));
    clock.advanceSecs(3600);
    const QString published = publish(QStringLiteral("已发布后修订"));
    QVERIFY(m_flow->revise(published));
    clock.advanceSecs(3600);
    QVERIFY(m_flow->submit(published));
    const auto queue = m_flow->reviewQueue().value();
    QStringList ours;
    for (const QueueEntry& e : queue) {
        if (e.resourceId == first.value() || e.resourceId == published) {
            ours << e.resourceId;
        }
    }
    QCOMPARE(ours, (QStringList{first.value(), published}));
    const auto revision = std::find_if(queue.begin(), queue.end(),
                                       [&](const QueueEntry& e) { return e.resourceId == published; });
    QVERIFY(revision->isRevision);
    QCOMPARE(revision->versionNo, 2);
    QCOMPARE(revision->submittedAt.left(16), QStringLiteral("2026-11-02T11:00"));
    cleanup();
}

// The dates a user sees come from the clock given to the repository, not from the system's: the
// survey's period, the publish date, the times of the transitions.
void TestCatalogWorkflow::datesComeFromTheRepositorysClock()
{
    FixedClock clock(QDateTime(QDate(2031, 3, 5), QTime(12, 0), Qt::UTC)); // 5 March in every zone
    useClock(clock);
    ResourceDraft d = m_fx->validDraft(*m_store, QStringLiteral("固定时钟下的资源"));
    d.survey = {QStringLiteral("12.5"), QStringLiteral("30"), {}, {}, {}, {}};
    auto id = m_store->save(d);
    QVERIFY2(id, qPrintable(id.error().message));
    QCOMPARE(
        m_fx->count(
            QStringLiteral("SELECT period FROM resource_survey WHERE resource_id = '%1'").arg(id.value())),
        2031);
    QVERIFY(m_flow->submit(id.value()));
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    QVERIFY(m_flow->approve(id.value(), QStringLiteral("同意发布")));
    QCOMPARE(m_store->load(id.value()).value().publishDate, QStringLiteral("2031-03-05"));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM resource_transition WHERE resource_id = '%1' "
                                        "AND at LIKE '2031-03-05T12:00%'")
                             .arg(id.value())),
             2);
    cleanup();
}

// A resource that arrived published (the demo city's baseline writes no version record): revising
// it lists the published version and the revision, and the diff shows the changed fields both ways.
void TestCatalogWorkflow::revisionOfABaselineResourceShowsBothVersions()
{
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT r.id, r.provider_dept_id FROM info_resource r WHERE r.status = '已发布' "
                       "AND r.is_deleted = 0 AND NOT EXISTS (SELECT 1 FROM resource_version v WHERE "
                       "v.resource_id = r.id) ORDER BY r.code LIMIT 1")));
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    m_repo->setActor({QStringLiteral("王编目"), q.value(1).toString(), canonicalName(Role::CatalogEditor)});
    const ResourceDraft published = m_store->load(id).value();
    ResourceDraft rev = published;
    rev.updateCycle =
        canonicalName(published.updateCycle == canonicalName(UpdateCycle::Monthly) ? UpdateCycle::Weekly
                                                                                   : UpdateCycle::Monthly);
    rev.abstract = published.abstract + QStringLiteral("（补充：数据范围为全市。）");
    QVERIFY(m_store->save(rev));

    const QList<VersionInfo> versions = m_flow->versions(id).value();
    QCOMPARE(versions.size(), 2);
    const VersionInfo& first = versions.at(0);
    QCOMPARE(first.versionNo, published.catalogVersion);
    QCOMPARE(first.kind, VersionInfo::Kind::Published);
    QCOMPARE(first.status, QStringLiteral("已发布"));
    QVERIFY(first.inCatalog);
    // Who approved it, when the baseline has the transition (the demo city writes one).
    QSqlQuery approval(m_fx->database->connection());
    approval.prepare(
        QStringLiteral("SELECT actor FROM resource_transition WHERE resource_id = ? AND action = "
                       "'审核通过' AND version_no = ?"));
    approval.addBindValue(id);
    approval.addBindValue(published.catalogVersion);
    QVERIFY(approval.exec());
    if (approval.next()) {
        QVERIFY(first.recorded);
        QCOMPARE(first.by, approval.value(0).toString());
    } else {
        QVERIFY(!first.recorded);
    }
    const VersionInfo& second = versions.at(1);
    QCOMPARE(second.versionNo, published.catalogVersion + 1);
    QCOMPARE(second.kind, VersionInfo::Kind::Revision);
    QCOMPARE(second.status, QStringLiteral("草稿"));
    QCOMPARE(second.by, QStringLiteral("王编目"));
    QVERIFY(!second.at.isEmpty());

    const auto fields = [](const QList<FieldChange>& changes) {
        QStringList out;
        for (const FieldChange& c : changes) {
            out << c.field;
        }
        return out;
    };
    const auto v1 = m_flow->version(id, first.versionNo);
    const auto v2 = m_flow->version(id, second.versionNo);
    QVERIFY(v1 && v2);
    const QList<FieldChange> forward = diffDrafts(v1.value(), v2.value());
    QVERIFY2(fields(forward).contains(QStringLiteral("update_cycle")),
             qPrintable(fields(forward).join(u',')));
    QVERIFY(fields(forward).contains(QStringLiteral("abstract")));
    const QList<FieldChange> backward = diffDrafts(v2.value(), v1.value());
    QVERIFY(fields(backward).contains(QStringLiteral("update_cycle")));
    QVERIFY(fields(backward).contains(QStringLiteral("abstract")));
    const auto cycle = std::find_if(backward.begin(), backward.end(), [](const FieldChange& c) {
        return c.field == QStringLiteral("update_cycle");
    });
    QCOMPARE(cycle->oldValue, rev.updateCycle);
    QCOMPARE(cycle->newValue, published.updateCycle);
}

void TestCatalogWorkflow::approvalIsUndoneUntilTheResourceChanges()
{
    auto id = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("特种设备使用登记信息")));
    QVERIFY(id && m_flow->submit(id.value()));
    const ResourceDraft submitted = m_store->load(id.value()).value();
    m_repo->setActor({QStringLiteral("李审核"), m_fx->otherDeptId, canonicalName(Role::Reviewer)});
    auto receipt = m_flow->approveWithReceipt(id.value(), QStringLiteral("同意发布"));
    QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error().message));
    QCOMPARE(receipt.value().versionNo, 1);
    QVERIFY(!receipt.value().wasRevision);
    QCOMPARE(m_store->load(id.value()).value().status, QStringLiteral("已发布"));

    // The record: who submitted, who approved (with the comment).
    auto transitions = m_flow->transitions(id.value()).value();
    QCOMPARE(transitions.size(), 2);
    QCOMPARE(transitions.at(0).action, QStringLiteral("提交审核"));
    QCOMPARE(transitions.at(0).actor, QStringLiteral("测试用户"));
    QCOMPARE(transitions.at(0).actorRole, canonicalName(Role::CatalogEditor));
    QCOMPARE(transitions.at(1).action, QStringLiteral("审核通过"));
    QCOMPARE(transitions.at(1).actor, QStringLiteral("李审核"));
    QCOMPARE(transitions.at(1).comment, QStringLiteral("同意发布"));
    const VersionInfo v1 = m_flow->versions(id.value()).value().constFirst();
    QCOMPARE(v1.by, QStringLiteral("李审核"));
    QVERIFY(v1.recorded && v1.inCatalog);

    // An editor may not undo a review.
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    QCOMPARE(m_flow->undoApproval(receipt.value()).error().kind, Error::Kind::Forbidden);
    m_repo->setActor({QStringLiteral("李审核"), m_fx->otherDeptId, canonicalName(Role::Reviewer)});
    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto undone = m_flow->undoApproval(receipt.value());
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
    QVERIFY(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")) > outbox);
    const ResourceDraft back = m_store->load(id.value()).value();
    QCOMPARE(back.status, QStringLiteral("待审核"));
    QCOMPARE(back.publishDate, submitted.publishDate);
    QCOMPARE(back.code, submitted.code);
    QCOMPARE(m_flow->versions(id.value()).value().constFirst().kind, VersionInfo::Kind::WorkingCopy);
    transitions = m_flow->transitions(id.value()).value();
    QCOMPARE(transitions.constLast().action, QStringLiteral("撤销审核通过"));
    QCOMPARE(transitions.constLast().fromStatus, QStringLiteral("已发布"));
    QCOMPARE(transitions.constLast().toStatus, QStringLiteral("待审核"));
    QCOMPARE(transitions.constLast().actor, QStringLiteral("李审核"));
    const QList<QueueEntry> queue = m_flow->reviewQueue().value();
    QVERIFY(std::any_of(queue.begin(), queue.end(),
                        [&](const QueueEntry& e) { return e.resourceId == id.value(); }));
    // Undone once: not again.
    QCOMPARE(m_flow->undoApproval(receipt.value()).error().kind, Error::Kind::Forbidden);

    // Approved again, then the editor opens a revision: the approval can no longer be undone.
    auto again = m_flow->approveWithReceipt(id.value());
    QVERIFY(again);
    QCOMPARE(m_flow->versions(id.value()).value().size(), 1);
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    ResourceDraft rev = m_store->loadForEditing(id.value()).value();
    rev.abstract = QStringLiteral("修订后的摘要。");
    QVERIFY(m_store->save(rev));
    m_repo->setActor({QStringLiteral("李审核"), m_fx->otherDeptId, canonicalName(Role::Reviewer)});
    auto refused = m_flow->undoApproval(again.value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QVERIFY2(refused.error().message.contains(QStringLiteral("已有改动")),
             qPrintable(refused.error().message));
    QCOMPARE(m_store->load(id.value()).value().status, QStringLiteral("已发布"));
}

void TestCatalogWorkflow::approvalOfARevisionIsUndone()
{
    const QString id = publish(QStringLiteral("建设工程规划许可信息"));
    QVERIFY(!id.isEmpty());
    const ResourceDraft v1 = m_store->load(id).value();
    ResourceDraft rev = m_store->loadForEditing(id).value();
    rev.abstract = QStringLiteral("规划许可的许可事项、用地位置和建设规模。");
    rev.items.removeLast();
    rev.items.append(ItemDraft::of(QStringLiteral("用地面积"), QStringLiteral("N"), QStringLiteral("12")));
    QVERIFY(m_store->save(rev));
    QVERIFY(m_flow->submit(id));
    m_repo->setActor(m_fx->actor(Role::Reviewer, m_fx->otherDeptId));
    auto receipt = m_flow->approveWithReceipt(id, QStringLiteral("同意修订"));
    QVERIFY(receipt);
    QVERIFY(receipt.value().wasRevision);
    QCOMPARE(m_store->load(id).value().catalogVersion, 2);
    QCOMPARE(m_store->load(id).value().abstract, rev.abstract);

    QVERIFY(m_flow->undoApproval(receipt.value()));
    const ResourceDraft back = m_store->load(id).value();
    QCOMPARE(back.status, QStringLiteral("已发布"));
    QCOMPARE(back.catalogVersion, 1);
    QCOMPARE(back.abstract, v1.abstract);
    QCOMPARE(back.publishDate, v1.publishDate);
    QStringList names;
    for (const ItemDraft& i : back.items) {
        names << i.name;
    }
    QStringList before;
    for (const ItemDraft& i : v1.items) {
        before << i.name;
    }
    QCOMPARE(names, before);
    // The revision waits for review again, with its content.
    const auto open = m_store->revision(id).value();
    QVERIFY(open.has_value());
    QCOMPARE(open->status, ResourceStatus::PendingReview);
    QCOMPARE(m_store->loadForEditing(id).value().abstract, rev.abstract);
    const QList<VersionInfo> versions = m_flow->versions(id).value();
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.at(0).inCatalog);
    QCOMPARE(versions.at(1).kind, VersionInfo::Kind::Revision);
    QCOMPARE(versions.at(1).status, QStringLiteral("待审核"));
    // And it can be approved again.
    QVERIFY(m_flow->approve(id));
    QCOMPARE(m_store->load(id).value().abstract, rev.abstract);
}

void TestCatalogWorkflow::neverSubmittedDraftIsDeletedAndRestored()
{
    ResourceDraft d = m_fx->validDraft(*m_store, QStringLiteral("临时草稿"));
    d.relatedCodes = {QStringLiteral("101001/000001")};
    auto id = m_store->save(d);
    QVERIFY(id);
    QVERIFY(m_flow->allowedActions(id.value()).contains(CatalogAction::DeleteDraft));
    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'"));

    // A reviewer or another department's editor may not delete it.
    m_repo->setActor(m_fx->actor(Role::CatalogEditor, m_fx->otherDeptId));
    QCOMPARE(m_flow->deleteDraft(id.value()).error().kind, Error::Kind::Forbidden);
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));

    const CatalogQueries queries(m_fx->database->connection());
    ResourceFilter byName;
    byName.search = QStringLiteral("临时草稿");
    QCOMPARE(queries.resourceIds(byName).value(), QStringList{id.value()});
    auto receipt = m_flow->deleteDraft(id.value());
    QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error().message));
    QCOMPARE(m_store->load(id.value()).error().kind, Error::Kind::NotFound);
    QVERIFY(queries.resourceIds(byName).value().isEmpty()); // gone from the search too
    // A tombstone for the resource, its 3 items, the relation and the survey figures.
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'")) - outbox,
             qint64(receipt.value().rows.size()));
    QVERIFY(receipt.value().rows.size() >= 5);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM info_item WHERE resource_id = '%1' AND "
                                        "is_deleted = 0")
                             .arg(id.value())),
             0);

    QVERIFY(m_flow->undoDelete(receipt.value()));
    QCOMPARE(queries.resourceIds(byName).value(), QStringList{id.value()}); // found again
    const ResourceDraft back = m_store->load(id.value()).value();
    QCOMPARE(back.name, d.name);
    QCOMPARE(back.items.size(), 3);
    QCOMPARE(back.relatedCodes, d.relatedCodes);
    // The outbox has the tombstone and then the restore (an update of is_deleted).
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'info_resource' AND "
                                        "row_id = '%1' AND (op = 'delete' OR (op = 'update' AND fields LIKE "
                                        "'%is_deleted%'))")
                             .arg(id.value())),
             2);
    QCOMPARE(m_flow->undoDelete(receipt.value()).error().kind, Error::Kind::Forbidden); // not deleted now

    // Once submitted, it is no longer a draft that can be deleted.
    QVERIFY(m_flow->submit(id.value()));
    QVERIFY(!m_flow->allowedActions(id.value()).contains(CatalogAction::DeleteDraft));
    QCOMPARE(m_flow->deleteDraft(id.value()).error().kind, Error::Kind::Forbidden);
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    QVERIFY(m_flow->returnToEditor(id.value(), QStringLiteral("补充摘要")));
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    QVERIFY(!m_flow->refusal(id.value(), CatalogAction::DeleteDraft).isEmpty());
}

void TestCatalogWorkflow::nobodyApprovesTheirOwnSubmission()
{
    auto id = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("食品经营许可信息")));
    QVERIFY(id && m_flow->submit(id.value()));
    QVERIFY(!m_flow->submittedByActor(QStringLiteral("no-such-resource")));
    // The submitter, now an administrator (or a reviewer) under the same name, with its spelling
    // varied: refused, whatever the role, with the reason; the UI asks the same questions.
    for (const Role role : {Role::Administrator, Role::Reviewer}) {
        for (const QString& name : {QStringLiteral("测试用户"), QStringLiteral(" 测试用户 ")}) {
            m_repo->setActor({name, m_fx->otherDeptId, canonicalName(role)});
            QVERIFY(m_flow->submittedByActor(id.value()));
            QVERIFY(!m_flow->allowedActions(id.value()).contains(CatalogAction::Approve));
            QVERIFY(m_flow->refusal(id.value(), CatalogAction::Approve)
                        .contains(QStringLiteral("不能审核自己提交的目录")));
            auto refused = m_flow->approveWithReceipt(id.value(), QStringLiteral("同意"));
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
            QVERIFY2(refused.error().message.contains(QStringLiteral("请由另一位审核员审核通过")),
                     qPrintable(refused.error().message));
            QVERIFY(!m_flow->approve(id.value()));
            QCOMPARE(m_store->load(id.value()).value().status, QStringLiteral("待审核"));
        }
    }
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM resource_version WHERE resource_id = '") +
                         id.value() + u'\''),
             0);
    // Withdrawing one's own submission (退回) stays allowed: it publishes nothing.
    m_repo->setActor({QStringLiteral("测试用户"), m_fx->otherDeptId, canonicalName(Role::Reviewer)});
    QVERIFY(m_flow->allowedActions(id.value()).contains(CatalogAction::Return));
    QVERIFY(m_flow->returnToEditor(id.value(), QStringLiteral("撤回，再补充摘要。")));
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    QVERIFY(m_flow->submit(id.value()));
    // Another person approves.
    m_repo->setActor(m_fx->actor(Role::Reviewer, m_fx->otherDeptId));
    QVERIFY(!m_flow->submittedByActor(id.value()));
    QVERIFY(m_flow->allowedActions(id.value()).contains(CatalogAction::Approve));
    auto approved = m_flow->approveWithReceipt(id.value());
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
    // Undo and redo of that approval stay with the reviewer; the submitter cannot redo it.
    QVERIFY(m_flow->undoApproval(approved.value()));
    m_repo->setActor({QStringLiteral("测试用户"), m_fx->otherDeptId, canonicalName(Role::Administrator)});
    QVERIFY(!m_flow->approveWithReceipt(id.value()));

    // The one who submits decides, not who edited: a reviewer who submits as an administrator
    // cannot approve either, and the editor who wrote it may not approve a colleague's submission
    // only by role (editors do not review).
    auto other = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("药品经营许可信息")));
    QVERIFY(other);
    m_repo->setActor({QStringLiteral("王管理"), m_fx->deptId, canonicalName(Role::Administrator)});
    QVERIFY(m_flow->submit(other.value()));
    QCOMPARE(m_flow->approve(other.value()).error().kind, Error::Kind::Forbidden);
    m_repo->setActor(m_fx->actor(Role::Administrator));
    QVERIFY(m_flow->approve(other.value()));
}

void TestCatalogWorkflow::ownRevisionIsNotApprovedByItsSubmitter()
{
    const QString id = publish(QStringLiteral("城镇排水许可信息"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_flow->revise(id));
    ResourceDraft rev = m_store->loadForEditing(id).value();
    rev.abstract = QStringLiteral("修订：补充排水户名录。");
    QVERIFY(m_store->save(rev));
    QVERIFY(m_flow->submit(id));
    // The reviewer who approved version 1 did not submit version 2: they may approve it. The
    // editor, as an administrator, may not.
    m_repo->setActor({QStringLiteral("测试用户"), m_fx->deptId, canonicalName(Role::Administrator)});
    QVERIFY(m_flow->submittedByActor(id));
    auto refused = m_flow->approve(id);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("不能审核自己提交的目录")));
    QCOMPARE(m_flow->versions(id).value().size(), 2);
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    QVERIFY(m_flow->approve(id));
    QCOMPARE(m_store->load(id).value().catalogVersion, 2);
}

void TestCatalogWorkflow::demoCityHasNoSelfApproval()
{
    // Every approval in the demo city is by someone else than the submission of that version.
    QVERIFY(m_fx->count(
                QStringLiteral("SELECT count(*) FROM resource_transition WHERE action = '审核通过'")) > 0);
    QCOMPARE(m_fx->count(QStringLiteral(
                 "SELECT count(*) FROM resource_transition a JOIN resource_transition s ON "
                 "s.resource_id = a.resource_id AND s.version_no = a.version_no AND s.action = '提交审核' "
                 "WHERE a.action = '审核通过' AND s.actor = a.actor")),
             0);
}

QTEST_GUILESS_MAIN(TestCatalogWorkflow)
#include "tst_catalogworkflow.moc"
