#include "io/xlsx/ZipDevice.h"

#include <QIODevice>

#include <limits>

namespace govcat::io {

namespace {

QIODevice* device(voidpf stream)
{
    return static_cast<QIODevice*>(stream);
}

voidpf ZCALLBACK openDevice(voidpf, const void* path, int)
{
    auto* d = static_cast<QIODevice*>(const_cast<void*>(path));
    return d && d->isOpen() ? d : nullptr;
}

uLong ZCALLBACK readDevice(voidpf, voidpf stream, void* buffer, uLong size)
{
    const qint64 n = device(stream)->read(static_cast<char*>(buffer), qint64(size));
    return n > 0 ? uLong(n) : 0;
}

uLong ZCALLBACK writeDevice(voidpf, voidpf stream, const void* buffer, uLong size)
{
    const qint64 n = device(stream)->write(static_cast<const char*>(buffer), qint64(size));
    return n > 0 ? uLong(n) : 0;
}

ZPOS64_T ZCALLBACK tellDevice(voidpf, voidpf stream)
{
    const qint64 pos = device(stream)->pos();
    return pos >= 0 ? ZPOS64_T(pos) : ZPOS64_T(-1);
}

long ZCALLBACK seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QIODevice* d = device(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = d->pos();
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = d->size();
        break;
    default:
        return -1;
    }
    if (offset > ZPOS64_T(std::numeric_limits<qint64>::max() - base)) {
        return -1;
    }
    return d->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf)
{
    return 0; // the caller owns the device
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0; // a failed read or write already returned a short count
}

} // namespace

zlib_filefunc64_def zipDeviceFunctions()
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openDevice;
    functions.zread_file = readDevice;
    functions.zwrite_file = writeDevice;
    functions.ztell64_file = tellDevice;
    functions.zseek64_file = seekDevice;
    functions.zclose_file = closeDevice;
    functions.zerror_file = deviceError;
    functions.opaque = nullptr;
    return functions;
}

} // namespace govcat::io
