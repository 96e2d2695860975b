#include "db/Database.h"
#include "db/KeyFile.h"
#include "db/driver/CipherSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace govcat;
using namespace govcat::db;
using govcat::test::fileHash;
using govcat::test::kPassphrase;

// Read-only opening (govcat check, export, import --dry-run) leaves the folder as it found it, says
// what an interrupted creation or write left behind instead of "damaged", and a new database is
// readable by its owner only.
class TestReadOnlyOpen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readOnlyOpenLeavesNoNewFiles();
    void sidecarsStayWhileAnotherConnectionReads();
    void emptyFileIsAnInterruptedCreation();
    void hotJournalIsNamedAndRolledBackByAWriter();
    void createdFilesAreOwnerOnly();

private:
    QString makeDatabase(const QString& name);
    QStringList listing() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReadOnlyOpen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestReadOnlyOpen::makeDatabase(const QString& name)
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
    return path;
}

QStringList TestReadOnlyOpen::listing() const
{
    return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestReadOnlyOpen::readOnlyOpenLeavesNoNewFiles()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QStringList before = listing();
    QCOMPARE(before, (QStringList{QStringLiteral("a.govcat"), QStringLiteral("a.govcat.key")}));
    const QByteArray hash = fileHash(path);
    {
        auto opened = Database::open(path, kPassphrase, OpenMode::ReadOnly);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(opened.value()->integrityCheck());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
        QCOMPARE(q.value(0).toInt(), 400);
        // SQLite needs them while it reads (WAL mode).
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    QCOMPARE(listing(), before);
    QCOMPARE(fileHash(path), hash);
    // A wrong passphrase or a failed open leaves nothing either.
    QVERIFY(!Database::open(path, "wrong", OpenMode::ReadOnly));
    QCOMPARE(listing(), before);
}

void TestReadOnlyOpen::sidecarsStayWhileAnotherConnectionReads()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QStringList before = listing();
    const QString shm = path + QStringLiteral("-shm");
    {
        auto first = Database::open(path, kPassphrase, OpenMode::ReadOnly);
        QVERIFY(first);
        {
            auto second = Database::open(path, kPassphrase, OpenMode::ReadOnly);
            QVERIFY(second);
            QVERIFY(second.value()->integrityCheck());
        }
        // The first still reads: its -shm stays.
        QVERIFY(QFileInfo::exists(shm));
        QSqlQuery q(first.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
        QCOMPARE(q.value(0).toInt(), 400);
    }
    QCOMPARE(listing(), before);
    // A writer's -wal and -shm (there before the read-only open) are left alone.
    {
        auto writer = Database::open(path, kPassphrase);
        QVERIFY(writer);
        QSqlQuery w(writer.value()->connection());
        QVERIFY(w.exec(QStringLiteral("INSERT INTO filler VALUES ('乙')")));
        {
            auto reader = Database::open(path, kPassphrase, OpenMode::ReadOnly);
            QVERIFY(reader);
            QSqlQuery q(reader.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
            QCOMPARE(q.value(0).toInt(), 401);
        }
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(shm));
        QVERIFY(w.exec(QStringLiteral("INSERT INTO filler VALUES ('丙')")));
    }
    QCOMPARE(listing(), before);
}

void TestReadOnlyOpen::emptyFileIsAnInterruptedCreation()
{
    // What kill -9 during `govcat demo` leaves when it strikes before the first commit: the key
    // file, an empty database file and the rollback journal of that first write.
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    QVERIFY(QFile::resize(path, 0));
    QFile journal(path + QStringLiteral("-journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(512, '\0'));
    journal.close();
    const QStringList before = listing();
    for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        auto opened = Database::open(path, kPassphrase, mode);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), int(Error::Kind::Io));
        QVERIFY2(opened.error().message.contains(QStringLiteral("创建数据库时程序中断")),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.contains(QStringLiteral("损坏")));
        QCOMPARE(listing(), before);
    }
}

void TestReadOnlyOpen::hotJournalIsNamedAndRolledBackByAWriter()
{
    const QString path = makeDatabase(QStringLiteral("a.govcat"));
    const QString crashed = m_dir->filePath(QStringLiteral("crashed.govcat"));
    QVERIFY(QFile::copy(Database::keyFilePath(path), Database::keyFilePath(crashed)));
    // A write in progress in rollback-journal mode, with pages already spilled into the database
    // file: copying the files then is what a crash at that moment leaves (a hot journal).
    {
        auto key = KeyFile::read(Database::keyFilePath(path)).value().unwrap(kPassphrase);
        QVERIFY(key);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QCOMPARE(cipher::applyKey(db, key.value()), SQLITE_OK);
        for (const char* sql :
             {"PRAGMA cipher_page_size = 4096", "PRAGMA journal_mode = DELETE", "PRAGMA cache_size = 2",
              "BEGIN", "INSERT INTO filler SELECT x || x FROM filler",
              "INSERT INTO filler SELECT x || x FROM filler"}) {
            QVERIFY2(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
        }
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        QCOMPARE(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close_v2(db);
    }
    const QStringList before = listing();
    const QByteArray hash = fileHash(crashed);
    {
        auto readOnly = Database::open(crashed, kPassphrase, OpenMode::ReadOnly);
        QVERIFY(!readOnly);
        QCOMPARE(int(readOnly.error().kind), int(Error::Kind::Io));
        QVERIFY2(readOnly.error().message.contains(QStringLiteral("未完成的写入日志")),
                 qPrintable(readOnly.error().message));
        QVERIFY(readOnly.error().message.contains(QStringLiteral("并未损坏")));
    }
    QCOMPARE(listing(), before);
    QCOMPARE(fileHash(crashed), hash);
    // Opening it normally rolls the write back: nothing of it remains, everything before does.
    {
        auto writer = Database::open(crashed, kPassphrase);
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
        QVERIFY(writer.value()->integrityCheck());
        QSqlQuery q(writer.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
        QCOMPARE(q.value(0).toInt(), 400);
    }
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-journal")));
    auto readOnly = Database::open(crashed, kPassphrase, OpenMode::ReadOnly);
    QVERIFY(readOnly);
    QVERIFY(readOnly.value()->integrityCheck());
}

void TestReadOnlyOpen::createdFilesAreOwnerOnly()
{
    const mode_t previous = ::umask(022);
    const QString path = m_dir->filePath(QStringLiteral("new.govcat"));
    {
        auto database = test::createDatabase(path);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES ('甲')")));
        for (const QString& file : {path, QString(path + QStringLiteral("-wal")),
                                    QString(path + QStringLiteral("-shm")), Database::keyFilePath(path)}) {
            struct stat st = {};
            QVERIFY2(::stat(QFile::encodeName(file).constData(), &st) == 0, qPrintable(file));
            QCOMPARE(st.st_mode & 0777, mode_t(0600));
        }
    }
    ::umask(previous);
}

QTEST_GUILESS_MAIN(TestReadOnlyOpen)
#include "tst_readonlyopen.moc"
