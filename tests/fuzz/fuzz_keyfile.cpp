// libFuzzer target: the key file parser reads a file that sits beside the database and may be
// damaged or hostile. Whatever the bytes, fromJson must return a value or an error, never crash,
// and a parsed file must serialise back to something that parses to the same fields. A parsed file
// never asks for a cost outside the bounds (issue 13: t=64 and 4 GiB froze every unlock).
#include "db/KeyFile.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = govcat::db::KeyFile::fromJson(input);
    if (parsed) {
        using govcat::db::KeyFile;
        const KeyFile& f = parsed.value();
        if (f.opsLimit() < KeyFile::kMinOpsLimit || f.opsLimit() > KeyFile::kMaxOpsLimit ||
            f.memLimit() < KeyFile::kMinMemLimit || f.memLimit() > KeyFile::kMaxMemLimit ||
            f.version() < KeyFile::kOldestVersion || f.version() > KeyFile::kVersion) {
            std::abort();
        }
        auto again = govcat::db::KeyFile::fromJson(parsed.value().toJson());
        if (!again || again.value().toJson() != parsed.value().toJson()) {
            std::abort();
        }
    }
    return 0;
}
