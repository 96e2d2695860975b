// The outbox of a day's work on the demo city goes on the wire as it is: an editor creates,
// edits and submits a resource; every pending outbox entry becomes a push mutation that the
// server's parser accepts unchanged, in order, with the new resource's data items riding in its
// insert (issue 15: the outbox entry is the wire format).
#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"
#include "core/Uuid.h"
#include "db/Repository.h"
#include "support/DemoCity.h"
#include "support/DemoDraft.h"
#include "sync/Push.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace govcat;

class JourneyWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pendingOutboxEntriesAreValidPushMutations();
};

void JourneyWire::pendingOutboxEntriesAreValidPushMutations()
{
    QTemporaryDir dir;
    test::DemoEditorSession demo(dir);
    QVERIFY(demo.ok());
    catalog::ResourceStore& store = *demo.store;
    ResourceDraft draft = demo.draft(QStringLiteral("网络食品交易第三方平台备案信息"));
    auto id = store.save(draft);
    QVERIFY(id);
    draft = store.load(id.value()).value();
    draft.abstract = QStringLiteral("记录食品经营许可的办理结果，按日更新。");
    auto saved = store.save(draft);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    auto submitted = demo.flow->submit(id.value());
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));

    sync::PushRequest request;
    request.clientId = newUuid();
    QSqlQuery q(demo.database->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT seq, mutation_id, op, table_name, row_id, base_version, owner_dept_id, "
                       "schema_version, fields, children, created_at FROM outbox WHERE state = 'pending' "
                       "ORDER BY seq")));
    while (q.next()) {
        sync::Mutation m;
        m.seq = q.value(0).toLongLong();
        m.mutationId = q.value(1).toString();
        const QString op = q.value(2).toString();
        m.op = op == QLatin1String("insert")
                   ? sync::Op::Insert
                   : (op == QLatin1String("delete") ? sync::Op::Delete : sync::Op::Update);
        m.table = q.value(3).toString();
        m.rowId = q.value(4).toString();
        m.baseVersion = q.value(5).toLongLong();
        m.ownerDeptId = q.value(6).toString();
        m.schemaVersion = q.value(7).toInt();
        m.fields = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        m.children = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
        m.deviceTime = q.value(10).toString();
        request.mutations << m;
    }
    QVERIFY2(request.mutations.size() >= 3, "create, edit and submit each leave an entry");

    const QByteArray body = sync::encodePushRequest(request);
    auto parsed = sync::parsePushRequest(body);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().mutations.size(), request.mutations.size());
    bool insertWithItems = false;
    for (int i = 0; i < request.mutations.size(); ++i) {
        const sync::Mutation& sent = request.mutations.at(i);
        const sync::Mutation& read = parsed.value().mutations.at(i);
        QCOMPARE(read.mutationId, sent.mutationId);
        QCOMPARE(read.seq, sent.seq);
        QCOMPARE(read.fields, sent.fields);
        if (read.rowId == id.value() && read.op == sync::Op::Insert) {
            insertWithItems = read.children.value(QStringLiteral("info_item")).toArray().size() == 3;
        }
    }
    QVERIFY2(insertWithItems, "the new resource's insert carries its three data items");
}

QTEST_GUILESS_MAIN(JourneyWire)
#include "tst_journeywire.moc"
