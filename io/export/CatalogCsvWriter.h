#pragma once

#include "CatalogWriter.h"
#include "ExportValues.h"

#include <QByteArray>
#include <QFile>
#include <QStringEncoder>
#include <QStringList>

namespace govcat::io {

// The catalog as one CSV file, a row per data item (the importer's layout 2): the resource columns
// (resourceSheetColumns() without "items") repeated on each of its item rows, then the item columns;
// a resource without items gets one row with the item columns empty. RFC 4180: comma separated,
// CRLF line ends, a field quoted when it holds a comma, a quote or a line break (quotes doubled).
// UTF-8 with a byte order mark (what Excel needs to recognise UTF-8), or GB18030 on request.
// Every field goes through neutraliseCsvField (io/csv/CsvFormulaGuard.h) first, so that a value
// such as =HYPERLINK(…) is shown as text by a spreadsheet instead of run; the CSV import restores it.
class CatalogCsvWriter final : public CatalogWriter
{
public:
    explicit CatalogCsvWriter(CatalogWriteOptions options);
    ~CatalogCsvWriter() override;

    Result<void> open(const QString& path) override;
    Result<void> add(const ResourceDraft& resource) override;
    Result<void> finish() override;

    static QString quoted(const QString& field); // RFC 4180 quoting when needed

private:
    void appendRow(const QStringList& fields);
    Result<void> flush(bool force);

    CatalogWriteOptions m_options;
    QStringList m_itemKeys;
    QList<ExportColumn> m_resourceColumns;
    QList<ExportColumn> m_itemColumns;
    QFile m_file;
    QStringEncoder m_encoder;
    QString m_pending; // rows not encoded yet
    bool m_failed = false;
};

} // namespace govcat::io
