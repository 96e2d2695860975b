// QSQLCIPHER driver: the fail-closed open (SYNC.md §3.1) and driver-level metadata.

#include "db/driver/CipherResult.h"
#include "tst_cipherhelpers.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cipher_test;

namespace {

const QByteArray kPlainHeader("SQLite format 3\0", 16);

// Creates an encrypted database with one table t(id INTEGER PRIMARY KEY, b BLOB) of `rows` rows.
bool createDatabase(const QString& path, const QByteArray& key, int rows = 3, int blobBytes = 16)
{
    Connection c(path, key, createOptions());
    if (!c.ok()) {
        return false;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)"))) {
        return false;
    }
    if (!q.prepare(QStringLiteral("INSERT INTO t(b) VALUES (?)"))) {
        return false;
    }
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(randomBytes(blobBytes));
        if (!q.exec()) {
            return false;
        }
    }
    return true;
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset)) {
        return false;
    }
    char c = 0;
    if (!f.getChar(&c) || !f.seek(offset)) {
        return false;
    }
    return f.putChar(static_cast<char>(c ^ 0x5a));
}

} // namespace

class TestCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void headerIsNotPlain();
    void wrongKeyIsRefusedAndFileUnchanged();
    void wrongPageSizeIsRefused();
    void plainSqliteFromCliIsRefused();
    void plainHeaderIsRefusedBeforeKeying();
    void randomBytesAreRefused();
    void damagedPageGivesCorrupt();
    void damagedFirstPageIsRefused();
    void missingKeyAndMissingFile();
    void keyIsConsumedByOpen();
    void connectionPragmas();
    void readOnlyOpen();
    void largeCommitIsCheckpointedInTheBackground();
    void closeFinalizesOutstandingStatements();
    void queryOutlivesDriver();
    void features();
    void tablesRecordPrimaryIndex();
    void escapeIdentifier();
    void noQsqlitePluginLoaded();
};

void TestCipherDriver::createAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QByteArray key = randomKey();
    {
        Connection c(path, key, createOptions());
        QVERIFY2(c.ok(), qPrintable(c.error().text()));
        QCOMPARE(c.status(), CipherOpenStatus::Ok);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE kv(k TEXT PRIMARY KEY, v TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO kv VALUES ('a', '甲')")));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    Connection c(path, key);
    QVERIFY2(c.ok(), qPrintable(c.error().text()));
    QCOMPARE(c.status(), CipherOpenStatus::Ok);
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT v FROM kv WHERE k = 'a'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("甲"));
}

void TestCipherDriver::headerIsNotPlain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    QVERIFY(createDatabase(path, randomKey()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QCOMPARE(all.size() % 4096, 0); // cipher_page_size 4096 by default
    QVERIFY(!all.startsWith(kPlainHeader));
    QVERIFY(!all.contains("CREATE TABLE")); // the schema text is not readable either
}

void TestCipherDriver::wrongKeyIsRefusedAndFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    QVERIFY(createDatabase(path, randomKey()));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = dirEntries(dir.path());
    {
        Connection c(path, randomKey());
        QVERIFY(!c.ok());
        QCOMPARE(c.status(), CipherOpenStatus::WrongKey);
        QCOMPARE(c.error().type(), QSqlError::ConnectionError);
        QCOMPARE(c.error().nativeErrorCode(), QStringLiteral("26"));
        QVERIFY(!c.error().driverText().isEmpty());
        QVERIFY(!c.db().isOpen());
        QVERIFY(c.db().isOpenError());
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(dirEntries(dir.path()), filesBefore); // no -wal/-shm/-journal left behind
}

void TestCipherDriver::wrongPageSizeIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QByteArray key = randomKey();
    QVERIFY(createDatabase(path, key));
    const QByteArray before = sha256(path);
    CipherOptions o;
    o.cipherPageSize = 1024;
    Connection c(path, key, o);
    QVERIFY(!c.ok());
    QCOMPARE(c.status(), CipherOpenStatus::WrongKey);
    QCOMPARE(sha256(path), before);
}

void TestCipherDriver::plainSqliteFromCliIsRefused()
{
    const QString cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (cli.isEmpty()) {
        QSKIP("the sqlite3 CLI is not installed (apt-get install sqlite3)");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    QProcess p;
    p.start(cli, {path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(sha256(path).size() == 32);
    const QByteArray before = sha256(path);
    {
        Connection c(path, randomKey(), createOptions());
        QVERIFY(!c.ok());
        QCOMPARE(c.status(), CipherOpenStatus::PlainDatabase);
        QCOMPARE(c.error().nativeErrorCode(), QStringLiteral("26"));
        QVERIFY(c.error().driverText().contains(QLatin1String("unencrypted")));
    }
    QCOMPARE(sha256(path), before);
}

void TestCipherDriver::plainHeaderIsRefusedBeforeKeying()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crafted.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPlainHeader + QByteArray(4096 - 16, '\0'));
    }
    const QByteArray before = sha256(path);
    {
        Connection c(path, randomKey());
        QVERIFY(!c.ok());
        QCOMPARE(c.status(), CipherOpenStatus::PlainDatabase);
    }
    QCOMPARE(sha256(path), before);
}

void TestCipherDriver::randomBytesAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(3 * 4096));
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = dirEntries(dir.path());
    {
        Connection c(path, randomKey(), createOptions());
        QVERIFY(!c.ok());
        QCOMPARE(c.status(), CipherOpenStatus::WrongKey);
        QCOMPARE(c.error().nativeErrorCode(), QStringLiteral("26"));
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(dirEntries(dir.path()), filesBefore);
}

void TestCipherDriver::damagedPageGivesCorrupt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QByteArray key = randomKey();
    QVERIFY(createDatabase(path, key, 60, 1000)); // ~16 pages of 4096 bytes
    QVERIFY(QFileInfo(path).size() >= 10 * 4096);
    QVERIFY(flipByte(path, 6 * 4096 + 700)); // inside page 7
    Connection c(path, key);
    QVERIFY2(c.ok(), qPrintable(c.error().text())); // page 1 is intact
    QSqlQuery q(c.db());
    QVERIFY(!q.exec(QStringLiteral("SELECT count(*), sum(length(b)) FROM t")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("11"));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(!q.lastError().databaseText().isEmpty());
}

void TestCipherDriver::damagedFirstPageIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QByteArray key = randomKey();
    QVERIFY(createDatabase(path, key));
    QVERIFY(flipByte(path, 200));
    const QByteArray before = sha256(path);
    {
        Connection c(path, key);
        QVERIFY(!c.ok());
        // SQLCipher 3 cannot tell a bad HMAC on page 1 from a wrong key
        QVERIFY(c.status() == CipherOpenStatus::WrongKey || c.status() == CipherOpenStatus::Damaged);
    }
    QCOMPARE(sha256(path), before);
}

void TestCipherDriver::missingKeyAndMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.db"));
    {
        Connection c(path, QByteArray(), createOptions(), false);
        QVERIFY(!c.ok());
        QCOMPARE(c.status(), CipherOpenStatus::NoKey);
        QCOMPARE(c.error().nativeErrorCode(), QStringLiteral("21"));
    }
    {
        Connection c(path, QByteArray(16, 'k'), createOptions()); // a key must be 32 bytes
        QVERIFY(!c.ok());
        QCOMPARE(c.status(), CipherOpenStatus::NoKey);
    }
    QVERIFY(!QFileInfo::exists(path)); // nothing was created without a key
    {
        Connection c(path, randomKey()); // create == false
        QVERIFY(!c.ok());
        QCOMPARE(c.status(), CipherOpenStatus::CannotOpen);
        QCOMPARE(c.error().nativeErrorCode(), QStringLiteral("14")); // SQLITE_CANTOPEN
    }
    QVERIFY(!QFileInfo::exists(path));
}

void TestCipherDriver::keyIsConsumedByOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    Connection c(path, randomKey(), createOptions());
    QVERIFY(c.ok());
    QSqlDatabase db = c.db();
    db.close();
    QVERIFY(!db.open()); // the key was wiped after the first open
    QCOMPARE(c.driver()->openStatus(), CipherOpenStatus::NoKey);
}

void TestCipherDriver::connectionPragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    CipherOptions o = createOptions();
    o.cacheSizeKiB = 1234;
    Connection c(path, randomKey(), o);
    QVERIFY(c.ok());
    QSqlQuery q(c.db());
    auto pragma = [&q](const char* name) {
        return q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) && q.next() ? q.value(0) : QVariant();
    };
    QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma("foreign_keys").toInt(), 1);
    QCOMPARE(pragma("cache_size").toInt(), -1234);
    QCOMPARE(pragma("cipher_page_size").toInt(), 4096);
    QVERIFY(pragma("cipher_version").toString().startsWith(QLatin1String("3.")));
}

void TestCipherDriver::readOnlyOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QByteArray key = randomKey();
    QVERIFY(createDatabase(path, key));
    const QByteArray before = sha256(path);
    {
        CipherOptions o;
        o.readOnly = true;
        Connection c(path, key, o);
        QVERIFY2(c.ok(), qPrintable(c.error().text()));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO t(b) VALUES (x'00')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("8")); // SQLITE_READONLY
    }
    QCOMPARE(sha256(path), before);
}

// A commit that leaves the log over 1,000 pages wakes the checkpointer's thread, which copies the log
// into the database file while the writer goes on; closing stops it, and the data is all there.
void TestCipherDriver::largeCommitIsCheckpointedInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    const QByteArray key = randomKey();
    QVERIFY(createDatabase(path, key));
    {
        Connection c(path, key);
        QVERIFY2(c.ok(), qPrintable(c.error().text()));
        QCOMPARE(c.driver()->backgroundCheckpoints(), 0);
        const qint64 before = QFileInfo(path).size();
        QSqlQuery q(c.db());
        // About 8 MB: 2,000 pages of 4 KiB in the log.
        QVERIFY2(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                       "WHERE i < 2000) INSERT INTO t(b) SELECT randomblob(4000) FROM n")),
                 qPrintable(q.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(c.driver()->backgroundCheckpoints() >= 1, 20000);
        QVERIFY(QFileInfo(path).size() > before + 7'000'000); // the pages reached the database file
        // The writer goes on while the log is copied.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t(b) VALUES (x'01')")));
    }
    {
        CipherOptions o;
        o.readOnly = true;
        Connection c(path, key, o);
        QVERIFY2(c.ok(), qPrintable(c.error().text()));
        QCOMPARE(c.driver()->backgroundCheckpoints(), -1); // read-only: nothing to copy
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(length(b)) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3 + 2000 + 1);
        QCOMPARE(q.value(1).toLongLong(), 3 * 16 + 2000 * 4000 + 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void TestCipherDriver::closeFinalizesOutstandingStatements()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("b.db")), randomKey(), createOptions());
    QVERIFY(c.ok());
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
    QVERIFY(q.next());
    QVERIFY(q.result()->handle().value<sqlite3_stmt*>() != nullptr);
    QSqlDatabase db = c.db();
    db.close(); // the statement is still stepping: close() must finalize it
    QVERIFY(!db.isOpen());
    QVERIFY(!q.isActive());
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
    QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
    QVERIFY(c.driver()->connection() == nullptr);
}

void TestCipherDriver::queryOutlivesDriver()
{
    QTemporaryDir dir;
    QSqlQuery q;
    {
        Connection c(dir.filePath(QStringLiteral("a.db")), randomKey(), createOptions());
        QVERIFY(c.ok());
        q = QSqlQuery(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
        QVERIFY(q.next());
    } // removeDatabase() deletes the driver while the query still holds its result
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    QVERIFY(!q.isActive());
    QVERIFY(q.result()->handle().value<sqlite3_stmt*>() == nullptr);
    q = QSqlQuery(); // destroys the orphaned result: must not touch the deleted driver (ASan run)
    QVERIFY(!q.isValid());
}

void TestCipherDriver::features()
{
    CipherDriver drv;
    QVERIFY(drv.hasFeature(QSqlDriver::Transactions));
    QVERIFY(drv.hasFeature(QSqlDriver::Unicode));
    QVERIFY(drv.hasFeature(QSqlDriver::PreparedQueries));
    QVERIFY(drv.hasFeature(QSqlDriver::PositionalPlaceholders));
    QVERIFY(drv.hasFeature(QSqlDriver::NamedPlaceholders));
    QVERIFY(drv.hasFeature(QSqlDriver::LastInsertId));
    QVERIFY(drv.hasFeature(QSqlDriver::BLOB));
    QVERIFY(drv.hasFeature(QSqlDriver::LowPrecisionNumbers));
    QVERIFY(!drv.hasFeature(QSqlDriver::QuerySize));
    QVERIFY(!drv.hasFeature(QSqlDriver::EventNotifications));
    QVERIFY(!drv.hasFeature(QSqlDriver::BatchOperations));
    QVERIFY(!drv.hasFeature(QSqlDriver::MultipleResultSets));
    QVERIFY(!drv.hasFeature(QSqlDriver::SimpleLocking));
    QCOMPARE(CipherDriver::driverName(), QStringLiteral("QSQLCIPHER"));
    QVERIFY(!drv.isOpen());
    QVERIFY(drv.handle().value<sqlite3*>() == nullptr);

    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("a.db")), randomKey(), createOptions());
    QVERIFY(c.ok());
    const QVariant h = c.db().driver()->handle();
    QCOMPARE(h.typeName(), "sqlite3*");
    QVERIFY(h.value<sqlite3*>() == c.driver()->connection());
    QVERIFY(h.value<sqlite3*>() != nullptr);
}

void TestCipherDriver::tablesRecordPrimaryIndex()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("a.db")), randomKey(), createOptions());
    QVERIFY(c.ok());
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE person(code TEXT NOT NULL, seq INTEGER NOT NULL, "
                                  "name TEXT, photo BLOB, score REAL, active BOOLEAN, born DATE, "
                                  "PRIMARY KEY (seq, code))")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE auto(id INTEGER PRIMARY KEY, x TEXT)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE \"odd \"\"name\"(a INT)")));
    QVERIFY(q.exec(QStringLiteral("CREATE VIEW v_person AS SELECT name FROM person")));

    QSqlDatabase db = c.db();
    QStringList tables = db.tables(QSql::Tables);
    tables.sort();
    QCOMPARE(tables,
             (QStringList{QStringLiteral("auto"), QStringLiteral("odd \"name"), QStringLiteral("person")}));
    QCOMPARE(db.tables(QSql::Views), QStringList{QStringLiteral("v_person")});
    QVERIFY(db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));
    QCOMPARE(db.tables(QSql::AllTables).size(), 5);

    const QSqlRecord rec = db.record(QStringLiteral("person"));
    QCOMPARE(rec.count(), 7);
    QCOMPARE(rec.fieldName(0), QStringLiteral("code"));
    QCOMPARE(rec.field(0).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(rec.field(0).requiredStatus(), QSqlField::Required);
    QCOMPARE(rec.field(1).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(rec.field(2).requiredStatus(), QSqlField::Optional);
    QCOMPARE(rec.field(3).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(rec.field(4).metaType(), QMetaType::fromType<double>());
    QCOMPARE(rec.field(5).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(rec.field(6).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(db.record(QStringLiteral("\"person\"")).count(), 7);  // quoted name
    QCOMPARE(db.record(QStringLiteral("main.person")).count(), 7); // schema-qualified
    QCOMPARE(db.record(QStringLiteral("odd \"name")).count(), 1);
    QVERIFY(db.record(QStringLiteral("no_such_table")).isEmpty());

    const QSqlIndex pk = db.primaryIndex(QStringLiteral("person"));
    QCOMPARE(pk.count(), 2);
    QCOMPARE(pk.fieldName(0), QStringLiteral("seq")); // key order, not column order
    QCOMPARE(pk.fieldName(1), QStringLiteral("code"));
    QCOMPARE(pk.cursorName(), QStringLiteral("person"));
    QCOMPARE(db.primaryIndex(QStringLiteral("auto")).fieldName(0), QStringLiteral("id"));
    QVERIFY(db.record(QStringLiteral("auto")).field(0).isAutoValue());
    QVERIFY(!rec.field(1).isAutoValue());
    QVERIFY(db.primaryIndex(QStringLiteral("odd \"name")).isEmpty());
}

void TestCipherDriver::escapeIdentifier()
{
    CipherDriver drv;
    QCOMPARE(drv.escapeIdentifier(QStringLiteral("name"), QSqlDriver::FieldName), QStringLiteral("\"name\""));
    QCOMPARE(drv.escapeIdentifier(QStringLiteral("a\"b"), QSqlDriver::FieldName),
             QStringLiteral("\"a\"\"b\""));
    QCOMPARE(drv.escapeIdentifier(QStringLiteral("\"done\""), QSqlDriver::FieldName),
             QStringLiteral("\"done\""));
    QCOMPARE(drv.escapeIdentifier(QStringLiteral("main.t"), QSqlDriver::TableName),
             QStringLiteral("\"main\".\"t\""));
    QCOMPARE(drv.escapeIdentifier(QStringLiteral("表"), QSqlDriver::TableName), QStringLiteral("\"表\""));
    QVERIFY(drv.isIdentifierEscaped(QStringLiteral("\"x\""), QSqlDriver::FieldName));
    QCOMPARE(drv.stripDelimiters(QStringLiteral("\"x\""), QSqlDriver::FieldName), QStringLiteral("x"));
}

void TestCipherDriver::noQsqlitePluginLoaded()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("a.db")), randomKey(), createOptions());
    QVERIFY(c.ok());
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList{c.name()});
    QCOMPARE(c.db().driverName(), QString()); // added as an instance: no plugin name was looked up
    QVERIFY(!libraryMapped("libqsqlite"));
    QVERIFY(!libraryMapped("libsqlite3.so"));
    QVERIFY(libraryMapped("libsqlcipher.so"));
}

QTEST_GUILESS_MAIN(TestCipherDriver)
#include "tst_cipherdriver.moc"
