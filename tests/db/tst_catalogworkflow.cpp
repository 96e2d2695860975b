#include "core/rules/DraftFields.h"
#include "db/CatalogQueries.h"
#include "db/CatalogWorkflow.h"
#include "support/CatalogFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace govcat;
using namespace govcat::db;

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

private:
    QString publish(const QString& name);

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
    Clock::install(&clock);
    auto first = m_store->save(m_fx->validDraft(*m_store, QStringLiteral("先提交")));
    QVERIFY(first && m_flow->submit(first.value()));
    clock.advanceSecs(3600);
    const QString published = publish(QStringLiteral("已发布后修订"));
    QVERIFY(m_flow->revise(published));
    clock.advanceSecs(3600);
    QVERIFY(m_flow->submit(published));
    Clock::install(nullptr);
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
}

QTEST_GUILESS_MAIN(TestCatalogWorkflow)
#include "tst_catalogworkflow.moc"
