#pragma once

#include "core/Result.h"
#include "io/csv/CsvTypes.h"

#include <QByteArray>
#include <QList>

namespace govcat::io {

// One record as stored: the fields' bytes one after another, and where each field ends.
struct RawRecord
{
    qint64 line = 0;
    QByteArray bytes;
    QList<qsizetype> ends; // field i is bytes[ends[i-1] (or 0) .. ends[i])

    qsizetype fieldCount() const { return ends.size(); }
    QByteArrayView field(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : ends.at(i - 1);
        return QByteArrayView(bytes).sliced(begin, ends.at(i) - begin);
    }
};

// Called for every record, blank ones included; false stops the parser.
using RawRecordSink = std::function<bool(const RawRecord&)>;

// RFC 4180 records from bytes fed in chunks of any size: fields separated by the delimiter, records
// by CRLF, LF or CR; a field that starts with a quote runs to the next lone quote, may hold
// delimiters and line breaks, and doubles quotes inside. Lenient where RFC 4180 is strict, as
// spreadsheet programs are: a quote inside an unquoted field and text after a closing quote are kept
// as text. Works on bytes, which suits UTF-8 and GB18030 alike: neither uses the bytes of quote,
// delimiter (ASCII punctuation or tab), CR or LF inside a multi-byte character.
class CsvParser
{
public:
    enum class Status
    {
        Continue,
        Stopped, // the sink returned false
        Failed,  // error() says why
    };

    CsvParser(char delimiter, const CsvLimits& limits);

    Status feed(const char* data, qsizetype size, const RawRecordSink& sink);
    Status finish(const RawRecordSink& sink); // the record the data ended in, if any
    const Error& error() const { return m_error; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: its end, or the first of a doubled quote
    };

    bool append(const char* data, qsizetype size);
    bool closeField();
    Status endField(char terminator, const RawRecordSink& sink);
    Status fail(const QString& message);

    char m_delimiter;
    CsvLimits m_limits;
    State m_state = State::FieldStart;
    RawRecord m_record;
    bool m_recordStarted = false;
    qint64 m_line = 1;      // line of the next byte
    qint64 m_quoteLine = 0; // where the open quoted field started
    bool m_afterCr = false; // the last byte was a CR: an LF right after it ends no further line
    Error m_error;
};

// Tab, or ASCII punctuation or space below '@' other than the quote: bytes that no UTF-8 or GB18030
// multi-byte character contains (GB18030 uses 30–39 and 40–7E inside its characters).
bool isUsableCsvDelimiter(char delimiter);
// ',' when the first non-blank line of head has a comma outside quotes, otherwise the more frequent
// of tab and ';' (tab on a tie), otherwise ','.
char detectCsvDelimiter(QByteArrayView head);
QString csvSizeText(qint64 bytes); // "1 MB", "512 KB" or "100 字节" for the limit messages

} // namespace govcat::io
