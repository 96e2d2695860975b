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

    qsizetype size() const { return m_strings.size(); }
    bool contains(qsizetype index) const { return index >= 0 && index < m_strings.size(); }
    const QString& at(qsizetype index) const { return m_strings.at(index); }

private:
    QStringList m_strings;
};

// Reads a string item (<si> or <is>) after its start element to its end element: appends the text of
// its <t> elements as UTF-8, phonetic runs (<rPh>) left out; _xHHHH_ escapes are not decoded yet.
bool readStringItem(XmlScanner& xml, QByteArray* utf8);
// Decodes OOXML's _xHHHH_ escapes (e.g. _x000D_ for a carriage return).
QString decodeOoxmlEscapes(const QString& text);

} // namespace govcat::io
