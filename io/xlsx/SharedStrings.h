#pragma once

#include "core/Result.h"
#include "io/xlsx/XlsxTypes.h"

#include <QStringList>

namespace govcat::io {

class XlsxArchive;
class XmlScanner;

// xl/sharedStrings.xml: every <si>, plain or rich text (runs concatenated, phonetic runs skipped).
class SharedStrings
{
public:
    static Result<SharedStrings> load(XlsxArchive& archive, const QString& entry, const XlsxLimits& limits);

    qsizetype size() const { return m_offsets.size() - 1; }
    bool contains(qsizetype index) const { return index >= 0 && index < size(); }
    QString at(qsizetype index) const
    {
        return m_text.mid(m_offsets.at(index), m_offsets.at(index + 1) - m_offsets.at(index));
    }

private:
    // Every string one after another, and where each starts: 4 bytes per entry besides its text.
    QString m_text;
    QList<quint32> m_offsets{0};
};

// Reads a string item (<si> or <is>) after its start element to its end element: appends the text of
// its <t> elements as UTF-8, phonetic runs (<rPh>) left out; _xHHHH_ escapes are not decoded yet.
// With maxBytes (not negative), stops with XmlScanner::Failure::TooLong once *utf8 would grow past it.
bool readStringItem(XmlScanner& xml, QByteArray* utf8, qsizetype maxBytes = -1);
// The UTF-8 bytes a text of maxChars UTF-16 code units can take (3 per unit at most).
inline qsizetype utf8BytesFor(qint64 maxChars)
{
    return qsizetype(maxChars * 3);
}
// Decodes OOXML's _xHHHH_ escapes (e.g. _x000D_ for a carriage return).
QString decodeOoxmlEscapes(const QString& text);

} // namespace govcat::io
