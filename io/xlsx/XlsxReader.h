#pragma once

#include "core/Result.h"
#include "io/xlsx/SheetStreamer.h"
#include "io/xlsx/XlsxTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace govcat::io {

class XlsxArchive;
class SharedStrings;
class Styles;

// Reads .xlsx workbooks from untrusted sources, streaming one sheet at a time:
//
//   XlsxReader reader;
//   if (auto opened = reader.open(path); !opened) { show(opened.error().message); }
//   reader.readSheet(0, [](const Row& row) { ...; return true; });
//
// Values are read, never computed: formulas give their cached result. Every failure is an
// Error (Kind::Io when the file cannot be read, Kind::Invalid for a damaged or hostile workbook)
// with a message for the user in Chinese.
class XlsxReader
{
public:
    explicit XlsxReader(XlsxLimits limits = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    Result<void> open(const QString& path);
    Result<void> openData(const QByteArray& data); // a workbook in memory (tests, fuzzing)

    // Worksheets in workbook order, hidden ones included (chart sheets are left out).
    const QList<SheetInfo>& sheets() const { return m_sheets; }
    int sheetIndex(const QString& name) const; // -1 when there is no such sheet
    bool isDate1904() const { return m_date1904; }

    // Streams the sheet's rows with values (blank rows are absent) to onRow until it returns false.
    Result<void> readSheet(int index, const RowCallback& onRow);
    // The first maxRows rows with values, e.g. to find the header row.
    Result<QList<Row>> readRows(int index, int maxRows);
    // The merged ranges and column widths of a sheet (merges follow the rows in the file, so this
    // reads the sheet).
    Result<SheetLayout> readLayout(int index);
    // Merged ranges of the sheet last read to its end by readSheet.
    const QList<CellRange>& mergedCells() const { return m_layout.merged; }

private:
    Result<void> load();
    Result<void> readWorkbook(const QString& workbookPath);
    Result<void> streamWithLayout(int index, const RowCallback& onRow, SheetLayout* layout);

    XlsxLimits m_limits;
    std::unique_ptr<XlsxArchive> m_archive;
    std::unique_ptr<SharedStrings> m_strings;
    std::unique_ptr<Styles> m_styles;
    QList<SheetInfo> m_sheets;
    struct SheetCount
    {
        qint64 rows = 0;
        qint64 cells = 0;
    };
    QList<SheetCount> m_counts; // per sheet, the most rows and cells a read has seen
    qint64 m_totalRows = 0;     // their sums, bounded by XlsxLimits::maxTotalRows and maxTotalCells
    qint64 m_totalCells = 0;
    SheetLayout m_layout;
    bool m_date1904 = false;
};

} // namespace govcat::io
