// QSQLCIPHER driver: CipherResult (binding, types, navigation, errors, transactions).

#include "tst_cipherhelpers.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace cipher_test;

class TestCipherResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void positionalBinding();
    void namedBinding();
    void reExecWithNewValues();
    void parameterCountMismatch();
    void nulls();
    void blobs();
    void unicodeText();
    void numbersAndOtherTypes();
    void precisionPolicy();
    void forwardOnlyNavigation();
    void scrollableNavigation();
    void emptyResult();
    void lastInsertIdAndRowsAffected();
    void transactions();
    void errorMapping();
    void queryRecord();
    void onlyOneStatement();
    void finishReleasesStatement();

private:
    QSqlDatabase db() const { return m_conn->db(); }
    bool fill(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_conn;
};

void TestCipherResult::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_conn =
        std::make_unique<Connection>(m_dir->filePath(QStringLiteral("r.db")), randomKey(), createOptions());
    QVERIFY2(m_conn->ok(), qPrintable(m_conn->error().text()));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT UNIQUE, n INTEGER, "
                                  "r REAL, b BLOB, d TEXT)")));
}

void TestCipherResult::cleanup()
{
    m_conn.reset();
    m_dir.reset();
}

bool TestCipherResult::fill(int rows)
{
    QSqlQuery q(db());
    if (!db().transaction() || !q.prepare(QStringLiteral("INSERT INTO t(name, n) VALUES (?, ?)"))) {
        return false;
    }
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("row%1").arg(i));
        q.addBindValue(i);
        if (!q.exec()) {
            return false;
        }
    }
    return db().commit();
}

void TestCipherResult::positionalBinding()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name, n, r) VALUES (?, ?, ?)")));
    q.addBindValue(QStringLiteral("a"));
    q.addBindValue(7);
    q.addBindValue(1.5);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name, n, r) VALUES (?, ?, ?)")));
    q.bindValue(2, 2.5); // out of order, by position
    q.bindValue(0, QStringLiteral("b"));
    q.bindValue(1, 8);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QVERIFY(q.prepare(QStringLiteral("SELECT name, n, r FROM t WHERE n >= ? ORDER BY n")));
    q.addBindValue(7);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
    QCOMPARE(q.value(1).toLongLong(), 7LL);
    QCOMPARE(q.value(2).toDouble(), 1.5);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("b"));
    QCOMPARE(q.value(2).toDouble(), 2.5);
    QVERIFY(!q.next());
}

void TestCipherResult::namedBinding()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name, n, d) VALUES (:name, :n, :name || '-' || :n)")));
    q.bindValue(QStringLiteral(":n"), 42);
    q.bindValue(QStringLiteral(":name"), QStringLiteral("x"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // a named query bound by position (one value per occurrence, in text order)
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name, n) VALUES (:name, :n)")));
    q.addBindValue(QStringLiteral("y"));
    q.addBindValue(43);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QVERIFY(q.prepare(QStringLiteral("SELECT name, d FROM t WHERE n = :n OR n = :m ORDER BY n")));
    q.bindValue(QStringLiteral(":m"), 43);
    q.bindValue(QStringLiteral(":n"), 42);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("x"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("x-42"));
    QVERIFY(q.next());
    QCOMPARE(q.value(QStringLiteral("name")).toString(), QStringLiteral("y"));
    QVERIFY(q.value(1).isNull());
    QVERIFY(!q.next());
    QCOMPARE(q.boundValue(QStringLiteral(":m")).toInt(), 43);
}

void TestCipherResult::reExecWithNewValues()
{
    QSqlQuery ins(db());
    QVERIFY(ins.prepare(QStringLiteral("INSERT INTO t(name, n) VALUES (:name, :n)")));
    QSqlQuery sel(db());
    QVERIFY(sel.prepare(QStringLiteral("SELECT n FROM t WHERE name = ?")));
    for (int i = 0; i < 5; ++i) {
        ins.bindValue(QStringLiteral(":name"), QStringLiteral("n%1").arg(i));
        ins.bindValue(QStringLiteral(":n"), i * 10);
        QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
        QCOMPARE(ins.numRowsAffected(), 1);
    }
    for (int i = 4; i >= 0; --i) {
        sel.addBindValue(QStringLiteral("n%1").arg(i));
        QVERIFY(sel.exec());
        QVERIFY(sel.next());
        QCOMPARE(sel.value(0).toInt(), i * 10);
        QVERIFY(!sel.next());
    }
    // re-exec while the previous result is still being read
    sel.addBindValue(QStringLiteral("n1"));
    QVERIFY(sel.exec());
    QVERIFY(sel.next());
    sel.addBindValue(QStringLiteral("n2"));
    QVERIFY(sel.exec());
    QVERIFY(sel.next());
    QCOMPARE(sel.value(0).toInt(), 20);
}

void TestCipherResult::parameterCountMismatch()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name, n) VALUES (?, ?)")));
    q.addBindValue(QStringLiteral("only one"));
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("25")); // SQLITE_RANGE
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestCipherResult::nulls()
{
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name, n, r, b, d) VALUES (?, ?, ?, ?, ?)")));
    q.addBindValue(QString());                            // null string
    q.addBindValue(QVariant(QMetaType::fromType<int>())); // typed null
    q.addBindValue(QVariant());                           // invalid
    q.addBindValue(QByteArray());                         // null byte array
    q.addBindValue(QDateTime());                          // invalid date-time
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT name, n, r, b, d, typeof(name) FROM t")));
    QVERIFY(q.next());
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(q.isNull(i), qPrintable(QString::number(i)));
        QVERIFY(q.value(i).isNull());
    }
    QCOMPARE(q.value(5).toString(), QStringLiteral("null"));
    QCOMPARE(q.value(1).metaType(), QMetaType::fromType<qlonglong>()); // typed by the declared type
    // an empty (not null) string stays an empty string
    QVERIFY(q.prepare(QStringLiteral("SELECT ? IS NULL, length(?)")));
    q.addBindValue(QStringLiteral(""));
    q.addBindValue(QStringLiteral(""));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 0);
}

void TestCipherResult::blobs()
{
    QByteArray blob = randomBytes(70000);
    blob[10] = '\0';
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name, b) VALUES (?, ?)")));
    q.addBindValue(QStringLiteral("big"));
    q.addBindValue(blob);
    QVERIFY(q.exec());
    q.addBindValue(QStringLiteral("empty"));
    q.addBindValue(QByteArray(""));
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("SELECT b, typeof(b) FROM t ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(q.value(0).toByteArray(), blob);
    QCOMPARE(q.value(1).toString(), QStringLiteral("blob"));
    QVERIFY(q.next());
    QVERIFY(!q.isNull(0));
    QVERIFY(q.value(0).toByteArray().isEmpty());
    QCOMPARE(q.value(1).toString(), QStringLiteral("blob"));
}

void TestCipherResult::unicodeText()
{
    const QString text = QStringLiteral("县级行政区划 — 统一社会信用代码 ✓ 𠀋");
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(name) VALUES (:s)")));
    q.bindValue(QStringLiteral(":s"), text);
    QVERIFY(q.exec());
    QVERIFY(q.prepare(QStringLiteral("SELECT name, length(name) FROM t WHERE name = ?")));
    q.addBindValue(text);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), text);
    QCOMPARE(q.value(1).toInt(), static_cast<int>(text.toUcs4().size())); // code points, so UTF-8 text
    QVERIFY(q.exec(QStringLiteral("SELECT '中文字面量'")) && q.next());   // Unicode in the SQL itself
    QCOMPARE(q.value(0).toString(), QStringLiteral("中文字面量"));
}

void TestCipherResult::numbersAndOtherTypes()
{
    const qlonglong big = std::numeric_limits<qlonglong>::max();
    const qlonglong small = std::numeric_limits<qlonglong>::min();
    const QDateTime when(QDate(2024, 2, 29), QTime(13, 45, 6, 789), Qt::UTC);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, typeof(?)")));
    q.addBindValue(big);
    q.addBindValue(small);
    q.addBindValue(true);
    q.addBindValue(when);
    q.addBindValue(QDate(2023, 12, 31));
    q.addBindValue(-0.125);
    q.addBindValue(4294967295U);
    q.addBindValue(3.0);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(q.value(0).toLongLong(), big);
    QCOMPARE(q.value(1).toLongLong(), small);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toString(), QStringLiteral("2024-02-29T13:45:06.789Z"));
    QCOMPARE(q.value(3).toDateTime(), when);
    QCOMPARE(q.value(4).toString(), QStringLiteral("2023-12-31"));
    QCOMPARE(q.value(5).toDouble(), -0.125);
    QCOMPARE(q.value(6).toLongLong(), 4294967295LL);
    QCOMPARE(q.value(7).toString(), QStringLiteral("real"));
}

void TestCipherResult::precisionPolicy()
{
    QSqlQuery q(db());
    q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QVERIFY(q.exec(QStringLiteral("SELECT 7, 2.75")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).metaType(), QMetaType::fromType<int>());
    QCOMPARE(q.value(1).toInt(), 2);
    q.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    QVERIFY(q.exec(QStringLiteral("SELECT 2.75")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).metaType(), QMetaType::fromType<double>());
    QCOMPARE(q.value(0).toDouble(), 2.75);
}

void TestCipherResult::forwardOnlyNavigation()
{
    QVERIFY(fill(20));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
    QVERIFY(q.isForwardOnly());
    QCOMPARE(q.size(), -1);
    QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.seek(5)); // forward seek steps on
    QCOMPARE(q.at(), 5);
    QCOMPARE(q.value(0).toInt(), 5);
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::seek: cannot seek backwards in a forward only query");
    QVERIFY(!q.previous());
    QVERIFY(q.last());
    QCOMPARE(q.at(), 19);
    QCOMPARE(q.value(0).toInt(), 19);
    QVERIFY(!q.next());
    QCOMPARE(q.at(), int(QSql::AfterLastRow));

    int count = 0;
    QVERIFY(q.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), count);
        ++count;
    }
    QCOMPARE(count, 20);
}

void TestCipherResult::scrollableNavigation()
{
    QVERIFY(fill(20));
    QSqlQuery q(db());
    QVERIFY(!q.isForwardOnly());
    QVERIFY(q.exec(QStringLiteral("SELECT n, name FROM t ORDER BY n")));
    QVERIFY(q.seek(10));
    QCOMPARE(q.value(0).toInt(), 10);
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toInt(), 9);
    QCOMPARE(q.at(), 9);
    QVERIFY(q.first());
    QCOMPARE(q.value(1).toString(), QStringLiteral("row0"));
    QVERIFY(q.last());
    QCOMPARE(q.at(), 19);
    QCOMPARE(q.value(0).toInt(), 19);
    QVERIFY(q.seek(-4, true));
    QCOMPARE(q.value(0).toInt(), 15);
    QVERIFY(q.seek(3));
    QCOMPARE(q.value(1).toString(), QStringLiteral("row3"));
    QVERIFY(!q.seek(20));
    QCOMPARE(q.at(), int(QSql::AfterLastRow));
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toInt(), 19);
    QVERIFY(q.first());
    QVERIFY(!q.previous());
    QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestCipherResult::emptyResult()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT n FROM t")));
    QVERIFY(q.isActive());
    QVERIFY(q.isSelect());
    QVERIFY(!q.next());
    QVERIFY(!q.last());
    QVERIFY(!q.first());
    QCOMPARE(q.record().count(), 1);
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT n FROM t")));
    QVERIFY(!q.last());
    QVERIFY(!q.next());
}

void TestCipherResult::lastInsertIdAndRowsAffected()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(id, name, n) VALUES (41, 'a', 1)")));
    QCOMPARE(q.lastInsertId().toLongLong(), 41LL);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(name, n) VALUES ('b', 1)")));
    QCOMPARE(q.lastInsertId().toLongLong(), 42LL);
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(name, n) VALUES ('c', 2)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE t SET r = 1.0 WHERE n = 1")));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(!q.isSelect());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM t")));
    QCOMPARE(q.numRowsAffected(), 3);
    QVERIFY(q.exec(QStringLiteral("UPDATE t SET r = 2.0")));
    QCOMPARE(q.numRowsAffected(), 0);
}

void TestCipherResult::transactions()
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    QVERIFY(d.transaction());
    QVERIFY(!d.transaction()); // a real BEGIN was issued: SQLite refuses to nest it
    QCOMPARE(d.lastError().type(), QSqlError::TransactionError);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(name) VALUES ('rolled back')")));
    QVERIFY(d.rollback());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(d.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(name) VALUES ('kept')")));
    QVERIFY(d.commit());
    QVERIFY(!d.commit()); // no transaction is active any more
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM t")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
}

void TestCipherResult::errorMapping()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(name) VALUES ('dup')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t(name) VALUES ('dup')")));
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("19")); // SQLITE_CONSTRAINT
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("UNIQUE")));
    QVERIFY(!q.isActive());

    QVERIFY(!q.prepare(QStringLiteral("SELEC nonsense")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("1")); // SQLITE_ERROR
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("syntax error")));
    QVERIFY(!q.exec());

    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM missing_table")));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("no such table")));

    // foreign_keys=ON is in force
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE child(p INTEGER NOT NULL REFERENCES t(id))")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO child VALUES (999)")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("19"));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("FOREIGN KEY")));

    // after an error the same query object works again
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(!q.lastError().isValid());
}

void TestCipherResult::queryRecord()
{
    QVERIFY(fill(1));
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name AS label, r, b, count(*) AS c, 'x' || name FROM t")));
    const QSqlRecord rec = q.record();
    QCOMPARE(rec.count(), 6);
    QCOMPARE(rec.fieldName(0), QStringLiteral("id"));
    QCOMPARE(rec.fieldName(1), QStringLiteral("label"));
    QCOMPARE(rec.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(rec.field(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(rec.field(2).metaType(), QMetaType::fromType<double>());
    QCOMPARE(rec.field(3).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(rec.field(4).metaType(), QMetaType::fromType<qlonglong>()); // from the first row's value
    QCOMPARE(rec.field(5).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(rec.indexOf(QStringLiteral("c")), 4);
    QVERIFY(q.next());
    QCOMPARE(q.record().value(QStringLiteral("label")).toString(), QStringLiteral("row0"));
}

void TestCipherResult::onlyOneStatement()
{
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t(name) VALUES ('a'); INSERT INTO t(name) VALUES ('b')")));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("one SQL statement")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t(name) VALUES ('a');  -- trailing comment")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the refused pair inserted nothing
}

void TestCipherResult::finishReleasesStatement()
{
    QVERIFY(fill(3));
    QSqlQuery reader(db());
    QVERIFY(reader.exec(QStringLiteral("SELECT n FROM t")));
    QVERIFY(reader.next());
    reader.finish();
    QVERIFY(!reader.isActive());
    // with the read finished, a schema change and a checkpoint are not blocked by it
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("DROP TABLE t")), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not busy
}

QTEST_GUILESS_MAIN(TestCipherResult)
#include "tst_cipherresult.moc"
