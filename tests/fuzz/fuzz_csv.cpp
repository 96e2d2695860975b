// libFuzzer target: the CSV reader reads files users were sent by other departments, in UTF-8 or
// GB18030, possibly damaged or not CSV at all. Whatever the input, a read must return a value or an
// error, never crash, hang or allocate without bound; the parser must give the same records however
// the bytes are split into chunks. Each input is read three times: encoding and delimiter detected,
// UTF-8 with ';' and GB18030 with tab chosen by the caller. Seed corpus: tests/fuzz/corpus/csv.
#include "io/csv/CsvParser.h"
#include "io/csv/CsvReader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

QList<QByteArray> records(QByteArrayView data, char delimiter, qsizetype piece,
                          const govcat::io::CsvLimits& limits)
{
    QList<QByteArray> out;
    govcat::io::CsvParser parser(delimiter, limits);
    const govcat::io::RawRecordSink sink = [&out](const govcat::io::RawRecord& record) {
        QByteArray flat = QByteArray::number(record.line);
        for (qsizetype i = 0; i < record.fieldCount(); ++i) {
            flat += '\0' + record.field(i).toByteArray();
        }
        out.append(flat);
        return true;
    };
    for (qsizetype at = 0; at < data.size(); at += piece) {
        if (parser.feed(data.data() + at, std::min(piece, data.size() - at), sink) !=
            govcat::io::CsvParser::Status::Continue) {
            out.append(parser.error().message.toUtf8());
            return out;
        }
    }
    if (parser.finish(sink) != govcat::io::CsvParser::Status::Continue) {
        out.append(parser.error().message.toUtf8());
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace govcat::io;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    // detected, and chosen by the caller
    const std::pair<CsvEncoding, char> choices[] = {
        {CsvEncoding::Auto, 0}, {CsvEncoding::Utf8, ';'}, {CsvEncoding::Gb18030, '\t'}};
    for (const auto& [encoding, delimiter] : choices) {
        CsvOptions options;
        options.encoding = encoding;
        options.delimiter = delimiter;
        options.limits.maxCellBytes = 4096;
        options.limits.maxRowBytes = 16384;
        options.limits.maxColumns = 256;
        options.limits.maxRows = 10'000;
        CsvReader reader(options);
        qint64 rows = 0;
        qint64 lastLine = 0;
        auto read = reader.readData(input, [&](const CsvRow& row) {
            if (row.number <= lastLine || row.cells.isEmpty() || row.cells.size() > 256) {
                std::abort(); // rows come in file order, each with at least one field
            }
            lastLine = row.number;
            ++rows;
            return true;
        });
        if (read && read.value().rows != rows) {
            std::abort();
        }
        // the same records whatever the chunk size
        const char used = reader.info().delimiter != 0 ? reader.info().delimiter : ',';
        const auto whole = records(input, used, qMax<qsizetype>(1, input.size()), options.limits);
        for (const qsizetype piece : {qsizetype(1), qsizetype(7)}) {
            if (records(input, used, piece, options.limits) != whole) {
                std::abort();
            }
        }
    }
    return 0;
}
