#pragma once

#include <minizip/ioapi.h>

namespace govcat::io {

// minizip's file functions over a QIODevice: pass the device (open, random access, such as a QFile
// or a QBuffer) as the path of unzOpen2_64 or zipOpen2_64. The device stays open and owned by the
// caller; closing the archive does not close it.
zlib_filefunc64_def zipDeviceFunctions();

} // namespace govcat::io
