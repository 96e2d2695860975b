#include "MinizipBridge.h"

#include "ParallelDeflate.h"
#include "QuaZipLink.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <dlfcn.h>
#include <memory>
#include <thread>

namespace {

// QuaZip's zipOpen3 and zipClose, looked up in QuaZip itself (never minizip's copies).
using ZipOpen3 = void* (*)(void* device, int append, const char** globalComment, void* fileFuncs,
                           unsigned flags);
using ZipClose = int (*)(void* zip, const char* globalComment);
using ZipOpenNewFile = int (*)(void* zip, const char* name, const void* info, const void* extraLocal,
                               unsigned extraLocalSize, const void* extraGlobal, unsigned extraGlobalSize,
                               const char* comment, int method, int level, int raw, int windowBits,
                               int memLevel, int strategy, const char* password, unsigned long crcForCrypting,
                               unsigned long versionMadeBy, unsigned long flagBase, int zip64);
using ZipWrite = int (*)(void* zip, const void* data, unsigned size);
using ZipCloseFile = int (*)(void* zip);
using ZipCloseFileRaw = int (*)(void* zip, unsigned long long uncompressedSize, unsigned long crc);
constexpr unsigned kZipAutoClose = 0x1u; // QuaZip's ZIP_AUTO_CLOSE: zipClose closes the device

struct QuaZipFunctions
{
    ZipOpen3 open3 = nullptr;
    ZipClose close = nullptr;
    ZipOpenNewFile openNewFile = nullptr;
    ZipWrite write = nullptr;
    ZipCloseFile closeFile = nullptr;
    ZipCloseFileRaw closeFileRaw = nullptr;
};

const QuaZipFunctions& quazip()
{
    static const QuaZipFunctions f = [] {
        QuaZipFunctions out;
        govcat::io::linkQuaZip();
        if (void* lib = dlopen("libquazip1-qt6.so.1", RTLD_NOW | RTLD_NOLOAD)) {
            out.open3 = reinterpret_cast<ZipOpen3>(dlsym(lib, "zipOpen3"));
            out.close = reinterpret_cast<ZipClose>(dlsym(lib, "zipClose"));
            out.openNewFile = reinterpret_cast<ZipOpenNewFile>(dlsym(lib, "zipOpenNewFileInZip4_64"));
            out.write = reinterpret_cast<ZipWrite>(dlsym(lib, "zipWriteInFileInZip"));
            out.closeFile = reinterpret_cast<ZipCloseFile>(dlsym(lib, "zipCloseFileInZip"));
            out.closeFileRaw = reinterpret_cast<ZipCloseFileRaw>(dlsym(lib, "zipCloseFileInZipRaw64"));
            dlclose(lib);
        }
        return out;
    }();
    return f;
}

QMutex mutex;
QHash<void*, QFile*>& openFiles()
{
    static QHash<void*, QFile*> files;
    return files;
}

// The entries being deflated on several threads (zipOpenNewFileInZip4_64 below), by archive.
QHash<void*, std::shared_ptr<govcat::io::ParallelDeflate>>& parallelEntries()
{
    static QHash<void*, std::shared_ptr<govcat::io::ParallelDeflate>> entries;
    return entries;
}

std::shared_ptr<govcat::io::ParallelDeflate> parallelEntry(void* zip)
{
    QMutexLocker lock(&mutex);
    return parallelEntries().value(zip);
}

int deflateThreads()
{
    return int(std::min(std::thread::hardware_concurrency(), 4u));
}

} // namespace

extern "C" int zipCloseFileInZip(void* zip); // below

// minizip's zipOpen(const char* path, int append), as libxlsxwriter calls it.
extern "C" __attribute__((visibility("default"))) void* zipOpen(const char* path, int append)
{
    const QuaZipFunctions& f = quazip();
    if (!f.open3 || !path) {
        return nullptr;
    }
    auto* file = new QFile(QFile::decodeName(path));
    void* zip = f.open3(file, append, nullptr, nullptr, kZipAutoClose);
    if (!zip) {
        delete file;
        return nullptr;
    }
    QMutexLocker lock(&mutex);
    openFiles().insert(zip, file);
    return zip;
}

extern "C" __attribute__((visibility("default"))) int zipClose(void* zip, const char* globalComment)
{
    const QuaZipFunctions& f = quazip();
    if (!f.close) {
        return -1;
    }
    if (parallelEntry(zip)) { // an entry left open: finished as QuaZip's zipClose would finish its own
        zipCloseFileInZip(zip);
    }
    const int result = f.close(zip, globalComment);
    QMutexLocker lock(&mutex);
    delete openFiles().take(zip);
    return result;
}

// minizip's zipOpenNewFileInZip4_64, which libxlsxwriter calls for every part of a workbook with
// Z_DEFAULT_COMPRESSION (zlib's level 6) and no way to choose another: the level becomes
// kWorkbookDeflateLevel (MinizipBridge.h). With two or more cores the part is opened raw and deflated
// by ParallelDeflate (zipWriteInFileInZip and zipCloseFileInZip below); otherwise QuaZip deflates it.
extern "C" __attribute__((visibility("default"))) int
zipOpenNewFileInZip4_64(void* zip, const char* name, const void* info, const void* extraLocal,
                        unsigned extraLocalSize, const void* extraGlobal, unsigned extraGlobalSize,
                        const char* comment, int method, int level, int raw, int windowBits, int memLevel,
                        int strategy, const char* password, unsigned long crcForCrypting,
                        unsigned long versionMadeBy, unsigned long flagBase, int zip64)
{
    const QuaZipFunctions& f = quazip();
    if (!f.openNewFile) {
        return -1; // ZIP_ERRNO
    }
    constexpr int kDeflated = 8;      // Z_DEFLATED
    constexpr int kDefaultLevel = -1; // Z_DEFAULT_COMPRESSION
    const bool ours = method == kDeflated && !raw && level == kDefaultLevel && !password;
    if (ours) {
        level = govcat::io::kWorkbookDeflateLevel;
    }
    const bool parallel = ours && deflateThreads() >= 2 && f.write && f.closeFileRaw;
    const int result =
        f.openNewFile(zip, name, info, extraLocal, extraLocalSize, extraGlobal, extraGlobalSize, comment,
                      method, level, parallel ? 1 : raw, windowBits, memLevel, strategy, password,
                      crcForCrypting, versionMadeBy, flagBase, zip64);
    if (result == 0 && parallel) {
        const ZipWrite write = f.write;
        auto entry = std::make_shared<govcat::io::ParallelDeflate>(
            level, deflateThreads(), [zip, write](const char* data, std::size_t size) {
                return write(zip, data, unsigned(size)) == 0;
            });
        QMutexLocker lock(&mutex);
        parallelEntries().insert(zip, std::move(entry));
    }
    return result;
}

extern "C" __attribute__((visibility("default"))) int zipWriteInFileInZip(void* zip, const void* data,
                                                                          unsigned size)
{
    if (const auto entry = parallelEntry(zip)) {
        return entry->write(static_cast<const char*>(data), size) ? 0 : -1;
    }
    const QuaZipFunctions& f = quazip();
    return f.write ? f.write(zip, data, size) : -1;
}

extern "C" __attribute__((visibility("default"))) int zipCloseFileInZip(void* zip)
{
    const QuaZipFunctions& f = quazip();
    std::shared_ptr<govcat::io::ParallelDeflate> entry;
    {
        QMutexLocker lock(&mutex);
        entry = parallelEntries().take(zip);
    }
    if (!entry) {
        return f.closeFile ? f.closeFile(zip) : -1;
    }
    const bool written = entry->finish();
    const int closed = f.closeFileRaw(zip, entry->totalIn(), entry->crc());
    return written ? closed : -1;
}

namespace govcat::io {

void ensureMinizipBridge()
{
    (void)quazip();
}

} // namespace govcat::io
