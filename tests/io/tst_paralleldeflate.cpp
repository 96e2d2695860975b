// ParallelDeflate: blocks deflated on several threads and joined in order inflate to the input, with
// the input's CRC-32 and size, for any block size, thread count and write size; an empty input is a
// valid empty stream; a failing sink stops the stream and is reported.
#include "io/report/ParallelDeflate.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace govcat::io;

namespace {

// Sheet-like XML with random values: compressible, but not trivially.
QByteArray sampleXml(int rows)
{
    QRandomGenerator random(20261128);
    QByteArray xml = "<sheetData>";
    for (int r = 1; r <= rows; ++r) {
        xml += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
               "\" t=\"inlineStr\"><is><t>" + QByteArray::number(random.generate64(), 36) +
               "</t></is></c></row>";
    }
    return xml + "</sheetData>";
}

QByteArray inflateRaw(const QByteArray& deflated, bool* complete)
{
    z_stream stream = {};
    *complete = false;
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        return {};
    }
    QByteArray out;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.constData()));
    stream.avail_in = uInt(deflated.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    *complete = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return out;
}

} // namespace

class TestParallelDeflate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("blockSize");
        QTest::addColumn<int>("writeSize");
        QTest::newRow("1 thread, one block") << 1 << (8 << 20) << 4096;
        QTest::newRow("2 threads, 64 KiB blocks") << 2 << (64 << 10) << 16384;
        QTest::newRow("4 threads, 4 KiB blocks, odd writes") << 4 << 4096 << 977;
        QTest::newRow("3 threads, writes larger than blocks") << 3 << 10000 << 250000;
    }
    void roundTrips()
    {
        QFETCH(int, threads);
        QFETCH(int, blockSize);
        QFETCH(int, writeSize);
        const QByteArray input = sampleXml(40000);
        QByteArray output;
        ParallelDeflate deflater(
            1, threads,
            [&output](const char* data, std::size_t size) {
                output.append(data, qsizetype(size));
                return true;
            },
            std::size_t(blockSize));
        for (qsizetype at = 0; at < input.size(); at += writeSize) {
            QVERIFY(deflater.write(input.constData() + at,
                                   std::size_t(qMin<qsizetype>(writeSize, input.size() - at))));
        }
        QVERIFY(deflater.finish());
        QVERIFY(output.size() < input.size() / 2);
        bool complete = false;
        QCOMPARE(inflateRaw(output, &complete), input);
        QVERIFY(complete);
        QCOMPARE(deflater.totalIn(), quint64(input.size()));
        QCOMPARE(deflater.crc(),
                 quint32(crc32(0, reinterpret_cast<const Bytef*>(input.constData()), uInt(input.size()))));
        QVERIFY(!deflater.finish()); // once
    }

    void emptyInputIsAnEmptyStream()
    {
        QByteArray output;
        ParallelDeflate deflater(1, 2, [&output](const char* data, std::size_t size) {
            output.append(data, qsizetype(size));
            return true;
        });
        QVERIFY(deflater.finish());
        bool complete = false;
        QCOMPARE(inflateRaw(output, &complete), QByteArray());
        QVERIFY(complete);
        QCOMPARE(deflater.totalIn(), quint64(0));
        QCOMPARE(deflater.crc(), quint32(0));
    }

    void failingSinkIsReported()
    {
        int calls = 0;
        ParallelDeflate deflater(
            1, 2, [&calls](const char*, std::size_t) { return ++calls < 3; }, 4096);
        const QByteArray input = sampleXml(20000);
        bool ok = true;
        for (qsizetype at = 0; at < input.size() && ok; at += 1000) {
            ok =
                deflater.write(input.constData() + at, std::size_t(qMin<qsizetype>(1000, input.size() - at)));
        }
        QVERIFY(!ok);
        QCOMPARE(calls, 3); // nothing more after the failure
        QVERIFY(!deflater.finish());
    }
};

QTEST_GUILESS_MAIN(TestParallelDeflate)
#include "tst_paralleldeflate.moc"
