// libFuzzer target: the catalog importer's reading of sheets (header detection by name and alias,
// the three layouts, cell values, items in one cell) on whatever a department's CSV holds. The
// input is read as CSV (the CSV reader has its own target) and parsed as a catalog; the parse must
// return a catalog or an error, never crash or hang, and every problem must point into the input.
// Seed corpus: tests/fuzz/corpus/catalog (the import fixtures' CSV files and small variants).
#include "io/catalog/CatalogTableParser.h"
#include "io/csv/CsvReader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

class FuzzSource final : public govcat::io::TableSource
{
public:
    explicit FuzzSource(QByteArray data) : m_data(std::move(data)) {}
    QString format() const override { return QStringLiteral("csv"); }
    QStringList sheetNames() const override { return {QStringLiteral("fuzz.csv")}; }
    govcat::Result<QList<govcat::io::TableRow>> head(int sheet, int rows) override
    {
        QList<govcat::io::TableRow> out;
        auto r = stream(sheet, [&](const govcat::io::TableRow& row) {
            out << row;
            return out.size() < rows;
        });
        if (!r) {
            return r.error();
        }
        return out;
    }
    govcat::Result<void> stream(int, const govcat::io::TableRowCallback& onRow) override
    {
        govcat::io::CsvOptions options;
        options.limits.maxCellBytes = 4096;
        options.limits.maxColumns = 256;
        options.limits.maxRows = 5'000;
        govcat::io::CsvReader reader(options);
        auto read = reader.readData(m_data, [&](const govcat::io::CsvRow& row) {
            return onRow({int(row.number), row.cells});
        });
        if (!read) {
            return read.error();
        }
        return {};
    }

private:
    QByteArray m_data;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSource source(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    auto parsed = govcat::io::parseCatalogTables(source);
    if (!parsed) {
        return 0;
    }
    for (const govcat::io::ImportedResource& r : parsed.value().resources) {
        if (r.items.size() != r.draft.items.size()) {
            std::abort(); // items and their sources must stay parallel
        }
        for (const govcat::io::ImportProblem& p : r.problems) {
            if (p.finding.message.isEmpty() || p.finding.itemIndex >= r.items.size()) {
                std::abort();
            }
            (void)r.cellOf(p.finding.field, p.finding.itemIndex);
        }
    }
    return 0;
}
