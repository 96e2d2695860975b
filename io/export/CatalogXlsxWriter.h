#pragma once

#include "CatalogWriter.h"
#include "ExportValues.h"
#include "XlsxCellQueue.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace govcat::io {

// The catalog as an .xlsx workbook in the template's layout, written with libxlsxwriter in
// constant-memory mode (rows are streamed to temporary files in the folder of the file written,
// unlinked as soon as they are created; memory does not grow with the catalog):
//   信息资源  one row per resource, the columns of resourceSheetColumns() without "items";
//   信息项    one row per data item: the link columns (资源标识, 代码, 名称, 提供方) and the item columns;
//   one hidden sheet per code list used by an enum column, feeding that column's drop-down.
// The data rows' cells are built and converted on the caller's thread and handed in batches to an
// XlsxCellQueue, which makes the libxlsxwriter calls on a second thread when there is a second core.
// Header rows are frozen and bold, mandatory columns in red; widths from CatalogColumn::width. Every
// value is a text cell except the 大普查 figures and 序号 (numbers), so codes such as 0012 keep
// their leading zeros.
class CatalogXlsxWriter final : public CatalogWriter
{
public:
    explicit CatalogXlsxWriter(CatalogWriteOptions options);
    ~CatalogXlsxWriter() override;

    Result<void> open(const QString& path) override;
    Result<void> add(const ResourceDraft& resource) override;
    Result<void> finish() override;

    static constexpr int kMaxRows = 1'048'576; // Excel's rows per sheet, header included
    static constexpr int kMaxCellChars = 32'767;

private:
    Result<void> writeHeader(lxw_worksheet* sheet, const QStringList& keys);
    Result<void> writeCodeLists();
    Result<void> writeKitInfo();
    Result<void> writeText(lxw_worksheet* sheet, int row, int column, const QString& text);
    Result<void> writeCell(lxw_worksheet* sheet, int row, int column, bool number, const QString& text);
    Result<void> check(int code, const QString& what) const;
    Result<void> queued(std::optional<XlsxCellError> error);
    void abandon();

    CatalogWriteOptions m_options;
    QByteArray m_tmpdir;         // libxlsxwriter's temporary files go here: the folder of the file written
    QStringList m_itemSheetKeys; // link keys, then item keys
    QList<ExportColumn> m_resourceColumns;
    QList<ExportColumn> m_itemColumns;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_resources = nullptr;
    lxw_worksheet* m_items = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_required = nullptr;
    int m_resourceRow = 0; // last row written (0: the header)
    int m_itemRow = 0;
    bool m_failed = false;
    XlsxCellBatch m_batch; // cells built since the last push, their texts as UTF-8
    std::unique_ptr<XlsxCellQueue> m_queue;
};

} // namespace govcat::io
