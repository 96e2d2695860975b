#include "catalog/CatalogQueries.h"
#include "catalog/CatalogSchema.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "core/rules/DraftFields.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/ProfileStore.h"
#include "db/Repository.h"
#include "demo/DemoCity.h"
#include "exchange/DataCall.h"
#include "support/SchemaDump.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;
using namespace govcat::exchange;

// Databases of an older schema, as an earlier build left them, opened by this build: the schema
// becomes the one a new database gets, and the catalog reads the same.
class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void v2DemoCityMigratesToCurrent();
    void pendingOutboxEntriesSurvive_data();
    void pendingOutboxEntriesSurvive();
    void earlyV2WithoutListIndexes();
    void v5WordingAndOpenTypeMigrate();
    void v6DataCallsBecomeSyncedRows();
    void timeTheMigrationOfAGivenDatabase();

private:
    // A v2 database with a small demo city; closed. early: as the first v2 databases were, before
    // the list indexes were added to v2.
    QString makeV2(const QString& name, bool early = false);
    void checkMigrated(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

using test::Rows;
using test::rows;
using test::schema;

QStringList ids(const CatalogQueries& queries, const ResourceFilter& filter, const ResourceSort& sort = {})
{
    auto q = queries.resourceList(filter, sort);
    if (!q) {
        qWarning("%s", qPrintable(q.error().message));
        return {QStringLiteral("error")};
    }
    QStringList out;
    while (q.value().next()) {
        out << q.value().value(0).toString();
    }
    return out;
}

QStringList column(const Rows& rows)
{
    QStringList out;
    for (const QStringList& r : rows) {
        out << r.value(0);
    }
    return out;
}

} // namespace

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMigrations::makeV2(const QString& name, bool early)
{
    const QString path = m_dir->filePath(name);
    auto created = Database::create(path, test::kPassphrase, KdfProfile::Minimal, 2);
    if (!created) {
        qFatal("cannot create a v2 database: %s", qPrintable(created.error().message));
    }
    if (created.value()->schemaVersion() != 2) {
        qFatal("created at schema %d, not 2", created.value()->schemaVersion());
    }
    demo::DemoOptions options;
    options.resources = 400;
    if (!demo::generateDemoCity(*created.value(), options)) {
        qFatal("demo generation failed");
    }
    QSqlQuery q(created.value()->connection());
    for (const char* index : {"info_resource_share_live", "info_resource_status_live",
                              "info_resource_class_live", "info_resource_sort_name"}) {
        if (early && !q.exec(QStringLiteral("DROP INDEX ") + QLatin1String(index))) {
            qFatal("cannot drop %s", index);
        }
    }
    return path;
}

void TestMigrations::checkMigrated(const QString& path)
{
    Rows before;
    {
        auto old = Database::open(path, test::kPassphrase, OpenMode::ReadOnly);
        QVERIFY2(old, qPrintable(old.error().message));
        QCOMPARE(old.value()->schemaVersion(), 2);
        before = rows(old.value()->connection(),
                      QStringLiteral("SELECT id, code, name, classification_id, status, "
                                     "share_type FROM info_resource ORDER BY id"));
    }
    auto opened = Database::open(path, test::kPassphrase);
    QVERIFY2(opened, qPrintable(opened.error().message));
    const QSqlDatabase db = opened.value()->connection();
    QCOMPARE(opened.value()->schemaVersion(), catalog::kSchemaVersion);
    QVERIFY(opened.value()->integrityCheck());
    QCOMPARE(rows(db, QStringLiteral("SELECT id, code, name, classification_id, status, share_type FROM "
                                     "info_resource ORDER BY id")),
             before);

    // The same schema as a database created by this build.
    auto fresh = test::createDatabase(m_dir->filePath(QStringLiteral("fresh.govcat")));
    QCOMPARE(schema(db), schema(fresh->connection()));

    // The lists read through the new indexes and give what plain SQL gives.
    const CatalogQueries queries(db);
    const QString live = QStringLiteral("SELECT id FROM info_resource WHERE is_deleted = 0 ");
    ResourceFilter f;
    f.classCode = QStringLiteral("3");
    QCOMPARE(ids(queries, f),
             column(rows(db, live + QStringLiteral("AND classification_id IN (SELECT id FROM catalog_class "
                                                   "WHERE code LIKE '3%') ORDER BY code"))));
    QCOMPARE(queries.resourceCount(f).value(), qint64(ids(queries, f).size()));
    f = {};
    f.shareTypes = {QStringLiteral("无条件共享")};
    QCOMPARE(ids(queries, f),
             column(rows(db, live + QStringLiteral("AND share_type = '无条件共享' ORDER BY code"))));
    f = {};
    f.statuses = {QStringLiteral("已发布")};
    const QString dept = rows(db, QStringLiteral("SELECT provider_dept_id FROM info_resource GROUP BY 1 "
                                                 "ORDER BY count(*) DESC LIMIT 1"))
                             .value(0)
                             .value(0);
    f.deptIds = {dept};
    QCOMPARE(ids(queries, f),
             column(rows(
                 db, live + QStringLiteral("AND status = '已发布' AND provider_dept_id = '%1' ORDER BY code")
                                .arg(dept))));
    // The search index came through.
    f = {};
    f.search =
        rows(db, QStringLiteral("SELECT name FROM info_resource ORDER BY code LIMIT 1")).value(0).value(0);
    QVERIFY(!f.search.isEmpty());
    QVERIFY(queries.resourceCount(f).value() >= 1);
}

void TestMigrations::v2DemoCityMigratesToCurrent()
{
    checkMigrated(makeV2(QStringLiteral("v2.govcat")));
}

void TestMigrations::earlyV2WithoutListIndexes()
{
    checkMigrated(makeV2(QStringLiteral("early.govcat"), true));
}

// Entries written before a migration stay pending as they were, in the form their schema_version
// gives: v4 added outbox.children (NULL in entries written under v3), v5 writes the items in it in a
// shorter form and keeps entries written in v4's long form. The schema is the one a new database gets.
void TestMigrations::pendingOutboxEntriesSurvive_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("children");
    QTest::newRow("v3") << 3 << QString();
    QTest::newRow("v4 with items") << 4
                                   << QStringLiteral(
                                          "{\"info_item\":[{\"fields\":{\"name\":{\"new\":\"名称\"},"
                                          "\"owner_dept_id\":{\"new\":\"dept\"},\"resource_id\":{"
                                          "\"new\":\"0190d0a2-0000-7000-8000-000000000002\"}},"
                                          "\"id\":\"0190d0a2-0000-7000-8000-000000000003\"}]}");
}

void TestMigrations::pendingOutboxEntriesSurvive()
{
    QFETCH(int, version);
    QFETCH(QString, children);
    const QString path = m_dir->filePath(QStringLiteral("old.govcat"));
    QStringList entry = {QStringLiteral("0190d0a2-0000-7000-8000-000000000001"),
                         QStringLiteral("info_resource"),
                         QStringLiteral("0190d0a2-0000-7000-8000-000000000002"),
                         children.isEmpty() ? QStringLiteral("update") : QStringLiteral("insert"),
                         QStringLiteral("3"),
                         QStringLiteral("dept"),
                         QStringLiteral("{\"name\":{\"new\":\"乙\",\"old\":\"甲\"}}"),
                         QString::number(version),
                         QStringLiteral("2026-11-28T10:00:00.000Z"),
                         QStringLiteral("editor"),
                         QStringLiteral("pending")};
    QString columns = QStringLiteral("mutation_id, table_name, row_id, op, base_version, owner_dept_id, "
                                     "fields, schema_version, created_at, created_by, state");
    if (!children.isEmpty()) {
        entry << children;
        columns += QStringLiteral(", children");
    }
    {
        auto created = Database::create(path, test::kPassphrase, KdfProfile::Minimal, version);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created.value()->schemaVersion(), version);
        QSqlQuery q(created.value()->connection());
        const QString marks = QStringLiteral("?,").repeated(entry.size() - 1) + u'?';
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO outbox (%1) VALUES (%2)").arg(columns, marks)));
        for (const QString& value : std::as_const(entry)) {
            q.addBindValue(value);
        }
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto opened = Database::open(path, test::kPassphrase);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), catalog::kSchemaVersion);
    const QSqlDatabase db = opened.value()->connection();
    QCOMPARE(rows(db, QStringLiteral("SELECT %1 FROM outbox").arg(columns)), Rows{entry});
    if (children.isEmpty()) {
        QCOMPARE(rows(db, QStringLiteral("SELECT children IS NULL FROM outbox")),
                 Rows{{QStringLiteral("1")}});
    }
    auto fresh = test::createDatabase(m_dir->filePath(QStringLiteral("fresh.govcat")));
    QCOMPARE(schema(db), schema(fresh->connection()));
}

// Schema v6 (issue 12): a v5 database as an earlier build left it, with the former wording in rows,
// the profile, transitions, the audit journal, a revision's snapshot, pending outbox entries and the
// code lists, and no 开放类型.
void TestMigrations::v5WordingAndOpenTypeMigrate()
{
    const QString path = m_dir->filePath(QStringLiteral("v5.govcat"));
    const QString snapshotResource = QStringLiteral("0190d0a2-0000-7000-8000-0000000000aa");
    QString oldSnapshot;
    QString sentFields;
    int halfYearly = 0;
    int platform = 0;
    {
        auto created = Database::create(path, test::kPassphrase, KdfProfile::Minimal, 5);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created.value()->schemaVersion(), 5);
        demo::DemoOptions options;
        options.resources = 400;
        QVERIFY(demo::generateDemoCity(*created.value(), options));
        QSqlDatabase db = created.value()->connection();
        QSqlQuery q(db);
        // The demo writes today's names: put the former ones back, as a v5 build stored them.
        for (const char* sql :
             {"UPDATE info_resource SET update_cycle = '半年' WHERE update_cycle = '每半年'",
              "UPDATE info_resource SET share_method_category = '共享平台' WHERE share_method_category = "
              "'共享平台方式'",
              "UPDATE code_list SET name = '半年' WHERE name = '每半年'",
              "UPDATE code_list SET name = '共享平台' WHERE name = '共享平台方式'",
              "UPDATE code_list SET name = '编目员' WHERE name = '目录填报人员'",
              "UPDATE code_list SET name = '领导' WHERE name = '部门领导（查阅）'",
              "DELETE FROM code_list WHERE list_name = 'open_type'"}) {
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        }
        halfYearly =
            rows(db, QStringLiteral("SELECT count(*) FROM info_resource WHERE update_cycle = '半年'"))
                .value(0)
                .value(0)
                .toInt();
        platform =
            rows(db, QStringLiteral(
                         "SELECT count(*) FROM info_resource WHERE share_method_category = '共享平台'"))
                .value(0)
                .value(0)
                .toInt();
        QVERIFY(halfYearly > 0);
        QVERIFY(platform > 0);
        const QString dept = rows(db, QStringLiteral("SELECT id FROM department LIMIT 1")).value(0).value(0);
        const QString resource =
            rows(db, QStringLiteral("SELECT id FROM info_resource WHERE open_to_public = '是' "
                                    "ORDER BY id LIMIT 1"))
                .value(0)
                .value(0);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO local_profile VALUES (1, '王编目', '%1', '编目员', "
                                       "'2026-11-28T10:00:00.000Z')")
                            .arg(dept)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(
            q.exec(
                QStringLiteral(
                    "INSERT INTO resource_transition (id, owner_dept_id, updated_at, updated_by, "
                    "resource_id, "
                    "version_no, action, from_status, to_status, actor, actor_role, at) VALUES "
                    "('t1', '%1', 'x', 'x', '%2', 1, 'submit', '草稿', '待审核', '王编目', '编目员', 'x'), "
                    "('t2', '%1', 'x', 'x', '%2', 1, 'read', '待审核', '待审核', '张领导', '领导', 'x')")
                    .arg(dept, resource)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_journal (at, actor, actor_role, action) VALUES "
                                      "('x', '王编目', '编目员', 'edit')")));
        // A revision's snapshot as v5 wrote it: no open_type, level or mount_status, former names.
        ResourceDraft d;
        d.id = resource;
        d.name = QStringLiteral("修订中的资源");
        d.updateCycle = QStringLiteral("半年");
        d.shareMethodCategory = QStringLiteral("共享平台");
        d.openToPublic = QStringLiteral("是");
        d.openCondition = QStringLiteral("需实名注册后下载");
        QJsonObject snapshot = QJsonDocument::fromJson(toSnapshotJson(d)).object();
        for (const char* key : {"open_type", "level", "mount_status"}) {
            snapshot.remove(QLatin1String(key));
        }
        oldSnapshot = QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
        q.prepare(QStringLiteral(
            "INSERT INTO resource_version (id, owner_dept_id, updated_at, updated_by, "
            "resource_id, version_no, status, snapshot) VALUES (?, ?, 'x', 'x', ?, 2, '草稿', ?)"));
        for (const QString& v : {snapshotResource, dept, resource, oldSnapshot}) {
            q.addBindValue(v);
        }
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // Pending entries carry the former names; a sent one is history and stays.
        const QString pendingRow = QStringLiteral("{\"update_cycle\":{\"new\":\"半年\",\"old\":\"每月\"}}");
        QJsonObject revision;
        revision.insert(QStringLiteral("snapshot"), QJsonObject{{QStringLiteral("new"), oldSnapshot}});
        const QString pendingRevision =
            QString::fromUtf8(QJsonDocument(revision).toJson(QJsonDocument::Compact));
        sentFields = QStringLiteral("{\"share_method_category\":{\"new\":\"共享平台\",\"old\":\"邮件\"}}");
        q.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, table_name, row_id, op, base_version, "
                                 "owner_dept_id, fields, schema_version, created_at, created_by, state) "
                                 "VALUES (?, ?, ?, 'update', 1, ?, ?, 5, 'x', 'x', ?)"));
        const QStringList entries[] = {
            {QStringLiteral("m1"), QStringLiteral("info_resource"), resource, dept, pendingRow,
             QStringLiteral("pending")},
            {QStringLiteral("m2"), QStringLiteral("resource_version"), snapshotResource, dept,
             pendingRevision, QStringLiteral("pending")},
            {QStringLiteral("m3"), QStringLiteral("info_resource"), resource, dept, sentFields,
             QStringLiteral("sent")},
        };
        for (const QStringList& entry : entries) {
            for (const QString& v : entry) {
                q.addBindValue(v);
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }

    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path, test::kPassphrase);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    qInfo("v5 -> current with 400 resources: %lld ms", timer.elapsed());
    QCOMPARE(opened.value()->schemaVersion(), catalog::kSchemaVersion);
    QSqlDatabase db = opened.value()->connection();
    QVERIFY(opened.value()->integrityCheck());

    const auto count = [&db](const QString& where) {
        return rows(db, QStringLiteral("SELECT count(*) FROM info_resource WHERE ") + where)
            .value(0)
            .value(0)
            .toInt();
    };
    QCOMPARE(count(QStringLiteral("update_cycle = '半年' OR share_method_category = '共享平台'")), 0);
    QCOMPARE(count(QStringLiteral("update_cycle = '每半年'")), halfYearly);
    QCOMPARE(count(QStringLiteral("share_method_category = '共享平台方式'")), platform);
    // 开放类型 from 是否向社会开放 and the open condition, as core/CodeLists derives it.
    int conditional = 0;
    for (const QStringList& r :
         rows(db, QStringLiteral("SELECT open_to_public, coalesce(open_condition, ''), "
                                 "coalesce(open_type, '') FROM info_resource"))) {
        QCOMPARE(r.at(2), derivedOpenType(r.at(0), r.at(1)));
        conditional += r.at(2) == QStringLiteral("有条件开放") ? 1 : 0;
    }
    QVERIFY(conditional > 0);
    QVERIFY(count(QStringLiteral("open_type = '无条件开放'")) > 0);
    QCOMPARE(count(QStringLiteral("open_type = '不予开放'")), count(QStringLiteral("open_to_public = '否'")));

    QCOMPARE(rows(db, QStringLiteral("SELECT role FROM local_profile")),
             Rows{{QStringLiteral("目录填报人员")}});
    QCOMPARE(rows(db, QStringLiteral(
                          "SELECT actor_role FROM resource_transition WHERE id IN ('t1', 't2') ORDER BY id")),
             (Rows{{QStringLiteral("目录填报人员")}, {QStringLiteral("部门领导（查阅）")}}));
    QCOMPARE(rows(db, QStringLiteral(
                          "SELECT count(*) FROM resource_transition WHERE actor_role IN ('编目员', '领导')")),
             Rows{{QStringLiteral("0")}});
    QCOMPARE(rows(db, QStringLiteral("SELECT actor_role FROM audit_journal WHERE action = 'edit'")),
             Rows{{QStringLiteral("目录填报人员")}});
    // The profile's CHECK lists today's roles; a former name given to the store is stored as today's.
    ProfileStore profiles(db);
    auto profile = profiles.load();
    QVERIFY(profile && profile.value());
    QCOMPARE(fromName<Role>(profile.value()->role), std::optional(Role::CatalogEditor));
    LocalProfile leader = *profile.value();
    leader.role = QStringLiteral("领导");
    QVERIFY(profiles.save(leader));
    QCOMPARE(rows(db, QStringLiteral("SELECT role FROM local_profile")),
             Rows{{QStringLiteral("部门领导（查阅）")}});
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("UPDATE local_profile SET role = '编目员'")));

    // The revision: former names replaced, 开放类型 derived when read.
    const QString snapshot =
        rows(db,
             QStringLiteral("SELECT snapshot FROM resource_version WHERE id = '%1'").arg(snapshotResource))
            .value(0)
            .value(0);
    QVERIFY(snapshot != oldSnapshot);
    const ResourceDraft revised = fromSnapshotJson(snapshot.toUtf8()).value();
    QCOMPARE(revised.updateCycle, QStringLiteral("每半年"));
    QCOMPARE(revised.shareMethodCategory, QStringLiteral("共享平台方式"));
    QCOMPARE(revised.openType, QStringLiteral("有条件开放"));

    const Rows outbox = rows(db, QStringLiteral("SELECT fields FROM outbox ORDER BY mutation_id"));
    QCOMPARE(outbox.size(), 3);
    QCOMPARE(outbox.at(0).at(0), QStringLiteral("{\"update_cycle\":{\"new\":\"每半年\",\"old\":\"每月\"}}"));
    const QString sentSnapshot = QJsonDocument::fromJson(outbox.at(1).at(0).toUtf8())
                                     .object()
                                     .value(QStringLiteral("snapshot"))
                                     .toObject()
                                     .value(QStringLiteral("new"))
                                     .toString();
    QCOMPARE(sentSnapshot, snapshot);
    QCOMPARE(outbox.at(2).at(0), sentFields);

    QCOMPARE(
        rows(db, QStringLiteral(
                     "SELECT count(*) FROM code_list WHERE name IN ('半年', '共享平台', '编目员', '领导')")),
        Rows{{QStringLiteral("0")}});
    QCOMPARE(rows(db, QStringLiteral(
                          "SELECT code, name FROM code_list WHERE list_name = 'open_type' ORDER BY code")),
             (Rows{{QStringLiteral("1"), QStringLiteral("无条件开放")},
                   {QStringLiteral("2"), QStringLiteral("有条件开放")},
                   {QStringLiteral("3"), QStringLiteral("不予开放")}}));

    // The store reads the new columns.
    Repository repo(db, ProfileStore::actorOf(*profiles.load().value()));
    ResourceStore store(db, repo);
    const QString id =
        rows(db, QStringLiteral("SELECT id FROM info_resource WHERE open_type = '有条件开放' LIMIT 1"))
            .value(0)
            .value(0);
    const ResourceDraft loaded = store.load(id).value();
    QCOMPARE(loaded.openType, QStringLiteral("有条件开放"));
    QCOMPARE(loaded.level, QStringLiteral("部门"));
    QVERIFY(codeList(CodeListId::MountStatus).isStoredValue(loaded.mountStatus));

    auto fresh = test::createDatabase(m_dir->filePath(QStringLiteral("fresh.govcat")));
    QCOMPARE(schema(db), schema(fresh->connection()));
}

// Measures the migration of a real database (docs: a `govcat demo` city made by an older build):
// GOVCAT_MIGRATION_DB=path and GOVCAT_PASSPHRASE; the database is migrated in place.
// Schema v7: a data call recorded by a v6 build (its tables without sync columns) keeps its rows,
// which get ids, owners and the sync columns, and are then written through the Repository.
void TestMigrations::v6DataCallsBecomeSyncedRows()
{
    const QString path = m_dir->filePath(QStringLiteral("v6calls.govcat"));
    QString deptA;
    QString deptB;
    {
        auto created = Database::create(path, test::kPassphrase, KdfProfile::Minimal, 6);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        demo::DemoOptions options;
        options.resources = 20;
        QVERIFY(demo::generateDemoCity(*created.value(), options));
        const QSqlDatabase db = created.value()->connection();
        const Rows depts = rows(db, QStringLiteral("SELECT id FROM department ORDER BY name LIMIT 2"));
        deptA = depts.value(0).value(0);
        deptB = depts.value(1).value(0);
        QSqlQuery q(db);
        // What a v6 build wrote (db/DataCall.cpp before v7), and the local profile of its user.
        for (const QString& sql :
             {QStringLiteral("INSERT INTO local_profile (id, user_name, dept_id, role, created_at) VALUES "
                             "(1, '普查员', '%1', '目录填报人员', '2026-11-01T08:00:00Z')")
                  .arg(deptA),
              QStringLiteral("INSERT INTO data_call (id, title, folder, created_at, created_by) VALUES "
                             "('call-1', '2026 年度普查', '/tmp/普查', '2026-11-02T08:00:00Z', '普查员')"),
              QStringLiteral("INSERT INTO data_call_dept (call_id, dept_id, file_name, resources) VALUES "
                             "('call-1', '%1', 'a.xlsx', 3)")
                  .arg(deptA),
              QStringLiteral(
                  "INSERT INTO data_call_dept (call_id, dept_id, file_name, resources, returned_at, "
                  "returned_file, new_count, changed_count, rejected_count) VALUES ('call-1', '%1', "
                  "'b.xlsx', 5, '2026-11-20T08:00:00Z', 'b-返回.xlsx', 1, 2, 0)")
                  .arg(deptB)}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
    }
    auto opened = Database::open(path, test::kPassphrase);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), catalog::kSchemaVersion);
    QVERIFY(opened.value()->integrityCheck());
    const QSqlDatabase db = opened.value()->connection();
    QCOMPARE(
        rows(db, QStringLiteral("SELECT id, owner_dept_id, row_version, is_deleted, updated_at, updated_by, "
                                "title, created_by FROM data_call")),
        (Rows{{QStringLiteral("call-1"), deptA, QStringLiteral("0"), QStringLiteral("0"),
               QStringLiteral("2026-11-02T08:00:00Z"), QStringLiteral("普查员"),
               QStringLiteral("2026 年度普查"), QStringLiteral("普查员")}}));
    QCOMPARE(rows(db, QStringLiteral(
                          "SELECT dept_id, owner_dept_id, file_name, resources, coalesce(returned_file, "
                          "''), coalesce(changed_count, ''), length(id) > 30 FROM data_call_dept "
                          "ORDER BY file_name")),
             (Rows{{deptA, deptA, QStringLiteral("a.xlsx"), QStringLiteral("3"), QString(), QString(),
                    QStringLiteral("1")},
                   {deptB, deptA, QStringLiteral("b.xlsx"), QStringLiteral("5"),
                    QStringLiteral("b-返回.xlsx"), QStringLiteral("2"), QStringLiteral("1")}}));
    QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM outbox")), (Rows{{QStringLiteral("0")}}));

    // The bureau's view reads them, and a return is now written with outbox and audit entries.
    DataCall calls(db, Actor{QStringLiteral("普查员"), deptA, QStringLiteral("目录填报人员")});
    auto latest = calls.latest();
    QVERIFY(latest && latest.value());
    QCOMPARE(latest.value()->outstanding(), 1);
    auto who = calls.recordReturn({{kKitCallId, QStringLiteral("call-1")}, {kKitDeptId, deptA}},
                                  QStringLiteral("a-返回.xlsx"), 0, 3, 0);
    QVERIFY2(who, qPrintable(who ? QString() : who.error().message));
    QVERIFY(!who.value().isEmpty());
    QCOMPARE(rows(db, QStringLiteral("SELECT table_name, op FROM outbox")),
             (Rows{{QStringLiteral("data_call_dept"), QStringLiteral("update")}}));
    QCOMPARE(
        rows(db, QStringLiteral("SELECT count(*) FROM audit_journal WHERE table_name = 'data_call_dept'")),
        (Rows{{QStringLiteral("1")}}));
}

void TestMigrations::timeTheMigrationOfAGivenDatabase()
{
    const QString path = qEnvironmentVariable("GOVCAT_MIGRATION_DB");
    if (path.isEmpty()) {
        QSKIP("GOVCAT_MIGRATION_DB not set");
    }
    int from = 0;
    {
        auto old = Database::open(path, qgetenv("GOVCAT_PASSPHRASE"), OpenMode::ReadOnly);
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        from = old.value()->schemaVersion();
    }
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path, qgetenv("GOVCAT_PASSPHRASE"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const qint64 withMigration = timer.elapsed();
    const qint64 resources =
        rows(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM info_resource"))
            .value(0)
            .value(0)
            .toLongLong();
    opened.value().reset();
    timer.restart();
    auto again = Database::open(path, qgetenv("GOVCAT_PASSPHRASE"));
    QVERIFY(again);
    const qint64 plain = timer.elapsed();
    qInfo("schema %d -> %d, %lld resources: open with migration %lld ms, open without %lld ms", from,
          again.value()->schemaVersion(), resources, withMigration, plain);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
