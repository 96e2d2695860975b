// Journey on the demo city made by `govcat demo`: a catalog editor creates a new resource and
// submits it, a second one gets the next code, a reviewer approves with a comment.
#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/Repository.h"
#include "support/DemoCity.h"
#include "support/DemoDraft.h"

#include <QSqlQuery>
#include <QTest>

using namespace govcat;

class JourneySubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newResourcesAreSubmittedAndApprovedOnTheDemoCity();
    void aSequenceBehindTheCodesInUseSkipsThem();
};

void JourneySubmit::newResourcesAreSubmittedAndApprovedOnTheDemoCity()
{
    QTemporaryDir dir;
    auto database = test::openDemoCity(dir);
    QVERIFY(database);
    const QString deptName = QStringLiteral("临川市市场监督管理局");
    const db::LocalProfile editor = test::setDemoProfile(*database, QStringLiteral("王编目"), deptName,
                                                         canonicalName(Role::CatalogEditor));
    QVERIFY(!editor.deptId.isEmpty());
    db::Repository repo(database->connection(), db::ProfileStore::actorOf(editor));
    catalog::ResourceStore store(database->connection(), repo);
    catalog::CatalogWorkflow flow(store);

    QStringList codes;
    for (const QString& name :
         {QStringLiteral("网络餐饮服务第三方平台备案信息"), QStringLiteral("药品网络销售备案信息")}) {
        auto id = store.save(test::filledDraft(store, *database, editor.deptId, name));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        auto submitted = flow.submit(id.value());
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
        const ResourceDraft stored = store.load(id.value()).value();
        QCOMPARE(stored.status, canonicalName(ResourceStatus::PendingReview));
        QVERIFY(!stored.code.isEmpty());
        codes << stored.code;

        repo.setActor({QStringLiteral("李审核"), editor.deptId, canonicalName(Role::Reviewer)});
        auto approved = flow.approve(id.value(), QStringLiteral("同意发布"));
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
        QCOMPARE(store.load(id.value()).value().status, canonicalName(ResourceStatus::Published));
        repo.setActor(db::ProfileStore::actorOf(editor));
    }
    QVERIFY(codes[0] != codes[1]);
    QSqlQuery q(database->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM info_resource WHERE code IN (?, ?)"));
    q.addBindValue(codes[0]);
    q.addBindValue(codes[1]);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

// A demo city made by an earlier version left every code sequence at 0: submission still draws a
// free code (the number after the highest in use) instead of failing on the unique code forever.
void JourneySubmit::aSequenceBehindTheCodesInUseSkipsThem()
{
    QTemporaryDir dir;
    test::DemoEditorSession demo(dir);
    QVERIFY(demo.ok());
    catalog::ResourceStore& store = *demo.store;
    const ResourceDraft draft = demo.draft(QStringLiteral("电动自行车产品认证核查信息"));
    QSqlQuery q(demo.database->connection());
    q.prepare(QStringLiteral("SELECT max(sequence_no) FROM info_resource WHERE code LIKE ? || '/%'"));
    q.addBindValue(draft.classificationCode);
    QVERIFY(q.exec() && q.next());
    const qint64 highest = q.value(0).toLongLong();
    QVERIFY2(highest > 10, "the demo city should use many codes of its busiest classification");
    q.prepare(QStringLiteral("SELECT last_no FROM code_sequence WHERE class_code = ?"));
    q.addBindValue(draft.classificationCode);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), highest); // govcat demo leaves the sequence caught up
    QVERIFY(q.exec(QStringLiteral("UPDATE code_sequence SET last_no = 0")));

    auto id = store.save(draft);
    QVERIFY(id);
    auto submitted = demo.flow->submit(id.value());
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    QCOMPARE(store.load(id.value()).value().code,
             store.ruleContext().codeProfile.format(draft.classificationCode, highest + 1));
}

QTEST_GUILESS_MAIN(JourneySubmit)
#include "tst_journeysubmit.moc"
