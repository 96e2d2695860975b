#include "ExportSample.h"
#include "io/catalog/TableSource.h"
#include "io/export/CatalogWriter.h"
#include "io/export/PartFile.h"
#include "io/report/ImportReportWriter.h"
#include "support/TempFolderWatch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace govcat;
using namespace govcat::io;

// How govcat writes the files that carry catalog data (io/export/PartFile.h): beside the target,
// 0600 whatever the umask, nothing left on failure, libxlsxwriter's temporary data in the target's
// folder rather than the system's temporary folder, stale parts of killed exports removed.
class TestExportFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void partIsPrivateWhateverTheUmask_data();
    void partIsPrivateWhateverTheUmask();
    void replacedFileBecomesPrivate();
    void uncommittedPartIsRemoved();
    void staleParts();
    void xlsxTemporaryDataStaysBesideTheFile();
    void reportTemporaryDataStaysBesideTheFile();
    void failedReportLeavesNothing();

private:
    static int modeOf(const QString& path)
    {
        struct stat st = {};
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }
    QStringList namesIn(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    mode_t m_umask = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_tmp; // what TMPDIR, TMP and TEMP point at during a test
    QByteArray m_env[3];
};

void TestExportFiles::init()
{
    m_umask = ::umask(022);
    m_dir = std::make_unique<QTemporaryDir>();
    m_tmp = std::make_unique<QTemporaryDir>();
    const char* names[] = {"TMPDIR", "TMP", "TEMP"};
    for (int i = 0; i < 3; ++i) {
        m_env[i] = qgetenv(names[i]);
        qputenv(names[i], QFile::encodeName(m_tmp->path()));
    }
}

void TestExportFiles::cleanup()
{
    const char* names[] = {"TMPDIR", "TMP", "TEMP"};
    for (int i = 0; i < 3; ++i) {
        if (m_env[i].isNull()) {
            qunsetenv(names[i]);
        } else {
            qputenv(names[i], m_env[i]);
        }
    }
    ::umask(m_umask);
}

void TestExportFiles::partIsPrivateWhateverTheUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("022") << 022;
    QTest::newRow("000") << 0;
    QTest::newRow("277") << 0277; // would leave 0400 if only the open's mode were trusted
}

void TestExportFiles::partIsPrivateWhateverTheUmask()
{
    QFETCH(int, mask);
    ::umask(mode_t(mask));
    const QString target = m_dir->filePath(QStringLiteral("目录.csv"));
    {
        PartFile part(target);
        QVERIFY(part.create());
        const QString name = QFileInfo(part.path()).fileName();
        QVERIFY2(name.startsWith(QStringLiteral(".govcat-目录.csv.")) &&
                     name.endsWith(QStringLiteral(".part")),
                 qPrintable(name));
        QCOMPARE(QFileInfo(part.path()).absolutePath(), QFileInfo(target).absolutePath());
        QCOMPARE(modeOf(part.path()), 0600);
        QFile f(part.path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("a,b\r\n");
        f.close();
        QVERIFY(part.commit());
        QVERIFY(part.path().isEmpty());
    }
    QCOMPARE(namesIn(m_dir->path()), QStringList{QStringLiteral("目录.csv")});
    QCOMPARE(modeOf(target), 0600);
}

// A file replaced by an export is a new file, 0600: what the old one allowed is not carried over.
void TestExportFiles::replacedFileBecomesPrivate()
{
    const QString target = m_dir->filePath(QStringLiteral("old.csv"));
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    PartFile part(target);
    QVERIFY(part.create());
    QFile f(part.path());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("new");
    f.close();
    QVERIFY(part.commit());
    QCOMPARE(modeOf(target), 0600);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("new"));
}

void TestExportFiles::uncommittedPartIsRemoved()
{
    QString path;
    {
        PartFile part(m_dir->filePath(QStringLiteral("x.xlsx")));
        QVERIFY(part.create());
        path = part.path();
        QVERIFY(QFile::exists(path));
    }
    QVERIFY(!QFile::exists(path));
    PartFile part(m_dir->filePath(QStringLiteral("x.xlsx")));
    QVERIFY(part.create());
    part.discard();
    QVERIFY(namesIn(m_dir->path()).isEmpty());
}

// A part left by a killed export (unlocked) is removed by the next PartFile in the folder; a part
// being written (locked), other files and a symbolic link are not.
void TestExportFiles::staleParts()
{
    const QString folder = m_dir->path();
    const auto make = [&](const QString& name) {
        QFile f(QDir(folder).filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write("资源名称,信息项\r\n") > 0;
    };
    QVERIFY(make(QStringLiteral(".govcat-a.csv.0123456789ab.part")));
    QVERIFY(make(QStringLiteral(".other.csv.0123456789ab.part")));
    QVERIFY(make(QStringLiteral("govcat-a.csv.part")));
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("keep.part"));
    {
        QFile f(outside);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::link(outside, QDir(folder).filePath(QStringLiteral(".govcat-link.part"))));

    PartFile running(QDir(folder).filePath(QStringLiteral("b.csv")));
    QVERIFY(running.create()); // removes the stale part of a.csv
    QStringList names = namesIn(folder);
    QVERIFY2(!names.contains(QStringLiteral(".govcat-a.csv.0123456789ab.part")),
             qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(names.contains(QFileInfo(running.path()).fileName()));
    QVERIFY(names.contains(QStringLiteral(".other.csv.0123456789ab.part")));
    QVERIFY(names.contains(QStringLiteral("govcat-a.csv.part")));
    QVERIFY(names.contains(QStringLiteral(".govcat-link.part")));
    QVERIFY(QFile::exists(outside));

    // Another export in the folder leaves the running one alone: it holds its lock.
    QCOMPARE(removeStaleParts(folder), 0);
    QVERIFY(QFile::exists(running.path()));
}

namespace {

QString writeSample(const QString& path, CatalogFileFormat format)
{
    auto writer = createCatalogWriter(format, CatalogWriteOptions());
    auto r = writer->open(path);
    for (const ResourceDraft& d : test::exportSample() + test::hostileSample()) {
        if (r) {
            r = writer->add(d);
        }
    }
    if (r) {
        r = writer->finish();
    }
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return {};
    }
    return path;
}

} // namespace

// libxlsxwriter keeps the rows of a constant-memory workbook in temporary files until it closes
// it: they go to the folder of the file written, never to TMPDIR (or TMP, TEMP, /tmp).
void TestExportFiles::xlsxTemporaryDataStaysBesideTheFile()
{
    test::TempFolderWatch tmp(m_tmp->path());
    test::TempFolderWatch beside(m_dir->path());
    QVERIFY(tmp.isValid() && beside.isValid());
    PartFile part(m_dir->filePath(QStringLiteral("catalog.xlsx")));
    QVERIFY(part.create());
    QVERIFY(!writeSample(part.path(), CatalogFileFormat::Xlsx).isEmpty());
    QVERIFY(part.commit());
    QCOMPARE(tmp.created(), QStringList());
    const QStringList created = beside.created();
    QVERIFY2(created.filter(QStringLiteral("tmp.")).size() >= 2,
             qPrintable(created.join(QLatin1Char(' ')))); // two sheets
    QCOMPARE(namesIn(m_dir->path()), QStringList{QStringLiteral("catalog.xlsx")});
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("catalog.xlsx"))), 0600);
}

// The error report stages each part's XML in temporary files: beside the report as well.
void TestExportFiles::reportTemporaryDataStaysBesideTheFile()
{
    const QString csv = writeSample(m_dir->filePath(QStringLiteral("input.csv")), CatalogFileFormat::Csv);
    QVERIFY(!csv.isEmpty());
    auto source = openTableSource(csv, QString());
    QVERIFY(source);
    const QList<ReportNote> notes = {ReportNote{SourceCell{0, 2, 3}, QStringLiteral("=HYPERLINK(\"x\")"),
                                                QStringLiteral("信息资源名称不能为空。"), true}};
    test::TempFolderWatch tmp(m_tmp->path());
    test::TempFolderWatch beside(m_dir->path());
    QVERIFY(tmp.isValid() && beside.isValid());
    const QString report = m_dir->filePath(QStringLiteral("错误报告.xlsx"));
    auto written = writeImportReport(source.value().get(), notes, report);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(tmp.created(), QStringList());
    QVERIFY(!beside.created().filter(QStringLiteral("tmp.")).isEmpty());
    QCOMPARE(modeOf(report), 0600);
    QCOMPARE(namesIn(m_dir->path()).size(), 2); // the input and the report, no part
}

namespace {

// A source whose rows cannot be read: the report fails half-way.
class FailingSource final : public TableSource
{
public:
    QString format() const override { return QStringLiteral("csv"); }
    QStringList sheetNames() const override { return {QStringLiteral("坏文件.csv")}; }
    Result<QList<TableRow>> head(int, int) override { return QList<TableRow>{}; }
    Result<void> stream(int, const TableRowCallback& onRow) override
    {
        onRow(TableRow{1, {QStringLiteral("资源名称")}});
        return Error{Error::Kind::Io, QStringLiteral("读取失败。")};
    }
};

} // namespace

void TestExportFiles::failedReportLeavesNothing()
{
    FailingSource source;
    const QString report = m_dir->filePath(QStringLiteral("report.xlsx"));
    QVERIFY(!writeImportReport(&source, {}, report));
    QCOMPARE(namesIn(m_dir->path()), QStringList());
}

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
