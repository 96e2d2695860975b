#pragma once

#include "core/Result.h"
#include "io/xlsx/XlsxTypes.h"

#include <functional>

namespace govcat::io {

class SharedStrings;
class Styles;
class ZipEntryDevice;

// Called once per row that has at least one value, in file order. Return false to stop reading.
using RowCallback = std::function<bool(const Row&)>;

struct SheetContext
{
    const SharedStrings* strings = nullptr;
    const Styles* styles = nullptr;
    bool date1904 = false;
    XlsxLimits limits;
    QString sheetName;
};

// Streams one worksheet's XML: rows go to onRow as they are read, so memory stays bounded by one
// row. When layout is given, the sheet's <cols> widths (before the rows) and <mergeCells> (after
// them) are appended to it; the merged ranges only when the whole sheet was read.
Result<void> streamSheet(ZipEntryDevice& device, const SheetContext& context, const RowCallback& onRow,
                         SheetLayout* layout);

} // namespace govcat::io
