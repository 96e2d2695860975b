#include "io/xlsx/SheetStreamer.h"

#include "io/xlsx/CellRef.h"
#include "io/xlsx/SharedStrings.h"
#include "io/xlsx/Styles.h"
#include "io/xlsx/XlsxArchive.h"

#include <QDateTime>
#include <QXmlStreamReader>

namespace govcat::io {

namespace {

struct RawCell
{
    QString ref;
    QString type;
    int style = 0;
    QString v;
    bool hasV = false;
    bool hasInline = false;
    QString inlineText;
    bool formula = false;
};

// Reads <c> from its start to its end element.
RawCell readRawCell(QXmlStreamReader& xml)
{
    RawCell raw;
    const auto attrs = xml.attributes();
    raw.ref = attrs.value(QStringLiteral("r")).toString();
    raw.type = attrs.value(QStringLiteral("t")).toString();
    raw.style = attrs.value(QStringLiteral("s")).toInt();
    while (readNextSafe(xml)) {
        if (xml.isStartElement()) {
            if (xml.name() == QStringLiteral("v")) {
                raw.v = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                raw.hasV = true;
            } else if (xml.name() == QStringLiteral("f")) {
                raw.formula = true;
                xml.skipCurrentElement();
            } else if (xml.name() == QStringLiteral("is")) {
                raw.inlineText = readStringItem(xml);
                raw.hasInline = true;
            } else {
                xml.skipCurrentElement();
            }
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("c")) {
            break;
        }
    }
    return raw;
}

Error badCell(const SheetContext& context, const QString& ref, const QString& what)
{
    return makeError(Error::Kind::Invalid,
                     QStringLiteral("工作表“%1”的单元格 %2 %3。").arg(context.sheetName, ref, what));
}

// Turns the raw XML of a cell into a typed cell. Returns false with *error set for a broken cell,
// false without an error for a cell that holds no value.
bool toCell(const RawCell& raw, const SheetContext& context, Cell* cell, Error* error)
{
    cell->formula = raw.formula;
    const QString& t = raw.type;
    if (t == QStringLiteral("inlineStr")) {
        if (!raw.hasInline && !raw.hasV) {
            return false;
        }
        cell->type = CellType::String;
        cell->text = raw.hasInline ? raw.inlineText : raw.v;
        cell->value = cell->text;
        return true;
    }
    if (!raw.hasV || raw.v.isEmpty()) {
        return false; // no value, e.g. a formula openpyxl wrote without its result
    }
    cell->text = raw.v;
    if (t == QStringLiteral("s")) {
        bool ok = false;
        const qsizetype index = raw.v.trimmed().toLongLong(&ok);
        if (!ok || !context.strings || !context.strings->contains(index)) {
            *error = badCell(context, raw.ref, QStringLiteral("引用了不存在的共享字符串 %1").arg(raw.v));
            return false;
        }
        cell->type = CellType::String;
        cell->text = context.strings->at(index);
        cell->value = cell->text;
    } else if (t == QStringLiteral("str")) {
        cell->type = CellType::String;
        cell->text = decodeOoxmlEscapes(raw.v);
        cell->value = cell->text;
    } else if (t == QStringLiteral("b")) {
        cell->type = CellType::Boolean;
        const bool on = raw.v.trimmed() == QStringLiteral("1") ||
                        raw.v.trimmed().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
        cell->value = on;
        cell->text = on ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (t == QStringLiteral("e")) {
        cell->type = CellType::Error;
        cell->value = raw.v;
    } else if (t == QStringLiteral("d")) {
        const QDateTime when = QDateTime::fromString(raw.v.trimmed(), Qt::ISODateWithMs);
        cell->type = when.isValid() ? CellType::Date : CellType::String;
        cell->value = when.isValid() ? QVariant(when) : QVariant(raw.v);
    } else {
        bool ok = false;
        const double number = raw.v.trimmed().toDouble(&ok);
        if (!ok) {
            cell->type = CellType::String; // text where a number was declared: keep the text
            cell->value = raw.v;
            return true;
        }
        cell->type = CellType::Number;
        cell->value = number;
        if (context.styles && context.styles->isDateStyle(raw.style)) {
            const QVariant date = excelSerialToDate(number, context.date1904);
            if (date.isValid()) {
                cell->type = CellType::Date;
                cell->value = date;
            }
        }
    }
    return true;
}

void readMergeCell(QXmlStreamReader& xml, QList<CellRange>* merged)
{
    const auto range = parseRangeRef(xml.attributes().value(QStringLiteral("ref")));
    if (merged && range && merged->size() < 1'000'000) {
        merged->append(
            CellRange{range->first.row, range->first.column, range->second.row, range->second.column});
    }
}

} // namespace

Result<void> streamSheet(ZipEntryDevice& device, const SheetContext& context, const RowCallback& onRow,
                         QList<CellRange>* merged)
{
    QXmlStreamReader xml(&device);
    Row row;
    int lastRow = 0;
    int lastColumn = -1;
    qint64 rowsSeen = 0;
    bool inRow = false;
    while (readNextSafe(xml)) {
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QStringLiteral("row")) {
                const auto r = xml.attributes().value(QStringLiteral("r"));
                const int number = r.isEmpty() ? lastRow + 1 : r.toInt();
                if (number < 1 || number > kMaxExcelRows) {
                    return badCell(context, r.toString(), QStringLiteral("的行号无效"));
                }
                row = Row{number, {}};
                lastRow = number;
                lastColumn = -1;
                inRow = true;
            } else if (name == QStringLiteral("c") && inRow) {
                const RawCell raw = readRawCell(xml);
                int column = lastColumn + 1;
                if (!raw.ref.isEmpty()) {
                    const auto ref = parseCellRef(raw.ref);
                    if (!ref) {
                        return badCell(context, raw.ref, QStringLiteral("的引用无效"));
                    }
                    column = ref->column;
                }
                if (column >= kMaxExcelColumns || row.cells.size() >= kMaxExcelColumns) {
                    return badCell(context, raw.ref, QStringLiteral("超出 Excel 的列范围"));
                }
                lastColumn = column;
                Cell cell;
                cell.column = column;
                Error error;
                if (toCell(raw, context, &cell, &error)) {
                    row.cells.append(std::move(cell));
                } else if (error.isError()) {
                    return error;
                }
            } else if (name == QStringLiteral("mergeCell")) {
                readMergeCell(xml, merged);
            }
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("row")) {
            inRow = false;
            if (row.cells.isEmpty()) {
                continue;
            }
            if (++rowsSeen > context.limits.maxRows) {
                return makeError(Error::Kind::Invalid,
                                 QStringLiteral("工作表“%1”超过 %2 行的上限，请拆分后再导入。")
                                     .arg(context.sheetName)
                                     .arg(context.limits.maxRows));
            }
            if (!onRow(row)) {
                return {};
            }
        }
    }
    if (xml.hasError()) {
        return xmlFailure(xml, device);
    }
    return {};
}

} // namespace govcat::io
