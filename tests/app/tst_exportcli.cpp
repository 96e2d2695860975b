#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

// `govcat export` as administrators and scripts use it: formats, filters, exit codes, and no file
// left behind when it fails.
class TestExportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void filters();
    void exitCodes();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run govcat(const QStringList& args, const QByteArray& passphrase = test::kPassphrase);
    QStringList leftovers() const;

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestExportCli::initTestCase()
{
    m_binary = QDir(qEnvironmentVariable("GOVCAT_BIN_DIR")).filePath(QStringLiteral("govcat"));
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    m_db = m_dir.filePath(QStringLiteral("city.govcat"));
    const Run demo = govcat({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--resources"), QStringLiteral("120"), QStringLiteral("--kdf"),
                             QStringLiteral("interactive"), QStringLiteral("--quiet")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

TestExportCli::Run TestExportCli::govcat(const QStringList& args, const QByteArray& passphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(passphrase));
    p.setProcessEnvironment(env);
    p.start(m_binary, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QStringList TestExportCli::leftovers() const
{
    return QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
}

void TestExportCli::exportsEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << QByteArray("PK");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{\"format\":\"govcat-catalog\"");
}

void TestExportCli::exportsEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString out = m_dir.filePath(QStringLiteral("all.") + format);
    const QByteArray before = test::fileHash(m_db);
    const Run r = govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          format, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("已导出 120 条信息资源")), qPrintable(r.out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(start.size()) == start);
    QCOMPARE(test::fileHash(m_db), before); // read-only
    QVERIFY(leftovers().isEmpty());
}

void TestExportCli::filters()
{
    const QString out = m_dir.filePath(QStringLiteral("filtered.json"));
    const Run published =
        govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--out"), out, QStringLiteral("--status"),
                QStringLiteral("已发布"), QStringLiteral("--status"), QStringLiteral("草稿")});
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    QVERIFY(!published.out.contains(QStringLiteral("已导出 120 条")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(json.contains("\"status\":\"已发布\""));
    QVERIFY(!json.contains("\"status\":\"待审核\""));

    const Run gb =
        govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("gb.csv")),
                QStringLiteral("--encoding"), QStringLiteral("gb18030"), QStringLiteral("--department"),
                QStringLiteral("市公安局")});
    QVERIFY2(gb.exitCode == 0, qPrintable(gb.err));
}

void TestExportCli::exitCodes()
{
    const QString out = m_dir.filePath(QStringLiteral("x.xlsx"));
    const QStringList base = {QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                              out};
    QCOMPARE(govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xls")}).exitCode, 64);
    QCOMPARE(govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                       QStringLiteral("--department"), QStringLiteral("没有这个部门")})
                 .exitCode,
             64);
    QCOMPARE(govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                       QStringLiteral("--status"), QStringLiteral("随便")})
                 .exitCode,
             64);
    const Run wrong = govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}, "wrong");
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(!QFile::exists(out));
    const Run noDir = govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                              m_dir.filePath(QStringLiteral("missing/out.csv"))});
    QCOMPARE(noDir.exitCode, 1);
    const Run notDb =
        govcat({QStringLiteral("export"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none")),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QCOMPARE(notDb.exitCode, 3);
    QVERIFY(leftovers().isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
