// A second domain beside the catalog, registered as the recipe in docs/ARCHITECTURE.md says: its own
// schema steps and version, its synced tables with a child table, its write hook. Storage names no
// domain, so this is what the registry, the system registry and sharing requests will rely on.
#include "catalog/CatalogSchema.h"
#include "catalog/migrations/SyncColumns.sql.h"
#include "db/Database.h"
#include "db/Domains.h"
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

namespace {

int g_hookRows = 0;     // rows the toy domain's hook saw written
int g_hookFinished = 0; // change sets it saw finish

class CountingHook final : public WriteHook
{
public:
    void begin() override {}
    Result<void> written(const RowChange&, const QString&, const QStringList& changed, qint64,
                         const QString&) override
    {
        g_hookRows += changed.isEmpty() ? 0 : 1;
        return {};
    }
    Result<void> finish() override
    {
        ++g_hookFinished;
        return {};
    }
};

Result<void> exec(QSqlDatabase& db, const char* sql)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(sql))) {
        return makeError(Error::Kind::Invalid, QStringLiteral("toy step failed"));
    }
    return {};
}

// The toy domain with its first `steps` steps.
Domain toyDomain(int steps)
{
    Domain d;
    d.name = QStringLiteral("toy");
    d.steps.push_back(
        {1, [](QSqlDatabase& db) {
             if (auto r = exec(db, "CREATE TABLE toy_parent (" GOVCAT_SYNC_COLUMNS "name TEXT)"); !r) {
                 return r;
             }
             return exec(db, "CREATE TABLE toy_child (" GOVCAT_SYNC_COLUMNS
                             "parent_id TEXT NOT NULL, label TEXT)");
         }});
    if (steps >= 2) {
        d.steps.push_back(
            {2, [](QSqlDatabase& db) { return exec(db, "ALTER TABLE toy_parent ADD COLUMN note TEXT"); }});
    }
    d.tables = {{QStringLiteral("toy_parent"), {}, {}},
                {QStringLiteral("toy_child"), QStringLiteral("toy_parent"), QStringLiteral("parent_id")}};
    d.writeHook = [](Repository&) -> std::unique_ptr<WriteHook> { return std::make_unique<CountingHook>(); };
    return d;
}

int scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDomains : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aSecondDomainMigratesOnItsOwnVersion();
    void itsChildRowsRideInTheParentsOutboxEntry();
    void aDatabaseWithANewerDomainIsRefusedUntouched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDomains::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Domains::add(toyDomain(1));
    g_hookRows = 0;
    g_hookFinished = 0;
}

void TestDomains::cleanup()
{
    // Back to the program's domains: the toy one without tables or steps would still be listed.
    Domain none;
    none.name = QStringLiteral("toy");
    Domains::add(none);
}

void TestDomains::aSecondDomainMigratesOnItsOwnVersion()
{
    const QString path = m_dir->filePath(QStringLiteral("toy.govcat"));
    {
        auto database = test::createDatabase(path);
        QSqlDatabase db = database->connection();
        QCOMPARE(Migrations::currentVersion(db).value(),
                 catalog::kSchemaVersion); // the catalog: user_version
        QCOMPARE(Migrations::domainVersion(db, QStringLiteral("toy")).value(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM toy_parent")), 0);
    }
    Domains::add(toyDomain(2)); // a newer build of the domain
    auto reopened = Database::open(path, test::kPassphrase);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QSqlDatabase db = reopened.value()->connection();
    QCOMPARE(Migrations::domainVersion(db, QStringLiteral("toy")).value(), 2);
    QCOMPARE(Migrations::currentVersion(db).value(), catalog::kSchemaVersion);     // untouched
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(note) FROM toy_parent")), 0); // step 2 added the column
}

void TestDomains::itsChildRowsRideInTheParentsOutboxEntry()
{
    auto database = test::createDatabase(m_dir->filePath(QStringLiteral("toy.govcat")));
    QSqlDatabase db = database->connection();
    Repository repo(db,
                    Actor{QStringLiteral("张三"), QStringLiteral("dept-1"), QStringLiteral("目录填报人员")});
    const QString before =
        QString::number(scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")));
    ChangeSet set{QStringLiteral("新增玩具"),
                  {{RowChange::Op::Insert,
                    QStringLiteral("toy_parent"),
                    QStringLiteral("p1"),
                    {{QStringLiteral("owner_dept_id"), QStringLiteral("dept-1")},
                     {QStringLiteral("name"), QStringLiteral("甲")}}},
                   {RowChange::Op::Insert,
                    QStringLiteral("toy_child"),
                    QStringLiteral("c1"),
                    {{QStringLiteral("owner_dept_id"), QStringLiteral("dept-1")},
                     {QStringLiteral("parent_id"), QStringLiteral("p1")},
                     {QStringLiteral("label"), QStringLiteral("一")}}}}};
    auto ids = repo.apply(set);
    QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().message));
    QSqlQuery q(db);
    QVERIFY(q.exec(
        QStringLiteral("SELECT table_name, row_id, children, schema_version FROM outbox WHERE seq > ") +
        before));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("toy_parent"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("p1"));
    const QJsonObject children = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    QCOMPARE(children.value(QStringLiteral("toy_child")).toArray().size(), 1);
    const QJsonObject child = children.value(QStringLiteral("toy_child")).toArray().first().toObject();
    QCOMPARE(child.value(QStringLiteral("id")).toString(), QStringLiteral("c1"));
    QCOMPARE(child.value(QStringLiteral("fields")).toObject(),
             QJsonObject({{QStringLiteral("label"), QStringLiteral("一")}})); // parent_id and owner implied
    QCOMPARE(q.value(3).toInt(), 1); // the toy domain's version, not the catalog's
    QVERIFY(!q.next());              // the child has no entry of its own
    QCOMPARE(g_hookRows, 2);
    QCOMPARE(g_hookFinished, 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = '新增玩具'")), 2);
    // A table no domain registered is refused.
    QVERIFY(!repo.insert(QStringLiteral("sqlite_master"),
                         {{QStringLiteral("owner_dept_id"), QStringLiteral("d")}}));
}

void TestDomains::aDatabaseWithANewerDomainIsRefusedUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("toy.govcat"));
    {
        auto database = test::createDatabase(path);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE domain_schema SET version = 3 WHERE domain = 'toy'")));
    }
    const QByteArray hash = test::fileHash(path);
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto opened = Database::open(path, test::kPassphrase, mode);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), int(Error::Kind::TooNew));
    }
    QCOMPARE(test::fileHash(path), hash);
}

QTEST_GUILESS_MAIN(TestDomains)
#include "tst_domains.moc"
