#pragma once

namespace govcat::io {

// MinizipBridge looks QuaZip up with dlopen(RTLD_NOLOAD): QuaZip must already be loaded, and ahead
// of libxlsxwriter's libminizip, whose functions of the same names would otherwise serve QuaZip's
// own calls (a crash). Linking QuaZip before libxlsxwriter does both. Calling this from the bridge
// makes every program that writes a workbook link QuaZip, including one that never reads a
// workbook (the linker drops a shared library that nothing refers to). Kept in its own file
// because quazip.h declares minizip's functions, which the bridge defines differently.
void linkQuaZip();

} // namespace govcat::io
