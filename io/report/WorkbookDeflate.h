#pragma once

namespace govcat::io {

// libxlsxwriter zips every workbook through Debian's libminizip (the same library whose unzip half
// reads workbooks in io/xlsx/XlsxArchive; it is the only zip code in the process) and deflates each
// part at zlib's default level 6, with no option to choose another (lxw_workbook_options in 1.1.4
// has only constant_memory, tmpdir and use_zip64). WorkbookDeflate.cpp defines four of minizip's
// functions in the program, with the prototypes of <minizip/zip.h>: zipOpenNewFileInZip4_64,
// zipWriteInFileInZip, zipCloseFileInZip and zipClose. The dynamic linker binds libxlsxwriter's calls
// to them (an executable's definitions come first, as with a malloc replacement), and each passes
// the call on to libminizip's own function, found with dlsym(RTLD_NEXT) (no library name, no link
// order). Only a part opened as libxlsxwriter opens them (deflate, default level, no password) is
// changed: it is deflated at kWorkbookDeflateLevel, and with two or more cores by ParallelDeflate on
// up to four threads, stored through minizip's raw mode with the combined CRC-32. Every other call
// (the tests' own zip files, another level) is minizip's unchanged.
//
// Every workbook writer calls this before workbook_new: it keeps these definitions linked into every
// program that writes workbooks (a static library's object is linked only when something uses it).
// Should libminizip's functions not be found, zipOpenNewFileInZip4_64 fails and so does the writer's
// workbook_close, with libxlsxwriter's zip error.
void useWorkbookDeflate();

// The level of every workbook govcat writes (catalog exports, import reports), zlib's fastest.
// Exporting the 100,000-resource demo: about 2.7 s less CPU out of 15 s for a file of 102 MB instead
// of 84 MB (docs/PERFORMANCE.md, "Catalog export"); LibreOffice and the importer read any level.
inline constexpr int kWorkbookDeflateLevel = 1;

} // namespace govcat::io
