#pragma once

#include "core/Result.h"
#include "io/csv/CsvTypes.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace govcat::io {

// Reads CSV files from untrusted sources, streaming records to a callback:
//
//   CsvReader reader;
//   auto read = reader.readFile(path, [](const CsvRow& row) { ...; return true; });
//   if (!read) { show(read.error().message); } else { read.value().encoding; }
//
// Two passes over the file, each in 64 KiB chunks, so memory stays bounded by one record: the first
// checks the size and the encoding (and so refuses UTF-16, binary files and invalid byte sequences
// before any row is delivered), the second parses. Errors found while parsing (a limit, a missing
// closing quote, a read failure) come after the rows before them were delivered: callers that must
// not act on half a file keep the rows until the read returns successfully, or undo what they did
// (the importer writes nothing unless the whole read succeeded). Every failure is an Error
// (Kind::Io when the file cannot be read, Kind::Invalid for a damaged, oversized or non-text file)
// with a message for the user in Chinese.
class CsvReader
{
public:
    explicit CsvReader(CsvOptions options = {});

    Result<CsvInfo> readFile(const QString& path, const CsvRowCallback& onRow);
    Result<CsvInfo> readData(const QByteArray& data, const CsvRowCallback& onRow);
    // The first maxRows non-blank rows, e.g. to find the header row.
    Result<QList<CsvRow>> readRows(const QString& path, int maxRows);

    // What the last read found out (encoding, delimiter, rows delivered), also after an error.
    const CsvInfo& info() const { return m_info; }

private:
    Result<CsvInfo> read(QIODevice& device, const QString& name, const CsvRowCallback& onRow);
    Result<void> checkEncoding(QIODevice& device, const QString& name, QByteArray* head);
    Result<void> parse(QIODevice& device, const QString& name, const CsvRowCallback& onRow);

    CsvOptions m_options;
    CsvInfo m_info;
};

} // namespace govcat::io
