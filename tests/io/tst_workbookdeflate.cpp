// WorkbookDeflate, the wrapper around libminizip's zip functions that libxlsxwriter calls: every part
// of a workbook libxlsxwriter writes is deflated at level 1 (on several threads with two or more
// cores) into a zip that minizip and the reader accept, CRC-32 included; zips written by anyone else
// in the same program (here the tests' own, at level 9 and stored) keep the method and level asked.
#include "io/XlsxTestFiles.h"
#include "io/report/WorkbookDeflate.h"
#include "io/xlsx/XlsxArchive.h"
#include "io/xlsx/XlsxReader.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <xlsxwriter.h>

using namespace govcat::io;
using namespace govcat::io::testing;

namespace {

struct CentralEntry
{
    quint16 flags = 0;
    quint16 method = 0;
};

template <typename T> T little(const QByteArray& data, qsizetype at)
{
    T value = 0;
    if (at >= 0 && at + qsizetype(sizeof(T)) <= data.size()) {
        std::memcpy(&value, data.constData() + at, sizeof(T)); // x86: little-endian, as zip is
    }
    return value;
}

// The central directory of a zip without an archive comment: general purpose flags and method by
// name. Bits 1-2 of the flags say the deflate level: 6 for level 1, 2 for 8 and 9, 0 for the rest.
QHash<QString, CentralEntry> centralDirectory(const QByteArray& zip)
{
    QHash<QString, CentralEntry> entries;
    const qsizetype end = zip.size() - 22;
    if (end < 0 || zip.mid(end, 4) != QByteArrayLiteral("PK\x05\x06")) {
        return entries;
    }
    qsizetype at = little<quint32>(zip, end + 16);
    for (int i = 0, count = little<quint16>(zip, end + 10); i < count; ++i) {
        if (zip.mid(at, 4) != QByteArrayLiteral("PK\x01\x02")) {
            return {};
        }
        const quint16 nameSize = little<quint16>(zip, at + 28);
        entries.insert(QString::fromUtf8(zip.mid(at + 46, nameSize)),
                       CentralEntry{little<quint16>(zip, at + 8), little<quint16>(zip, at + 10)});
        at += 46 + nameSize + little<quint16>(zip, at + 30) + little<quint16>(zip, at + 32);
    }
    return entries;
}

} // namespace

class TestWorkbookDeflate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libxlsxwriterPartsAreDeflatedAtLevelOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        useWorkbookDeflate();
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        lxw_workbook* book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        QVERIFY(book);
        lxw_worksheet* sheet = workbook_add_worksheet(book, "甲");
        constexpr int kRows = 40'000; // about 3 MB of sheet XML: several of ParallelDeflate's 1 MiB blocks
        for (int row = 0; row < kRows; ++row) {
            worksheet_write_string(sheet, lxw_row_t(row), 0, QByteArray::number(row * 7919).constData(),
                                   nullptr);
            worksheet_write_number(sheet, lxw_row_t(row), 1, row, nullptr);
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QHash<QString, CentralEntry> entries = centralDirectory(file.readAll());
        QVERIFY(entries.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(entries.contains(QStringLiteral("xl/workbook.xml")));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QVERIFY2(it->method == Z_DEFLATED, qPrintable(it.key()));
            QVERIFY2((it->flags & 0x6) == 0x6, qPrintable(it.key())); // level 1
        }

        XlsxArchive archive{XlsxLimits{}};
        QVERIFY(archive.open(path));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) { // every CRC-32 checked
            auto entry = archive.openEntry(it.key());
            QVERIFY2(entry, qPrintable(it.key()));
            entry.value()->readAll();
            QVERIFY2(!entry.value()->failure().isError(), qPrintable(entry.value()->failure().message));
        }
        XlsxReader reader;
        QVERIFY(reader.open(path));
        int rows = 0;
        QVERIFY(reader.readSheet(0, [&](const Row& row) {
            const bool ok = row.number == rows + 1 && row.cells.size() == 2 &&
                            row.cell(0)->text == QString::number(rows * 7919) &&
                            row.cell(1)->value.toDouble() == rows;
            ++rows;
            return ok;
        }));
        QCOMPARE(rows, kRows);
    }

    void otherZipsKeepTheirMethodAndLevel()
    {
        useWorkbookDeflate();
        const QByteArray content(200'000, 'x');
        const QByteArray deflated = makeZip({{QStringLiteral("a.xml"), content}});
        const QByteArray stored = makeZip({{QStringLiteral("a.xml"), content}}, {}, false);
        const CentralEntry best = centralDirectory(deflated).value(QStringLiteral("a.xml"));
        QCOMPARE(best.method, quint16(Z_DEFLATED));
        QCOMPARE(best.flags & 0x6, 0x2); // level 9, as asked
        const CentralEntry plain = centralDirectory(stored).value(QStringLiteral("a.xml"));
        QCOMPARE(plain.method, quint16(0));
        QVERIFY(stored.size() > content.size());
        QBuffer buffer;
        buffer.setData(deflated);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(zipEntry(buffer, QStringLiteral("a.xml")), content);
    }
};

QTEST_GUILESS_MAIN(TestWorkbookDeflate)
#include "tst_workbookdeflate.moc"
