// libFuzzer target: the sync server parses push bodies from the network (sync/Push). Whatever the
// bytes, a parse returns a request or an error with a sentence, never crashes, hangs or allocates
// without bound; what it accepts holds the protocol's promises (canonical ids, increasing seq, an
// insert based on version 0) and encodes back to a body that parses to the same request.
// Seed corpus: tests/fuzz/corpus/push.
#include "sync/Push.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace govcat::sync;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    PushLimits limits;
    limits.maxMutations = 50;
    limits.maxChildren = 200;
    auto parsed = parsePushRequest(input, limits);
    if (!parsed) {
        if (parsed.error().message.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    qint64 last = 0;
    for (const Mutation& m : parsed.value().mutations) {
        if (!isCanonicalUuid(m.mutationId) || !isCanonicalUuid(m.rowId) || m.seq <= last ||
            (m.op == Op::Insert && m.baseVersion != 0)) {
            std::abort();
        }
        last = m.seq;
    }
    auto again = parsePushRequest(encodePushRequest(parsed.value()), limits);
    if (!again || again.value().mutations.size() != parsed.value().mutations.size()) {
        std::abort();
    }
    return 0;
}
