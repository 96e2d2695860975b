#include "io/xlsx/SharedStrings.h"

#include "io/xlsx/XlsxArchive.h"

#include <QXmlStreamReader>

namespace govcat::io {

QString decodeOoxmlEscapes(const QString& text)
{
    if (!text.contains(u'_') || !text.contains(QStringLiteral("_x"))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    int phonetic = 0; // depth inside <rPh>, whose <t> is a reading aid, not cell text
    const int endDepth = 0;
    int depth = 0;
    while (readNextSafe(xml)) {
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QStringLiteral("rPh")) {
                ++phonetic;
            } else if (xml.name() == QStringLiteral("t") && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (depth == endDepth) {
                break;
            }
            if (xml.name() == QStringLiteral("rPh")) {
                --phonetic;
            }
            --depth;
        }
    }
    return decodeOoxmlEscapes(text);
}

Result<SharedStrings> SharedStrings::load(XlsxArchive& archive, const QString& entry,
                                          const XlsxLimits& limits)
{
    SharedStrings result;
    auto device = archive.openEntry(entry);
    if (!device) {
        return device.error();
    }
    QXmlStreamReader xml(device.value().get());
    while (readNextSafe(xml)) {
        if (xml.isStartElement() && xml.name() == QStringLiteral("si")) {
            if (result.m_strings.size() >= limits.maxSharedStrings) {
                return makeError(
                    Error::Kind::Invalid,
                    QStringLiteral("工作簿的共享字符串超过 %1 条的上限。").arg(limits.maxSharedStrings));
            }
            result.m_strings.append(readStringItem(xml));
        }
    }
    if (xml.hasError()) {
        return xmlFailure(xml, *device.value());
    }
    return result;
}

} // namespace govcat::io
