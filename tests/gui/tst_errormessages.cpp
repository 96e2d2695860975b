// No SQL or English technical text reaches a user: every storage error becomes a Chinese sentence.
#include "models/common/ErrorMessages.h"

#include <QRegularExpression>
#include <QTest>

using namespace govcat;
using govcat::models::ErrorMessages;

class ErrorMessagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void technicalTextStaysInTheLog_data();
    void technicalTextStaysInTheLog();
    void sentencesForUsersPassThrough();
};

void ErrorMessagesTest::technicalTextStaysInTheLog_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("technical");
    const QString unique = QStringLiteral("UNIQUE constraint failed: info_resource.code");
    QTest::newRow("constraint") << int(Error::Kind::Constraint) << unique;
    QTest::newRow("sql") << int(Error::Kind::Sql) << QStringLiteral("near \"SELEC\": syntax error");
    QTest::newRow("io") << int(Error::Kind::Io) << QStringLiteral("cannot read key file: Permission denied");
    QTest::newRow("invalid") << int(Error::Kind::Invalid) << QStringLiteral("demo: invalid options");
    QTest::newRow("forbidden") << int(Error::Kind::Forbidden)
                               << QStringLiteral("FOREIGN KEY constraint failed");
}

void ErrorMessagesTest::technicalTextStaysInTheLog()
{
    QFETCH(int, kind);
    QFETCH(QString, technical);
    const Error error{Error::Kind(kind), technical};
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{4,}"));
    for (QString shown : {ErrorMessages::forEdit(error), ErrorMessages::forOpen(error)}) {
        QVERIFY2(!shown.contains(technical), qPrintable(shown));
        QVERIFY2(!latinWord.match(shown.remove(QStringLiteral("govcat check"))).hasMatch(),
                 qPrintable(shown));
        QVERIFY2(shown.size() > 10, qPrintable(shown));
    }
}

void ErrorMessagesTest::sentencesForUsersPassThrough()
{
    const QString rule = QStringLiteral("信息资源还有 1 处错误，不能提交：\n摘要不能为空。");
    QCOMPARE(ErrorMessages::forEdit({Error::Kind::Invalid, rule}), rule);
    const QString folder = QStringLiteral("无法创建文件夹“/tmp/x”。");
    QCOMPARE(ErrorMessages::forOpen({Error::Kind::Io, folder}), folder);
    // Text the item models report: a sentence passes, SQLite's words do not.
    QCOMPARE(ErrorMessages::forText(rule), rule);
    const QString shown = ErrorMessages::forText(QStringLiteral("no such table: info_resourcex"));
    QVERIFY2(!shown.contains(QStringLiteral("no such table")) && shown.size() > 10, qPrintable(shown));
}

QTEST_GUILESS_MAIN(ErrorMessagesTest)
#include "tst_errormessages.moc"
