#include "app/ExitCodes.h"
#include "db/ProfileStore.h"
#include "support/CatalogFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace govcat;

// `govcat import` as scripts use it: exit codes, the one-line JSON summary, the error report, and
// nothing written for a dry run or an unreadable file.
class TestCliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unreadableFileWritesNothing();
    void dryRunWithRejectedRowsWritesOnlyTheReport();
    void applyCleanWritesTheCleanRows();
    void cleanFileIsWrittenWithExitZero();
    void withoutProfileImportSaysSoWithItsOwnCode();
    void profileCommandHasTheDialogsRules();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run import(const QStringList& args);
    Run govcat(const QStringList& args);
    static QString fixture(const char* name)
    {
        return QStringLiteral(GOVCAT_IMPORT_FIXTURES "/") + QString::fromUtf8(name);
    }
    qint64 liveResources() const;

    QString m_binary;
    std::unique_ptr<test::CatalogFixture> m_fx;
    QString m_db;
};

void TestCliImport::initTestCase()
{
    m_binary = QDir(qEnvironmentVariable("GOVCAT_BIN_DIR")).filePath(QStringLiteral("govcat"));
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    m_fx = std::make_unique<test::CatalogFixture>();
    m_db = m_fx->database->path();
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM department WHERE name = '临川市市场监督管理局'")) &&
            q.next());
    db::LocalProfile me{QStringLiteral("脚本用户"), q.value(0).toString(),
                        QStringLiteral("临川市市场监督管理局"), canonicalName(Role::CatalogEditor)};
    QVERIFY(db::ProfileStore(m_fx->database->connection()).save(me));
    m_fx->database.reset(); // the command opens the file itself
}

TestCliImport::Run TestCliImport::import(const QStringList& args)
{
    return govcat(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db} + args);
}

TestCliImport::Run TestCliImport::govcat(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(test::kPassphrase));
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

qint64 TestCliImport::liveResources() const
{
    auto database = db::Database::open(m_db, test::kPassphrase, db::OpenMode::ReadOnly);
    if (!database) {
        return -1;
    }
    QSqlQuery q(database.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

void TestCliImport::unreadableFileWritesNothing()
{
    const QByteArray before = test::fileHash(m_db);
    const Run none = import({fixture("no_header.xlsx")});
    QCOMPARE(none.exitCode, app::ExitCode::FileRefused);
    QVERIFY2(none.err.contains(QStringLiteral("没有找到目录表头")), qPrintable(none.err));
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.xlsx"));
    QFile src(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(src.open(QIODevice::ReadOnly));
    QVERIFY(test::writeBytes(broken, 0, src.read(src.size() / 2))); // a truncated zip
    QCOMPARE(import({broken}).exitCode, app::ExitCode::FileRefused);
    QCOMPARE(test::fileHash(m_db), before);
}

void TestCliImport::dryRunWithRejectedRowsWritesOnlyTheReport()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.xlsx"));
    const QByteArray before = test::fileHash(m_db);
    const Run r = import({fixture("layout1_two_sheets.xlsx"), QStringLiteral("--dry-run"),
                          QStringLiteral("--summary-json"), QStringLiteral("--report"), report});
    QCOMPARE(r.exitCode, app::ExitCode::Findings);
    const QString last = r.out.trimmed().section(QLatin1Char('\n'), -1);
    const QJsonObject summary = QJsonDocument::fromJson(last.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 2);
    QVERIFY2(r.out.contains(QStringLiteral("信息资源!G4")), qPrintable(r.out));
    // The bureaus' word for a row that fails the checks; the JSON key above stays "rejected" for scripts.
    QVERIFY2(r.out.contains(QStringLiteral("校验不通过 2")) &&
                 r.out.contains(QStringLiteral("校验不通过 信息资源!G4")) &&
                 !r.out.contains(QStringLiteral("拒绝")),
             qPrintable(r.out));
    QVERIFY(QFile::exists(report));
    QCOMPARE(test::fileHash(m_db), before);
}

void TestCliImport::applyCleanWritesTheCleanRows()
{
    const qint64 before = liveResources();
    const Run refused = import({fixture("layout1_two_sheets.xlsx")});
    QCOMPARE(refused.exitCode,
             app::ExitCode::Findings); // rejected rows and no --apply-clean: nothing written
    QCOMPARE(liveResources(), before);
    const Run r = import({fixture("layout1_two_sheets.xlsx"), QStringLiteral("--apply-clean")});
    QCOMPARE(r.exitCode, app::ExitCode::Findings);
    QVERIFY2(r.out.contains(QStringLiteral("已写入：新增 2")), qPrintable(r.out));
    QCOMPARE(liveResources(), before + 2);
}

void TestCliImport::cleanFileIsWrittenWithExitZero()
{
    const qint64 before = liveResources();
    const Run r = import({fixture("layout2_merged.xlsx"), QStringLiteral("--summary-json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(liveResources(), before + 2);
    const Run again = import({fixture("layout2_merged.xlsx"), QStringLiteral("--summary-json")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("\"unchanged\":2")), qPrintable(again.out));
    QCOMPARE(liveResources(), before + 2);
}

// A database nobody has opened in the GUI yet is not damaged: exit 4 (not 3) and the way out.
void TestCliImport::withoutProfileImportSaysSoWithItsOwnCode()
{
    test::CatalogFixture fresh;
    const QString path = fresh.database->path();
    fresh.database.reset();
    const QByteArray before = test::fileHash(path);
    const Run r =
        govcat({QStringLiteral("import"), QStringLiteral("--db"), path, fixture("layout2_merged.xlsx")});
    QCOMPARE(r.exitCode, app::ExitCode::Usage); // govcat profile must come first
    QVERIFY2(r.err.contains(QStringLiteral("govcat profile --db ") + path), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("没有写入任何内容")), qPrintable(r.err));
    QCOMPARE(test::fileHash(path), before);
}

// govcat profile: the department by name, short name or 统一社会信用代码; the role by name or code;
// what the first-start dialog would not offer is refused (64) and nothing changes.
void TestCliImport::profileCommandHasTheDialogsRules()
{
    auto profile = [&](const QString& name, const QString& dept, const QString& role) {
        return govcat({QStringLiteral("profile"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                       name, QStringLiteral("--department"), dept, QStringLiteral("--role"), role});
    };
    auto stored = [&] {
        auto database = db::Database::open(m_db, test::kPassphrase, db::OpenMode::ReadOnly);
        return database ? db::ProfileStore(database.value()->connection())
                              .load()
                              .value()
                              .value_or(db::LocalProfile())
                        : db::LocalProfile();
    };
    const db::LocalProfile before = stored();
    QString uscc;
    {
        auto database = db::Database::open(m_db, test::kPassphrase, db::OpenMode::ReadOnly);
        QVERIFY(database);
        QSqlQuery q(database.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uscc FROM department WHERE id = '%1'").arg(before.deptId)) &&
                q.next());
        uscc = q.value(0).toString();
    }

    const QByteArray hash = test::fileHash(m_db);
    QCOMPARE(profile(QStringLiteral(" "), uscc, QStringLiteral("editor")).exitCode, app::ExitCode::Usage);
    const Run role = profile(QStringLiteral("李审核"), uscc, QStringLiteral("局长"));
    QCOMPARE(role.exitCode, app::ExitCode::Usage);
    QVERIFY2(role.err.contains(canonicalName(Role::Reviewer)), qPrintable(role.err)); // the choices
    QCOMPARE(
        profile(QStringLiteral("李审核"), QStringLiteral("不存在的局"), QStringLiteral("reviewer")).exitCode,
        app::ExitCode::Usage);
    QCOMPARE(test::fileHash(m_db), hash);

    const Run byUscc = profile(QStringLiteral("李审核"), uscc.toLower(), QStringLiteral("reviewer"));
    QVERIFY2(byUscc.exitCode == 0, qPrintable(byUscc.out + byUscc.err));
    QVERIFY2(byUscc.out.contains(before.deptName) && byUscc.out.contains(QStringLiteral("原为")),
             qPrintable(byUscc.out));
    QCOMPARE(stored().userName, QStringLiteral("李审核"));
    QCOMPARE(stored().role, canonicalName(Role::Reviewer));
    QCOMPARE(stored().deptId, before.deptId);

    const Run back = profile(before.userName, before.deptName, before.role);
    QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
    QCOMPARE(stored().role, before.role);
    QCOMPARE(stored().userName, before.userName);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
