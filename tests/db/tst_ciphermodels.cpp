// QSQLCIPHER driver under Qt's item models: QSqlQueryModel (fetchMore) and QSqlTableModel (TEXT key).

#include "tst_cipherhelpers.h"

#include <QAbstractItemModelTester>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

using namespace cipher_test;

class TestCipherModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryModelFetchesInChunks();
    void tableModelWithTextKey();
    void noQsqlitePluginLoaded();
};

void TestCipherModels::queryModelFetchesInChunks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Connection c(dir.filePath(QStringLiteral("m.db")), randomKey(), createOptions());
    QVERIFY2(c.ok(), qPrintable(c.error().text()));
    QSqlDatabase db = c.db();
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE item(id INTEGER PRIMARY KEY, label TEXT NOT NULL)")));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO item(id, label) VALUES (?, ?)")));
        for (int i = 1; i <= 1000; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("条目 %1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
    }
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, label FROM item ORDER BY id"), db);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    // Attached after setQuery(): Qt 6.4's QSqlQueryModel::setQuery() itself calls fetchMore() inside
    // its model reset when QuerySize is unsupported (any SQLite driver), which the tester flags.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("label"));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 1000); // no QuerySize: rows arrive in chunks
    QVERIFY(model.canFetchMore());
    int rounds = 0;
    while (model.canFetchMore()) {
        model.fetchMore();
        ++rounds;
        QVERIFY(rounds < 100);
    }
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.data(model.index(0, 0)).toInt(), 1);
    QCOMPARE(model.data(model.index(999, 1)).toString(), QStringLiteral("条目 1000"));
    QCOMPARE(model.data(model.index(499, 0)).toInt(), 500);
    QCOMPARE(model.record(250).value(QStringLiteral("label")).toString(), QStringLiteral("条目 251"));
}

void TestCipherModels::tableModelWithTextKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Connection c(dir.filePath(QStringLiteral("m.db")), randomKey(), createOptions());
    QVERIFY2(c.ok(), qPrintable(c.error().text()));
    QSqlDatabase db = c.db();
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE dept(code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                                      "staff INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO dept VALUES ('110101', '东城区', 10), "
                                      "('110102', '西城区', 20), ('110105', '朝阳区', 30)")));
    }
    {
        QSqlTableModel model(nullptr, db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setTable(QStringLiteral("dept"));
        QCOMPARE(model.primaryKey().fieldName(0), QStringLiteral("code"));
        model.setSort(0, Qt::AscendingOrder);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("西城区"));

        // edit, insert, remove, then one submit
        QVERIFY(model.setData(model.index(0, 1), QStringLiteral("东城区（新）")));
        QVERIFY(model.setData(model.index(0, 2), 11));
        QSqlRecord rec = model.record();
        rec.setValue(QStringLiteral("code"), QStringLiteral("110106"));
        rec.setValue(QStringLiteral("name"), QStringLiteral("丰台区"));
        rec.setValue(QStringLiteral("staff"), QVariant());
        QVERIFY(model.insertRecord(-1, rec));
        QVERIFY(model.removeRow(2)); // 朝阳区
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("110101"));
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("东城区（新）"));
        QCOMPARE(model.data(model.index(0, 2)).toInt(), 11);
        QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("110106"));
        QVERIFY(model.data(model.index(2, 2)).isNull());

        // a primary-key change updates the right row (WHERE uses the old key)
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("110199")));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

        // a duplicate key is reported with the SQLite constraint code
        QSqlRecord dup = model.record();
        dup.setValue(QStringLiteral("code"), QStringLiteral("110101"));
        dup.setValue(QStringLiteral("name"), QStringLiteral("重复"));
        QVERIFY(model.insertRecord(-1, dup));
        QVERIFY(!model.submitAll());
        QCOMPARE(model.lastError().nativeErrorCode(), QStringLiteral("19"));
        model.revertAll();
    }
    // independently of the model: what is really in the file
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT code, name, staff FROM dept ORDER BY code")));
    QStringList rows;
    while (q.next()) {
        rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') +
                    (q.isNull(2) ? QStringLiteral("NULL") : q.value(2).toString());
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("110101|东城区（新）|11"),
                                QStringLiteral("110106|丰台区|NULL"), QStringLiteral("110199|西城区|20")}));
}

void TestCipherModels::noQsqlitePluginLoaded()
{
    // run last, after the models have done all their driver work
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    QVERIFY(!libraryMapped("libqsqlite"));
    QVERIFY(!libraryMapped("libsqlite3.so"));
    QVERIFY(libraryMapped("libsqlcipher.so"));
}

QTEST_GUILESS_MAIN(TestCipherModels)
#include "tst_ciphermodels.moc"
