#include "app/ExitCodes.h"
#include "db/ProfileStore.h"
#include "exchange/ImportReport.h"
#include "io/XlsxTestFiles.h"
#include "io/catalog/ImportedCatalog.h"
#include "support/CatalogFixture.h"
#include "support/GovcatRun.h"
#include "support/TimeBounds.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace govcat;

// `govcat import` of hostile CSV and JSON files (issue 13): constructs of a few megabytes that drove
// the importer to gigabytes are refused quickly with exit code 2 ("input refused") and a message
// naming the limit, memory stays within 20× the file beyond the process's baseline, the database is
// unchanged, and no value is echoed whole in a message. Each generator writes the construct at a few
// MB so that the tests stay fast, also under AddressSanitizer.
class TestImportBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvItemsCellOfAMegabyteIsRefused();
    void csvItemsCellOfMoreThanTheItemLimitIsRefused();
    void csvItemRowsOfMoreThanTheItemLimitAreRefused();
    void jsonItemsOfEmptyObjectsAreRefused();
    void jsonItemsOfNumbersAreRefused();
    void csvOfMoreResourcesThanAFileMayHoldIsRefused();
    void csvOfAsManyResourcesAsAFileMayHoldIsPreviewedLean();
    void jsonOfMoreResourcesOrItemsThanAFileMayHoldIsRefused();
    void hugeNamesAreNotEchoedWhole();
    void errorReportListsAtMostItsLimit();

private:
    // Peak beyond the baseline of a file of kMaxResourcesPerFile tiny resource rows, read, refused
    // or planned: about 3 KB per row (each row is a resource with ten problems).
    static constexpr qint64 kManyRowsKiB = 150 * 1024;
    // A refused import: exit 2, the limit named on stderr, fast, within the memory bound, nothing
    // written, no long line.
    // allowedKiB: beyond the baseline; by default 20× the file.
    void expectRefused(const QString& file, const QString& limitText, qint64 allowedKiB = -1);
    void expectShortLines(const test::GovcatRun& run);
    test::GovcatRun import(const QString& file, bool dryRun = false);
    QString write(const QString& name, const QByteArray& bytes);

    std::unique_ptr<test::CatalogFixture> m_fx;
    QString m_db;
    qint64 m_baseKiB = 0; // peak of an import of a tiny valid file: Qt, the unlock, the database
};

namespace {

// The longest line a rejection or refusal may print: the fixed text of a message with a few values
// each cut to kEchoedValueChars, the cell and the path of a temporary file.
constexpr int kMaxLineChars = 400;

QByteArray repeated(const QByteArray& piece, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + piece.size());
    while (out.size() < bytes) {
        out += piece;
    }
    return out;
}

QByteArray jsonCatalog(const QByteArray& resources)
{
    return R"({"format":"govcat-catalog","version":1,"resources":[)" + resources + "]}";
}

} // namespace

void TestImportBounds::initTestCase()
{
    QVERIFY2(QFile::exists(test::govcatBinary()), qPrintable(test::govcatBinary()));
    QVERIFY(QFile::exists(QStringLiteral("/usr/bin/time")));
    m_fx = std::make_unique<test::CatalogFixture>();
    m_db = m_fx->database->path();
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM department WHERE name = '临川市市场监督管理局'")) &&
            q.next());
    db::LocalProfile me{QStringLiteral("脚本用户"), q.value(0).toString(),
                        QStringLiteral("临川市市场监督管理局"), canonicalName(Role::CatalogEditor)};
    QVERIFY(db::ProfileStore(m_fx->database->connection()).save(me));
    m_fx->database.reset(); // the command opens the file itself

    // The baseline: a tiny valid file read, checked against the database and previewed.
    const QString tiny = write(QStringLiteral("tiny.csv"),
                               "信息资源名称,信息资源提供方,信息资源摘要\n甲,临川市市场监督管理局,\n");
    const test::GovcatRun base = import(tiny, true);
    QCOMPARE(base.exitCode, app::ExitCode::Findings); // the row lacks required columns
    QVERIFY(base.peakKiB > 0);
    m_baseKiB = base.peakKiB;
    qInfo("baseline peak: %lld KiB", m_baseKiB);
}

test::GovcatRun TestImportBounds::import(const QString& file, bool dryRun)
{
    QStringList args{QStringLiteral("import"), QStringLiteral("--db"), m_db, file};
    if (dryRun) {
        args << QStringLiteral("--dry-run");
    }
    return test::runGovcat(args, test::kPassphrase, true, 120000);
}

QString TestImportBounds::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_fx->dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestImportBounds::expectShortLines(const test::GovcatRun& run)
{
    for (const QString& text : {run.out, run.err}) {
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(line.size() <= kMaxLineChars,
                     qPrintable(QStringLiteral("%1 characters: %2…").arg(line.size()).arg(line.left(200))));
        }
    }
}

void TestImportBounds::expectRefused(const QString& file, const QString& limitText, qint64 allowedKiB)
{
    const QByteArray before = test::fileHash(m_db);
    const qint64 fileKiB = QFileInfo(file).size() / 1024;
    const test::GovcatRun run = import(file); // not a dry run: the write is what must not happen
    qInfo("%s: %lld KiB, peak %lld KiB (%lld KiB beyond the baseline), %.2f s",
          qPrintable(QFileInfo(file).fileName()), fileKiB, run.peakKiB, run.peakKiB - m_baseKiB, run.seconds);
    QCOMPARE(run.exitCode, app::ExitCode::FileRefused);
    QVERIFY2(run.err.contains(limitText), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("文件未导入")), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out.left(500)));
    QCOMPARE(test::fileHash(m_db), before);
    expectShortLines(run);
    // Refused in the reading, before the plan: seconds, not the minutes of the constructs before.
    QVERIFY2(run.seconds >= 0 && run.seconds < 15 * test::kTimeScale,
             qPrintable(QString::number(run.seconds)));
    // ≤ 20× the file beyond the baseline (test::allowedPeakKiB says what the ASan build allows).
    if (allowedKiB < 0) {
        allowedKiB = 20 * std::max<qint64>(fileKiB, 1);
    }
    allowedKiB = test::allowedPeakKiB(allowedKiB);
    QVERIFY2(run.peakKiB - m_baseKiB <= allowedKiB,
             qPrintable(QStringLiteral("peak %1 KiB, baseline %2 KiB, file %3 KiB")
                            .arg(run.peakKiB)
                            .arg(m_baseKiB)
                            .arg(fileKiB)));
}

// Issue 13: 1 MB of "a、a、…" in the 信息项 cell of each row made 3.76 GB from a 20 MB file.
void TestImportBounds::csvItemsCellOfAMegabyteIsRefused()
{
    const QByteArray cell = repeated("a、", 1000 * 1000);
    QByteArray csv = "信息资源名称,信息资源提供方,信息资源摘要,信息项\n";
    for (int row = 0; row < 4; ++row) {
        csv += "资源" + QByteArray::number(row) + ",临川市市场监督管理局,摘要,\"" + cell + "\"\n";
    }
    expectRefused(write(QStringLiteral("items-cell.csv"), csv),
                  QStringLiteral("超出每格 %1 个字符的上限").arg(io::kMaxItemsCellChars));
}

void TestImportBounds::csvItemsCellOfMoreThanTheItemLimitIsRefused()
{
    const QByteArray cell = repeated("a；", (io::kMaxItemsPerResource + 1) * 4); // "a；" is 4 bytes
    QVERIFY(cell.size() / 2 < io::kMaxItemsCellChars);                           // within the cell size
    QByteArray csv = "信息资源名称,信息资源提供方,信息资源摘要,信息项\n";
    for (int row = 0; row < 200; ++row) {
        csv += "资源" + QByteArray::number(row) + ",临川市市场监督管理局,摘要,\"" + cell + "\"\n";
    }
    expectRefused(write(QStringLiteral("items-count.csv"), csv),
                  QStringLiteral("超出每条信息资源 %1 个信息项的上限").arg(io::kMaxItemsPerResource));
}

void TestImportBounds::csvItemRowsOfMoreThanTheItemLimitAreRefused()
{
    QByteArray csv = "信息资源名称,信息资源提供方,信息资源摘要,信息项名称\n";
    for (int item = 0; item <= io::kMaxItemsPerResource; ++item) {
        csv += "资源,临川市市场监督管理局,摘要,项" + QByteArray::number(item) + "\n";
    }
    expectRefused(write(QStringLiteral("item-rows.csv"), csv),
                  QStringLiteral("超出每条信息资源 %1 个信息项的上限").arg(io::kMaxItemsPerResource));
}

// Issue 13: "items": [{}, {}, …] of 15 MB made 1.2 GB.
void TestImportBounds::jsonItemsOfEmptyObjectsAreRefused()
{
    QByteArray items = repeated("{},", 3 * 1024 * 1024);
    items.chop(1);
    expectRefused(
        write(QStringLiteral("empty-objects.json"),
              jsonCatalog(R"({"name":"甲","provider_name":"临川市市场监督管理局","items":[)" + items + "]}")),
        QStringLiteral("超出每条信息资源 %1 个信息项的上限").arg(io::kMaxItemsPerResource));
}

// Issue 13: "items": [1, 1, …] of 15.8 MB made 3.3 GB (a problem for each element).
void TestImportBounds::jsonItemsOfNumbersAreRefused()
{
    QByteArray items = repeated("1,", 3 * 1024 * 1024);
    items.chop(1);
    expectRefused(
        write(QStringLiteral("numbers.json"),
              jsonCatalog(R"({"name":"甲","provider_name":"临川市市场监督管理局","items":[)" + items + "]}")),
        QStringLiteral("超出每条信息资源 %1 个信息项的上限").arg(io::kMaxItemsPerResource));
}

// 220,000 rows of "rN,," (2 MB) made 2 GB: each row is a resource with ten problems.
void TestImportBounds::csvOfMoreResourcesThanAFileMayHoldIsRefused()
{
    QByteArray csv = "信息资源名称,信息资源提供方,信息资源摘要\n";
    for (int row = 0; row <= io::kMaxResourcesPerFile; ++row) {
        csv += "r" + QByteArray::number(row) + ",,\n";
    }
    // Each resource row costs about a kilobyte until the limit is passed: that limit, not 20× the
    // file, is what bounds a file of many tiny rows (kManyRowsKiB).
    expectRefused(write(QStringLiteral("resources.csv"), csv),
                  QStringLiteral("超出每个文件 %1 条的上限").arg(io::kMaxResourcesPerFile), kManyRowsKiB);
}

// 49,990 rows that give only a name (438 KB) peaked at 465 MB in a dry run: a QHash and a QSet per
// resource, and the same ten problem texts copied into every row. The plan of a file at the
// resource limit stays within kManyRowsKiB beyond the baseline, and says the same as before.
void TestImportBounds::csvOfAsManyResourcesAsAFileMayHoldIsPreviewedLean()
{
    constexpr int kRows = io::kMaxResourcesPerFile - 10;
    QByteArray csv = "信息资源名称,信息资源提供方,信息资源摘要\n";
    for (int row = 0; row < kRows; ++row) {
        csv += "r" + QByteArray::number(row) + ",,\n";
    }
    const QString file = write(QStringLiteral("many-resources.csv"), csv);
    const QByteArray before = test::fileHash(m_db);
    const test::GovcatRun run = import(file, true);
    qInfo("%s: %lld KiB, peak %lld KiB (%lld KiB beyond the baseline), %.2f s",
          qPrintable(QFileInfo(file).fileName()), QFileInfo(file).size() / 1024, run.peakKiB,
          run.peakKiB - m_baseKiB, run.seconds);
    QCOMPARE(run.exitCode, app::ExitCode::Findings); // every row lacks its provider
    QCOMPARE(test::fileHash(m_db), before);
    QVERIFY2(run.out.contains(QStringLiteral("校验不通过 %1").arg(kRows)), qPrintable(run.out.left(500)));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 2 * kRows, qPrintable(QString::number(lines.size()))); // problems per row
    QVERIFY2(lines.contains(QStringLiteral("校验不通过 many-resources.csv!B%1 r%2：没有填写信息资源提供方。")
                                .arg(kRows + 1)
                                .arg(kRows - 1)),
             qPrintable(lines.last()));
    const qint64 allowedKiB = test::allowedPeakKiB(kManyRowsKiB);
    QVERIFY2(run.peakKiB - m_baseKiB <= allowedKiB,
             qPrintable(QStringLiteral("peak %1 KiB, baseline %2 KiB").arg(run.peakKiB).arg(m_baseKiB)));
}

// 700,000 resources "{}" (2 MB) made 3.8 GB; 251 × 2,000 items "{}" passes the items of a file.
void TestImportBounds::jsonOfMoreResourcesOrItemsThanAFileMayHoldIsRefused()
{
    QByteArray resources = repeated("{},", 3 * (io::kMaxResourcesPerFile + 1));
    resources.chop(1);
    expectRefused(write(QStringLiteral("resources.json"), jsonCatalog(resources)),
                  QStringLiteral("超出每个文件 %1 条的上限").arg(io::kMaxResourcesPerFile));

    QByteArray items = repeated("{},", 3 * io::kMaxItemsPerResource);
    items.chop(1);
    QByteArrayList list;
    for (int r = 0; r <= io::kMaxItemsPerFile / io::kMaxItemsPerResource; ++r) {
        list << R"({"name":"r)" + QByteArray::number(r) + R"(","items":[)" + items + "]}";
    }
    expectRefused(write(QStringLiteral("items.json"), jsonCatalog(list.join(','))),
                  QStringLiteral("超出每个文件 %1 个的上限").arg(io::kMaxItemsPerFile));
}

// Issue 13: the whole 100 MB name was echoed to stdout in a rejection line. A name of 1 MB (the
// largest CSV cell) and one of 4 MB in JSON: the rows are rejected (unknown provider), every line
// quotes at most kEchoedValueChars characters of them, and says how long they are.
void TestImportBounds::hugeNamesAreNotEchoedWhole()
{
    const QByteArray name = repeated("名", 1000 * 1000 - 3);
    const QString csv =
        write(QStringLiteral("name.csv"), "信息资源名称,信息资源提供方,信息资源摘要,信息资源分类\n" + name +
                                              ",不存在的部门" + name + "," + name + "," + name + "\n");
    const QString json =
        write(QStringLiteral("name.json"),
              jsonCatalog(R"({"name":")" + repeated(name, 4 * 1000 * 1000) + R"(","provider_name":")" + name +
                          R"(","publish_date":")" + name + R"(","items":[{"name":")" + name +
                          R"(","data_type":")" + name + R"("}]})"));
    for (const QString& file : {csv, json}) {
        const QByteArray before = test::fileHash(m_db);
        const qint64 fileKiB = QFileInfo(file).size() / 1024;
        const test::GovcatRun run = import(file);
        qInfo("%s: %lld KiB, peak %lld KiB (%lld KiB beyond the baseline), %.2f s",
              qPrintable(QFileInfo(file).fileName()), fileKiB, run.peakKiB, run.peakKiB - m_baseKiB,
              run.seconds);
        QCOMPARE(run.exitCode, app::ExitCode::Findings); // rejected rows, nothing written
        QCOMPARE(test::fileHash(m_db), before);
        QVERIFY2(run.out.contains(QStringLiteral("校验不通过")), qPrintable(run.out.left(2000)));
        QVERIFY2(run.out.contains(QStringLiteral("名…（共 ")), qPrintable(run.out.left(2000)));
        expectShortLines(run);
        const qint64 allowedKiB = test::allowedPeakKiB(20 * fileKiB);
        QVERIFY2(run.peakKiB - m_baseKiB <= allowedKiB,
                 qPrintable(QStringLiteral("peak %1 KiB, baseline %2 KiB, file %3 KiB")
                                .arg(run.peakKiB)
                                .arg(m_baseKiB)
                                .arg(fileKiB)));
        QVERIFY2(run.seconds >= 0 && run.seconds < 15 * test::kTimeScale,
                 qPrintable(QString::number(run.seconds)));
    }
}

// 500,000 data items without a type made an error report of 1.2 GB (a comment and a summary line
// each). The report lists kMaxReportNotes problems and says how many more there are.
void TestImportBounds::errorReportListsAtMostItsLimit()
{
    QByteArray csv = "信息资源名称,信息资源提供方,信息资源摘要,信息项名称\n";
    for (int item = 0; item < exchange::kMaxReportNotes + 5000; ++item) {
        csv += "资源" + QByteArray::number(item / io::kMaxItemsPerResource) +
               ",临川市市场监督管理局,摘要,项" + QByteArray::number(item) + "\n";
    }
    const QString file = write(QStringLiteral("report-me.csv"), csv);
    const QString report = m_fx->dir.filePath(QStringLiteral("report.xlsx"));
    const test::GovcatRun run =
        test::runGovcat({QStringLiteral("import"), QStringLiteral("--db"), m_db, file,
                         QStringLiteral("--dry-run"), QStringLiteral("--report"), report},
                        test::kPassphrase, true, 120000);
    QCOMPARE(run.exitCode, app::ExitCode::Findings);
    QVERIFY2(run.out.contains(QStringLiteral("错误报告：")), qPrintable(run.err));
    const QString text =
        QString::fromUtf8(io::testing::zipEntry(report, QStringLiteral("xl/sharedStrings.xml")));
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(
                 QStringLiteral("个问题未列入本报告：报告最多列出 %1 个问题").arg(exchange::kMaxReportNotes)),
             qPrintable(text.right(500)));
    qInfo("report of %s: peak %lld KiB (%lld KiB beyond the baseline), %.2f s",
          qPrintable(QFileInfo(file).fileName()), run.peakKiB, run.peakKiB - m_baseKiB, run.seconds);
}

QTEST_GUILESS_MAIN(TestImportBounds)
#include "tst_importbounds.moc"
