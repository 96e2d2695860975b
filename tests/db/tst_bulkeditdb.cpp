#include "catalog/BulkEdit.h"
#include "support/CatalogSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// Bulk edit (catalog::BulkEdit: preview, apply, undo) on a real encrypted database holding a small demo city.
// The dialog and undo command that drive it are tested in tests/gui/tst_bulkedit.cpp.
class TestBulkEditDb : public QObject, private test::CatalogSession
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }
    void bulkPreviewApplyUndo();
    void bulkDependentFieldsAndValidation();
    void bulkEditOfPublishedGoesToRevisions();
    void bulkApplyIsOneTransaction();
    void bulkApplyOfAPreview();
    void bulkEditInChunks();
};

void TestBulkEditDb::bulkPreviewApplyUndo()
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

void TestBulkEditDb::bulkDependentFieldsAndValidation()
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

void TestBulkEditDb::bulkEditOfPublishedGoesToRevisions()
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

void TestBulkEditDb::bulkApplyIsOneTransaction()
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

void TestBulkEditDb::bulkApplyOfAPreview()
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

void TestBulkEditDb::bulkEditInChunks()
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

QTEST_GUILESS_MAIN(TestBulkEditDb)
#include "tst_bulkeditdb.moc"
