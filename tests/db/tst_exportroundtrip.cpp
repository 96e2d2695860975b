#include "catalog/ResourceStore.h"
#include "db/Repository.h"
#include "exchange/CatalogExport.h"
#include "exchange/DataCall.h"
#include "exchange/ImportPlanner.h"
#include "io/catalog/CatalogJson.h"
#include "io/catalog/CatalogTableParser.h"
#include "io/catalog/TableSource.h"
#include "support/CatalogFixture.h"

#include <QDir>
#include <QTest>

#include <sys/stat.h>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;
using namespace govcat::exchange;

// Export the demo city and import the file again: the dry run must find every resource unchanged.
class TestExportRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyRowUnchanged_data();
    void everyRowUnchanged();
    void selectedIdsOnly();
    void cancelLeavesNoFile();
    void failureKeepsTheEarlierFile();
    void dataCallKitsArePrivate();

private:
    std::unique_ptr<test::CatalogFixture> m_fx;
    qint64 m_live = 0;
};

void TestExportRoundTrip::initTestCase()
{
    m_fx = std::make_unique<test::CatalogFixture>(120);
    m_live = m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0"));
    QVERIFY(m_live > 100);
}

void TestExportRoundTrip::everyRowUnchanged_data()
{
    QTest::addColumn<io::CatalogFileFormat>("format");
    QTest::addColumn<bool>("gb18030");
    QTest::newRow("xlsx") << io::CatalogFileFormat::Xlsx << false;
    QTest::newRow("csv") << io::CatalogFileFormat::Csv << false;
    QTest::newRow("csv gb18030") << io::CatalogFileFormat::Csv << true;
    QTest::newRow("json") << io::CatalogFileFormat::Json << false;
}

void TestExportRoundTrip::everyRowUnchanged()
{
    QFETCH(io::CatalogFileFormat, format);
    QFETCH(bool, gb18030);
    ExportRequest request;
    request.path = m_fx->dir.filePath(QStringLiteral("city.") + io::catalogFileSuffix(format));
    request.format = format;
    request.csvGb18030 = gb18030;
    qint64 lastDone = -1;
    auto summary = CatalogExport(m_fx->database->connection()).run(request, [&](qint64 done, qint64 total) {
        lastDone = done;
        return total == m_live;
    });
    QVERIFY2(summary, qPrintable(summary.error().message));
    QCOMPARE(summary.value().resources, m_live);
    QCOMPARE(lastDone, m_live);
    QVERIFY(summary.value().bytes > 0);
    QCOMPARE(QDir(m_fx->dir.path()).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden).size(),
             0);

    Result<io::ImportedCatalog> parsed = Error{};
    if (format == io::CatalogFileFormat::Json) {
        parsed = io::readCatalogJson(request.path);
    } else {
        auto source = io::openTableSource(request.path);
        QVERIFY2(source, qPrintable(source.error().message));
        parsed = io::parseCatalogTables(*source.value());
    }
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    QCOMPARE(parsed.value().resources.size(), m_live);

    Repository repository(m_fx->database->connection(), m_fx->actor(Role::Administrator));
    ResourceStore store(m_fx->database->connection(), repository);
    auto plan = ImportPlanner(store).plan(parsed.value());
    QVERIFY2(plan, qPrintable(plan.error().message));
    for (const ImportPlanRow& row : plan.value().rows) {
        if (row.kind != ImportPlanRow::Kind::Unchanged) {
            qWarning(
                "%s %s: %s", qPrintable(kindName(row.kind)), qPrintable(row.name),
                qPrintable(row.changes.isEmpty()
                               ? (row.problems.isEmpty() ? QString() : row.problems.first().finding.message)
                               : row.changes.first().field + QStringLiteral(": ") +
                                     row.changes.first().oldValue + QStringLiteral(" → ") +
                                     row.changes.first().newValue));
        }
    }
    QCOMPARE(plan.value().count(ImportPlanRow::Kind::Unchanged), int(m_live));
    QCOMPARE(plan.value().rejected(), 0);
}

void TestExportRoundTrip::selectedIdsOnly()
{
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_resource WHERE is_deleted = 0 ORDER BY id LIMIT 5")));
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    ExportRequest request;
    request.path = m_fx->dir.filePath(QStringLiteral("five.json"));
    request.format = io::CatalogFileFormat::Json;
    request.ids = ids;
    auto summary = CatalogExport(m_fx->database->connection()).run(request);
    QVERIFY2(summary, qPrintable(summary.error().message));
    QCOMPARE(summary.value().resources, 5);
    auto parsed = io::readCatalogJson(request.path);
    QVERIFY(parsed);
    QStringList got;
    for (const io::ImportedResource& r : parsed.value().resources) {
        got << r.draft.id;
    }
    QCOMPARE(got, ids);

    request.ids = QStringList();
    request.path = m_fx->dir.filePath(QStringLiteral("none.json"));
    summary = CatalogExport(m_fx->database->connection()).run(request);
    QVERIFY(summary);
    QCOMPARE(summary.value().resources, 0); // an empty selection is not "everything"
}

void TestExportRoundTrip::cancelLeavesNoFile()
{
    for (io::CatalogFileFormat format :
         {io::CatalogFileFormat::Xlsx, io::CatalogFileFormat::Csv, io::CatalogFileFormat::Json}) {
        QTemporaryDir dir;
        ExportRequest request;
        request.path = dir.filePath(QStringLiteral("cancelled.") + io::catalogFileSuffix(format));
        request.format = format;
        auto summary = CatalogExport(m_fx->database->connection()).run(request, [](qint64 done, qint64) {
            return done < 10;
        });
        QVERIFY(!summary);
        QCOMPARE(summary.error().kind, Error::Kind::Cancelled);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }
}

void TestExportRoundTrip::failureKeepsTheEarlierFile()
{
    QTemporaryDir dir;
    ExportRequest request;
    request.path = dir.filePath(QStringLiteral("missing/dir/out.csv"));
    request.format = io::CatalogFileFormat::Csv;
    auto summary = CatalogExport(m_fx->database->connection()).run(request);
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, Error::Kind::Io);

    request.path = dir.filePath(QStringLiteral("old.csv"));
    QFile old(request.path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier");
    old.close();
    auto cancelled =
        CatalogExport(m_fx->database->connection()).run(request, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier"));
}

// Data call kits go through the same writer: each kit 0600 under a umask of 022, no part left.
void TestExportRoundTrip::dataCallKitsArePrivate()
{
    QTemporaryDir dir;
    const mode_t mask = ::umask(022);
    DataCall calls(m_fx->database->connection(), m_fx->actor(Role::Reviewer));
    auto call = calls.generate(QStringLiteral("2026 年度普查"), dir.filePath(QStringLiteral("普查包")));
    ::umask(mask);
    QVERIFY2(call, qPrintable(call.error().message));
    const QDir folder(call.value().folder);
    const QStringList files = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(files.size(), call.value().depts.size());
    for (const QString& name : files) {
        QVERIFY2(name.endsWith(QStringLiteral(".xlsx")), qPrintable(name));
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(folder.filePath(name)).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 07777), 0600);
    }
}

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
