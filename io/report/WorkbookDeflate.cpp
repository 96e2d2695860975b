#include "WorkbookDeflate.h"

#include "ParallelDeflate.h"

#include <QHash>
#include <QMutex>

#include <dlfcn.h>
#include <memory>
#include <minizip/zip.h>
#include <thread>

namespace {

// libminizip's own functions (the next definition after this program's).
struct Minizip
{
    decltype(&zipOpenNewFileInZip4_64) openNewFile = nullptr;
    decltype(&zipWriteInFileInZip) write = nullptr;
    decltype(&zipCloseFileInZip) closeFile = nullptr;
    decltype(&zipCloseFileInZipRaw64) closeFileRaw = nullptr;
    decltype(&zipClose) close = nullptr;

    bool complete() const { return openNewFile && write && closeFile && closeFileRaw && close; }
};

template <typename F> void next(F& function, const char* name)
{
    function = reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

const Minizip& minizip()
{
    static const Minizip m = [] {
        Minizip out;
        next(out.openNewFile, "zipOpenNewFileInZip4_64");
        next(out.write, "zipWriteInFileInZip");
        next(out.closeFile, "zipCloseFileInZip");
        next(out.closeFileRaw, "zipCloseFileInZipRaw64");
        next(out.close, "zipClose");
        return out;
    }();
    return m;
}

QMutex mutex;

// The entries being deflated on several threads (zipOpenNewFileInZip4_64 below), by archive.
QHash<zipFile, std::shared_ptr<govcat::io::ParallelDeflate>>& parallelEntries()
{
    static QHash<zipFile, std::shared_ptr<govcat::io::ParallelDeflate>> entries;
    return entries;
}

std::shared_ptr<govcat::io::ParallelDeflate> parallelEntry(zipFile zip)
{
    QMutexLocker lock(&mutex);
    return parallelEntries().value(zip);
}

int deflateThreads()
{
    return int(std::min(std::thread::hardware_concurrency(), 4u));
}

} // namespace

// minizip's zipOpenNewFileInZip4_64, which libxlsxwriter calls for every part of a workbook with
// Z_DEFAULT_COMPRESSION and no way to choose another: the level becomes kWorkbookDeflateLevel
// (WorkbookDeflate.h). With two or more cores the part is opened raw and deflated by ParallelDeflate
// (zipWriteInFileInZip and zipCloseFileInZip below); otherwise minizip deflates it.
extern "C" __attribute__((visibility("default"))) int zipOpenNewFileInZip4_64(
    zipFile file, const char* filename, const zip_fileinfo* zipfi, const void* extrafield_local,
    uInt size_extrafield_local, const void* extrafield_global, uInt size_extrafield_global,
    const char* comment, int method, int level, int raw, int windowBits, int memLevel, int strategy,
    const char* password, uLong crcForCrypting, uLong versionMadeBy, uLong flagBase, int zip64)
{
    const Minizip& m = minizip();
    if (!m.complete()) {
        return ZIP_ERRNO;
    }
    const bool ours = method == Z_DEFLATED && !raw && level == Z_DEFAULT_COMPRESSION && !password;
    if (ours) {
        level = govcat::io::kWorkbookDeflateLevel;
    }
    const bool parallel = ours && deflateThreads() >= 2;
    const int result =
        m.openNewFile(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                      size_extrafield_global, comment, method, level, parallel ? 1 : raw, windowBits,
                      memLevel, strategy, password, crcForCrypting, versionMadeBy, flagBase, zip64);
    if (result == ZIP_OK && parallel) {
        const auto write = m.write;
        auto entry = std::make_shared<govcat::io::ParallelDeflate>(
            level, deflateThreads(), [file, write](const char* data, std::size_t size) {
                return write(file, data, unsigned(size)) == ZIP_OK;
            });
        QMutexLocker lock(&mutex);
        parallelEntries().insert(file, std::move(entry));
    }
    return result;
}

extern "C" __attribute__((visibility("default"))) int zipWriteInFileInZip(zipFile file, const void* buf,
                                                                          unsigned len)
{
    if (const auto entry = parallelEntry(file)) {
        return entry->write(static_cast<const char*>(buf), len) ? ZIP_OK : ZIP_ERRNO;
    }
    const Minizip& m = minizip();
    return m.write ? m.write(file, buf, len) : ZIP_ERRNO;
}

extern "C" __attribute__((visibility("default"))) int zipCloseFileInZip(zipFile file)
{
    const Minizip& m = minizip();
    std::shared_ptr<govcat::io::ParallelDeflate> entry;
    {
        QMutexLocker lock(&mutex);
        entry = parallelEntries().take(file);
    }
    if (!entry) {
        return m.closeFile ? m.closeFile(file) : ZIP_ERRNO;
    }
    const bool written = entry->finish();
    const int closed = m.closeFileRaw(file, entry->totalIn(), entry->crc());
    return written ? closed : ZIP_ERRNO;
}

extern "C" __attribute__((visibility("default"))) int zipClose(zipFile file, const char* global_comment)
{
    const Minizip& m = minizip();
    if (parallelEntry(file)) { // an entry left open: finished as minizip's zipClose finishes its own
        zipCloseFileInZip(file);
    }
    return m.close ? m.close(file, global_comment) : ZIP_ERRNO;
}

namespace govcat::io {

void useWorkbookDeflate()
{
    (void)minizip();
}

} // namespace govcat::io
