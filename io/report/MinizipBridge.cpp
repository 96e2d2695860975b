#include "MinizipBridge.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <dlfcn.h>

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
constexpr unsigned kZipAutoClose = 0x1u; // QuaZip's ZIP_AUTO_CLOSE: zipClose closes the device

struct QuaZipFunctions
{
    ZipOpen3 open3 = nullptr;
    ZipClose close = nullptr;
    ZipOpenNewFile openNewFile = nullptr;
};

const QuaZipFunctions& quazip()
{
    static const QuaZipFunctions f = [] {
        QuaZipFunctions out;
        if (void* lib = dlopen("libquazip1-qt6.so.1", RTLD_NOW | RTLD_NOLOAD)) {
            out.open3 = reinterpret_cast<ZipOpen3>(dlsym(lib, "zipOpen3"));
            out.close = reinterpret_cast<ZipClose>(dlsym(lib, "zipClose"));
            out.openNewFile = reinterpret_cast<ZipOpenNewFile>(dlsym(lib, "zipOpenNewFileInZip4_64"));
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

} // namespace

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
    const int result = f.close(zip, globalComment);
    QMutexLocker lock(&mutex);
    delete openFiles().take(zip);
    return result;
}

// minizip's zipOpenNewFileInZip4_64, which libxlsxwriter calls for every part of a workbook with
// Z_DEFAULT_COMPRESSION (zlib's level 6) and no way to choose another: the level becomes
// kWorkbookDeflateLevel (MinizipBridge.h); everything else is passed on to QuaZip unchanged.
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
    if (method == kDeflated && !raw && level == kDefaultLevel) {
        level = govcat::io::kWorkbookDeflateLevel;
    }
    return f.openNewFile(zip, name, info, extraLocal, extraLocalSize, extraGlobal, extraGlobalSize, comment,
                         method, level, raw, windowBits, memLevel, strategy, password, crcForCrypting,
                         versionMadeBy, flagBase, zip64);
}

namespace govcat::io {

void ensureMinizipBridge()
{
    (void)quazip();
}

} // namespace govcat::io
