// libFuzzer target: the catalog JSON reader (io/catalog/CatalogJson) reads files from other
// departments and systems, possibly damaged or hostile. Whatever the input, a read must return a
// value or an error, never crash, hang or allocate without bound, and what it returns must hold
// together: items parallel to their sources, problems pointing at a resource. Seed corpus:
// tests/fuzz/corpus/json (exports of the test sample and hand-written edge cases).
#include "io/catalog/CatalogJson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace govcat::io;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    JsonLimits limits;
    limits.maxResources = 1000;
    limits.maxResourceBytes = 64 * 1024;
    auto read = readCatalogJsonData(input, limits);
    if (!read) {
        if (read.error().message.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    for (const ImportedResource& r : read.value().resources) {
        if (r.items.size() != r.draft.items.size() || r.row.sheet != -1 || r.row.row < 1) {
            std::abort();
        }
        for (const ImportProblem& p : r.problems) {
            if (p.finding.itemIndex >= r.items.size() || p.finding.message.isEmpty()) {
                std::abort();
            }
        }
    }
    return 0;
}
