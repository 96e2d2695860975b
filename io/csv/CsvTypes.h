#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace govcat::io {

// Resource caps for reading untrusted CSV files. Defaults suit catalog files with room to spare.
struct CsvLimits
{
    qint64 maxFileBytes = 1024LL * 1024 * 1024; // the whole file, checked before any row is read (streamed)
    qint64 maxCellBytes = 1024 * 1024;          // one field as stored (quotes removed, before decoding)
    qint64 maxRowBytes = 16LL * 1024 * 1024;    // all fields of one record together
    int maxColumns = 16'384;                    // fields in one record (Excel's column count)
    qint64 maxRows = 1'048'576;                 // non-blank records
};

enum class CsvEncoding
{
    Auto,    // a UTF-8 BOM → UTF-8; otherwise UTF-8 when the whole file is valid UTF-8, else GB18030
    Utf8,    // with or without a BOM (a BOM is skipped)
    Gb18030, // GB18030, which includes GBK and GB2312
};

struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Auto;
    // ',' ';' '\t', or other ASCII punctuation or space below '@' except the quote (isUsableCsvDelimiter);
    // 0 = detect from the first non-blank line: ',' when it has a comma outside quotes, otherwise the
    // more frequent of tab and ';'.
    char delimiter = 0;
    CsvLimits limits;
};

struct CsvRow
{
    qint64 number = 0; // physical line (1-based) where the record starts; quoted line breaks count
    QStringList cells; // as in the file: empty fields included, none trimmed
};

// What a read found out; valid once the encoding check passed, also when rows failed later.
struct CsvInfo
{
    CsvEncoding encoding = CsvEncoding::Auto; // Utf8 or Gb18030 once decided
    bool bom = false;                         // the file started with a UTF-8 BOM
    char delimiter = 0;
    qint64 rows = 0; // non-blank records passed to the callback
};

// Called once per record with at least one non-empty field. Return false to stop reading.
using CsvRowCallback = std::function<bool(const CsvRow&)>;

QString csvEncodingName(CsvEncoding encoding); // "UTF-8", "GB18030", "自动"

} // namespace govcat::io
