#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace govcat::json {

void appendString(QByteArray& out, QStringView value)
{
    if (!value.isValidUtf16()) {
        // A lone surrogate: as Qt writes it (\uXXXX).
        const QByteArray array = QJsonDocument(QJsonArray{value.toString()}).toJson(QJsonDocument::Compact);
        out.append(array.constData() + 1, array.size() - 2);
        return;
    }
    // UTF-8 bytes of multi-byte characters are all >= 0x80: only ASCII needs escapes.
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out += '"';
}

void ObjectWriter::string(QByteArrayView key, QStringView value)
{
    QByteArray text;
    text.reserve(value.size() + 2);
    appendString(text, value);
    m_members.emplace_back(key.toByteArray(), std::move(text));
}

void ObjectWriter::integer(QByteArrayView key, qint64 value)
{
    m_members.emplace_back(key.toByteArray(), QByteArray::number(value));
}

void ObjectWriter::boolean(QByteArrayView key, bool value)
{
    m_members.emplace_back(key.toByteArray(), value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

void ObjectWriter::null(QByteArrayView key)
{
    m_members.emplace_back(key.toByteArray(), QByteArrayLiteral("null"));
}

void ObjectWriter::value(QByteArrayView key, QByteArray json)
{
    m_members.emplace_back(key.toByteArray(), std::move(json));
}

QByteArray ObjectWriter::text()
{
    std::sort(m_members.begin(), m_members.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    qsizetype size = 2;
    for (const auto& [key, value] : m_members) {
        size += key.size() + value.size() + 4;
    }
    QByteArray out;
    out.reserve(size);
    out += '{';
    for (const auto& [key, value] : m_members) {
        if (out.size() > 1) {
            out += ',';
        }
        out += '"';
        out += key;
        out += "\":";
        out += value;
    }
    out += '}';
    return out;
}

QByteArray array(const QList<QByteArray>& values)
{
    QByteArray out = "[";
    for (const QByteArray& v : values) {
        if (out.size() > 1) {
            out += ',';
        }
        out += v;
    }
    out += ']';
    return out;
}

} // namespace govcat::json
