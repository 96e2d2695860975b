#include "core/rules/ItemNameNormalizer.h"
#include "db/BulkEdit.h"
#include "db/CatalogQuality.h"
#include "db/CatalogWorkflow.h"
#include "db/OneSourceReport.h"
#include "support/CatalogFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>

#include <ctime>
#include <map>
#include <set>

using namespace govcat;
using namespace govcat::db;

// The quality report, the 一数一源 report and bulk edit on a real encrypted database holding a small
// demo city. With GOVCAT_BENCH_DB (and GOVCAT_BENCH_PASSPHRASE_FILE) set, largeCatalogTimings times
// them on a large demo (govcat demo --resources 100000).
class TestCatalogQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readerGivesWhatTheStoreLoads();
    void qualityCountsMatchTheRules();
    void qualityRunCanBeCancelled();
    void oneSourceGroupsSpellingsAcrossDepartments();
    void bulkPreviewApplyUndo();
    void bulkDependentFieldsAndValidation();
    void bulkEditOfPublishedGoesToRevisions();
    void bulkApplyIsOneTransaction();
    void bulkApplyOfAPreview();
    void bulkEditInChunks();
    void largeCatalogTimings();

private:
    QString save(ResourceDraft d, const QString& dept = {});
    QString publish(const QString& name);
    QString column(const QString& id, const char* column) const;

    std::unique_ptr<test::CatalogFixture> m_fx;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<CatalogWorkflow> m_flow;
};

void TestCatalogQuality::init()
{
    m_fx = std::make_unique<test::CatalogFixture>();
    m_repo = std::make_unique<Repository>(m_fx->database->connection(), m_fx->actor(Role::CatalogEditor));
    m_store = std::make_unique<ResourceStore>(m_fx->database->connection(), *m_repo);
    m_flow = std::make_unique<CatalogWorkflow>(*m_store);
}

void TestCatalogQuality::cleanup()
{
    m_flow.reset();
    m_store.reset();
    m_repo.reset();
    m_fx.reset();
}

// Saves a draft as an editor of its department (dept: another provider than the fixture's).
QString TestCatalogQuality::save(ResourceDraft d, const QString& dept)
{
    const Actor before = m_repo->actor();
    if (!dept.isEmpty()) {
        const ResourceDraft provider = m_store->newDraft(dept).value();
        d.providerDeptId = dept;
        d.providerName = provider.providerName;
        d.providerCode = provider.providerCode;
        m_repo->setActor(m_fx->actor(Role::CatalogEditor, dept));
    }
    auto id = m_store->save(d);
    m_repo->setActor(before);
    if (!id) {
        qWarning("save failed: %s", qPrintable(id.error().message));
        return {};
    }
    return id.value();
}

QString TestCatalogQuality::publish(const QString& name)
{
    ResourceDraft d = m_fx->validDraft(*m_store, name);
    d.relatedCodes = {QStringLiteral("101001/000001")};
    d.survey = {QStringLiteral("12.5"), QStringLiteral("30"), {}, {}, {}, {}};
    const QString id = save(d);
    if (id.isEmpty() || !m_flow->submit(id)) {
        return {};
    }
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    const bool ok = bool(m_flow->approve(id, QStringLiteral("同意发布")));
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    return ok ? id : QString();
}

QString TestCatalogQuality::column(const QString& id, const char* name) const
{
    QSqlQuery q(m_fx->database->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM info_resource WHERE id = ?").arg(QLatin1String(name)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

void TestCatalogQuality::readerGivesWhatTheStoreLoads()
{
    QVERIFY(!publish(QStringLiteral("带关联资源和普查数据的资源")).isEmpty());
    int visited = 0;
    DraftReader full(m_fx->database->connection(), DraftReader::Content::Full);
    auto r = full.forEach([&](ResourceDraft& d) {
        ++visited;
        const ResourceDraft stored = m_store->load(d.id).value();
        if (!(d == stored)) {
            qWarning("%s differs", qPrintable(d.id));
            return false;
        }
        return true;
    });
    QVERIFY(r);
    QCOMPARE(visited, m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0")));

    // Selected ids: those and only those; a deleted resource is left out.
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_resource ORDER BY code DESC LIMIT 3")));
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    QVERIFY(m_repo->remove(QStringLiteral("info_resource"), ids.at(0)));
    QStringList seen;
    bool allHaveItems = true;
    const auto collect = [&](ResourceDraft& d) {
        seen << d.id;
        allHaveItems = allHaveItems && !d.items.isEmpty();
        return true;
    };
    QVERIFY(DraftReader(m_fx->database->connection()).forEach(collect, ids));
    QVERIFY(allHaveItems);
    std::sort(seen.begin(), seen.end());
    QStringList expected = ids.mid(1);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(seen, expected);
}

void TestCatalogQuality::qualityCountsMatchTheRules()
{
    ResourceDraft broken = m_fx->validDraft(*m_store, QStringLiteral("故意填错的资源"));
    broken.abstract.clear();                                  // R01
    broken.shareType = canonicalName(ShareType::Conditional); // R03: no condition
    broken.items[0].length.clear();                           // R12: 字符型 without length
    broken.formatType = QStringLiteral("xlsx");               // R14: not a database type
    const QString brokenId = save(broken);
    const QString twinA = save(m_fx->validDraft(*m_store, QStringLiteral("重名资源"))); // R07 twice
    const QString twinB = save(m_fx->validDraft(*m_store, QStringLiteral("重名资源")));
    QVERIFY(!brokenId.isEmpty() && !twinA.isEmpty() && !twinB.isEmpty());

    auto report = CatalogQuality(m_fx->database->connection()).run();
    QVERIFY2(report, qPrintable(report.error().message));
    const QualityReport& r = report.value();
    QVERIFY(!r.cancelled);

    // The reference: ResourceStore::load and validate, one resource at a time.
    std::map<std::pair<QString, QString>, QualityCell> expected; // (dept, rule) → cell
    qint64 live = 0;
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_resource WHERE is_deleted = 0 ORDER BY id")));
    while (q.next()) {
        ++live;
        const ResourceDraft d = m_store->load(q.value(0).toString()).value();
        for (const Finding& f : m_store->validate(d)) {
            QualityCell& cell = expected[{d.providerDeptId, f.ruleId}];
            (f.severity == Finding::Severity::Error ? cell.errors : cell.warnings) += 1;
            if (!cell.resourceIds.contains(d.id)) {
                cell.resourceIds << d.id;
            }
        }
    }
    QCOMPARE(r.resourcesChecked, live);
    std::size_t cells = 0;
    for (const DepartmentQuality& dept : r.departments) {
        for (auto it = dept.rules.cbegin(); it != dept.rules.cend(); ++it, ++cells) {
            const QualityCell& want = expected[{dept.deptId, it.key()}];
            QCOMPARE(it->errors, want.errors);
            QCOMPARE(it->warnings, want.warnings);
            QCOMPARE(it->resourceIds, want.resourceIds);
        }
    }
    QCOMPARE(cells, expected.size());

    const DepartmentQuality* mine = r.department(m_fx->deptId);
    QVERIFY(mine);
    for (const char* rule : {"R01", "R03", "R12", "R14"}) {
        QVERIFY2(mine->rules.value(QLatin1String(rule)).resourceIds.contains(brokenId), rule);
    }
    QVERIFY(mine->withErrors.contains(brokenId));
    const QStringList twins = mine->rules.value(QStringLiteral("R07")).resourceIds;
    QVERIFY(twins.contains(twinA) && twins.contains(twinB));
    QVERIFY(r.resourcesFor(QStringLiteral("R03")).contains(brokenId));
    QVERIFY(r.ruleTotal(QStringLiteral("R03")).errors >= 1);
    QVERIFY(r.departmentsAffected(QStringLiteral("R03")) >= 1);

    // Withdrawing one twin (status 已下线) leaves the other without a duplicate.
    QSqlQuery(m_fx->database->connection())
        .exec(QStringLiteral("UPDATE info_resource SET status = '已下线' WHERE id = '%1'").arg(twinB));
    const QualityReport after = CatalogQuality(m_fx->database->connection()).run().value();
    const QStringList stillTwins =
        after.department(m_fx->deptId)->rules.value(QStringLiteral("R07")).resourceIds;
    QVERIFY(!stillTwins.contains(twinA));
    QVERIFY(stillTwins.contains(twinB)); // as the store's rule context sees it: twinA still has the name
}

void TestCatalogQuality::qualityRunCanBeCancelled()
{
    test::CatalogFixture big(1200);
    QList<std::pair<qint64, qint64>> calls;
    auto r = CatalogQuality(big.database->connection()).run([&](qint64 done, qint64 total) {
        calls.append({done, total});
        return false;
    });
    QVERIFY(r);
    QVERIFY(r.value().cancelled);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).first, 500);
    QCOMPARE(calls.at(0).second, 1200);
    QCOMPARE(r.value().resourcesChecked, 500);

    calls.clear();
    auto whole = CatalogQuality(big.database->connection()).run([&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(whole && !whole.value().cancelled);
    QCOMPARE(whole.value().resourcesChecked, 1200);
    QCOMPARE(calls.constLast(), std::make_pair(qint64(1200), qint64(1200)));
}

void TestCatalogQuality::oneSourceGroupsSpellingsAcrossDepartments()
{
    ResourceDraft a = m_fx->validDraft(*m_store, QStringLiteral("甲部门登记信息"));
    a.items = {
        ItemDraft::of(QStringLiteral("统一社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
        ItemDraft::of(QStringLiteral("本测试专用甲项"), QStringLiteral("C"), QStringLiteral("10")),
        ItemDraft::of(QStringLiteral("本测试专用乙项（必填）"), QStringLiteral("C"), QStringLiteral("10"))};
    ResourceDraft b = m_fx->validDraft(*m_store, QStringLiteral("乙部门许可信息"));
    b.items = {ItemDraft::of(QStringLiteral("社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
               ItemDraft::of(QStringLiteral("本测试专用乙项"), QStringLiteral("C"), QStringLiteral("10"))};
    const QString idA = save(a);
    const QString idB = save(b, m_fx->otherDeptId);
    QVERIFY(!idA.isEmpty() && !idB.isEmpty());

    auto built = OneSourceReport::build(m_fx->database->connection());
    QVERIFY2(built, qPrintable(built.error().message));
    const auto find = [](const OneSourceReport& r, const QString& name) -> const OneSourceGroup* {
        const QString key = ItemNameNormalizer::normalize(name);
        for (const OneSourceGroup& g : r.groups) {
            if (g.key == key) {
                return &g;
            }
        }
        return nullptr;
    };
    const auto resourcesOf = [](const OneSourceGroup& g, const QString& dept) {
        QStringList ids;
        for (const OneSourceDepartment& d : g.departments) {
            for (const OneSourceResource& r : d.resources) {
                if (d.deptId == dept) {
                    ids << r.id;
                }
            }
        }
        return ids;
    };
    const OneSourceGroup* uscc = find(built.value(), QStringLiteral("社会信用代码"));
    QVERIFY(uscc);
    QCOMPARE(uscc->name, QStringLiteral("统一社会信用代码"));
    QVERIFY(uscc->spellings.contains(QStringLiteral("统一社会信用代码")));
    QVERIFY(uscc->spellings.contains(QStringLiteral("社会信用代码")));
    QVERIFY(resourcesOf(*uscc, m_fx->deptId).contains(idA));
    QVERIFY(resourcesOf(*uscc, m_fx->otherDeptId).contains(idB));

    const OneSourceGroup* mine = find(built.value(), QStringLiteral("本测试专用乙项"));
    QVERIFY(mine);
    QCOMPARE(mine->departmentCount, 2);
    QCOMPARE(mine->resourceCount, 2);
    QCOMPARE(mine->spellings.size(), 2);
    QCOMPARE(mine->departments.size(), 2);
    QCOMPARE(mine->departments.at(0).resources.at(0).name.isEmpty(), false);
    QVERIFY(!find(built.value(), QStringLiteral("本测试专用甲项"))); // one department only
    for (qsizetype i = 1; i < built.value().groups.size(); ++i) {
        QVERIFY(built.value().groups.at(i - 1).departmentCount >= built.value().groups.at(i).departmentCount);
    }

    // A deleted resource no longer provides its items.
    QVERIFY(m_repo->remove(QStringLiteral("info_resource"), idB));
    QVERIFY(!find(OneSourceReport::build(m_fx->database->connection()).value(),
                  QStringLiteral("本测试专用乙项")));

    bool asked = false;
    auto withProgress = OneSourceReport::build(m_fx->database->connection(), [&](qint64, qint64) {
        asked = true;
        return true;
    });
    QVERIFY(withProgress && asked && !withProgress.value().cancelled);
}

void TestCatalogQuality::bulkPreviewApplyUndo()
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i) {
        ids << save(m_fx->validDraft(*m_store, QStringLiteral("批量资源%1").arg(i)));
    }
    ResourceDraft monthly = m_fx->validDraft(*m_store, QStringLiteral("已是每月的资源"));
    monthly.updateCycle = canonicalName(UpdateCycle::Monthly);
    ids << save(monthly);
    const QString other =
        save(m_fx->validDraft(*m_store, QStringLiteral("其他部门的资源")), m_fx->otherDeptId);
    ids << other;
    QVERIFY(!ids.contains(QString()));
    const BulkChange change{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Monthly), {}, {}};

    auto preview = BulkEdit::preview(m_fx->database->connection(), *m_repo, ids, change);
    QVERIFY2(preview, qPrintable(preview.error().message));
    const BulkPreview& p = preview.value();
    QCOMPARE(p.rows.size(), 5);
    QCOMPARE(p.toChange, 3);
    QCOMPARE(p.skipped, 2);
    QCOMPARE(p.rows.at(0).oldValue, canonicalName(UpdateCycle::Daily));
    QCOMPARE(p.rows.at(0).newValue, canonicalName(UpdateCycle::Monthly));
    QVERIFY(p.rows.at(0).willChange());
    QVERIFY(p.rows.at(3).editable && !p.rows.at(3).changes);
    QVERIFY(!p.rows.at(4).editable);
    QVERIFY2(p.rows.at(4).note.contains(QStringLiteral("本部门")), qPrintable(p.rows.at(4).note));

    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 audit = m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal"));
    auto applied = BulkEdit::apply(m_fx->database->connection(), *m_repo, ids, change);
    QVERIFY2(applied, qPrintable(applied.error().message));
    const BulkResult& result = applied.value();
    QCOMPARE(result.changedIds, ids.mid(0, 3));
    QCOMPARE(result.unchanged, 1);
    QCOMPARE(result.refused.size(), 1);
    QCOMPARE(result.refused.at(0).resourceId, other);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")) - outbox, 3);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal")) - audit, 3);
    QCOMPARE(
        m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = '批量修改更新周期'")),
        3);
    for (const QString& id : ids.mid(0, 4)) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Monthly));
    }
    QCOMPARE(column(other, "update_cycle"), canonicalName(UpdateCycle::Daily));

    QVERIFY(BulkEdit::undo(*m_repo, result.previous));
    for (const QString& id : ids.mid(0, 3)) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Daily));
    }
    QCOMPARE(column(ids.at(3), "update_cycle"), canonicalName(UpdateCycle::Monthly));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")) - outbox, 6);
    QCOMPARE(m_fx->count(
                 QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = '撤销批量修改更新周期'")),
             3);

    m_repo->setActor(m_fx->actor(Role::Leader));
    const BulkPreview leader = BulkEdit::preview(m_fx->database->connection(), *m_repo, ids, change).value();
    QCOMPARE(leader.toChange, 0);
    QVERIFY(leader.rows.at(0).note.contains(QStringLiteral("领导")));
}

void TestCatalogQuality::bulkDependentFieldsAndValidation()
{
    const QStringList ids = {save(m_fx->validDraft(*m_store, QStringLiteral("共享资源甲"))),
                             save(m_fx->validDraft(*m_store, QStringLiteral("共享资源乙")))};
    const QString conditional = canonicalName(ShareType::Conditional);
    BulkChange change{QStringLiteral("share_type"), conditional, {}, {}};
    auto missing = BulkEdit::preview(m_fx->database->connection(), *m_repo, ids, change);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::Invalid);
    QVERIFY2(missing.error().message.contains(QStringLiteral("共享条件")),
             qPrintable(missing.error().message));
    QCOMPARE(BulkEdit::dependentFor(QStringLiteral("share_type"), conditional),
             QStringLiteral("share_condition"));

    change.extraColumn = QStringLiteral("share_condition");
    change.extraValue = QStringLiteral("仅向市场监管部门提供");
    auto applied = BulkEdit::apply(m_fx->database->connection(), *m_repo, ids, change);
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied.value().changedIds.size(), 2);
    QCOMPARE(column(ids.at(0), "share_type"), conditional);
    QCOMPARE(column(ids.at(0), "share_condition"), QStringLiteral("仅向市场监管部门提供"));
    QVERIFY(CatalogRules::check(m_store->load(ids.at(0)).value()).isEmpty());
    QVERIFY(BulkEdit::undo(*m_repo, applied.value().previous));
    QCOMPARE(column(ids.at(1), "share_type"), canonicalName(ShareType::Unconditional));
    QCOMPARE(
        m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE id = '%1' AND share_condition "
                                   "IS NULL")
                        .arg(ids.at(1))),
        1);

    const QList<BulkChange> wrong = {
        {QStringLiteral("name"), QStringLiteral("新名称"), {}, {}},
        {QStringLiteral("update_cycle"), QStringLiteral("每两天"), {}, {}},
        {QStringLiteral("share_type"), canonicalName(ShareType::NotShared),
         QStringLiteral("no_share_basis_id"), QStringLiteral("没有这个依据")},
        {QStringLiteral("format_category"), canonicalName(FormatCategory::Database),
         QStringLiteral("format_type"), QStringLiteral("xlsx")},
        {QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Daily), QStringLiteral("share_condition"),
         QStringLiteral("x")},
    };
    for (const BulkChange& c : wrong) {
        auto r = BulkEdit::apply(m_fx->database->connection(), *m_repo, ids, c);
        QVERIFY2(!r && r.error().kind == Error::Kind::Invalid, qPrintable(c.column));
    }
    // The format category with its type; is_secret without a dependent.
    const BulkChange format{QStringLiteral("format_category"), canonicalName(FormatCategory::Spreadsheet),
                            QStringLiteral("format_type"), QStringLiteral("xlsx")};
    QVERIFY(BulkEdit::apply(m_fx->database->connection(), *m_repo, ids, format));
    QCOMPARE(column(ids.at(0), "format_type"), QStringLiteral("xlsx"));
    QVERIFY(BulkEdit::apply(m_fx->database->connection(), *m_repo, ids,
                            {QStringLiteral("is_secret"), canonicalName(SecretAttribute::Secret), {}, {}}));
    QCOMPARE(column(ids.at(1), "is_secret"), canonicalName(SecretAttribute::Secret));
}

void TestCatalogQuality::bulkEditOfPublishedGoesToRevisions()
{
    const QString fresh = publish(QStringLiteral("已发布资源甲"));
    const QString revised = publish(QStringLiteral("已发布资源乙"));
    const QString inReview = publish(QStringLiteral("已发布资源丙"));
    QVERIFY(!fresh.isEmpty() && !revised.isEmpty() && !inReview.isEmpty());
    ResourceDraft open = m_store->loadForEditing(revised).value();
    open.abstract = QStringLiteral("修订中的摘要。");
    QVERIFY(m_store->save(open));
    QVERIFY(m_flow->revise(inReview));
    QVERIFY(m_flow->submit(inReview));

    const QStringList ids = {fresh, revised, inReview};
    const BulkChange change{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Weekly), {}, {}};
    const BulkPreview p = BulkEdit::preview(m_fx->database->connection(), *m_repo, ids, change).value();
    QCOMPARE(p.rows.at(0).target, BulkPreviewRow::Target::NewRevision);
    QCOMPARE(p.rows.at(1).target, BulkPreviewRow::Target::OpenRevision);
    QVERIFY(!p.rows.at(2).editable);
    QVERIFY(p.rows.at(2).note.contains(QStringLiteral("审核")));

    const ResourceDraft publishedBefore = m_store->load(fresh).value();
    auto applied = BulkEdit::apply(m_fx->database->connection(), *m_repo, ids, change);
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied.value().changedIds, (QStringList{fresh, revised}));
    // The published content stays; the revision holds everything the store would have written.
    QCOMPARE(m_store->load(fresh).value(), publishedBefore);
    ResourceDraft expected = publishedBefore;
    expected.updateCycle = canonicalName(UpdateCycle::Weekly);
    ResourceDraft draft = m_store->loadForEditing(fresh).value();
    QCOMPARE(draft.status, canonicalName(ResourceStatus::Draft));
    draft.status = expected.status;
    draft.catalogVersion = expected.catalogVersion;
    QCOMPARE(draft, expected);
    const ResourceDraft openAfter = m_store->loadForEditing(revised).value();
    QCOMPARE(openAfter.updateCycle, canonicalName(UpdateCycle::Weekly));
    QCOMPARE(openAfter.abstract, QStringLiteral("修订中的摘要。"));
    // The open revision's outbox entry records the changed member of its snapshot, not the snapshot.
    QSqlQuery outbox(m_fx->database->connection());
    QVERIFY(outbox.exec(
                QStringLiteral("SELECT o.fields FROM outbox o JOIN resource_version v ON v.id = o.row_id "
                               "WHERE v.resource_id = '%1' AND o.op = 'update' ORDER BY o.seq DESC LIMIT 1")
                    .arg(revised)) &&
            outbox.next());
    const QJsonObject fields = QJsonDocument::fromJson(outbox.value(0).toByteArray()).object();
    QCOMPARE(fields.keys(), (QStringList{QStringLiteral("snapshot.update_cycle")}));
    QCOMPARE(fields.value(QStringLiteral("snapshot.update_cycle")).toObject(),
             (QJsonObject{{QStringLiteral("old"), canonicalName(UpdateCycle::Daily)},
                          {QStringLiteral("new"), canonicalName(UpdateCycle::Weekly)}}));

    QVERIFY(BulkEdit::undo(*m_repo, applied.value().previous));
    QVERIFY(!m_store->revision(fresh).value().has_value());
    QCOMPARE(m_store->loadForEditing(revised).value().updateCycle, canonicalName(UpdateCycle::Daily));
    QCOMPARE(m_store->loadForEditing(revised).value().abstract, QStringLiteral("修订中的摘要。"));
}

void TestCatalogQuality::bulkApplyIsOneTransaction()
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i) {
        ids << save(m_fx->validDraft(*m_store, QStringLiteral("事务资源%1").arg(i)));
    }
    QSqlQuery q(m_fx->database->connection());
    QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_in_the_middle BEFORE UPDATE ON info_resource "
                                   "WHEN NEW.id = '%1' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                        .arg(ids.at(1))),
             qPrintable(q.lastError().text()));
    const qint64 outbox = m_fx->count(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 audit = m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal"));
    const BulkChange change{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Yearly), {}, {}};
    auto applied = BulkEdit::apply(m_fx->database->connection(), *m_repo, ids, change);
    QVERIFY(!applied);
    QVERIFY(applied.error().message.contains(QStringLiteral("injected failure")));
    for (const QString& id : ids) {
        QCOMPARE(column(id, "update_cycle"), canonicalName(UpdateCycle::Daily));
    }
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal")), audit);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_in_the_middle")));
    QVERIFY(BulkEdit::apply(m_fx->database->connection(), *m_repo, ids, change));
    QCOMPARE(column(ids.at(1), "update_cycle"), canonicalName(UpdateCycle::Yearly));
}

void TestCatalogQuality::bulkApplyOfAPreview()
{
    QStringList ids;
    for (int i = 1; i <= 3; ++i) {
        ids << save(m_fx->validDraft(*m_store, QStringLiteral("预览资源%1").arg(i)));
    }
    const QSqlDatabase db = m_fx->database->connection();
    const BulkChange change{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Monthly), {}, {}};
    // Applied as previewed.
    BulkPreview preview = BulkEdit::preview(db, *m_repo, ids, change).value();
    auto applied = BulkEdit::apply(db, *m_repo, preview);
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied.value().changedIds, ids);
    QCOMPARE(column(ids.at(2), "update_cycle"), canonicalName(UpdateCycle::Monthly));
    // The same preview again: the database changed since (the apply itself), so it reads again and
    // finds nothing to change.
    applied = BulkEdit::apply(db, *m_repo, preview);
    QVERIFY(applied);
    QVERIFY(applied.value().changedIds.isEmpty());
    QCOMPARE(applied.value().unchanged, 3);
    QVERIFY(BulkEdit::undo(*m_repo, BulkUndo{}));

    // A write between preview and apply, through this connection or another one.
    const BulkChange weekly{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Weekly), {}, {}};
    preview = BulkEdit::preview(db, *m_repo, ids, weekly).value();
    QCOMPARE(preview.toChange, 3);
    QVERIFY(m_repo->update(QStringLiteral("info_resource"), ids.at(0),
                           {{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Weekly)}}));
    applied = BulkEdit::apply(db, *m_repo, preview);
    QVERIFY(applied);
    QCOMPARE(applied.value().changedIds, ids.mid(1));
    preview = BulkEdit::preview(db, *m_repo, ids, change).value();
    {
        auto other = Database::open(m_fx->database->path(), test::kPassphrase);
        QVERIFY2(other, qPrintable(other.error().message));
        Repository otherRepo(other.value()->connection(), m_fx->actor(Role::CatalogEditor));
        QVERIFY(otherRepo.update(QStringLiteral("info_resource"), ids.at(1),
                                 {{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Monthly)}}));
    }
    applied = BulkEdit::apply(db, *m_repo, preview);
    QVERIFY(applied);
    QCOMPARE(applied.value().changedIds, (QStringList{ids.at(0), ids.at(2)}));
    // Another actor than the preview's: read again with that actor's permissions.
    const BulkChange yearly{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Yearly), {}, {}};
    preview = BulkEdit::preview(db, *m_repo, ids, yearly).value();
    m_repo->setActor(m_fx->actor(Role::Leader));
    applied = BulkEdit::apply(db, *m_repo, preview);
    QVERIFY(applied);
    QVERIFY(applied.value().changedIds.isEmpty());
    QCOMPARE(applied.value().refused.size(), 3);
}

void TestCatalogQuality::bulkEditInChunks()
{
    // More resources than one chunk of row changes: new revisions, then rewritten ones, undone.
    test::CatalogFixture big(700);
    const QSqlDatabase db = big.database->connection();
    Repository repo(db, {QStringLiteral("管理员"), {}, canonicalName(Role::Administrator)});
    ResourceStore store(db, repo);
    QSqlQuery q(db);
    QVERIFY(q.exec(
        QStringLiteral("SELECT id FROM info_resource WHERE status = '已发布' AND update_cycle <> '每周' "
                       "AND is_deleted = 0 ORDER BY code")));
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    QVERIFY2(ids.size() > 2 * 256, qPrintable(QString::number(ids.size())));
    const auto revisions = [&] {
        return big.count(
            QStringLiteral("SELECT count(*) FROM resource_version WHERE is_deleted = 0 AND status = '草稿'"));
    };
    const auto cycles = [&] {
        QStringList out;
        for (const QString& id : ids) {
            out << store.loadForEditing(id).value().updateCycle;
        }
        out.removeDuplicates();
        return out;
    };
    const BulkChange weekly{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Weekly), {}, {}};
    const auto first = BulkEdit::apply(db, repo, BulkEdit::preview(db, repo, ids, weekly).value());
    QVERIFY2(first, qPrintable(first.error().message));
    QCOMPARE(first.value().changedIds, ids);
    QCOMPARE(revisions(), qint64(ids.size()));
    QCOMPARE(cycles(), QStringList{canonicalName(UpdateCycle::Weekly)});
    const qint64 outbox = big.count(QStringLiteral("SELECT count(*) FROM outbox"));
    const BulkChange yearly{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Yearly), {}, {}};
    const auto second = BulkEdit::apply(db, repo, ids, yearly);
    QVERIFY2(second, qPrintable(second.error().message));
    QCOMPARE(second.value().previous.revisions.size(), ids.size());
    QCOMPARE(cycles(), QStringList{canonicalName(UpdateCycle::Yearly)});
    QCOMPARE(big.count(QStringLiteral("SELECT count(*) FROM outbox")) - outbox, qint64(ids.size()));
    QCOMPARE(big.count(QStringLiteral("SELECT count(*) FROM outbox WHERE seq > %1 AND fields LIKE "
                                      "'{\"snapshot.update_cycle\":{%'")
                           .arg(outbox)),
             qint64(ids.size()));
    QVERIFY(BulkEdit::undo(repo, second.value().previous));
    QCOMPARE(cycles(), QStringList{canonicalName(UpdateCycle::Weekly)});
    QVERIFY(BulkEdit::undo(repo, first.value().previous));
    QCOMPARE(revisions(), 0);
    QVERIFY(!cycles().contains(canonicalName(UpdateCycle::Weekly)));
}

// Wall-clock and process CPU time since the last lap (CPU time is what counts on a shared machine).
struct Lap
{
    QElapsedTimer wall;
    std::clock_t cpu = std::clock();
    Lap() { wall.start(); }
    QByteArray next()
    {
        const std::clock_t now = std::clock();
        const QByteArray text = QByteArray::number(wall.restart()) + " ms wall, " +
                                QByteArray::number(qint64(now - cpu) * 1000 / CLOCKS_PER_SEC) + " ms CPU";
        cpu = now;
        return text;
    }
};

void TestCatalogQuality::largeCatalogTimings()
{
    const QString path = qEnvironmentVariable("GOVCAT_BENCH_DB");
    if (path.isEmpty()) {
        QSKIP("set GOVCAT_BENCH_DB and GOVCAT_BENCH_PASSPHRASE_FILE to time a large demo catalog");
    }
    QFile passFile(qEnvironmentVariable("GOVCAT_BENCH_PASSPHRASE_FILE"));
    QVERIFY(passFile.open(QIODevice::ReadOnly));
    auto opened = Database::open(path, passFile.readAll().trimmed());
    QVERIFY2(opened, qPrintable(opened.error().message));
    QSqlDatabase db = opened.value()->connection();
    Lap lap;
    const QualityReport quality = CatalogQuality(db).run([](qint64, qint64) { return true; }).value();
    qInfo("quality: %lld resources, %lld with errors, %lld findings: %s", quality.resourcesChecked,
          quality.resourcesWithErrors, quality.errors + quality.warnings, lap.next().constData());
    const OneSourceReport oneSource = OneSourceReport::build(db).value();
    qInfo("one source: %lld items, %lld groups: %s", oneSource.itemsRead, qint64(oneSource.groups.size()),
          lap.next().constData());

    Repository repo(db, {QStringLiteral("基准测试"), QString(), canonicalName(Role::Administrator)});
    const int n = qEnvironmentVariableIsSet("GOVCAT_BENCH_BULK")
                      ? qEnvironmentVariableIntValue("GOVCAT_BENCH_BULK")
                      : 10000;
    for (const char* where : {"status IN ('草稿', '已退回')", "status = '已发布'", "1 = 1"}) {
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM info_resource WHERE is_deleted = 0 AND %1 ORDER BY code "
                                  "LIMIT %2")
                       .arg(QString::fromUtf8(where))
                       .arg(n)));
        QStringList ids;
        while (q.next()) {
            ids << q.value(0).toString();
        }
        const BulkChange change{QStringLiteral("update_cycle"), canonicalName(UpdateCycle::Other),
                                QStringLiteral("update_cycle_other"), QStringLiteral("基准测试周期")};
        lap.next();
        const BulkPreview p = BulkEdit::preview(db, repo, ids, change).value();
        const QByteArray previewTime = lap.next();
        auto applied = BulkEdit::apply(db, repo, ids, change);
        QVERIFY2(applied, qPrintable(applied.error().message));
        const QByteArray applyTime = lap.next();
        QVERIFY(BulkEdit::undo(repo, applied.value().previous));
        const qint64 revisions = std::count_if(p.rows.cbegin(), p.rows.cend(), [](const BulkPreviewRow& r) {
            return r.willChange() && r.target == BulkPreviewRow::Target::NewRevision;
        });
        qInfo(
            "bulk edit where %s: %lld ids, %d changed (%lld as new revisions): preview %s; apply %s; undo %s",
            where, qint64(ids.size()), p.toChange, revisions, previewTime.constData(), applyTime.constData(),
            lap.next().constData());
    }
}

QTEST_GUILESS_MAIN(TestCatalogQuality)
#include "tst_catalogquality.moc"
