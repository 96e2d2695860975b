#include "io/xlsx/SharedStrings.h"

#include "io/xlsx/XlsxArchive.h"
#include "io/xlsx/XmlScanner.h"

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

bool readStringItem(XmlScanner& xml, QByteArray* utf8)
{
    for (int depth = 0;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::Invalid) {
            return false;
        }
        if (token == XmlScanner::Token::EndElement) {
            if (depth == 0) {
                return true;
            }
            --depth;
        } else if (xml.isName("t")) {
            if (!xml.readText(utf8)) {
                return false;
            }
        } else if (xml.isName("rPh")) {
            if (!xml.skipElement()) {
                return false;
            }
        } else {
            ++depth; // <r> and the like: their <t> count
        }
    }
}

Result<SharedStrings> SharedStrings::load(XlsxArchive& archive, const QString& entry,
                                          const XlsxLimits& limits)
{
    SharedStrings result;
    auto device = archive.openEntry(entry);
    if (!device) {
        return device.error();
    }
    XmlScanner xml(*device.value());
    QByteArray utf8;
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::EndDocument) {
            return result;
        }
        if (token == XmlScanner::Token::Invalid) {
            return xmlFailure(xml, *device.value());
        }
        if (token != XmlScanner::Token::StartElement || !xml.isName("si")) {
            continue;
        }
        if (result.m_strings.size() >= limits.maxSharedStrings) {
            return makeError(
                Error::Kind::Invalid,
                QStringLiteral("工作簿的共享字符串超过 %1 条的上限。").arg(limits.maxSharedStrings));
        }
        utf8.resize(0);
        if (!readStringItem(xml, &utf8)) {
            return xmlFailure(xml, *device.value());
        }
        result.m_strings.append(decodeOoxmlEscapes(QString::fromUtf8(utf8)));
    }
}

} // namespace govcat::io
