#include "io/xlsx/SheetStreamer.h"

#include "io/xlsx/CellRef.h"
#include "io/xlsx/RawCell.h"
#include "io/xlsx/SharedStrings.h"
#include "io/xlsx/XlsxArchive.h"
#include "io/xlsx/XmlScanner.h"

#include <QCoreApplication>

#include <cstring>

namespace govcat::io {

namespace {

// Reads <c> from its start to its end element; its text stops at maxBytes (XmlScanner::TooLong).
bool readRawCell(XmlScanner& xml, RawCell* raw, qsizetype maxBytes)
{
    const QByteArrayView ref = xml.attribute("r");
    raw->ref.resize(ref.size()); // keeps the capacity: no allocation from cell to cell
    if (!ref.isEmpty()) {
        std::memcpy(raw->ref.data(), ref.data(), size_t(ref.size()));
    }
    raw->kind = cellKindOf(xml.attribute("t"));
    raw->style = int(xmlInteger(xml.attribute("s")).value_or(0));
    if (!raw->v.isEmpty()) {
        raw->v.resize(0);
    }
    if (!raw->inlineText.isEmpty()) {
        raw->inlineText.resize(0);
    }
    raw->hasV = raw->hasInline = raw->formula = false;
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::Invalid) {
            return false;
        }
        if (token == XmlScanner::Token::EndElement) {
            return true; // </c>: every child is read or skipped whole
        }
        bool read = true;
        if (xml.isName("v")) {
            if (!raw->v.isEmpty()) {
                raw->v.resize(0);
            }
            read = xml.readText(&raw->v, maxBytes);
            raw->hasV = true;
        } else if (xml.isName("f")) {
            raw->formula = true;
            read = xml.skipElement();
        } else if (xml.isName("is")) {
            if (!raw->inlineText.isEmpty()) {
                raw->inlineText.resize(0);
            }
            read = readStringItem(xml, &raw->inlineText, maxBytes);
            raw->hasInline = true;
        } else {
            read = xml.skipElement();
        }
        if (!read) {
            return false;
        }
    }
}

// A <col min max width hidden> of <cols>; nullopt for one outside the grid or without a width.
std::optional<ColumnWidth> columnWidth(XmlScanner& xml)
{
    const auto first = xmlInteger(xml.attribute("min"));
    const auto last = xmlInteger(xml.attribute("max"));
    const auto width = xmlNumber(xml.attribute("width"));
    if (!first || !last || !width || *first < 1 || *last < *first || *last > kMaxExcelColumns ||
        !(*width >= 0 && *width <= 255)) {
        return std::nullopt;
    }
    const QByteArrayView hidden = xml.attribute("hidden");
    return ColumnWidth{int(*first - 1), int(*last - 1), *width, hidden == "1" || hidden == "true"};
}

// The cell's reference as the file wrote it, or where it falls when the file wrote none.
QByteArray refOf(const RawCell& raw, int column, int row)
{
    return raw.ref.isEmpty() ? (columnName(column) + QString::number(row)).toUtf8() : raw.ref;
}

Error cellTooLong(const SheetContext& context, QByteArrayView ref)
{
    return badCell(context, ref,
                   QCoreApplication::translate("govcat::SheetStreamer",
                                               "超过 %1 个字符的上限（Excel 单元格的上限），请缩短后再导入")
                       .arg(context.limits.maxCellChars));
}

Error beyondColumns(const SheetContext& context, QByteArrayView ref)
{
    return badCell(context, ref,
                   QCoreApplication::translate("govcat::SheetStreamer",
                                               "超出 %1 列（A 至 %2 列）的上限：目录表只用前几十列，"
                                               "请删去该列之后的内容再导入")
                       .arg(context.limits.maxColumns)
                       .arg(columnName(context.limits.maxColumns - 1)));
}

} // namespace

Result<void> streamSheet(ZipEntryDevice& device, const SheetContext& context, const RowCallback& onRow,
                         SheetLayout* layout)
{
    XmlScanner xml(device, context.limits.maxMarkupBytes);
    Row row;
    RawCell raw;
    int lastRow = 0;
    int lastColumn = -1;
    qint64 rowsSeen = 0;
    qint64 rowChars = 0;
    bool inRow = false;
    const qsizetype maxCellBytes = utf8BytesFor(context.limits.maxCellChars);
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::EndDocument) {
            return {};
        }
        if (token == XmlScanner::Token::Invalid) {
            return xmlFailure(xml, device);
        }
        if (token == XmlScanner::Token::StartElement) {
            if (xml.isName("row")) {
                const QByteArrayView r = xml.attribute("r");
                const qint64 number = r.isEmpty() ? lastRow + 1 : xmlInteger(r).value_or(0);
                if (number < 1 || number > kMaxExcelRows) {
                    return badCell(context, r,
                                   QCoreApplication::translate("govcat::SheetStreamer", "的行号无效"));
                }
                row.number = int(number);
                row.cells.clear();
                rowChars = 0;
                lastRow = row.number;
                lastColumn = -1;
                inRow = true;
            } else if (xml.isName("c") && inRow) {
                if (!readRawCell(xml, &raw, maxCellBytes)) {
                    if (xml.failure() == XmlScanner::Failure::TooLong) {
                        return cellTooLong(context, refOf(raw, lastColumn + 1, row.number));
                    }
                    return xmlFailure(xml, device);
                }
                int column = lastColumn + 1;
                if (!raw.ref.isEmpty()) {
                    const auto ref = parseCellRef(QByteArrayView(raw.ref));
                    if (!ref) {
                        return badCell(context, raw.ref,
                                       QCoreApplication::translate("govcat::SheetStreamer", "的引用无效"));
                    }
                    column = ref->column;
                }
                if (column >= kMaxExcelColumns || row.cells.size() >= kMaxExcelColumns) {
                    return badCell(
                        context, raw.ref,
                        QCoreApplication::translate("govcat::SheetStreamer", "超出 Excel 的列范围"));
                }
                lastColumn = column;
                Cell cell;
                cell.column = column;
                Error error;
                if (toCell(raw, context, &cell, &error)) {
                    if (column >= context.limits.maxColumns ||
                        row.cells.size() >= context.limits.maxColumns) {
                        return beyondColumns(context, refOf(raw, column, row.number));
                    }
                    if (cell.text.size() > context.limits.maxCellChars) {
                        return cellTooLong(context, refOf(raw, column, row.number));
                    }
                    rowChars += cell.text.size();
                    if (rowChars > context.limits.maxRowChars) {
                        return makeError(
                            Error::Kind::Invalid,
                            QCoreApplication::translate("govcat::SheetStreamer",
                                                        "工作表“%1”第 %2 行的单元格合计超过 %3 个字符的上限，"
                                                        "请缩短后再导入。")
                                .arg(context.sheetName)
                                .arg(row.number)
                                .arg(context.limits.maxRowChars));
                    }
                    row.cells.append(std::move(cell));
                } else if (error.isError()) {
                    return error;
                }
            } else if (xml.isName("mergeCell")) {
                const auto range = parseRangeRef(QString::fromUtf8(xml.attribute("ref")));
                if (layout && range && layout->merged.size() < 1'000'000) {
                    layout->merged.append(CellRange{range->first.row, range->first.column, range->second.row,
                                                    range->second.column});
                }
            } else if (xml.isName("col") && layout) {
                if (const auto width = columnWidth(xml); width && layout->columns.size() < kMaxExcelColumns) {
                    layout->columns.append(*width);
                }
            }
        } else if (xml.isName("row")) {
            inRow = false;
            if (row.cells.isEmpty()) {
                continue;
            }
            if (++rowsSeen > context.limits.maxRows) {
                return makeError(Error::Kind::Invalid,
                                 QCoreApplication::translate("govcat::SheetStreamer",
                                                             "工作表“%1”超过 %2 行的上限，请拆分后再导入。")
                                     .arg(context.sheetName)
                                     .arg(context.limits.maxRows));
            }
            if (!onRow(row)) {
                return {};
            }
        }
    }
}

} // namespace govcat::io
