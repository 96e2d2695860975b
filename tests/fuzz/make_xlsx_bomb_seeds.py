#!/usr/bin/python3
"""Writes the bomb-* seeds of tests/fuzz/corpus/xlsx: the hostile workbook constructs of issue 13
(tests/io/XlsxBombs.h builds them at full size for the tests) in small, sized for the scaled-down
limits fuzz_xlsx.cpp reads every input with a second time (a cell of 64 characters, a row of 256,
16 columns, 4 sheets, 100 rows and 500 cells in all). Each seed stays under libFuzzer's -max_len of
scripts/fuzz.sh (16 KB). Sheet XML (*.xml) is wrapped into a workbook by the fuzz target; workbooks
(*.xlsx) are stored, not deflated, so that mutations reach their XML.

    /usr/bin/python3 tests/fuzz/make_xlsx_bomb_seeds.py
"""
import os
import random
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "xlsx")
NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def text(n, seed=13):
    rnd = random.Random(seed)
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def sheet(rows):
    return f'<worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'


def workbook(path, sheets, parts, shared=None):
    wb = f'<workbook {NS}><sheets>' + "".join(
        f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
    wb += "</sheets></workbook>"
    rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    rels += "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}worksheet" Target="{t}"/>'
                    for i, (_, t) in enumerate(sheets))
    if shared is not None:
        rels += f'<Relationship Id="rIdS" Type="{REL}sharedStrings" Target="sharedStrings.xml"/>'
    rels += "</Relationships>"
    with zipfile.ZipFile(os.path.join(OUT, path), "w", zipfile.ZIP_STORED) as z:
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        for name, content in parts:
            z.writestr(name, content)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", f'<sst {NS}>{shared}</sst>')


def write(path, content):
    with open(os.path.join(OUT, path), "w", encoding="utf-8") as f:
        f.write(content)


ONE = '<row r="1"><c r="A1" t="inlineStr"><is><t>信息资源名称</t></is></c></row>'

# A cell of exactly the scaled limit, one past it, and a long <v>.
write("bomb-long-cell.xml", sheet(
    ONE + f'<row r="2"><c r="A2" t="inlineStr"><is><t>{text(64)}</t></is></c>'
    f'<c r="B2" t="inlineStr"><is><r><t>{text(40)}</t></r><r><t>{text(40, 2)}</t></r></is></c></row>'
    f'<row r="3"><c r="A3" t="str"><f>A1</f><v>{text(400, 3)}</v></c></row>'))
# A row whose cells fit one by one but not together.
write("bomb-long-row.xml", sheet(ONE + '<row r="2">' + "".join(
    f'<c r="{c}2" t="inlineStr"><is><t>{text(60, i)}</t></is></c>' for i, c in enumerate("ABCDE")) + "</row>"))
# Values at column XFD and just past the scaled 16 columns; a blank styled cell far out.
write("bomb-far-columns.xml", sheet(
    ONE + '<row r="2"><c r="A2"><v>1</v></c><c r="P2"><v>16</v></c><c r="XFD2" s="1"/></row>'
    '<row r="3"><c r="A3"><v>1</v></c><c r="Q3"><v>17</v></c></row>'
    + "".join(f'<row r="{r}"><c r="XFD{r}"><v>{r}</v></c></row>' for r in range(4, 40))))
# Rows x cells: 110 rows of 5 values, past 100 rows and 500 cells in all.
write("bomb-rows-cells.xml", sheet("".join(
    "<row>" + "<c><v>1</v></c>" * 5 + "</row>" for _ in range(110))))
# One long shared string (and a rich one), referred to from the sheet.
workbook("bomb-shared-string.xlsx", [("S", "worksheets/sheet1.xml")],
         [("xl/worksheets/sheet1.xml", sheet(
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'))],
         f"<si><t>{text(300)}</t></si><si><r><t>{text(50)}</t></r><r><t>{text(50, 5)}</t></r></si>")
# Many <sheet> entries naming one part.
workbook("bomb-sheet-entries-one-part.xlsx", [(f"S{i}", "worksheets/sheet1.xml") for i in range(60)],
         [("xl/worksheets/sheet1.xml", sheet(ONE))])
# More distinct sheets than the scaled limit, one with a long name.
workbook("bomb-many-sheets.xlsx",
         [(f"S{i}" if i != 2 else "N" * 40, f"worksheets/sheet{i + 1}.xml") for i in range(8)],
         [(f"xl/worksheets/sheet{i + 1}.xml", sheet(ONE + f'<row r="2"><c r="A2"><v>{i}</v></c></row>'))
          for i in range(8)])
