#include "catalog/CatalogSchema.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;
using govcat::test::fileHash;
using govcat::test::kPassphrase;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createAndReopen();
    void wrongPassphraseChangesNothing();
    void truncatedFile();
    void truncatedAtPageBoundary();
    void flippedByte();
    void plainSqliteFile();
    void randomBytesFile();
    void keyFileMissingOrTampered();
    void keyFileOfAnotherDatabase();
    void refusesNewerSchema();
    void changePassphrase();
    void readOnlyOpenWritesNothing();
    void refusesToOverwrite();

private:
    // A closed, checkpointed database with a few rows, so that it has several pages.
    QString makeDatabase(const QString& name);
    void expectRejected(const QString& path, Error::Kind kind, const QByteArray& pass = kPassphrase);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDatabase::makeDatabase(const QString& name)
{
    const QString path = m_dir->filePath(name);
    auto database = test::createDatabase(path);
    QSqlQuery q(database->connection());
    q.exec(QStringLiteral("CREATE TABLE filler (x TEXT)"));
    q.prepare(QStringLiteral("INSERT INTO filler VALUES (?)"));
    for (int i = 0; i < 400; ++i) {
        q.addBindValue(QString(100, QChar(u'甲' + i % 50)));
        q.exec();
    }
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return path;
}

void TestDatabase::expectRejected(const QString& path, Error::Kind kind, const QByteArray& pass)
{
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path, pass);
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().kind), int(kind));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::createAndReopen()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(16) != QByteArray("SQLite format 3\0", 16));
    f.close();
    auto opened = Database::open(path, kPassphrase);
    QVERIFY2(opened, qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), catalog::kSchemaVersion);
    QVERIFY(opened.value()->integrityCheck());
    QSqlQuery q(opened.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
    QCOMPARE(q.value(0).toInt(), 400);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    // Every table of DOMAIN §8 that the catalog needs, plus outbox and audit journal.
    const QStringList tables = opened.value()->connection().tables();
    for (const char* t :
         {"department", "catalog_class", "info_resource", "info_item", "resource_survey", "resource_relation",
          "legal_basis", "code_list", "outbox", "audit_journal", "meta", "local_profile"}) {
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    }
}

void TestDatabase::wrongPassphraseChangesNothing()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QByteArray keyBefore = fileHash(Database::keyFilePath(path));
    expectRejected(path, Error::Kind::WrongPassphrase, "wrong");
    expectRejected(path, Error::Kind::WrongPassphrase, "");
    QCOMPARE(fileHash(Database::keyFilePath(path)), keyBefore);
}

void TestDatabase::truncatedFile()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    QFile f(path);
    QVERIFY(f.resize(f.size() - 1000));
    expectRejected(path, Error::Kind::Damaged);
}

void TestDatabase::truncatedAtPageBoundary()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    QFile f(path);
    QVERIFY(f.size() > 8 * 4096);
    QVERIFY(f.resize(f.size() - 4 * 4096));
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path, kPassphrase, OpenMode::ReadOnly);
    if (opened) {
        auto integrity = opened.value()->integrityCheck();
        QVERIFY(!integrity);
        QCOMPARE(int(integrity.error().kind), int(Error::Kind::Damaged));
    } else {
        QCOMPARE(int(opened.error().kind), int(Error::Kind::Damaged));
    }
    opened = Error{};
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::flippedByte()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    QFile f(path);
    const qint64 offset = f.size() / 2 + 100;
    QVERIFY(f.open(QIODevice::ReadOnly) && f.seek(offset));
    const char c = f.read(1).at(0);
    f.close();
    QVERIFY(test::writeBytes(path, offset, QByteArray(1, char(c ^ 0x10))));
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path, kPassphrase, OpenMode::ReadOnly);
    QVERIFY2(opened, "a damaged page in the middle is found when read, not at open");
    auto integrity = opened.value()->integrityCheck();
    QVERIFY(!integrity);
    QCOMPARE(int(integrity.error().kind), int(Error::Kind::Damaged));
    opened = Error{};
    QCOMPARE(fileHash(path), before);

    // A flipped byte on the first page stops the open itself.
    const QString first = makeDatabase(QStringLiteral("b.govcat"));
    // XOR, not a fixed value: page 1's byte 200 is ciphertext and is 0x5a once in 256 databases.
    QFile firstFile(first);
    QVERIFY(firstFile.open(QIODevice::ReadOnly) && firstFile.seek(200));
    const char firstByte = firstFile.read(1).at(0);
    firstFile.close();
    QVERIFY(test::writeBytes(first, 200, QByteArray(1, char(firstByte ^ 0x5a))));
    const QByteArray firstBefore = fileHash(first);
    auto rejected = Database::open(first, kPassphrase);
    QVERIFY(!rejected);
    QVERIFY(rejected.error().kind == Error::Kind::Damaged ||
            rejected.error().kind == Error::Kind::KeyMismatch);
    QCOMPARE(fileHash(first), firstBefore);
}

void TestDatabase::plainSqliteFile()
{
    const QString path = m_dir->filePath(QStringLiteral("plain.govcat"));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")});
    QVERIFY2(sqlite.waitForFinished() && sqlite.exitCode() == 0,
             "the sqlite3 CLI must be installed (README)");
    // Even with a valid key file beside it, a plain file is refused.
    auto other = test::createDatabase(m_dir->filePath(QStringLiteral("other.govcat")));
    other.reset();
    QVERIFY(QFile::copy(Database::keyFilePath(m_dir->filePath(QStringLiteral("other.govcat"))),
                        Database::keyFilePath(path)));
    expectRejected(path, Error::Kind::NotEncrypted);
}

void TestDatabase::randomBytesFile()
{
    const QString path = m_dir->filePath(QStringLiteral("random.govcat"));
    auto other = test::createDatabase(m_dir->filePath(QStringLiteral("other.govcat")));
    other.reset();
    QVERIFY(QFile::copy(Database::keyFilePath(m_dir->filePath(QStringLiteral("other.govcat"))),
                        Database::keyFilePath(path)));
    QByteArray noise(8 * 4096, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i) {
        noise[i] = char((i * 7919 + 13) % 251);
    }
    QVERIFY(test::writeBytes(path, 0, noise));
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path, kPassphrase);
    QVERIFY(!opened);
    QVERIFY(opened.error().kind == Error::Kind::KeyMismatch || opened.error().kind == Error::Kind::Damaged);
    QCOMPARE(fileHash(path), before);
    QVERIFY(test::writeBytes(m_dir->filePath(QStringLiteral("empty.govcat")), 0, {}));
    // An empty file is what a creation interrupted before its first commit leaves: said so
    // (Io, with the sentence), not "damaged" (tst_readonlyopen).
    expectRejected(m_dir->filePath(QStringLiteral("empty.govcat")), Error::Kind::Io);
}

void TestDatabase::keyFileMissingOrTampered()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QString keyPath = Database::keyFilePath(path);
    QVERIFY(QFile::rename(keyPath, keyPath + QStringLiteral(".bak")));
    expectRejected(path, Error::Kind::KeyFileMissing);
    QVERIFY(QFile::rename(keyPath + QStringLiteral(".bak"), keyPath));
    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QByteArray json = key.readAll();
    key.close();
    const qsizetype at = json.indexOf("\"wrapped_key\": \"") + 17;
    json[at] = json[at] == 'A' ? 'B' : 'A';
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(json);
    key.close();
    expectRejected(path, Error::Kind::KeyFileDamaged);
}

void TestDatabase::keyFileOfAnotherDatabase()
{
    const QString a = makeDatabase(QStringLiteral("a.govcat"));
    const QString b = makeDatabase(QStringLiteral("b.govcat"));
    QVERIFY(QFile::remove(Database::keyFilePath(a)));
    QVERIFY(QFile::copy(Database::keyFilePath(b), Database::keyFilePath(a)));
    expectRejected(a, Error::Kind::KeyMismatch);
}

void TestDatabase::refusesNewerSchema()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    {
        auto opened = Database::open(path, kPassphrase);
        QVERIFY(opened);
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(catalog::kSchemaVersion + 1)));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    expectRejected(path, Error::Kind::TooNew);
    const QByteArray before = fileHash(path);
    auto readOnly = Database::open(path, kPassphrase, OpenMode::ReadOnly);
    QVERIFY(!readOnly);
    QCOMPARE(int(readOnly.error().kind), int(Error::Kind::TooNew));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::changePassphrase()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QByteArray dbBefore = fileHash(path);
    {
        auto opened = Database::open(path, kPassphrase, OpenMode::ReadOnly);
        QVERIFY(opened);
        auto wrong = opened.value()->changePassphrase("not it", "新的口令 new one 2026", KdfProfile::Minimal);
        QCOMPARE(int(wrong.error().kind), int(Error::Kind::WrongPassphrase));
        QVERIFY(opened.value()->changePassphrase(kPassphrase, "新的口令 new one 2026", KdfProfile::Minimal));
    }
    QCOMPARE(fileHash(path), dbBefore); // re-wrapped, not rekeyed
    expectRejected(path, Error::Kind::WrongPassphrase, kPassphrase);
    QVERIFY(Database::open(path, "新的口令 new one 2026"));
}

void TestDatabase::readOnlyOpenWritesNothing()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QByteArray before = fileHash(path);
    {
        auto opened = Database::open(path, kPassphrase, OpenMode::ReadOnly);
        QVERIFY(opened);
        QVERIFY(opened.value()->integrityCheck());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO filler VALUES ('x')")));
    }
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesToOverwrite()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QByteArray before = fileHash(path);
    auto again = Database::create(path, kPassphrase, KdfProfile::Minimal);
    QVERIFY(!again);
    QCOMPARE(fileHash(path), before);
    QVERIFY(Database::open(path, kPassphrase));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
