// The push body of the sync protocol: what a client sends round-trips, and every body that is not
// exactly the protocol's shape is refused with a sentence, never half-read.
#include "sync/Push.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace govcat;
using namespace govcat::sync;

namespace {

const QString kClient = QStringLiteral("0190d0a2-7c1e-7000-8000-000000000001");

Mutation update(qint64 seq)
{
    Mutation m;
    m.mutationId = QStringLiteral("0190d0a2-7c1e-7000-8000-%1").arg(seq, 12, 10, QLatin1Char('0'));
    m.seq = seq;
    m.op = Op::Update;
    m.table = QStringLiteral("info_resource");
    m.rowId = QStringLiteral("0190c9aa-0000-7000-8000-000000000042");
    m.baseVersion = 17;
    m.ownerDeptId = QStringLiteral("dept-12");
    m.schemaVersion = 7;
    m.fields = QJsonObject{
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("old"), QStringLiteral("道路信息")},
                                             {QStringLiteral("new"), QStringLiteral("道路网信息")}}}};
    m.deviceTime = QStringLiteral("2026-12-01T09:13:00+08:00");
    return m;
}

QJsonObject body()
{
    return QJsonDocument::fromJson(encodePushRequest(PushRequest{kClient, {update(1)}})).object();
}

QByteArray withMutation(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject o = body();
    QJsonArray list = o.value(QStringLiteral("mutations")).toArray();
    QJsonObject m = list.at(0).toObject();
    change(m);
    list[0] = m;
    o[QStringLiteral("mutations")] = list;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class PushWireTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        Mutation insert = update(2);
        insert.op = Op::Insert;
        insert.baseVersion = 0;
        insert.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("新资源")},
                                    {QStringLiteral("share_type"),
                                     QJsonObject{{QStringLiteral("new"), QStringLiteral("无条件共享")}}}};
        insert.children =
            QJsonObject{{QStringLiteral("info_item"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("id"), QStringLiteral("0190c9aa-0000-7000-8000-0000000000aa")},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("许可日期")}}}}}}};
        const PushRequest request{kClient, {update(1), insert}};
        auto parsed = parsePushRequest(encodePushRequest(request));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed.value().clientId, kClient);
        QCOMPARE(parsed.value().mutations.size(), 2);
        const Mutation& a = parsed.value().mutations.at(0);
        QCOMPARE(a.mutationId, request.mutations.at(0).mutationId);
        QCOMPARE(a.seq, 1);
        QCOMPARE(a.op, Op::Update);
        QCOMPARE(a.baseVersion, 17);
        QCOMPARE(a.schemaVersion, 7);
        QCOMPARE(a.fields, request.mutations.at(0).fields);
        QCOMPARE(a.deviceTime, request.mutations.at(0).deviceTime);
        const Mutation& b = parsed.value().mutations.at(1);
        QCOMPARE(b.op, Op::Insert);
        QCOMPARE(b.children, insert.children);
        QCOMPARE(b.fields, insert.fields);
    }

    void refusedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\"protocol\":1,") << QStringLiteral("不是有效的同步数据");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("不是有效的同步数据");
        QTest::newRow("no protocol") << QByteArray("{\"client_id\":\"x\",\"mutations\":[]}")
                                     << QStringLiteral("缺少协议版本");
        QTest::newRow("extra top key") << [] {
            QJsonObject o = body();
            o[QStringLiteral("admin")] = true;
            return QJsonDocument(o).toJson();
        }() << QStringLiteral("协议之外的键");
        QTest::newRow("bad client id") << [] {
            QJsonObject o = body();
            o[QStringLiteral("client_id")] =
                QStringLiteral("0190D0A2-7C1E-7000-8000-000000000001"); // upper case
            return QJsonDocument(o).toJson();
        }() << QStringLiteral("设备编号");
        QTest::newRow("mutations not a list") << [] {
            QJsonObject o = body();
            o[QStringLiteral("mutations")] = QJsonObject();
            return QJsonDocument(o).toJson();
        }() << QStringLiteral("缺少修改列表");
        QTest::newRow("extra mutation key")
            << withMutation([](QJsonObject& m) { m[QStringLiteral("row_version")] = 99; })
            << QStringLiteral("第 1 条修改");
        QTest::newRow("bad op") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("op")] = QStringLiteral("drop");
        }) << QStringLiteral("只能是新增、修改或删除");
        QTest::newRow("bad table") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("table")] = QStringLiteral("info_resource; DROP TABLE audit");
        }) << QStringLiteral("表名无效");
        QTest::newRow("seq zero") << withMutation([](QJsonObject& m) { m[QStringLiteral("seq")] = 0; })
                                  << QStringLiteral("不是有效的整数");
        QTest::newRow("seq fraction") << withMutation([](QJsonObject& m) { m[QStringLiteral("seq")] = 1.5; })
                                      << QStringLiteral("不是有效的整数");
        QTest::newRow("seq huge") << withMutation([](QJsonObject& m) { m[QStringLiteral("seq")] = 1e300; })
                                  << QStringLiteral("不是有效的整数");
        QTest::newRow("seq as text") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("seq")] = QStringLiteral("1");
        }) << QStringLiteral("不是有效的整数");
        QTest::newRow("insert with base")
            << withMutation([](QJsonObject& m) { m[QStringLiteral("op")] = QStringLiteral("insert"); })
            << QStringLiteral("基础版本必须为 0");
        QTest::newRow("update without old") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("fields")] = QJsonObject{
                {QStringLiteral("name"), QJsonObject{{QStringLiteral("new"), QStringLiteral("x")}}}};
        }) << QStringLiteral("字段值的格式无效");
        QTest::newRow("nested value") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("fields")] =
                QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("old"), QJsonArray{1}},
                                                                 {QStringLiteral("new"), 2}}}};
        }) << QStringLiteral("字段值的格式无效");
        QTest::newRow("bad column name") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("fields")] =
                QJsonObject{{QStringLiteral("Name\""),
                             QJsonObject{{QStringLiteral("old"), 1}, {QStringLiteral("new"), 2}}}};
        }) << QStringLiteral("字段值的格式无效");
        QTest::newRow("long text") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("fields")] =
                QJsonObject{{QStringLiteral("name"),
                             QJsonObject{{QStringLiteral("old"), 1},
                                         {QStringLiteral("new"), QString(70000, QLatin1Char('x'))}}}};
        }) << QStringLiteral("字段值的格式无效");
        QTest::newRow("children on update") << withMutation([](QJsonObject& m) {
            m[QStringLiteral("children")] = QJsonObject{{QStringLiteral("info_item"), QJsonArray{}}};
        }) << QStringLiteral("只有新增记录可以附带");
        QTest::newRow("no owner") << withMutation([](QJsonObject& m) {
            m.remove(QStringLiteral("owner_dept_id"));
        }) << QStringLiteral("缺少所属部门");
    }

    void refusedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        auto parsed = parsePushRequest(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    }

    void seqMustIncrease()
    {
        auto parsed = parsePushRequest(encodePushRequest(PushRequest{kClient, {update(5), update(5)}}));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("第 2 条修改：序号没有递增")),
                 qPrintable(parsed.error().message));
    }

    void anotherProtocolIsTooNew()
    {
        QJsonObject o = body();
        o[QStringLiteral("protocol")] = 2;
        auto parsed = parsePushRequest(QJsonDocument(o).toJson());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::TooNew);
        QVERIFY(parsed.error().message.contains(QStringLiteral("请升级 govcat")));
    }

    void limitsHold()
    {
        PushLimits limits;
        limits.maxMutations = 3;
        QList<Mutation> four;
        for (int i = 1; i <= 4; ++i) {
            four << update(i);
        }
        const QByteArray body = encodePushRequest(PushRequest{kClient, four});
        QVERIFY(parsePushRequest(encodePushRequest(PushRequest{kClient, four.mid(0, 3)}), limits));
        auto many = parsePushRequest(body, limits);
        QVERIFY(!many);
        QVERIFY(many.error().message.contains(QStringLiteral("修改过多")));
        limits.maxBodyBytes = body.size() - 1;
        auto large = parsePushRequest(body, limits);
        QVERIFY(!large);
        QVERIFY(large.error().message.contains(QStringLiteral("过大")));
    }
};

QTEST_GUILESS_MAIN(PushWireTest)
#include "tst_pushwire.moc"
