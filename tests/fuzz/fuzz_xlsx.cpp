// libFuzzer target: the xlsx reader opens workbooks users were sent by other departments, so the
// bytes may be damaged or hostile. Whatever the input, open and read must return a value or an
// error, never crash, hang or allocate without bound. Seed corpus: tests/fuzz/corpus/xlsx (the
// fixtures of tests/fixtures/xlsx and their sheets as sheet-*.xml, and bomb-* from
// make_xlsx_bomb_seeds.py: the constructs of issue 13 in small). Built by tests/fuzz/CMakeLists.txt
// under GOVCAT_FUZZ. Sheet XML is also read by XmlScanner and QXmlStreamReader side by side. Every
// input is read twice: with roomy limits, and with the object limits scaled down so that inputs of a
// few KB reach them (a cell of 64 characters, 16 columns, 4 sheets...); what comes out must respect
// the limits it was read with.
#include "../io/XlsxBombs.h"
#include "../io/XmlEvents.h"
#include "io/xlsx/MergedCells.h"
#include "io/xlsx/XlsxReader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void readAll(const QByteArray& input, const govcat::io::XlsxLimits& limits)
{
    govcat::io::XlsxReader reader(limits);
    if (!reader.openData(input)) {
        return;
    }
    if (reader.sheets().size() > limits.maxSheets) {
        std::abort();
    }
    for (int i = 0; i < reader.sheets().size(); ++i) {
        if (reader.sheets().at(i).name.size() > limits.maxSheetNameChars) {
            std::abort();
        }
        for (int j = 0; j < i; ++j) {
            if (reader.sheets().at(j).path.compare(reader.sheets().at(i).path, Qt::CaseInsensitive) == 0) {
                std::abort(); // two sheets naming one part
            }
        }
    }
    qint64 cells = 0;
    qint64 rows = 0;
    for (int i = 0; i < reader.sheets().size() && i < 4; ++i) {
        auto read = reader.readSheet(i, [&](const govcat::io::Row& row) {
            qint64 chars = 0;
            for (const auto& cell : row.cells) {
                if (cell.column < 0 || cell.column >= limits.maxColumns || row.number < 1 ||
                    cell.text.size() > limits.maxCellChars) {
                    std::abort();
                }
                chars += cell.text.size();
            }
            if (chars > limits.maxRowChars || row.cells.size() > limits.maxColumns) {
                std::abort();
            }
            cells += row.cells.size();
            ++rows;
            return true;
        });
        if (rows > limits.maxTotalRows || cells > limits.maxTotalCells) {
            std::abort();
        }
        if (read) {
            auto head = reader.readRows(i, 20);
            if (head) {
                QList<govcat::io::CellRange> merged = reader.mergedCells();
                if (merged.size() > 64) {
                    merged.resize(64); // a range may cover the whole grid; fill only the rows read
                }
                govcat::io::fillMergedCells(head.value(), merged);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    govcat::io::XlsxLimits limits;
    limits.maxEntryBytes = 16 * 1024 * 1024;
    limits.maxRows = 10'000;
    limits.maxSharedStrings = 100'000;
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
    limits.maxColumns = 16'384; // the whole grid
    readAll(input, limits);
    readAll(input, govcat::io::testing::tightLimits()); // the object limits of issue 13, scaled down
    return 0;
}
