#include "core/Clock.h"
#include "db/Repository.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::db;

class TestRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void insertWritesRowOutboxAndAudit();
    void updateRecordsOldNewAndBaseVersion();
    void outboxTextIsWhatQJsonDocumentWrites();
    void newResourceEntryCarriesItsItems();
    void unchangedUpdateWritesNothing();
    void deleteIsATombstone();
    void failureInTheMiddleLeavesNothing();
    void refusesUnknownAndManagedColumns();
    void baselineRowsHaveNoOutbox();

private:
    qint64 count(const QString& table, const QString& where = QString());
    QString addDepartment(Repository& repo, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
};

void TestRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::createDatabase(m_dir->filePath(QStringLiteral("r.govcat")));
}

void TestRepository::cleanup()
{
    m_db.reset();
}

qint64 TestRepository::count(const QString& table, const QString& where)
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1 %2")
               .arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QString TestRepository::addDepartment(Repository& repo, const QString& name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = repo.insert(QStringLiteral("department"),
                                {{QStringLiteral("id"), id},
                                 {QStringLiteral("owner_dept_id"), id},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("uscc"), QStringLiteral("11330100002493697B")},
                                 {QStringLiteral("region_code"), QStringLiteral("330100")},
                                 {QStringLiteral("level"), QStringLiteral("市")}});
    if (!inserted) {
        qFatal("%s", qPrintable(inserted.error().message));
    }
    return inserted.value();
}

void TestRepository::insertWritesRowOutboxAndAudit()
{
    Repository repo(m_db->connection(),
                    {QStringLiteral("王编目"), QStringLiteral("d1"), QStringLiteral("编目员")}, m_clock);
    const QString id = addDepartment(repo, QStringLiteral("市统计局"));
    QCOMPARE(count(QStringLiteral("department")), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT row_version, is_deleted, updated_by, updated_at FROM department")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toString(), QStringLiteral("王编目"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2026-11-02T09:30:00.000Z"));
    QVERIFY(q.exec(QStringLiteral(
                "SELECT op, row_id, base_version, owner_dept_id, fields, created_by FROM outbox")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("insert"));
    QCOMPARE(q.value(1).toString(), id);
    QCOMPARE(q.value(2).toInt(), 0);
    QCOMPARE(q.value(3).toString(), id);
    const QJsonObject fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    QCOMPARE(fields.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("市统计局"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("王编目"));
    QVERIFY(!q.next());
    QVERIFY(
        q.exec(QStringLiteral("SELECT actor, actor_role, action, table_name, row_id FROM audit_journal")) &&
        q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("王编目"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("编目员"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("department"));
    QCOMPARE(q.value(4).toString(), id);
}

void TestRepository::updateRecordsOldNewAndBaseVersion()
{
    Repository repo(m_db->connection(),
                    {QStringLiteral("李审核"), QStringLiteral("d1"), QStringLiteral("审核员")}, m_clock);
    const QString id = addDepartment(repo, QStringLiteral("市统计局"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE department SET row_version = 7"))); // as if accepted by the server
    QVERIFY(repo.update(QStringLiteral("department"), id,
                        {{QStringLiteral("name"), QStringLiteral("市统计局（新）")},
                         {QStringLiteral("region_code"), QStringLiteral("330100")}}));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM department")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("市统计局（新）"));
    QVERIFY(q.exec(QStringLiteral("SELECT op, base_version, fields FROM outbox ORDER BY seq DESC LIMIT 1")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
    QCOMPARE(q.value(1).toInt(), 7);
    const QJsonObject fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QCOMPARE(fields.keys(), QStringList{QStringLiteral("name")}); // region_code did not change
    const QJsonObject name = fields.value(QStringLiteral("name")).toObject();
    QCOMPARE(name.value(QStringLiteral("old")).toString(), QStringLiteral("市统计局"));
    QCOMPARE(name.value(QStringLiteral("new")).toString(), QStringLiteral("市统计局（新）"));
    QCOMPARE(count(QStringLiteral("audit_journal")), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_journal ORDER BY seq DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("[\"name\"]")); // only what changed
}

void TestRepository::outboxTextIsWhatQJsonDocumentWrites()
{
    Repository repo(m_db->connection(), {QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("编目员")},
                    m_clock);
    const QString id = addDepartment(repo, QStringLiteral("市\"统计\"局\n\\") + QChar(0x1f));
    QVERIFY(repo.update(QStringLiteral("department"), id,
                        {{QStringLiteral("short_name"), QStringLiteral("统计局")},
                         {QStringLiteral("contact"), QVariant()},
                         {QStringLiteral("is_active"), 0},
                         {QStringLiteral("name"), QStringLiteral("市统计局")}}));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT fields FROM outbox ORDER BY seq")));
    QVERIFY(q.next());
    const QByteArray inserted = q.value(0).toString().toUtf8();
    QCOMPARE(inserted, QJsonDocument::fromJson(inserted).toJson(QJsonDocument::Compact));
    QVERIFY(q.next());
    const QByteArray updated = q.value(0).toString().toUtf8();
    const QJsonObject expected{
        {QStringLiteral("short_name"), QJsonObject{{QStringLiteral("old"), QJsonValue(QJsonValue::Null)},
                                                   {QStringLiteral("new"), QStringLiteral("统计局")}}},
        {QStringLiteral("is_active"), QJsonObject{{QStringLiteral("old"), 1}, {QStringLiteral("new"), 0}}},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("old"), QString(QStringLiteral("市\"统计\"局\n\\") + QChar(0x1f))},
                     {QStringLiteral("new"), QStringLiteral("市统计局")}}}};
    QCOMPARE(updated, QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

// Items inserted right after their new resource travel in its entry's children, values bare, without
// resource_id and without owner_dept_id when it is the resource's; an item of another resource does not.
void TestRepository::newResourceEntryCarriesItsItems()
{
    Repository repo(m_db->connection(), {QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("编目员")},
                    m_clock);
    const QString dept = addDepartment(repo, QStringLiteral("市统计局"));
    const QString other = addDepartment(repo, QStringLiteral("市民政局"));
    auto cls =
        repo.insert(QStringLiteral("catalog_class"), {{QStringLiteral("owner_dept_id"), dept},
                                                      {QStringLiteral("code"), QStringLiteral("1")},
                                                      {QStringLiteral("name"), QStringLiteral("基础")},
                                                      {QStringLiteral("level"), QStringLiteral("类")},
                                                      {QStringLiteral("kind"), QStringLiteral("基础")}});
    QVERIFY(cls);
    const auto resource = [&](const QString& id, const QString& name) {
        return RowChange{RowChange::Op::Insert,
                         QStringLiteral("info_resource"),
                         id,
                         {{QStringLiteral("owner_dept_id"), dept},
                          {QStringLiteral("classification_id"), cls.value()},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("provider_dept_id"), dept},
                          {QStringLiteral("provider_code"), QStringLiteral("11330100002493697B")},
                          {QStringLiteral("share_type"), QStringLiteral("无条件共享")}}};
    };
    const auto item = [&](const QString& id, const QString& resourceId, const QString& owner,
                          const QString& name) {
        return RowChange{RowChange::Op::Insert,
                         QStringLiteral("info_item"),
                         id,
                         {{QStringLiteral("owner_dept_id"), owner},
                          {QStringLiteral("resource_id"), resourceId},
                          {QStringLiteral("seq"), 1},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("data_type"), QStringLiteral("C")},
                          {QStringLiteral("length"), QVariant()}}};
    };
    const QString r1 = QStringLiteral("0190d0a2-0000-7000-8000-0000000000a1");
    const QString r2 = QStringLiteral("0190d0a2-0000-7000-8000-0000000000a2");
    const QString i1 = QStringLiteral("0190d0a2-0000-7000-8000-0000000000b1");
    const QString i2 = QStringLiteral("0190d0a2-0000-7000-8000-0000000000b2");
    const QString i3 = QStringLiteral("0190d0a2-0000-7000-8000-0000000000b3");
    const qint64 before = count(QStringLiteral("outbox"));
    QVERIFY(repo.apply({QStringLiteral("新增"),
                        {resource(r1, QStringLiteral("甲")), item(i1, r1, dept, QStringLiteral("名称")),
                         item(i2, r1, other, QStringLiteral("\"代码\"")), resource(r2, QStringLiteral("乙")),
                         item(i3, r1, dept, QStringLiteral("日期"))}}));
    // r1 with i1 and i2, r2 alone, then i3 (of r1, after r2) with an entry of its own.
    QCOMPARE(count(QStringLiteral("outbox")) - before, 3);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT row_id, children FROM outbox WHERE seq > %1 ORDER BY seq").arg(before)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), r1);
    const QJsonObject children{
        {QStringLiteral("info_item"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), i1},
                                {QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("data_type"), QStringLiteral("C")},
                                             {QStringLiteral("name"), QStringLiteral("名称")},
                                             {QStringLiteral("seq"), 1}}}},
                    QJsonObject{{QStringLiteral("id"), i2},
                                {QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("data_type"), QStringLiteral("C")},
                                             {QStringLiteral("name"), QStringLiteral("\"代码\"")},
                                             {QStringLiteral("owner_dept_id"), other},
                                             {QStringLiteral("seq"), 1}}}}}}};
    QCOMPARE(q.value(1).toString().toUtf8(), QJsonDocument(children).toJson(QJsonDocument::Compact));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), r2);
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), i3);
    QVERIFY(q.value(1).isNull());
    QVERIFY(!q.next());
}

void TestRepository::unchangedUpdateWritesNothing()
{
    Repository repo(m_db->connection(), {QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("编目员")},
                    m_clock);
    const QString id = addDepartment(repo, QStringLiteral("市统计局"));
    QVERIFY(repo.update(QStringLiteral("department"), id,
                        {{QStringLiteral("name"), QStringLiteral("市统计局")}}));
    QCOMPARE(count(QStringLiteral("outbox")), 1);
    QCOMPARE(count(QStringLiteral("audit_journal")), 1);
    auto missing =
        repo.update(QStringLiteral("department"), QStringLiteral("nope"), {{QStringLiteral("name"), 1}});
    QCOMPARE(int(missing.error().kind), int(Error::Kind::NotFound));
}

void TestRepository::deleteIsATombstone()
{
    Repository repo(m_db->connection(), {QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("编目员")},
                    m_clock);
    const QString id = addDepartment(repo, QStringLiteral("市统计局"));
    QVERIFY(repo.remove(QStringLiteral("department"), id));
    QCOMPARE(count(QStringLiteral("department"), QStringLiteral("is_deleted = 1")), 1);
    QCOMPARE(count(QStringLiteral("outbox"), QStringLiteral("op = 'delete'")), 1);
    auto again =
        repo.update(QStringLiteral("department"), id, {{QStringLiteral("name"), QStringLiteral("x")}});
    QVERIFY(!again);
}

void TestRepository::failureInTheMiddleLeavesNothing()
{
    Repository repo(m_db->connection(), {QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("编目员")},
                    m_clock);
    const QString dept = addDepartment(repo, QStringLiteral("市统计局"));
    const qint64 outbox = count(QStringLiteral("outbox"));
    const qint64 audit = count(QStringLiteral("audit_journal"));
    ChangeSet set;
    set.action = QStringLiteral("批量修改");
    set.changes.push_back({RowChange::Op::Update,
                           QStringLiteral("department"),
                           dept,
                           {{QStringLiteral("name"), QStringLiteral("改过的名字")}}});
    set.changes.push_back({RowChange::Op::Insert,
                           QStringLiteral("legal_basis"),
                           {},
                           {{QStringLiteral("owner_dept_id"), dept},
                            {QStringLiteral("title"), QStringLiteral("某法")},
                            {QStringLiteral("level"), QStringLiteral("法律")}}});
    // The third change breaks a CHECK constraint: the whole set must roll back.
    set.changes.push_back({RowChange::Op::Insert,
                           QStringLiteral("legal_basis"),
                           {},
                           {{QStringLiteral("owner_dept_id"), dept},
                            {QStringLiteral("title"), QStringLiteral("坏的")},
                            {QStringLiteral("level"), QStringLiteral("不存在的效力层级")}}});
    auto applied = repo.apply(set);
    QVERIFY(!applied);
    QCOMPARE(int(applied.error().kind), int(Error::Kind::Constraint));
    QCOMPARE(count(QStringLiteral("legal_basis")), 0);
    QCOMPARE(count(QStringLiteral("department"), QStringLiteral("name = '市统计局'")), 1);
    QCOMPARE(count(QStringLiteral("outbox")), outbox);
    QCOMPARE(count(QStringLiteral("audit_journal")), audit);
    // And without the bad change, both land together.
    set.changes.pop_back();
    auto ok = repo.apply(set);
    QVERIFY2(ok, qPrintable(ok.error().message));
    QCOMPARE(ok.value().size(), 2);
    QCOMPARE(count(QStringLiteral("outbox")), outbox + 2);
    QCOMPARE(count(QStringLiteral("audit_journal")), audit + 2);
}

void TestRepository::refusesUnknownAndManagedColumns()
{
    Repository repo(m_db->connection(), {QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("编目员")},
                    m_clock);
    const QString dept = addDepartment(repo, QStringLiteral("市统计局"));
    QCOMPARE(int(repo.update(QStringLiteral("department"), dept, {{QStringLiteral("name; DROP TABLE x"), 1}})
                     .error()
                     .kind),
             int(Error::Kind::Invalid));
    QCOMPARE(int(repo.update(QStringLiteral("department"), dept, {{QStringLiteral("row_version"), 99}})
                     .error()
                     .kind),
             int(Error::Kind::Invalid));
    QCOMPARE(
        int(repo.insert(QStringLiteral("outbox"), {{QStringLiteral("owner_dept_id"), dept}}).error().kind),
        int(Error::Kind::Invalid));
    QCOMPARE(count(QStringLiteral("outbox")), 1);
}

void TestRepository::baselineRowsHaveNoOutbox()
{
    {
        BaselineWriter writer(m_db->connection(), {QStringLiteral("demo"), {}, QStringLiteral("管理员")},
                              QStringLiteral("导入基线"), m_clock);
        for (int i = 0; i < 10; ++i) {
            const QString id = QStringLiteral("dept-%1").arg(i);
            QVERIFY(writer.add(QStringLiteral("department"),
                               {{QStringLiteral("id"), id},
                                {QStringLiteral("owner_dept_id"), id},
                                {QStringLiteral("name"), QStringLiteral("部门%1").arg(i)},
                                {QStringLiteral("uscc"), QStringLiteral("x")},
                                {QStringLiteral("region_code"), QStringLiteral("330100")},
                                {QStringLiteral("level"), QStringLiteral("市")}}));
        }
        QVERIFY(writer.commit());
        QVERIFY(writer.add(QStringLiteral("department"),
                           {{QStringLiteral("id"), QStringLiteral("never")},
                            {QStringLiteral("owner_dept_id"), QStringLiteral("never")},
                            {QStringLiteral("name"), QStringLiteral("未提交")},
                            {QStringLiteral("uscc"), QStringLiteral("x")},
                            {QStringLiteral("region_code"), QStringLiteral("330100")},
                            {QStringLiteral("level"), QStringLiteral("市")}}));
        // Destroyed without commit: the last row rolls back.
    }
    QCOMPARE(count(QStringLiteral("department")), 10);
    QCOMPARE(
        count(QStringLiteral("department"), QStringLiteral("row_version = 1 AND origin_node = 'server'")),
        10);
    QCOMPARE(count(QStringLiteral("outbox")), 0);
    QCOMPARE(count(QStringLiteral("audit_journal")), 1);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
