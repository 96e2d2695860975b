#include "catalog/CatalogSchema.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "support/SchemaDump.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;

// Databases written by earlier builds of govcat, one per schema version, frozen in
// tests/fixtures/migrations (README.md there says how each was made): a copy of each, opened by this
// build, migrates to the current schema, keeps its resources, items, states and pending outbox
// entries, and ends with exactly the schema of a database this build creates.
class TestMigrationFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void frozenDatabaseMigrates_data();
    void frozenDatabaseMigrates();

private:
    QTemporaryDir m_dir;
    QList<QStringList> m_freshSchema;
};

namespace {

using test::Rows;
using test::rows;
using test::schema;

// The columns of every table, as PRAGMA table_info gives them.
Rows columns(const QSqlDatabase& db)
{
    Rows out;
    for (const QStringList& table :
         rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        for (QStringList c : rows(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table.value(0)))) {
            c.prepend(table.value(0));
            out << c;
        }
    }
    return out;
}

// What must come through every migration: resources, items, their states and codes.
const QString kResources =
    QStringLiteral("SELECT id, name, status, coalesce(code, ''), provider_dept_id, classification_id "
                   "FROM info_resource ORDER BY id");
const QString kItems = QStringLiteral(
    "SELECT id, resource_id, seq, name, data_type, coalesce(length, '') FROM info_item ORDER BY id");

QString copyFixture(const QString& name, const QDir& to)
{
    const QDir from(QStringLiteral(GOVCAT_MIGRATION_FIXTURES));
    for (const QString& file : QStringList{name, name + QStringLiteral(".key")}) {
        const QString target = to.filePath(file);
        if (!QFile::copy(from.filePath(file), target) ||
            !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner)) {
            qFatal("cannot copy the fixture %s", qPrintable(file));
        }
    }
    return to.filePath(name);
}

} // namespace

void TestMigrationFixtures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto fresh = test::createDatabase(m_dir.filePath(QStringLiteral("fresh.govcat")));
    m_freshSchema = schema(fresh->connection());
    QVERIFY(m_freshSchema.size() > 20);
}

void TestMigrationFixtures::frozenDatabaseMigrates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("resources");
    QTest::addColumn<QString>("published"); // a published resource's name
    QTest::addColumn<int>("publishedItems");
    QTest::addColumn<QString>("other"); // a resource in another state: name, status
    QTest::addColumn<QString>("otherStatus");
    QTest::addColumn<int>("otherItems");
    QTest::addColumn<int>("pendingOutbox");
    QTest::newRow("v1") << QStringLiteral("v1.govcat") << 1 << 12 << QStringLiteral("幼儿园教师资格认定信息")
                        << 10 << QStringLiteral("商业商品房预售许可信息") << QStringLiteral("草稿") << 10
                        << 0;
    QTest::newRow("v2") << QStringLiteral("v2.govcat") << 2 << 14 << QStringLiteral("机动车登记信息") << 11
                        << QStringLiteral("网络交易监测信息") << QStringLiteral("草稿") << 3 << 7;
    QTest::newRow("v3") << QStringLiteral("v3.govcat") << 3 << 14 << QStringLiteral("机动车登记信息") << 11
                        << QStringLiteral("网络交易监测信息") << QStringLiteral("草稿") << 3 << 7;
    QTest::newRow("v4") << QStringLiteral("v4.govcat") << 4 << 14 << QStringLiteral("机动车登记信息") << 11
                        << QStringLiteral("网络交易监测信息") << QStringLiteral("草稿") << 3 << 2;
    QTest::newRow("v5") << QStringLiteral("v5.govcat") << 5 << 14 << QStringLiteral("机动车登记信息") << 8
                        << QStringLiteral("网络交易监测信息") << QStringLiteral("草稿") << 3 << 2;
    QTest::newRow("v6") << QStringLiteral("v6.govcat") << 6 << 14 << QStringLiteral("机动车登记信息") << 8
                        << QStringLiteral("网络交易监测信息") << QStringLiteral("草稿") << 3 << 2;
}

void TestMigrationFixtures::frozenDatabaseMigrates()
{
    QFETCH(QString, file);
    QFETCH(int, version);
    QFETCH(int, resources);
    QFETCH(QString, published);
    QFETCH(int, publishedItems);
    QFETCH(QString, other);
    QFETCH(QString, otherStatus);
    QFETCH(int, otherItems);
    QFETCH(int, pendingOutbox);
    QTemporaryDir dir;
    const QString path = copyFixture(file, QDir(dir.path()));

    // As the earlier build left it, read without migrating.
    Rows resourcesBefore;
    Rows itemsBefore;
    {
        auto old = Database::open(path, test::kPassphrase, OpenMode::ReadOnly);
        QVERIFY2(old, qPrintable(old.error().message));
        QCOMPARE(old.value()->schemaVersion(), version);
        resourcesBefore = rows(old.value()->connection(), kResources);
        itemsBefore = rows(old.value()->connection(), kItems);
    }
    QCOMPARE(resourcesBefore.size(), resources);

    auto opened = Database::open(path, test::kPassphrase);
    QVERIFY2(opened, qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), catalog::kSchemaVersion);
    QVERIFY(opened.value()->integrityCheck());
    const QSqlDatabase db = opened.value()->connection();

    // The data came through.
    QCOMPARE(rows(db, kResources), resourcesBefore);
    QCOMPARE(rows(db, kItems), itemsBefore);
    const auto resource = [&db](const QString& name) {
        return rows(db,
                    QStringLiteral("SELECT r.status, count(i.id) FROM info_resource r LEFT JOIN info_item i "
                                   "ON i.resource_id = r.id AND i.is_deleted = 0 WHERE r.name = '%1' "
                                   "AND r.is_deleted = 0 GROUP BY r.id")
                        .arg(name));
    };
    QCOMPARE(resource(published), (Rows{{QStringLiteral("已发布"), QString::number(publishedItems)}}));
    QCOMPARE(resource(other), (Rows{{otherStatus, QString::number(otherItems)}}));
    QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")),
             (Rows{{QString::number(pendingOutbox)}}));

    // The columns of later versions are there: 开放类型 (v6), the data call's sync columns (v7).
    const Rows cols = columns(db);
    for (const auto& [table, column] :
         {std::pair{"info_resource", "open_type"}, std::pair{"data_call", "owner_dept_id"},
          std::pair{"data_call", "row_version"}, std::pair{"data_call_dept", "id"},
          std::pair{"data_call_dept", "updated_by"}}) {
        const bool found = std::any_of(cols.cbegin(), cols.cend(), [&](const QStringList& c) {
            return c.value(0) == QLatin1String(table) && c.value(2) == QLatin1String(column);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(table), QLatin1String(column))));
    }

    // Exactly the schema of a database this build creates.
    QCOMPARE(schema(db), m_freshSchema);
    auto fresh =
        Database::open(m_dir.filePath(QStringLiteral("fresh.govcat")), test::kPassphrase, OpenMode::ReadOnly);
    QVERIFY(fresh);
    QCOMPARE(columns(db), columns(fresh.value()->connection()));
}

QTEST_GUILESS_MAIN(TestMigrationFixtures)
#include "tst_migrationfixtures.moc"
