#include "app/ExitCodes.h"
#include "catalog/CatalogSchema.h"
#include "core/PassphrasePolicy.h"
#include "db/Migrations.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

// The govcat executable as administrators and scripts use it.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoThenCheck();
    void checkExitCodes();
    void passphraseNeverFromArguments();
    void noPlainSqliteLinked();
    void preloadedPlainSqliteIsRefused();
    void demoAppliesThePassphrasePolicy();
    void longPassphraseIsRefusedNotCut();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run govcat(const QStringList& args, const QByteArray& passphrase,
               const QProcessEnvironment& extra = QProcessEnvironment());

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    m_binary = QDir(qEnvironmentVariable("GOVCAT_BIN_DIR")).filePath(QStringLiteral("govcat"));
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    m_db = m_dir.filePath(QStringLiteral("city.govcat"));
}

TestCli::Run TestCli::govcat(const QStringList& args, const QByteArray& passphrase,
                             const QProcessEnvironment& extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GOVCAT_PASSPHRASE"));
    if (!passphrase.isNull()) {
        env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(passphrase));
    }
    for (const QString& key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
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

void TestCli::demoThenCheck()
{
    const Run demo = govcat({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--resources"), QStringLiteral("150"), QStringLiteral("--kdf"),
                             QStringLiteral("interactive"), QStringLiteral("--quiet")},
                            test::kPassphrase);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(demo.out.contains(QStringLiteral("150 resources")));
    const QByteArray before = test::fileHash(m_db);
    const Run check = govcat({QStringLiteral("check"), QStringLiteral("--db"), m_db}, test::kPassphrase);
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY(check.out.contains(QStringLiteral("schema version: %1").arg(catalog::kSchemaVersion)));
    QVERIFY(check.out.contains(QStringLiteral("integrity: ok")));
    QVERIFY(check.out.contains(QStringLiteral("rows info_resource: 150")));
    QCOMPARE(test::fileHash(m_db), before);
    // The demo refuses to overwrite an existing database.
    const Run again = govcat({QStringLiteral("demo"), QStringLiteral("--db"), m_db}, test::kPassphrase);
    QCOMPARE(again.exitCode, app::ExitCode::Usage); // name another path
    QCOMPARE(test::fileHash(m_db), before);
}

void TestCli::checkExitCodes()
{
    const QString db = m_dir.filePath(QStringLiteral("codes.govcat"));
    test::createDatabase(db).reset();
    const QByteArray before = test::fileHash(db);

    QCOMPARE(govcat({QStringLiteral("check"), QStringLiteral("--db"), db}, test::kPassphrase).exitCode, 0);
    const Run wrong = govcat({QStringLiteral("check"), QStringLiteral("--db"), db}, "wrong");
    QCOMPARE(wrong.exitCode, app::ExitCode::WrongPassphrase);
    QVERIFY(wrong.err.contains(QStringLiteral("wrong passphrase")));
    QCOMPARE(test::fileHash(db), before);

    // Passphrase from a file works too.
    const QString passFile = m_dir.filePath(QStringLiteral("pass.txt"));
    QVERIFY(test::writeBytes(passFile, 0, test::kPassphrase + '\n'));
    QCOMPARE(govcat({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                     passFile},
                    QByteArray())
                 .exitCode,
             0);

    // Damaged: a flipped byte in a page.
    QFile f(db);
    const qint64 size = f.size();
    QVERIFY(test::writeBytes(db, size - 2000, QByteArray(4, '\x77')));
    const QByteArray damaged = test::fileHash(db);
    QCOMPARE(govcat({QStringLiteral("check"), QStringLiteral("--db"), db}, test::kPassphrase).exitCode,
             app::ExitCode::Database);
    QCOMPARE(test::fileHash(db), damaged);

    // Not a govcat database at all.
    const QString text = m_dir.filePath(QStringLiteral("notes.govcat"));
    QVERIFY(test::writeBytes(text, 0, QByteArray("这不是数据库\n").repeated(1000)));
    QCOMPARE(govcat({QStringLiteral("check"), QStringLiteral("--db"), text}, test::kPassphrase).exitCode,
             app::ExitCode::Database);

    // Missing database file: the database cannot be used, not a crash.
    QCOMPARE(govcat({QStringLiteral("check"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none"))},
                    test::kPassphrase)
                 .exitCode,
             app::ExitCode::Database);
}

void TestCli::passphraseNeverFromArguments()
{
    const Run r = govcat({QStringLiteral("check"), QStringLiteral("--db"), m_db,
                          QStringLiteral("--passphrase"), QString::fromUtf8(test::kPassphrase)},
                         QByteArray());
    QVERIFY(r.exitCode != 0);
    // Qt's parser speaks the user's language: 未知选项 in Chinese (the default), Unknown option in English.
    QVERIFY2(r.err.contains(QStringLiteral("未知选项“passphrase”")) ||
                 r.err.contains(QStringLiteral("Unknown option 'passphrase'")),
             qPrintable(r.err));
}

void TestCli::noPlainSqliteLinked()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {m_binary});
    QVERIFY(ldd.waitForFinished());
    const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY(libs.contains(QStringLiteral("libsqlcipher")));
    QVERIFY2(!libs.contains(QStringLiteral("libsqlite3")), qPrintable(libs));
    QVERIFY(!libs.contains(QStringLiteral("libqsqlite")));
}

void TestCli::preloadedPlainSqliteIsRefused()
{
    const QString lib = QStringLiteral("/usr/lib/x86_64-linux-gnu/libsqlite3.so.0");
    if (!QFile::exists(lib)) {
        QSKIP("libsqlite3.so.0 is not installed on this machine");
    }
    if (!qEnvironmentVariableIsEmpty("GOVCAT_SANITIZED")) {
        QSKIP("LD_PRELOAD cannot be combined with AddressSanitizer's runtime");
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("LD_PRELOAD"), lib);
    const QByteArray before = test::fileHash(m_db);
    const Run r = govcat({QStringLiteral("check"), QStringLiteral("--db"), m_db}, test::kPassphrase, env);
    QCOMPARE(r.exitCode, app::ExitCode::Database);
    QVERIFY2(r.err.contains(QStringLiteral("SQLCipher is not active")), qPrintable(r.err));
    QCOMPARE(test::fileHash(m_db), before);
}

// Issue 13: `govcat demo` accepted the passphrase "a"; the CLI now holds a new passphrase to the
// same policy as the new-database dialog and creates nothing when it falls short.
void TestCli::demoAppliesThePassphrasePolicy()
{
    const QString db = m_dir.filePath(QStringLiteral("weak.govcat"));
    const QStringList args{QStringLiteral("demo"),        QStringLiteral("--db"),   db,
                           QStringLiteral("--resources"), QStringLiteral("100"),    QStringLiteral("--kdf"),
                           QStringLiteral("interactive"), QStringLiteral("--quiet")};
    const Run shortOne = govcat(args, "a");
    QCOMPARE(shortOne.exitCode, app::ExitCode::Usage);
    QVERIFY2(shortOne.err.contains(QStringLiteral("口令太短")), qPrintable(shortOne.err));
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(db + QStringLiteral(".key")));
    const Run weak = govcat(args, "aaaaaaaaaaaa");
    QCOMPARE(weak.exitCode, app::ExitCode::Usage);
    QVERIFY2(weak.err.contains(QStringLiteral("口令太弱")), qPrintable(weak.err));
    QVERIFY(!QFile::exists(db));
    // The passphrases the README, scripts and journey tests use pass.
    for (const QByteArray& used :
         {QByteArrayLiteral("govcat-demo-2026"), QByteArrayLiteral("govcat-journey-2026"),
          QByteArrayLiteral("govcat bench passphrase 2026"), test::kPassphrase}) {
        QVERIFY2(PassphrasePolicy::acceptable(QString::fromUtf8(used)), used.constData());
    }
}

// Issue 13: a passphrase file was cut at 4,095 bytes without a word, so a longer first line opened a
// database whose passphrase is only its first 4,095 bytes. Longer passphrases are refused.
void TestCli::longPassphraseIsRefusedNotCut()
{
    const QByteArray longest(PassphrasePolicy::kMaximumBytes, 'k');
    const QString db = m_dir.filePath(QStringLiteral("long.govcat"));
    test::createDatabase(db, longest).reset();
    const QString passFile = m_dir.filePath(QStringLiteral("long-pass.txt"));
    const QStringList check{QStringLiteral("check"), QStringLiteral("--db"), db,
                            QStringLiteral("--passphrase-file"), passFile};

    QVERIFY(test::writeBytes(passFile, 0, longest + "\r\n"));
    const Run exact = govcat(check, QByteArray());
    QVERIFY2(exact.exitCode == 0, qPrintable(exact.err));

    QVERIFY(QFile::remove(passFile));
    QVERIFY(test::writeBytes(passFile, 0, longest + "y\n"));
    const Run tooLong = govcat(check, QByteArray());
    QCOMPARE(tooLong.exitCode, app::ExitCode::Usage);
    QVERIFY2(tooLong.err.contains(QStringLiteral("超过 4095 字节")), qPrintable(tooLong.err));

    const Run fromEnvironment = govcat({QStringLiteral("check"), QStringLiteral("--db"), db}, longest + "y");
    QCOMPARE(fromEnvironment.exitCode, app::ExitCode::Usage);
    QVERIFY2(fromEnvironment.err.contains(QStringLiteral("GOVCAT_PASSPHRASE")),
             qPrintable(fromEnvironment.err));
    QVERIFY(fromEnvironment.err.contains(QStringLiteral("超过 4095 字节")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
