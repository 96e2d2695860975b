#include "app/ExitCodes.h"
#include "core/CodeLists.h"
#include "db/ProfileStore.h"
#include "support/CatalogFixture.h"
#include "support/GovcatRun.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

// Issue 14: one exit-code table for every subcommand (app/ExitCodes.h), and help, --version and
// every subcommand without a display.
class TestExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersionWithoutDisplay_data();
    void helpAndVersionWithoutDisplay();
    void everySubcommandReachesItsCodes_data();
    void everySubcommandReachesItsCodes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CatalogFixture> m_fx;
    QString m_db;    // a catalog with a local profile
    QString m_fresh; // a new database: no department, no profile
    QString m_notDb; // a text file
    QString m_refused;
};

void TestExitCodes::initTestCase()
{
    QVERIFY(QFile::exists(test::govcatBinary()));
    // runGovcat passes this process's environment on: every run here has no display and no Qt
    // platform chosen (ctest sets QT_QPA_PLATFORM=offscreen), as on a server.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    m_fx = std::make_unique<test::CatalogFixture>();
    m_db = m_fx->database->path();
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM department WHERE name = '临川市市场监督管理局'")) &&
            q.next());
    const db::LocalProfile me{QStringLiteral("脚本用户"), q.value(0).toString(),
                              QStringLiteral("临川市市场监督管理局"), canonicalName(Role::CatalogEditor)};
    QVERIFY(db::ProfileStore(m_fx->database->connection()).save(me));
    m_fx->database.reset(); // the commands open the file themselves
    m_fresh = m_dir.filePath(QStringLiteral("fresh.govcat"));
    test::createDatabase(m_fresh).reset();
    m_notDb = m_dir.filePath(QStringLiteral("notes.govcat"));
    QVERIFY(test::writeBytes(m_notDb, 0, QByteArray("这不是数据库\n").repeated(1000)));
    m_refused = m_dir.filePath(QStringLiteral("notes.csv"));
    QVERIFY(test::writeBytes(m_refused, 0, QByteArray("这不是目录\n").repeated(10)));
}

void TestExitCodes::helpAndVersionWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // texts the output must hold
    const QStringList table{QStringLiteral("退出码"), QStringLiteral("  64  ")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << table + QStringList{QStringLiteral("  check "),   QStringLiteral("  demo "),
                                                   QStringLiteral("  export "),  QStringLiteral("  import "),
                                                   QStringLiteral("  profile "), QStringLiteral("    4  ")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")}
                        << table + QStringList{QStringLiteral("  import ")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringList{QStringLiteral("govcat 0.")};
    QTest::newRow("check --help") << QStringList{QStringLiteral("check"), QStringLiteral("--help")}
                                  << table +
                                         QStringList{QStringLiteral("govcat check ["), // [options], [选项]
                                                     QStringLiteral("    2  "), QStringLiteral("    3  ")};
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << table + QStringList{QStringLiteral("--resources")};
    QTest::newRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                   << table +
                                          QStringList{QStringLiteral("    1  "), QStringLiteral("    4  ")};
    QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                                   << table +
                                          QStringList{QStringLiteral("    4  "), QStringLiteral("  130  ")};
    QTest::newRow("profile --help") << QStringList{QStringLiteral("profile"), QStringLiteral("--help")}
                                    << table + QStringList{QStringLiteral("--role")};
}

// govcat --help aborted in the Qt platform plugin on a machine without a display.
void TestExitCodes::helpAndVersionWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const test::GovcatRun run = test::runGovcat(args, QByteArray(), false, 60000);
    QVERIFY2(run.exitCode == app::ExitCode::Ok, qPrintable(QString::number(run.exitCode) + run.err));
    for (const QString& text : expected) {
        QVERIFY2(run.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + run.out));
    }
    // A subcommand's help lists only the codes it can return.
    if (args.size() == 2 && args.constFirst() == QLatin1String("check")) {
        QVERIFY2(!run.out.contains(QStringLiteral("    1  ")) && !run.out.contains(QStringLiteral("    4  ")),
                 qPrintable(run.out));
    }
}

void TestExitCodes::everySubcommandReachesItsCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("expected");
    const QByteArray pass = test::kPassphrase;
    const QByteArray wrong = QByteArrayLiteral("wrong passphrase 2026");
    const QString fixtures = QStringLiteral(GOVCAT_IMPORT_FIXTURES);
    const QString rejectedRows = fixtures + QStringLiteral("/layout1_two_sheets.xlsx");
    const QString clean = fixtures + QStringLiteral("/layout2_merged.xlsx");
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    const QString noFolder = m_dir.filePath(QStringLiteral("missing/out.csv"));
    const QString check = QStringLiteral("check");
    const QString demo = QStringLiteral("demo");
    const QString import = QStringLiteral("import");
    const QString exp = QStringLiteral("export");
    const QString profile = QStringLiteral("profile");
    const QString dbOpt = QStringLiteral("--db");
    const QString dry = QStringLiteral("--dry-run");
    const QStringList csv{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out")};
    const QStringList me{QStringLiteral("--name"),       QStringLiteral("李四"),
                         QStringLiteral("--department"), QStringLiteral("临川市市场监督管理局"),
                         QStringLiteral("--role"),       QStringLiteral("editor")};
    using namespace app;

    QTest::newRow("govcat: unknown subcommand")
        << QStringList{QStringLiteral("chekc")} << pass << int(ExitCode::Usage);
    QTest::newRow("govcat: unknown option")
        << QStringList{QStringLiteral("--bogus")} << pass << int(ExitCode::Usage);

    QTest::newRow("check: ok") << QStringList{check, dbOpt, m_db} << pass << int(ExitCode::Ok);
    QTest::newRow("check: wrong passphrase")
        << QStringList{check, dbOpt, m_db} << wrong << int(ExitCode::WrongPassphrase);
    QTest::newRow("check: not govcat")
        << QStringList{check, dbOpt, m_notDb} << pass << int(ExitCode::Database);
    QTest::newRow("check: missing database")
        << QStringList{check, dbOpt, m_dir.filePath(QStringLiteral("none.govcat"))} << pass
        << int(ExitCode::Database);
    QTest::newRow("check: no --db") << QStringList{check} << pass << int(ExitCode::Usage);
    QTest::newRow("check: unknown option")
        << QStringList{check, dbOpt, m_db, QStringLiteral("--bogus")} << pass << int(ExitCode::Usage);
    QTest::newRow("check: no passphrase")
        << QStringList{check, dbOpt, m_db} << QByteArray() << int(ExitCode::Usage);

    QTest::newRow("demo: existing file") << QStringList{demo, dbOpt, m_notDb} << pass << int(ExitCode::Usage);
    QTest::newRow("demo: bad count") << QStringList{demo, dbOpt, m_dir.filePath(QStringLiteral("d.govcat")),
                                                    QStringLiteral("--resources"), QStringLiteral("many")}
                                     << pass << int(ExitCode::Usage);
    QTest::newRow("demo: weak passphrase")
        << QStringList{demo, dbOpt, m_dir.filePath(QStringLiteral("w.govcat"))} << QByteArrayLiteral("a")
        << int(ExitCode::Usage);
    QTest::newRow("demo: cannot create")
        << QStringList{demo, dbOpt, noFolder, QStringLiteral("--kdf"), QStringLiteral("interactive")} << pass
        << int(ExitCode::Database);

    QTest::newRow("import: clean") << QStringList{import, dbOpt, m_db, clean, dry} << pass
                                   << int(ExitCode::Ok);
    QTest::newRow("import: rejected rows")
        << QStringList{import, dbOpt, m_db, rejectedRows, dry} << pass << int(ExitCode::Findings);
    QTest::newRow("import: wrong passphrase")
        << QStringList{import, dbOpt, m_db, clean, dry} << wrong << int(ExitCode::WrongPassphrase);
    QTest::newRow("import: not govcat")
        << QStringList{import, dbOpt, m_notDb, clean, dry} << pass << int(ExitCode::Database);
    QTest::newRow("import: file refused")
        << QStringList{import, dbOpt, m_db, m_refused, dry} << pass << int(ExitCode::FileRefused);
    QTest::newRow("import: file missing")
        << QStringList{import, dbOpt, m_db, m_dir.filePath(QStringLiteral("none.xlsx")), dry} << pass
        << int(ExitCode::FileRefused);
    QTest::newRow("import: no file") << QStringList{import, dbOpt, m_db} << pass << int(ExitCode::Usage);
    QTest::newRow("import: no profile yet")
        << QStringList{import, dbOpt, m_fresh, clean, dry} << pass << int(ExitCode::Usage);

    QTest::newRow("export: ok") << QStringList{exp, dbOpt, m_db} + csv + QStringList{out} << pass
                                << int(ExitCode::Ok);
    QTest::newRow("export: wrong passphrase")
        << QStringList{exp, dbOpt, m_db} + csv + QStringList{out} << wrong << int(ExitCode::WrongPassphrase);
    QTest::newRow("export: not govcat")
        << QStringList{exp, dbOpt, m_notDb} + csv + QStringList{out} << pass << int(ExitCode::Database);
    QTest::newRow("export: out refused")
        << QStringList{exp, dbOpt, m_db} + csv + QStringList{noFolder} << pass << int(ExitCode::FileRefused);
    QTest::newRow("export: bad format") << QStringList{exp,
                                                       dbOpt,
                                                       m_db,
                                                       QStringLiteral("--format"),
                                                       QStringLiteral("xls"),
                                                       QStringLiteral("--out"),
                                                       out}
                                        << pass << int(ExitCode::Usage);

    QTest::newRow("profile: wrong passphrase")
        << QStringList{profile, dbOpt, m_db} + me << wrong << int(ExitCode::WrongPassphrase);
    QTest::newRow("profile: not govcat")
        << QStringList{profile, dbOpt, m_notDb} + me << pass << int(ExitCode::Database);
    QTest::newRow("profile: unknown role") << QStringList{profile,
                                                          dbOpt,
                                                          m_db,
                                                          QStringLiteral("--name"),
                                                          QStringLiteral("李四"),
                                                          QStringLiteral("--department"),
                                                          QStringLiteral("临川市市场监督管理局"),
                                                          QStringLiteral("--role"),
                                                          QStringLiteral("boss")}
                                           << pass << int(ExitCode::Usage);
    QTest::newRow("profile: no department yet")
        << QStringList{profile, dbOpt, m_fresh} + me << pass << int(ExitCode::Usage);
    QTest::newRow("profile: no passphrase")
        << QStringList{profile, dbOpt, m_db} + me << QByteArray() << int(ExitCode::Usage);
}

void TestExitCodes::everySubcommandReachesItsCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, expected);
    // 60 s: before issue 14, `govcat chekc` started the GUI (and aborted without a display).
    const test::GovcatRun run = test::runGovcat(args, passphrase, false, 60000);
    QVERIFY2(run.exitCode == expected, qPrintable(QStringLiteral("exit %1, expected %2\n%3%4")
                                                      .arg(run.exitCode)
                                                      .arg(expected)
                                                      .arg(run.out.left(1000), run.err.left(1000))));
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
