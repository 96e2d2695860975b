#include "core/search/SearchText.h"

#include <QTest>

using namespace govcat::search;

class TestSearchText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indexTextMakesHanBigrams();
    void queriesLineUpWithTheIndex_data();
    void queriesLineUpWithTheIndex();
    void nothingSearchable();
};

void TestSearchText::indexTextMakesHanBigrams()
{
    QCOMPARE(indexText(QStringLiteral("统一社会信用代码")),
             QStringLiteral("统一 一社 社会 会信 信用 用代 代码 码"));
    QCOMPARE(indexText(QStringLiteral("2024年人口GDP（亿元）")),
             QStringLiteral("2024 年人 人口 口 gdp 亿元 元"));
    QCOMPARE(indexText(QStringLiteral("３０１００１/０００１２３")), QStringLiteral("301001 000123"));
    QCOMPARE(indexText(QStringLiteral("码")), QStringLiteral("码"));
    // Characters outside the BMP (CJK Extension B, written as surrogate pairs) are tokens like others.
    QCOMPARE(indexText(QStringLiteral("𠮷野家 Ab")), QStringLiteral("𠮷野 野家 家 ab"));
    QCOMPARE(indexText(QStringLiteral("𠮷")), QStringLiteral("𠮷"));
}

void TestSearchText::queriesLineUpWithTheIndex_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("han substring") << QStringLiteral("信用代码") << QStringLiteral("\"信用 用代 代码\"");
    QTest::newRow("single han") << QStringLiteral("码") << QStringLiteral("\"码*\"");
    QTest::newRow("latin prefix") << QStringLiteral("GD") << QStringLiteral("\"gd*\"");
    QTest::newRow("code prefix") << QStringLiteral("301001/00") << QStringLiteral("\"301001 00*\"");
    QTest::newRow("two terms") << QStringLiteral("人口　信用") << QStringLiteral("\"人口\" \"信用\"");
    QTest::newRow("han then digits") << QStringLiteral("人口2024") << QStringLiteral("\"人口 口 2024*\"");
    QTest::newRow("quotes and operators are dropped")
        << QStringLiteral("\"信用\" OR -代码*") << QStringLiteral("\"信用\" \"or*\" \"代码\"");
}

void TestSearchText::queriesLineUpWithTheIndex()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(matchExpression(typed), expression);
}

void TestSearchText::nothingSearchable()
{
    QVERIFY(matchExpression(QStringLiteral("  ，。!  ")).isEmpty());
    QCOMPARE(matchTokenCount(QStringLiteral("信用代码")), 3);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
