#include "db/CatalogQueries.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "demo/DemoCity.h"
#include "support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::db;

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

private:
    // A v2 database with a small demo city; closed. early: as the first v2 databases were, before
    // the list indexes were added to v2.
    QString makeV2(const QString& name, bool early = false);
    void checkMigrated(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

using Rows = QList<QStringList>;

Rows rows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Rows out;
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {{QStringLiteral("error")}};
    }
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i) {
            row << q.value(i).toString();
        }
        out << row;
    }
    return out;
}

// Every table, index and trigger with its SQL.
Rows schema(const QSqlDatabase& db)
{
    return rows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
}

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
    QCOMPARE(opened.value()->schemaVersion(), Migrations::kCurrentVersion);
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
    QCOMPARE(opened.value()->schemaVersion(), Migrations::kCurrentVersion);
    const QSqlDatabase db = opened.value()->connection();
    QCOMPARE(rows(db, QStringLiteral("SELECT %1 FROM outbox").arg(columns)), Rows{entry});
    if (children.isEmpty()) {
        QCOMPARE(rows(db, QStringLiteral("SELECT children IS NULL FROM outbox")),
                 Rows{{QStringLiteral("1")}});
    }
    auto fresh = test::createDatabase(m_dir->filePath(QStringLiteral("fresh.govcat")));
    QCOMPARE(schema(db), schema(fresh->connection()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
