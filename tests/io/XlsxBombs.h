#pragma once

// Generators of the workbooks issue 13 found driving the reader to gigabytes or minutes: a huge
// cell (inline or shared), many <sheet> entries naming one part, many distinct sheets, rows × cells
// bombs and cells at column XFD. Each is a valid zip of a few MB at most; sizes are parameters so
// that the reader tests (scaled-down limits), the CLI test (default limits) and the fuzz seeds
// (tests/fuzz/corpus/xlsx/bomb-*) share them.
#include "XlsxTestFiles.h"
#include "io/xlsx/XlsxTypes.h"

#include <QRandomGenerator>

namespace govcat::io::testing {

// Text that deflate cannot shrink much (random hex digits, about 2:1), so that a big cell stays
// under the archive's compression-ratio limit and reaches the cell limit instead.
inline QByteArray incompressibleText(qsizetype chars, quint32 seed = 13)
{
    QRandomGenerator random(seed);
    QByteArray text(chars, Qt::Uninitialized);
    for (qsizetype i = 0; i < chars; ++i) {
        text[i] = "0123456789abcdef"[random.bounded(16)];
    }
    return text;
}

struct SheetEntry
{
    QByteArray name;
    QByteArray target; // relative to xl/, e.g. "worksheets/sheet1.xml"
};

// A workbook of the given <sheet> entries (one relationship each, targets as given) and parts.
inline QByteArray workbookWith(const QList<SheetEntry>& sheets, const QList<Entry>& parts,
                               const QByteArray& sharedStrings = {}, bool deflate = true)
{
    QByteArray workbook(
        R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)");
    QByteArray rels(
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)");
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray id = "rId" + QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets.at(i).name + "\" sheetId=\"" + QByteArray::number(i + 1) +
                    "\" r:id=\"" + id + "\"/>";
        rels += "<Relationship Id=\"" + id +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"" +
                sheets.at(i).target + "\"/>";
    }
    workbook += "</sheets></workbook>";
    if (!sharedStrings.isEmpty()) {
        rels +=
            R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    }
    rels += "</Relationships>";
    QList<Entry> entries{{QStringLiteral("xl/workbook.xml"), workbook},
                         {QStringLiteral("xl/_rels/workbook.xml.rels"), rels}};
    entries += parts;
    if (!sharedStrings.isEmpty()) {
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    return makeZip(entries, {}, deflate);
}

inline QByteArray oneSheetWorkbook(const QByteArray& sheetData, const QByteArray& sharedStrings = {},
                                   bool deflate = true)
{
    return workbookWith({{"信息资源", "worksheets/sheet1.xml"}},
                        {{QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(sheetData)}}, sharedStrings,
                        deflate);
}

// A catalog header row (row 1) that the importer recognises, so a file is read past the header.
inline QByteArray catalogHeaderRow()
{
    QByteArray row("<row r=\"1\">");
    const char* headers[] = {"信息资源名称", "信息资源提供方", "信息资源摘要", "共享类型", "更新周期"};
    char column = 'A';
    for (const char* h : headers) {
        row += QByteArray("<c r=\"") + column++ + "1\" t=\"inlineStr\"><is><t>" + h + "</t></is></c>";
    }
    return row + "</row>";
}

// One cell of `chars` characters as an inline string (B2, under the header).
inline QByteArray hugeInlineCell(qsizetype chars)
{
    return oneSheetWorkbook(catalogHeaderRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                            incompressibleText(chars) + "</t></is></c></row>");
}

// One shared string of `chars` characters, referred to by A2.
inline QByteArray hugeSharedString(qsizetype chars)
{
    return oneSheetWorkbook(catalogHeaderRow() + R"(<row r="2"><c r="A2" t="s"><v>0</v></c></row>)",
                            sharedStringsXml("<si><t>" + incompressibleText(chars) + "</t></si>"));
}

// `count` <sheet> entries, every one naming the same part (a catalog sheet).
inline QByteArray sheetEntriesToOnePart(int count)
{
    QList<SheetEntry> sheets;
    for (int i = 0; i < count; ++i) {
        sheets.append({"S" + QByteArray::number(i), "worksheets/sheet1.xml"});
    }
    return workbookWith(sheets,
                        {{QStringLiteral("xl/worksheets/sheet1.xml"),
                          sheetXml(catalogHeaderRow() +
                                   R"(<row r="2"><c r="A2" t="inlineStr"><is><t>人口</t></is></c></row>)")}});
}

// `count` sheets, each its own part holding `rows` rows of `cells` short numbers.
inline QByteArray distinctSheets(int count, int rows, int cells)
{
    QByteArray data;
    for (int r = 1; r <= rows; ++r) {
        data += "<row r=\"" + QByteArray::number(r) + "\">";
        for (int c = 0; c < cells; ++c) {
            data += "<c><v>" + QByteArray::number(r * 7 + c) + "</v></c>";
        }
        data += "</row>";
    }
    const QByteArray sheet = sheetXml(data);
    QList<SheetEntry> sheets;
    QList<Entry> parts;
    for (int i = 0; i < count; ++i) {
        const QByteArray target = "worksheets/sheet" + QByteArray::number(i + 1) + ".xml";
        sheets.append({"S" + QByteArray::number(i), target});
        parts.append({QStringLiteral("xl/") + QString::fromLatin1(target), sheet});
    }
    return workbookWith(sheets, parts);
}

// A catalog header, then `rows` rows with one value at column XFD (the last of Excel's grid).
inline QByteArray cellsAtXfd(int rows)
{
    QByteArray data = catalogHeaderRow();
    for (int r = 2; r <= rows + 1; ++r) {
        const QByteArray n = QByteArray::number(r);
        data += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"XFD" + n + "\"><v>" + n +
                "</v></c></row>";
    }
    return oneSheetWorkbook(data);
}

// The object limits scaled down so that inputs of a few KB reach them: what tests/fuzz/fuzz_xlsx.cpp
// reads every input with a second time, and what the bomb-* seeds of its corpus are sized for
// (tests/fuzz/make_xlsx_bomb_seeds.py).
inline XlsxLimits tightLimits()
{
    XlsxLimits tight;
    tight.maxEntryBytes = 16 * 1024 * 1024;
    tight.maxRows = 10'000;
    tight.maxSharedStrings = 100'000;
    tight.maxCellChars = 64;
    tight.maxRowChars = 256;
    tight.maxColumns = 16;
    tight.maxSheets = 4;
    tight.maxSheetNameChars = 16;
    tight.maxTotalRows = 100;
    tight.maxTotalCells = 500;
    tight.sharedStringCharsPerByte = 2;
    tight.sharedStringCharsFloor = 256;
    tight.maxSharedStringChars = 4'096;
    tight.maxMetadataBytes = 64 * 1024;
    return tight;
}

} // namespace govcat::io::testing
