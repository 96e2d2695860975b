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

// The bridge also defines zipOpenNewFileInZip4_64, which libxlsxwriter calls for each part of a
// workbook with zlib's default level (6) and no option to change it: every workbook govcat writes
// (catalog exports, import reports) is deflated at this level instead, zlib's fastest. Exporting the
// 100,000-resource demo: about 2.7 s less CPU out of 15 s for a file of 102 MB instead of 84 MB
// (docs/PERFORMANCE.md, "Catalog export"); LibreOffice and the importer read any level. With two or
// more cores, zipWriteInFileInZip and zipCloseFileInZip are bridged as well: such a part is stored
// raw and deflated by ParallelDeflate on up to four threads.
inline constexpr int kWorkbookDeflateLevel = 1;

} // namespace govcat::io
