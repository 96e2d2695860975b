#include "core/CodeLists.h"
#include "support/CatalogFixture.h"
#include "support/GovcatRun.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

// Issue 14: the subcommands speak the language the user chose, as the GUI does: --lang before the
// subcommand or among its options, else the language saved by the GUI, else Simplified Chinese.
// Each run has its own settings folder (XDG_CONFIG_HOME), so the user's own choice plays no part.
class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void helpFollowsTheLanguage_data();
    void helpFollowsTheLanguage();
    void profileSpeaksEnglish();
    void profileSpeaksChineseByDefault();
    void languageGivenToASubcommandIsNotSaved();
    void checkSpeaksTheChosenLanguage();

private:
    void saveLanguage(const QString& language);
    QStringList profileArgs(const QString& role) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<test::CatalogFixture> m_fx;
    QString m_db;
};

namespace {

const QString kName = QStringLiteral("脚本用户");
const QString kDepartment = QStringLiteral("临川市市场监督管理局");

// Chinese characters and full-width punctuation.
bool hasChinese(const QString& text)
{
    static const QRegularExpression chinese(QStringLiteral("[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-"
                                                           "\\x{ffef}]"));
    return text.contains(chinese);
}

} // namespace

void TestCliLanguage::initTestCase()
{
    QVERIFY(QFile::exists(test::govcatBinary()));
    // As on a server: no display, no Qt platform chosen.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    m_fx = std::make_unique<test::CatalogFixture>(5);
    m_db = m_fx->database->path();
    m_fx->database.reset(); // the commands open the file themselves
}

void TestCliLanguage::init()
{
    // runGovcat passes this process's environment on: a new, empty settings folder for each test.
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
}

// What the GUI writes when the user picks English (Settings::language, QSettings' user file).
void TestCliLanguage::saveLanguage(const QString& language)
{
    QVERIFY(QDir(m_config->path()).mkpath(QStringLiteral("govcat")));
    QVERIFY(test::writeBytes(m_config->filePath(QStringLiteral("govcat/govcat.ini")), 0,
                             QStringLiteral("[ui]\nlanguage=%1\n").arg(language).toUtf8()));
}

QStringList TestCliLanguage::profileArgs(const QString& role) const
{
    return {QStringLiteral("--db"),         m_db,        QStringLiteral("--name"), kName,
            QStringLiteral("--department"), kDepartment, QStringLiteral("--role"), role};
}

void TestCliLanguage::helpFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("saved"); // the GUI's saved language, none when empty
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("english");
    const QStringList checkHelp{QStringLiteral("check"), QStringLiteral("--help")};
    QTest::newRow("default") << QString() << checkHelp << false;
    QTest::newRow("--lang en before the subcommand")
        << QString() << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + checkHelp << true;
    QTest::newRow("--lang=en before the subcommand")
        << QString() << QStringList{QStringLiteral("--lang=en")} + checkHelp << true;
    QTest::newRow("--lang en after the subcommand")
        << QString() << checkHelp + QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << true;
    QTest::newRow("saved en") << QStringLiteral("en") << checkHelp << true;
    QTest::newRow("--lang zh_CN over saved en")
        << QStringLiteral("en") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + checkHelp
        << false;
    QTest::newRow("govcat --help, saved en")
        << QStringLiteral("en") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("govcat --lang en --help")
        << QString() << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << true;
    QTest::newRow("govcat --help") << QString() << QStringList{QStringLiteral("--help")} << false;
    // Every subcommand's options are described in the chosen language too.
    for (const char* sub : {"import", "export", "profile"}) {
        const QStringList help{QLatin1String(sub), QStringLiteral("--help")};
        QTest::newRow(qPrintable(QStringLiteral("%1 --help, --lang en").arg(QLatin1String(sub))))
            << QString() << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + help << true;
        QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(QLatin1String(sub))))
            << QString() << help << false;
    }
}

void TestCliLanguage::helpFollowsTheLanguage()
{
    QFETCH(QString, saved);
    QFETCH(QStringList, args);
    QFETCH(bool, english);
    if (!saved.isEmpty()) {
        saveLanguage(saved);
    }
    const test::GovcatRun run = test::runGovcat(args, {});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--lang <lang>")), qPrintable(run.out));
    if (english) {
        QVERIFY2(run.out.contains(QStringLiteral("Exit codes:")), qPrintable(run.out));
        QVERIFY(
            run.out.contains(QStringLiteral("Wrong passphrase, or the key file (.key) has been altered.")));
        QVERIFY2(!hasChinese(run.out + run.err), qPrintable(run.out + run.err));
    } else {
        QVERIFY2(run.out.contains(QStringLiteral("退出码：")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("口令错误，或密钥文件（.key）已被改动。")));
        // No option is described in English: no line of the options and arguments is English text.
        static const QRegularExpression englishLine(QStringLiteral("^  \\S.*\\s{2,}[A-Za-z][a-z]+ [a-z]+"));
        for (const QString& line : run.out.split(QLatin1Char('\n'))) {
            QVERIFY2(!englishLine.match(line).hasMatch(), qPrintable(line));
        }
    }
}

void TestCliLanguage::profileSpeaksEnglish()
{
    const test::GovcatRun first = test::runGovcat(
        QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("profile")} +
            profileArgs(QStringLiteral("reviewer")),
        test::kPassphrase);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out.trimmed(),
             QStringLiteral("Local user: %1, %2, %3").arg(kName, kDepartment, englishName(Role::Reviewer)));

    const test::GovcatRun second =
        test::runGovcat(QStringList{QStringLiteral("profile")} + profileArgs(QStringLiteral("editor")) +
                            QStringList{QStringLiteral("--lang"), QStringLiteral("en")},
                        test::kPassphrase);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(
                 QStringLiteral("(was %1, %2, %3)").arg(kName, kDepartment, englishName(Role::Reviewer))),
             qPrintable(second.out));
    // No Chinese but the data: the user's name and the department's.
    QString rest = second.out + second.err;
    rest.remove(kName).remove(kDepartment);
    QVERIFY2(!hasChinese(rest), qPrintable(rest));

    // A refusal, before the database is opened.
    const test::GovcatRun refused =
        test::runGovcat(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("profile"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                                    QStringLiteral(" "), QStringLiteral("--department"), QStringLiteral("x"),
                                    QStringLiteral("--role"), QStringLiteral("editor")},
                        test::kPassphrase);
    QCOMPARE(refused.exitCode, 64);
    QCOMPARE(refused.err.trimmed(), QStringLiteral("govcat profile: give your name with --name."));
}

void TestCliLanguage::profileSpeaksChineseByDefault()
{
    const test::GovcatRun run = test::runGovcat(
        QStringList{QStringLiteral("profile")} + profileArgs(QStringLiteral("editor")), test::kPassphrase);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("本机用户：%1，%2，%3")
                                    .arg(kName, kDepartment, canonicalName(Role::CatalogEditor))),
             qPrintable(run.out));
}

void TestCliLanguage::languageGivenToASubcommandIsNotSaved()
{
    const test::GovcatRun english = test::runGovcat(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), QStringLiteral("--help")},
        {});
    QVERIFY2(english.out.contains(QStringLiteral("Exit codes:")), qPrintable(english.out));
    const test::GovcatRun after = test::runGovcat({QStringLiteral("check"), QStringLiteral("--help")}, {});
    QVERIFY2(after.out.contains(QStringLiteral("退出码：")), qPrintable(after.out));
}

// govcat check reports in the chosen language: English with --lang en (no Chinese but the path
// has none), Chinese by default.
void TestCliLanguage::checkSpeaksTheChosenLanguage()
{
    const test::GovcatRun english = test::runGovcat({QStringLiteral("--lang"), QStringLiteral("en"),
                                                     QStringLiteral("check"), QStringLiteral("--db"), m_db},
                                                    test::kPassphrase);
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(QStringLiteral("Integrity: ok")), qPrintable(english.out));
    QVERIFY2(english.out.contains(QStringLiteral("Table info_resource: 5 rows")), qPrintable(english.out));
    QVERIFY2(!hasChinese(english.out + english.err), qPrintable(english.out + english.err));
    const test::GovcatRun wrong = test::runGovcat({QStringLiteral("--lang"), QStringLiteral("en"),
                                                   QStringLiteral("check"), QStringLiteral("--db"), m_db},
                                                  QByteArrayLiteral("not the passphrase 2026"));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("Wrong passphrase")), qPrintable(wrong.err));
    QVERIFY2(!hasChinese(wrong.err), qPrintable(wrong.err));
    const test::GovcatRun chinese =
        test::runGovcat({QStringLiteral("check"), QStringLiteral("--db"), m_db}, test::kPassphrase);
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(chinese.out.contains(QStringLiteral("完整性：正常")), qPrintable(chinese.out));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
