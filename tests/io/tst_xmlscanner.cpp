// XmlScanner, the worksheet XML scanner: the same elements, attributes and text as QXmlStreamReader
// on the fixtures' sheets and on hand-written XML, whatever the size of the chunks the device gives;
// references, CDATA, comments and line ends; and everything it refuses.
#include "io/XlsxTestFiles.h"
#include "io/XmlEvents.h"
#include "io/xlsx/XmlScanner.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace govcat::io;
using namespace govcat::io::testing;

namespace {

QByteArray sheetOf(const QString& xlsx)
{
    return zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
}

} // namespace

class TestXmlScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQXmlStreamReaderOnFixtures()
    {
        const QDir fixtures(QStringLiteral(GOVCAT_XLSX_FIXTURES));
        int sheets = 0;
        for (const QString& name : fixtures.entryList({QStringLiteral("*.xlsx")})) {
            const QByteArray sheet = sheetOf(fixtures.filePath(name));
            if (sheet.isEmpty()) {
                continue;
            }
            ++sheets;
            const QByteArrayList expected = reference(sheet);
            QVERIFY2(expected.size() > 5 && !expected.contains("error"), qPrintable(name));
            QCOMPARE(scan(sheet), expected);
            QCOMPARE(scan(sheet, 7), expected);
        }
        QVERIFY(sheets >= 8);
    }

    void handWrittenXml()
    {
        const QByteArray xml(
            "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n"
            "<!-- a comment with <tags> -->"
            "<x:worksheet xmlns:x=\"urn:x\"><?mso-app ignored?><x:sheetData>\r\n"
            "<x:row r=\"1\"><x:c r=\"A1\" t='inlineStr'><x:is><x:r><x:t>a&lt;b&gt;c&amp;d&apos;&quot;"
            "</x:t></x:r><x:r><x:t xml:space=\"preserve\"> &#20449;&#x606F;&#x1F600;\r\nx\ry</x:t>"
            "</x:r></x:is></x:c><x:c r=\"B1\" s = \"3\" ><x:v><![CDATA[1<2]]>&#13;</x:v></x:c>"
            "<x:c r=\"C1\"/><x:c r=\"D1&amp;\" t=\"&quot;s\"><x:f>SUM(A1)<!--x--></x:f><x:v>7</x:v>"
            "</x:c></x:row></x:sheetData><mergeCells><mergeCell ref=\"A1:B2\"/></mergeCells>"
            "</x:worksheet>\n<!-- trailing -->\n");
        const QByteArrayList expected = reference(xml);
        QVERIFY(!expected.contains("error"));
        QVERIFY(expected.contains("text a<b>c&d'\""));
        QVERIFY(expected.contains(QByteArray("text  信息😀\nx\ny")));
        QVERIFY(expected.contains("text 1<2\r"));
        QVERIFY(expected.contains("c r=D1& t=\"s"));
        QCOMPARE(scan(xml), expected);
        for (qsizetype step = 1; step <= 5; ++step) {
            QCOMPARE(scan(xml, step), expected);
        }
        Trickle byteByByte(xml, 1);
        QCOMPARE(scan(byteByByte), expected);
        QVERIFY(byteByByte.reads > xml.size()); // the scanner really got one byte per read
        QCOMPARE(scan("<a/>"), (QByteArrayList{"a", "/a"}));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Premature end of document.");
        QTest::newRow("unclosed") << QByteArray("<a><b></b>") << QStringLiteral("Premature end of document.");
        QTest::newRow("mismatch") << QByteArray("<a><b></a></b>")
                                  << QStringLiteral("Opening and ending tag mismatch.");
        QTest::newRow("stray end") << QByteArray("<a></a></a>")
                                   << QStringLiteral("Opening and ending tag mismatch.");
        QTest::newRow("two roots") << QByteArray("<a/><b/>")
                                   << QStringLiteral("Extra content at end of document.");
        QTest::newRow("text before") << QByteArray("x<a/>") << QStringLiteral("Start tag expected.");
        QTest::newRow("text after") << QByteArray("<a/>x")
                                    << QStringLiteral("Extra content at end of document.");
        QTest::newRow("entity") << QByteArray("<a>&x;</a>")
                                << QStringLiteral("Invalid entity or character reference.");
        QTest::newRow("no semicolon")
            << QByteArray("<a>&amp</a>") << QStringLiteral("Invalid entity or character reference.");
        QTest::newRow("nul") << QByteArray("<a>&#0;</a>")
                             << QStringLiteral("Invalid entity or character reference.");
        QTest::newRow("surrogate") << QByteArray("<a>&#xD800;</a>")
                                   << QStringLiteral("Invalid entity or character reference.");
        QTest::newRow("too big") << QByteArray("<a>&#x110000;</a>")
                                 << QStringLiteral("Invalid entity or character reference.");
        QTest::newRow("long") << QByteArray("<a>&#" + QByteArray(60, '0') + "65;</a>")
                              << QStringLiteral("Invalid entity or character reference.");
        QTest::newRow("attribute entity")
            << QByteArray("<a r=\"&x;\"/>") << QStringLiteral("Invalid entity or character reference.");
        QTest::newRow("unquoted") << QByteArray("<a r=1/>")
                                  << QStringLiteral("Attribute values must be quoted.");
        QTest::newRow("lt in value") << QByteArray("<a r=\"<\"/>")
                                     << QStringLiteral("'<' in an attribute value.");
        QTest::newRow("no space") << QByteArray("<a r=\"1\"s=\"2\"/>")
                                  << QStringLiteral("Invalid attribute.");
        QTest::newRow("bad name") << QByteArray("<1a/>") << QStringLiteral("Invalid element name.");
        QTest::newRow("bang") << QByteArray("<a><!ELEMENT a></a>")
                              << QStringLiteral("Unknown markup after <!.");
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>")
                                 << QStringLiteral("DTD");
        QTest::newRow("gbk") << QByteArray("<?xml version=\"1.0\" encoding=\"GBK\"?><a/>")
                             << QStringLiteral("Unsupported encoding: worksheets are read as UTF-8.");
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE<\0a\0/\0>\0", 10)
                                << QStringLiteral("UTF-16 is not supported; worksheets are UTF-8.");
        QTest::newRow("late declaration") << QByteArray("<a><?xml version=\"1.0\"?></a>")
                                          << QStringLiteral("XML declaration not at start of document.");
        QTest::newRow("cdata outside")
            << QByteArray("<![CDATA[x]]><a/>") << QStringLiteral("CDATA section outside the root element.");
        QTest::newRow("open comment")
            << QByteArray("<a><!-- x</a>") << QStringLiteral("Premature end of document.");
        QTest::newRow("huge tag") << QByteArray("<a r=\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"/>")
                                  << QStringLiteral("Markup longer than the scanner accepts.");
    }

    void refused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, why);
        for (const qsizetype step : {qsizetype(1) << 30, qsizetype(3)}) {
            QString error;
            const QByteArrayList events = scan(xml, step, &error);
            QVERIFY2(events.endsWith("error"), events.join(' ').constData());
            QCOMPARE(error, why);
        }
    }

    void failureDetails()
    {
        QBuffer doctype;
        doctype.setData("<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"file:///etc/passwd\">\n<a/>");
        doctype.open(QIODevice::ReadOnly);
        XmlScanner dtd(doctype);
        QCOMPARE(dtd.next(), XmlScanner::Token::Invalid);
        QCOMPARE(dtd.failure(), XmlScanner::Failure::Dtd);
        QCOMPARE(dtd.next(), XmlScanner::Token::Invalid); // stays failed
        QBuffer broken;
        broken.setData("<a>\n<b>\n\n</c></a>");
        broken.open(QIODevice::ReadOnly);
        XmlScanner syntax(broken);
        while (syntax.next() != XmlScanner::Token::Invalid) {
        }
        QCOMPARE(syntax.failure(), XmlScanner::Failure::Syntax);
        QCOMPARE(syntax.lineNumber(), 4);
    }
};

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
