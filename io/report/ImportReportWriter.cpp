#include "ImportReportWriter.h"

#include "WorkbookDeflate.h"
#include "XlsxWriterErrors.h"
#include "io/export/PartFile.h"
#include "io/xlsx/CellRef.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <cmath>
#include <xlsxwriter.h>

namespace govcat::io {

namespace {

// Excel's limits: a sheet name of at most 31 characters without []:*?/\, a cell of 32,767 characters.
QByteArray sheetName(QString name, QSet<QString>& used)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name) {
        if (forbidden.contains(c)) {
            c = QLatin1Char('_');
        }
    }
    name = name.left(28);
    if (name.isEmpty()) {
        name = QStringLiteral("Sheet");
    }
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n) {
        unique = name + QString::number(n);
    }
    used.insert(unique.toLower());
    return unique.toUtf8();
}

QByteArray cellText(const QString& s)
{
    return s.left(32767).toUtf8();
}

using CellKey = std::pair<int, int>; // row (0-based), column
// The notes of one sheet by cell: their messages (several share the cell's comment), and whether
// any is an error (else they are warnings).
using Marks = QMap<CellKey, std::pair<QStringList, bool>>;

// The merged ranges of the user's sheet that the report merges again: ranges of at least two cells
// within Excel's grid, none overlapping one kept before it, at most kMaxMerges ranges and
// kMaxMergedCells cells in all (libxlsxwriter writes a blank cell for each), so a hostile file
// cannot make the report huge or slow.
constexpr qsizetype kMaxMerges = 5'000;
constexpr qint64 kMaxMergedCells = 200'000;

// libxlsxwriter takes a column width in characters and stores it with Excel's cell padding (5
// pixels, at a maximum digit width of 7 pixels); this turns a width as stored in a file back into
// the width to give it, so the report's columns come out as wide as the user's.
double widthToSet(double stored)
{
    const double pixels = std::round(stored * 7);
    return pixels >= 12 ? (pixels - 5) / 7 : pixels / 12;
}

QList<CellRange> mergesToKeep(const QList<CellRange>& declared)
{
    QList<CellRange> kept;
    qint64 cells = 0;
    for (const CellRange& r : declared) {
        if (kept.size() == kMaxMerges) {
            break;
        }
        const bool inGrid = r.firstRow >= 1 && r.lastRow <= kMaxExcelRows && r.firstRow <= r.lastRow &&
                            r.firstColumn >= 0 && r.lastColumn < kMaxExcelColumns &&
                            r.firstColumn <= r.lastColumn;
        if (!inGrid) {
            continue;
        }
        const qint64 area = qint64(r.lastRow - r.firstRow + 1) * (r.lastColumn - r.firstColumn + 1);
        if (area < 2 || cells + area > kMaxMergedCells) {
            continue;
        }
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&r](const CellRange& k) {
            return r.firstRow <= k.lastRow && k.firstRow <= r.lastRow && r.firstColumn <= k.lastColumn &&
                   k.firstColumn <= r.lastColumn;
        });
        if (!overlaps) {
            kept << r;
            cells += area;
        }
    }
    return kept;
}

class ReportBook
{
public:
    explicit ReportBook(const QString& path) : m_tmpdir(QFile::encodeName(QFileInfo(path).absolutePath()))
    {
        useWorkbookDeflate();
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = m_tmpdir.data(); // each part's XML is staged here before it is zipped
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (m_book) {
            m_bad = workbook_add_format(m_book);
            format_set_pattern(m_bad, LXW_PATTERN_SOLID);
            format_set_bg_color(m_bad, 0xFFC7CE);
            format_set_font_color(m_bad, 0x9C0006);
            m_warn = workbook_add_format(m_book);
            format_set_pattern(m_warn, LXW_PATTERN_SOLID);
            format_set_bg_color(m_warn, 0xFFEB9C);
            m_bold = workbook_add_format(m_book);
            format_set_bold(m_bold);
            m_wrap = workbook_add_format(m_book);
            format_set_text_wrap(m_wrap);
        }
    }
    ~ReportBook()
    {
        if (m_book) {
            workbook_close(m_book); // only after a failure: close() took it otherwise
        }
    }
    ReportBook(const ReportBook&) = delete;
    ReportBook& operator=(const ReportBook&) = delete;

    bool ok() const { return m_book != nullptr; }
    lxw_worksheet* addSheet(const QString& name)
    {
        return workbook_add_worksheet(m_book, sheetName(name, m_used).constData());
    }
    lxw_format* bad() const { return m_bad; }
    // The highlight of a cell: error, warning, or none for a cell without notes.
    lxw_format* markFormat(const Marks& marks, CellKey cell) const
    {
        const auto mark = marks.constFind(cell);
        return mark == marks.cend() ? nullptr : mark->second ? m_bad : m_warn;
    }
    lxw_format* warn() const { return m_warn; }
    lxw_format* bold() const { return m_bold; }
    lxw_format* wrap() const { return m_wrap; }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

private:
    QByteArray m_tmpdir;
    lxw_workbook* m_book = nullptr;
    lxw_format* m_bad = nullptr;
    lxw_format* m_warn = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_wrap = nullptr;
    QSet<QString> m_used;
};

void writeSummary(ReportBook& book, lxw_worksheet* ws, const QStringList& sheets,
                  const QList<ReportNote>& notes)
{
    const int errors =
        int(std::count_if(notes.cbegin(), notes.cend(), [](const ReportNote& n) { return n.error; }));
    worksheet_write_string(ws, 0, 0,
                           cellText(QCoreApplication::translate(
                                        "govcat::ImportReportWriter",
                                        "共 %1 个错误、%2 个提示。请按批注修改标红的单元格，保存后重新导入。")
                                        .arg(errors)
                                        .arg(notes.size() - errors))
                               .constData(),
                           book.bold());
    const QStringList header = {QCoreApplication::translate("govcat::ImportReportWriter", "工作表"),
                                QCoreApplication::translate("govcat::ImportReportWriter", "单元格"),
                                QCoreApplication::translate("govcat::ImportReportWriter", "信息资源"),
                                QCoreApplication::translate("govcat::ImportReportWriter", "类别"),
                                QCoreApplication::translate("govcat::ImportReportWriter", "问题及修改方法")};
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(ws, 2, lxw_col_t(c), cellText(header.at(c)).constData(), book.bold());
    }
    worksheet_freeze_panes(ws, 3, 0);
    worksheet_set_column(ws, 0, 0, 16, nullptr);
    worksheet_set_column(ws, 1, 1, 10, nullptr);
    worksheet_set_column(ws, 2, 2, 28, nullptr);
    worksheet_set_column(ws, 3, 3, 6, nullptr);
    worksheet_set_column(ws, 4, 4, 90, book.wrap());
    lxw_row_t row = 3;
    for (const ReportNote& n : notes) {
        const bool inSheet = n.cell.sheet >= 0 && n.cell.sheet < sheets.size();
        worksheet_write_string(ws, row, 0,
                               cellText(inSheet ? sheets.at(n.cell.sheet) : QString()).constData(), nullptr);
        const QString where =
            !inSheet ? QString()
            : n.cell.column >= 0
                ? columnName(n.cell.column) + QString::number(n.cell.row)
                : QCoreApplication::translate("govcat::ImportReportWriter", "第 %1 行").arg(n.cell.row);
        worksheet_write_string(ws, row, 1, cellText(where).constData(), nullptr);
        worksheet_write_string(ws, row, 2, cellText(n.resource).constData(), nullptr);
        worksheet_write_string(
            ws, row, 3,
            cellText(n.error ? QCoreApplication::translate("govcat::ImportReportWriter", "错误")
                             : QCoreApplication::translate("govcat::ImportReportWriter", "提示"))
                .constData(),
            n.error ? book.bad() : book.warn());
        worksheet_write_string(ws, row, 4, cellText(n.message).constData(), book.wrap());
        ++row;
    }
}

// The user's column widths, and the merged ranges: written before the values, each range's first
// cell blank, so the values written after fill them.
Result<void> writeLayout(const ReportBook& book, lxw_worksheet* ws, TableSource& source, int sheet,
                         const Marks& marks)
{
    auto layout = source.layout(sheet);
    if (!layout) {
        return layout.error();
    }
    for (const ColumnWidth& w : layout.value().columns) {
        lxw_row_col_options hidden{};
        hidden.hidden = w.hidden ? LXW_TRUE : LXW_FALSE;
        worksheet_set_column_opt(ws, lxw_col_t(w.first), lxw_col_t(w.last), widthToSet(w.width), nullptr,
                                 &hidden);
    }
    for (const CellRange& r : mergesToKeep(layout.value().merged)) {
        worksheet_merge_range(ws, lxw_row_t(r.firstRow - 1), lxw_col_t(r.firstColumn),
                              lxw_row_t(r.lastRow - 1), lxw_col_t(r.lastColumn), "",
                              book.markFormat(marks, {r.firstRow - 1, r.firstColumn}));
    }
    return {};
}

} // namespace

QString cellName(const QStringList& sheets, const SourceCell& cell)
{
    if (!cell.isValid() || cell.sheet >= sheets.size()) {
        return {};
    }
    if (cell.column < 0) {
        return QCoreApplication::translate("govcat::ImportReportWriter", "%1 第 %2 行")
            .arg(sheets.at(cell.sheet))
            .arg(cell.row);
    }
    return QStringLiteral("%1!%2%3").arg(sheets.at(cell.sheet), columnName(cell.column)).arg(cell.row);
}

namespace {

// The report written to `path` (the part file); messages name `outPath`, the file the user chose.
Result<void> writeReportBook(TableSource* source, const QList<ReportNote>& notes, const QString& path,
                             const QString& outPath)
{
    ReportBook book(path);
    if (!book.ok()) {
        return Error{
            Error::Kind::Io,
            QCoreApplication::translate("govcat::ImportReportWriter", "无法创建错误报告“%1”。").arg(outPath)};
    }
    const QStringList sheets = source ? source->sheetNames() : QStringList();
    writeSummary(book, book.addSheet(QCoreApplication::translate("govcat::ImportReportWriter", "错误汇总")),
                 sheets, notes);

    for (int s = 0; s < sheets.size(); ++s) {
        // The notes of this sheet by cell; several problems in one cell share its comment.
        Marks marks;
        for (const ReportNote& n : notes) {
            if (n.cell.sheet == s && n.cell.row > 0) {
                auto& mark = marks[{n.cell.row - 1, std::max(0, n.cell.column)}];
                mark.first << n.message;
                mark.second = mark.second || n.error;
            }
        }
        lxw_worksheet* ws = book.addSheet(sheets.at(s));
        if (auto r = writeLayout(book, ws, *source, s, marks); !r) {
            return r;
        }
        QSet<CellKey> written; // marked cells that had a value
        auto streamed = source->stream(s, [&](const TableRow& row) {
            const auto r = lxw_row_t(row.number - 1);
            for (int c = 0; c < row.cells.size() && c < kMaxExcelColumns; ++c) {
                lxw_format* format = book.markFormat(marks, {int(r), c});
                if (!row.cells.at(c).isEmpty()) {
                    worksheet_write_string(ws, r, lxw_col_t(c), cellText(row.cells.at(c)).constData(),
                                           format);
                    if (format) {
                        written.insert({int(r), c});
                    }
                }
            }
            return true;
        });
        if (!streamed) {
            return streamed.error();
        }
        for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
            const auto r = lxw_row_t(it.key().first);
            const auto c = lxw_col_t(it.key().second);
            if (!written.contains(it.key())) { // an empty cell that should have a value
                worksheet_write_blank(ws, r, c, it->second ? book.bad() : book.warn());
            }
            lxw_comment_options options{};
            QByteArray author = QByteArrayLiteral("govcat");
            options.author = author.data();
            options.width = 320;
            options.height = 120;
            worksheet_write_comment_opt(ws, r, c, cellText(it->first.join(QLatin1Char('\n'))).constData(),
                                        &options);
        }
    }
    if (const lxw_error e = book.close(); e != LXW_NO_ERROR) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::ImportReportWriter", "错误报告“%1”未能写出：%2")
                         .arg(outPath, xlsxWriterProblem(e))};
    }
    return {};
}

} // namespace

Result<void> writeImportReport(TableSource* source, const QList<ReportNote>& notes, const QString& outPath)
{
    // Written beside outPath under a 0600 name and renamed when complete (PartFile.h); the part is
    // removed when anything fails, including what the book writes out when it closes after a failure.
    PartFile part(outPath);
    if (auto created = part.create(); !created) {
        return created.error();
    }
    if (auto written = writeReportBook(source, notes, part.path(), outPath); !written) {
        return written;
    }
    return part.commit();
}

} // namespace govcat::io
