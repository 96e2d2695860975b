#include "io/catalog/TableSource.h"
#include "io/csv/CsvFormulaGuard.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat::io;

// The rule that keeps a CSV export from carrying formulas (OWASP CSV injection) and the CSV import
// from changing a value because of it (io/csv/CsvFormulaGuard.h).
class TestCsvFormulaGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data();
    void rule();
    void everyShortValueComesBackExactly();
    void csvSourceRestoresCells();
};

void TestCsvFormulaGuard::rule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                           << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QStringLiteral("'@SUM(1+1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("quoted formula") << QStringLiteral("'=1+1") << QStringLiteral("''=1+1");
    QTest::newRow("two quotes") << QStringLiteral("''+x") << QStringLiteral("'''+x");
    QTest::newRow("quoted number") << QStringLiteral("'-5") << QStringLiteral("''-5");
    QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("signed fraction") << QStringLiteral("+0.25") << QStringLiteral("+0.25");
    QTest::newRow("exponent") << QStringLiteral("-1e5") << QStringLiteral("'-1e5");
    QTest::newRow("no integer part") << QStringLiteral("-.5") << QStringLiteral("'-.5");
    QTest::newRow("two points") << QStringLiteral("-1.2.3") << QStringLiteral("'-1.2.3");
    QTest::newRow("full-width digits") << QStringLiteral("-５") << QStringLiteral("'-５");
    QTest::newRow("quote, no trigger") << QStringLiteral("'abc") << QStringLiteral("'abc");
    QTest::newRow("quote alone") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("plain") << QStringLiteral("市场主体") << QStringLiteral("市场主体");
    QTest::newRow("later equals") << QStringLiteral("a=1") << QStringLiteral("a=1");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvFormulaGuard::rule()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(neutraliseCsvField(value), field);
    QCOMPARE(csvFieldNeedsGuard(value), field != value);
    QCOMPARE(restoreCsvField(field), value);
}

// Every value of up to five characters over quotes, the trigger characters and a few others comes
// back exactly, and none is written starting with a trigger character unless it is a plain number.
void TestCsvFormulaGuard::everyShortValueComesBackExactly()
{
    const QString alphabet = QStringLiteral("'=+-@\t\r5.a");
    const QString triggers = QStringLiteral("=+-@\t\r");
    qint64 checked = 0;
    QList<QString> values = {QString()};
    for (int length = 1; length <= 5; ++length) {
        QList<QString> longer;
        for (const QString& v : std::as_const(values)) {
            for (QChar c : alphabet) {
                longer << v + c;
            }
        }
        for (const QString& v : std::as_const(longer)) {
            const QString field = neutraliseCsvField(v);
            if (restoreCsvField(field) != v) {
                QFAIL(qPrintable(QStringLiteral("not restored: [%1] → [%2]").arg(v, field)));
            }
            if (triggers.contains(field.front())) {
                bool number = false;
                field.toDouble(&number);
                QVERIFY2(number && !field.contains(QLatin1Char('\t')) && !field.contains(QLatin1Char('\r')),
                         qPrintable(field));
            }
            ++checked;
        }
        values = longer;
    }
    QCOMPARE(checked, qint64(10 + 100 + 1000 + 10000 + 100000));
}

// The CSV import (CsvTableSource) gives the cells back as they were before the export guarded them.
void TestCsvFormulaGuard::csvSourceRestoresCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("guarded.csv"));
    const QStringList values = {QStringLiteral("=1+1"),   QStringLiteral("'=1+1"), QStringLiteral("\t制表符"),
                                QStringLiteral("\r回车"), QStringLiteral("-5"),    QStringLiteral("'abc"),
                                QStringLiteral("名称")};
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QStringList fields;
    for (const QString& v : values) {
        QString field = neutraliseCsvField(v);
        if (field.contains(QLatin1Char('\r'))) {
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        fields << field;
    }
    f.write((QStringLiteral("a,b,c,d,e,f,g\r\n") + fields.join(QLatin1Char(',')) + QStringLiteral("\r\n"))
                .toUtf8());
    f.close();
    auto source = openTableSource(path, QStringLiteral("utf-8"));
    QVERIFY(source);
    QList<QStringList> rows;
    QVERIFY(source.value()->stream(0, [&](const TableRow& row) {
        rows << row.cells;
        return true;
    }));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1), values);
    auto head = source.value()->head(0, 5);
    QVERIFY(head);
    QCOMPARE(head.value().size(), 2);
    QCOMPARE(head.value().at(1).cells, values);
}

QTEST_GUILESS_MAIN(TestCsvFormulaGuard)
#include "tst_csvformulaguard.moc"
