#pragma once

namespace govcat::io {

// libxlsxwriter (writing) and QuaZip (reading) both export minizip's zip* functions, and in one
// process the dynamic linker binds libxlsxwriter's calls to QuaZip's copy, whose zipOpen expects a
// QIODevice instead of a file name (a crash on the first workbook written). MinizipBridge.cpp
// defines zipOpen/zipClose in the executable, ahead of both libraries, so that libxlsxwriter opens
// its archive through QuaZip's zipOpen3 on a QFile; QuaZip's remaining zip* functions have
// minizip's signatures. Every writer calls this once before workbook_new, which also keeps the
// bridge linked into every executable that writes workbooks.
void ensureMinizipBridge();

} // namespace govcat::io
