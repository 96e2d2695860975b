#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace govcat::json {

void appendString(QByteArray& out, QStringView value)
{
    const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate();
    });
    if (plain) {
        out += '"';
        out += value.toUtf8();
        out += '"';
        return;
    }
    // Escapes and surrogates as Qt writes them.
    const QByteArray array = QJsonDocument(QJsonArray{value.toString()}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
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
