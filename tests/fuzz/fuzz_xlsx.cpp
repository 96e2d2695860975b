// libFuzzer target: the xlsx reader opens workbooks users were sent by other departments, so the
// bytes may be damaged or hostile. Whatever the input, open and read must return a value or an
// error, never crash, hang or allocate without bound. Seed corpus: tests/fuzz/corpus/xlsx (the
// fixtures of tests/fixtures/xlsx and their sheets as sheet-*.xml). Built by tests/fuzz/CMakeLists.txt
// under GOVCAT_FUZZ. Sheet XML is also read by XmlScanner and QXmlStreamReader side by side.
#include "../io/XlsxTestFiles.h"
#include "../io/XmlEvents.h"
#include "io/xlsx/MergedCells.h"
#include "io/xlsx/XlsxReader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    govcat::io::XlsxLimits limits;
    limits.maxEntryBytes = 16 * 1024 * 1024;
    limits.maxRows = 10'000;
    limits.maxSharedStrings = 100'000;
    govcat::io::XlsxReader reader(limits);
    QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (input.startsWith('<')) { // a worksheet's XML: wrapped so that mutations reach the XML parser
        // XmlScanner must read whatever QXmlStreamReader reads as UTF-8 XML, with the same result,
        // also in reads of a few bytes (it may accept more: no namespace or character checks)
        QXmlStreamReader probe(input);
        QString encoding; // as declared (XmlScanner refuses all but UTF-8)
        while (!probe.atEnd()) {
            if (probe.readNext() == QXmlStreamReader::StartDocument) {
                encoding = probe.documentEncoding().toString();
            }
        }
        if (!probe.hasError() &&
            (encoding.isEmpty() || encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0)) {
            const QByteArrayList expected = govcat::io::testing::reference(input);
            if (govcat::io::testing::scan(input) != expected ||
                govcat::io::testing::scan(input, 3) != expected) {
                std::abort();
            }
        }
        input = govcat::io::testing::fuzzWorkbookFromSheet(input);
    }
    if (!reader.openData(input)) {
        return 0;
    }
    for (int i = 0; i < reader.sheets().size() && i < 4; ++i) {
        qint64 cells = 0;
        auto read = reader.readSheet(i, [&cells](const govcat::io::Row& row) {
            for (const auto& cell : row.cells) {
                if (cell.column < 0 || cell.column >= 16384 || row.number < 1) {
                    std::abort();
                }
            }
            cells += row.cells.size();
            return true;
        });
        if (read) {
            auto rows = reader.readRows(i, 20);
            if (rows) {
                QList<govcat::io::CellRange> merged = reader.mergedCells();
                if (merged.size() > 64) {
                    merged.resize(64); // a range may cover the whole grid; fill only the rows read
                }
                govcat::io::fillMergedCells(rows.value(), merged);
            }
        }
    }
    return 0;
}
