#include "io/xlsx/SharedStrings.h"

#include "io/xlsx/XlsxArchive.h"
#include "io/xlsx/XmlScanner.h"

#include <QCoreApplication>

#include <algorithm>

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

bool readStringItem(XmlScanner& xml, QByteArray* utf8, qsizetype maxBytes)
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
            if (!xml.readText(utf8, maxBytes)) {
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
    const qint64 budget =
        std::min(limits.maxSharedStringChars,
                 std::max(limits.sharedStringCharsFloor,
                          qint64(device.value()->compressedSize()) * limits.sharedStringCharsPerByte));
    XmlScanner xml(*device.value(), limits.maxMarkupBytes);
    QByteArray utf8;
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::EndDocument) {
            result.m_text.squeeze();
            result.m_offsets.squeeze();
            return result;
        }
        if (token == XmlScanner::Token::Invalid) {
            return xmlFailure(xml, *device.value());
        }
        if (token != XmlScanner::Token::StartElement || !xml.isName("si")) {
            continue;
        }
        if (result.size() >= limits.maxSharedStrings) {
            return makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate("govcat::SharedStrings", "工作簿的共享字符串超过 %1 条的上限。")
                    .arg(limits.maxSharedStrings));
        }
        utf8.resize(0);
        const qsizetype maxBytes = utf8BytesFor(limits.maxCellChars);
        const bool read = readStringItem(xml, &utf8, maxBytes);
        const QString text = read ? decodeOoxmlEscapes(QString::fromUtf8(utf8)) : QString();
        if ((!read && xml.failure() == XmlScanner::Failure::TooLong) || text.size() > limits.maxCellChars) {
            return makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate("govcat::SharedStrings",
                                            "工作簿的第 %1 条共享字符串超过 %2 个字符的上限（Excel "
                                            "单元格的上限），请检查文件后再导入。")
                    .arg(result.size() + 1)
                    .arg(limits.maxCellChars));
        }
        if (!read) {
            return xmlFailure(xml, *device.value());
        }
        if (result.m_text.size() + text.size() + 2 * (result.size() + 1) > budget) {
            return makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate("govcat::SharedStrings",
                                            "工作簿的共享字符串共超过 %1 个字符，超出按该文件大小允许的"
                                            "上限（压缩后每字节 %2 个字符，至多 %3 个），请检查文件是否"
                                            "完整，或拆分成几个文件后再导入。")
                    .arg(budget)
                    .arg(limits.sharedStringCharsPerByte)
                    .arg(limits.maxSharedStringChars));
        }
        result.m_text.append(text);
        result.m_offsets.append(quint32(result.m_text.size()));
    }
}

} // namespace govcat::io
