#include "io/csv/CsvParser.h"

#include <QCoreApplication>

namespace govcat::io {

QString csvSizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024) {
        return QStringLiteral("%1 MB").arg(QString::number(double(bytes) / (1024 * 1024), 'g', 4));
    }
    if (bytes >= 1024) {
        return QStringLiteral("%1 KB").arg(QString::number(double(bytes) / 1024, 'g', 4));
    }
    return QCoreApplication::translate("govcat::CsvParser", "%1 字节").arg(bytes);
}

bool isUsableCsvDelimiter(char d)
{
    const auto b = uchar(d);
    return d == '\t' || (b >= 0x20 && b < 0x40 && d != '"' && !(b >= '0' && b <= '9'));
}

char detectCsvDelimiter(QByteArrayView head)
{
    qsizetype commas = 0;
    qsizetype tabs = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    bool started = false;
    for (const char c : head) {
        if (c == '"') {
            quoted = !quoted;
            started = true;
        } else if (quoted) {
            continue;
        } else if (c == '\r' || c == '\n') {
            if (started) {
                break;
            }
        } else {
            started = true;
            commas += c == ',' ? 1 : 0;
            tabs += c == '\t' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
    }
    if (commas > 0 || (tabs == 0 && semicolons == 0)) {
        return ',';
    }
    return tabs >= semicolons ? '\t' : ';';
}

CsvParser::CsvParser(char delimiter, const CsvLimits& limits) : m_delimiter(delimiter), m_limits(limits) {}

CsvParser::Status CsvParser::fail(const QString& message)
{
    m_error = makeError(Error::Kind::Invalid, message);
    return Status::Failed;
}

bool CsvParser::append(const char* data, qsizetype size)
{
    const QString hint = m_state == State::Quoted
                             ? QCoreApplication::translate("govcat::CsvParser", "（可能缺少结束引号）")
                             : QString();
    const qsizetype begin = m_record.ends.isEmpty() ? 0 : m_record.ends.last();
    if (m_record.bytes.size() - begin + size > m_limits.maxCellBytes) {
        fail(QCoreApplication::translate("govcat::CsvParser", "CSV 第 %1 行第 %2 列的内容超过 %3 的上限%4。")
                 .arg(m_record.line)
                 .arg(m_record.ends.size() + 1)
                 .arg(csvSizeText(m_limits.maxCellBytes), hint));
        return false;
    }
    if (m_record.bytes.size() + size > m_limits.maxRowBytes) {
        fail(QCoreApplication::translate("govcat::CsvParser", "CSV 第 %1 行的记录超过 %2 的上限%3。")
                 .arg(m_record.line)
                 .arg(csvSizeText(m_limits.maxRowBytes), hint));
        return false;
    }
    m_record.bytes.append(data, size);
    return true;
}

bool CsvParser::closeField()
{
    if (m_record.ends.size() >= m_limits.maxColumns) {
        fail(QCoreApplication::translate("govcat::CsvParser", "CSV 第 %1 行超过 %2 列的上限。")
                 .arg(m_record.line)
                 .arg(m_limits.maxColumns));
        return false;
    }
    m_record.ends.append(m_record.bytes.size());
    return true;
}

// The field ends at a delimiter, CR or LF outside quotes (already consumed); a line break ends the
// record too.
CsvParser::Status CsvParser::endField(char terminator, const RawRecordSink& sink)
{
    if (!closeField()) {
        return Status::Failed;
    }
    m_state = State::FieldStart;
    m_afterCr = terminator == '\r';
    if (terminator == m_delimiter) {
        return Status::Continue;
    }
    ++m_line;
    m_recordStarted = false;
    const bool more = sink(m_record);
    m_record.bytes.resize(0); // keeps the capacity for the next record
    m_record.ends.resize(0);
    return more ? Status::Continue : Status::Stopped;
}

CsvParser::Status CsvParser::feed(const char* data, qsizetype size, const RawRecordSink& sink)
{
    const auto special = [this](char c) { return c == m_delimiter || c == '\r' || c == '\n'; };
    qsizetype i = 0;
    while (i < size) {
        const char b = data[i];
        switch (m_state) {
        case State::FieldStart:
            if (!m_recordStarted) {
                if (b == '\n' && m_afterCr) { // the LF of a CRLF that ended the last record
                    m_afterCr = false;
                    ++i;
                    continue;
                }
                m_recordStarted = true;
                m_record.line = m_line;
            }
            if (b == '"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                m_afterCr = false;
                ++i;
            } else if (special(b)) {
                ++i;
                if (const Status s = endField(b, sink); s != Status::Continue) {
                    return s;
                }
            } else {
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            qsizetype j = i;
            while (j < size && !special(data[j])) {
                ++j;
            }
            if (!append(data + i, j - i)) {
                return Status::Failed;
            }
            m_afterCr = m_afterCr && j == i;
            i = j;
            if (i < size) {
                ++i;
                if (const Status s = endField(data[j], sink); s != Status::Continue) {
                    return s;
                }
            }
            break;
        }
        case State::Quoted: {
            qsizetype j = i;
            for (; j < size && data[j] != '"'; ++j) {
                if (data[j] == '\r' || (data[j] == '\n' && !m_afterCr)) {
                    ++m_line;
                }
                m_afterCr = data[j] == '\r';
            }
            if (!append(data + i, j - i)) {
                return Status::Failed;
            }
            i = j;
            if (i < size) {
                m_state = State::QuoteInQuoted;
                m_afterCr = false;
                ++i;
            }
            break;
        }
        case State::QuoteInQuoted:
            if (b == '"') {
                if (!append("\"", 1)) {
                    return Status::Failed;
                }
                m_state = State::Quoted;
                ++i;
            } else if (special(b)) {
                ++i;
                if (const Status s = endField(b, sink); s != Status::Continue) {
                    return s;
                }
            } else {
                m_state = State::Unquoted; // text after the closing quote is kept
            }
            break;
        }
    }
    return Status::Continue;
}

CsvParser::Status CsvParser::finish(const RawRecordSink& sink)
{
    if (m_state == State::Quoted) {
        return fail(QCoreApplication::translate("govcat::CsvParser",
                                                "CSV 第 %1 行开始的带引号字段没有结束引号，文件可能不完整。")
                        .arg(m_quoteLine));
    }
    if (m_recordStarted) {
        return endField('\n', sink);
    }
    return Status::Continue;
}

} // namespace govcat::io
