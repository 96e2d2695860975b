#include "CatalogXlsxWriter.h"

#include "ExportValues.h"
#include "core/CodeLists.h"
#include "io/catalog/CatalogColumns.h"
#include "io/report/WorkbookDeflate.h"
#include "io/report/XlsxWriterErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <cstring>
#include <thread>
#include <xlsxwriter.h>

namespace govcat::io {

namespace {

// The code lists behind the drop-downs, each once, in column order.
QList<CodeListId> listsOf(const QStringList& keys, QList<CodeListId> lists = {})
{
    for (const QString& key : keys) {
        const CatalogColumn* c = catalogColumn(key);
        if (c && c->codeList && !lists.contains(*c->codeList)) {
            lists << *c->codeList;
        }
    }
    return lists;
}

QString codeListSheetName(CodeListId id)
{
    return QStringLiteral("代码表-") + codeList(id).name;
}

} // namespace

CatalogXlsxWriter::CatalogXlsxWriter(CatalogWriteOptions options) : m_options(std::move(options))
{
    m_itemSheetKeys = resourceLinkKeys() + exportItemKeys();
    m_resourceColumns = exportColumns(exportResourceKeys(), &m_options.legalBasisTitles);
    m_itemColumns = exportColumns(m_itemSheetKeys, &m_options.legalBasisTitles);
}

CatalogXlsxWriter::~CatalogXlsxWriter()
{
    abandon();
}

void CatalogXlsxWriter::abandon()
{
    m_queue.reset(); // its thread done with the worksheets before they go
    m_batch.clear();
    if (m_book) {
        lxw_workbook_free(m_book);
        m_book = nullptr;
    }
}

Result<void> CatalogXlsxWriter::check(int code, const QString& what) const
{
    if (code == LXW_NO_ERROR) {
        return {};
    }
    return Error{Error::Kind::Io,
                 QCoreApplication::translate("govcat::CatalogXlsxWriter", "写入 Excel 文件失败（%1）：%2")
                     .arg(what, xlsxWriterProblem(code))};
}

Result<void> CatalogXlsxWriter::open(const QString& path)
{
    abandon();
    useWorkbookDeflate(); // the parts deflated at level 1, on two threads (WorkbookDeflate.h)
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    // The rows wait in temporary files until finish(): beside the file, not in the system's
    // temporary folder (PartFile.h). libxlsxwriter unlinks each one as soon as it is created.
    m_tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    options.tmpdir = m_tmpdir.data();
    m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_book) {
        return Error{
            Error::Kind::Io,
            QCoreApplication::translate("govcat::CatalogXlsxWriter", "无法创建 Excel 文件 %1。").arg(path)};
    }
    m_resources = workbook_add_worksheet(m_book, "信息资源");
    m_items = workbook_add_worksheet(m_book, "信息项");
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    m_required = workbook_add_format(m_book);
    format_set_bold(m_required);
    format_set_font_color(m_required, LXW_COLOR_RED);
    format_set_bg_color(m_required, 0xDDEBF7);
    format_set_border(m_required, LXW_BORDER_THIN);
    if (!m_resources || !m_items || !m_header || !m_required) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogXlsxWriter", "无法创建 Excel 工作表。")};
    }
    m_resourceRow = 0;
    m_itemRow = 0;
    m_failed = false;
    m_queue = std::make_unique<XlsxCellQueue>(std::thread::hardware_concurrency() >= 2);
    if (auto r = writeHeader(m_resources, exportResourceKeys()); !r) {
        return r;
    }
    if (auto r = writeHeader(m_items, m_itemSheetKeys); !r) {
        return r;
    }
    if (auto r = writeCodeLists(); !r) {
        return r;
    }
    return writeKitInfo();
}

Result<void> CatalogXlsxWriter::writeKitInfo()
{
    if (m_options.kitInfo.isEmpty()) {
        return {};
    }
    lxw_worksheet* sheet = workbook_add_worksheet(m_book, kDataCallSheet.toUtf8().constData());
    if (!sheet) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::CatalogXlsxWriter", "无法创建工作表“%1”。")
                         .arg(kDataCallSheet)};
    }
    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 1, 40, nullptr);
    for (int i = 0; i < m_options.kitInfo.size(); ++i) {
        const auto& [key, value] = m_options.kitInfo.at(i);
        worksheet_write_string(sheet, lxw_row_t(i), 0, key.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, lxw_row_t(i), 1, value.toUtf8().constData(), nullptr);
    }
    worksheet_hide(sheet);
    return {};
}

Result<void> CatalogXlsxWriter::writeHeader(lxw_worksheet* sheet, const QStringList& keys)
{
    for (int c = 0; c < keys.size(); ++c) {
        const CatalogColumn* column = catalogColumn(keys.at(c));
        const QByteArray header = column->header.toUtf8();
        if (auto r = check(worksheet_write_string(sheet, 0, lxw_col_t(c), header.constData(),
                                                  column->required ? m_required : m_header),
                           column->header);
            !r) {
            return r;
        }
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), column->width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return {};
}

// One hidden sheet per code list: 可选值 | 代码 | English; each enum column gets a drop-down
// (a list validation over the sheet's names) for every row below the header.
Result<void> CatalogXlsxWriter::writeCodeLists()
{
    const QList<CodeListId> lists = listsOf(m_itemSheetKeys, listsOf(exportResourceKeys()));
    QMap<CodeListId, QByteArray> ranges;
    for (CodeListId id : lists) {
        const CodeList& list = codeList(id);
        const QByteArray name = codeListSheetName(id).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, name.constData());
        if (!sheet) {
            return Error{Error::Kind::Io,
                         QCoreApplication::translate("govcat::CatalogXlsxWriter", "无法创建代码表工作表 %1。")
                             .arg(list.name)};
        }
        worksheet_write_string(sheet, 0, 0, "可选值", m_header);
        worksheet_write_string(sheet, 0, 1, "代码", m_header);
        worksheet_write_string(sheet, 0, 2, "English", m_header);
        worksheet_set_column(sheet, 0, 0, 18, nullptr);
        worksheet_set_column(sheet, 1, 2, 14, nullptr);
        for (int i = 0; i < list.entries.size(); ++i) {
            const CodeEntry& e = list.entries.at(i);
            worksheet_write_string(sheet, lxw_row_t(i + 1), 0, e.name.toUtf8().constData(), nullptr);
            worksheet_write_string(sheet, lxw_row_t(i + 1), 1, e.code.toUtf8().constData(), nullptr);
            worksheet_write_string(sheet, lxw_row_t(i + 1), 2, e.english.toUtf8().constData(), nullptr);
        }
        worksheet_hide(sheet);
        ranges.insert(id, "='" + name + "'!$A$2:$A$" + QByteArray::number(list.entries.size() + 1));
    }
    const auto validate = [&](lxw_worksheet* sheet, const QStringList& keys) -> Result<void> {
        for (int c = 0; c < keys.size(); ++c) {
            const CatalogColumn* column = catalogColumn(keys.at(c));
            if (!column->codeList) {
                continue;
            }
            QByteArray formula = ranges.value(*column->codeList);
            const QByteArray title =
                QCoreApplication::translate("govcat::CatalogXlsxWriter", "不在可选值中").toUtf8();
            const QByteArray message =
                QCoreApplication::translate("govcat::CatalogXlsxWriter", "请从下拉列表中选择“%1”的可选值。")
                    .arg(codeList(*column->codeList).name)
                    .toUtf8();
            lxw_data_validation v = {};
            v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            v.value_formula = formula.data();
            v.ignore_blank = LXW_VALIDATION_ON;
            v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
            v.error_title = const_cast<char*>(title.constData());
            v.error_message = const_cast<char*>(message.constData());
            if (auto r = check(
                    worksheet_data_validation_range(sheet, 1, lxw_col_t(c), kMaxRows - 1, lxw_col_t(c), &v),
                    column->header);
                !r) {
                return r;
            }
        }
        return {};
    };
    if (auto r = validate(m_resources, exportResourceKeys()); !r) {
        return r;
    }
    return validate(m_items, m_itemSheetKeys);
}

Result<void> CatalogXlsxWriter::writeText(lxw_worksheet* sheet, int row, int column, const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    if (text.size() > kMaxCellChars) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "govcat::CatalogXlsxWriter",
                         "第 %1 行第 %2 列的内容有 %3 个字符，超过 Excel 单元格的上限 %4 个字符；"
                         "请改用 CSV 或 JSON 导出。")
                         .arg(row + 1)
                         .arg(column + 1)
                         .arg(text.size())
                         .arg(kMaxCellChars)};
    }
    m_batch.addText(sheet, row, column, text);
    return {};
}

Result<void> CatalogXlsxWriter::writeCell(lxw_worksheet* sheet, int row, int column, bool number,
                                          const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    if (number) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok) {
            m_batch.addNumber(sheet, row, column, value);
            return {};
        }
    }
    return writeText(sheet, row, column, text);
}

// The error of a libxlsxwriter call made on the queue's thread, with the message only then: the
// calls run for every cell.
Result<void> CatalogXlsxWriter::queued(std::optional<XlsxCellError> error)
{
    if (!error) {
        return {};
    }
    m_failed = true;
    return check(error->code,
                 QCoreApplication::translate("govcat::CatalogXlsxWriter", "第 %1 行").arg(error->row + 1));
}

Result<void> CatalogXlsxWriter::add(const ResourceDraft& d)
{
    if (!m_book || m_failed) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogXlsxWriter", "Excel 文件没有打开。")};
    }
    if (m_resourceRow + 1 >= kMaxRows || m_itemRow + d.items.size() >= kMaxRows) {
        m_failed = true;
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogXlsxWriter",
                                                 "信息资源或信息项超过 Excel 工作表的最大行数（%1 行）；"
                                                 "请按部门分批导出，或改用 CSV 或 JSON。")
                         .arg(kMaxRows)};
    }
    const int row = ++m_resourceRow;
    for (int c = 0; c < m_resourceColumns.size(); ++c) {
        const ExportColumn& column = m_resourceColumns.at(c);
        if (auto r = writeCell(m_resources, row, c, column.isNumber(), column.text(d)); !r) {
            m_failed = true;
            return r;
        }
    }
    for (int i = 0; i < d.items.size(); ++i) {
        const int itemRow = ++m_itemRow;
        for (int c = 0; c < m_itemColumns.size(); ++c) {
            const ExportColumn& column = m_itemColumns.at(c);
            if (auto r =
                    writeCell(m_items, itemRow, c, column.isNumber(), column.text(d, &d.items.at(i), i + 1));
                !r) {
                m_failed = true;
                return r;
            }
        }
    }
    if (m_batch.cells.size() >= XlsxCellQueue::kBatchCells) {
        return queued(m_queue->push(m_batch));
    }
    return {};
}

Result<void> CatalogXlsxWriter::finish()
{
    if (!m_book || m_failed) {
        abandon();
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::CatalogXlsxWriter", "Excel 文件没有打开。")};
    }
    m_queue->push(m_batch);
    if (auto r = queued(m_queue->drain()); !r) {
        abandon();
        return r;
    }
    worksheet_autofilter(m_resources, 0, 0, lxw_row_t(m_resourceRow),
                         lxw_col_t(exportResourceKeys().size() - 1));
    worksheet_autofilter(m_items, 0, 0, lxw_row_t(m_itemRow), lxw_col_t(m_itemSheetKeys.size() - 1));
    const lxw_error e = workbook_close(m_book); // frees the workbook too
    m_book = nullptr;
    return check(e, QCoreApplication::translate("govcat::CatalogXlsxWriter", "保存"));
}

} // namespace govcat::io
