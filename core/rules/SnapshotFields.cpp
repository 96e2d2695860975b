#include "SnapshotFields.h"

#include "core/JsonText.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace govcat {

namespace {

// Where a top-level member's value lies in the text: [start, end).
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray& s, qsizetype i)
{
    while (i < s.size() && isSpace(s.at(i))) {
        ++i;
    }
    return i;
}

// One past the closing quote of the string that starts at i, or -1.
qsizetype stringEnd(const QByteArray& s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s.at(i) == '\\') {
            ++i;
        } else if (s.at(i) == '"') {
            return i + 1;
        }
    }
    return -1;
}

// One past the value that starts at i, or -1. Nested objects and arrays are skipped whole.
qsizetype valueEnd(const QByteArray& s, qsizetype i)
{
    if (i >= s.size()) {
        return -1;
    }
    if (s.at(i) == '"') {
        return stringEnd(s, i);
    }
    if (s.at(i) == '{' || s.at(i) == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s.at(i);
            if (c == '"') {
                i = stringEnd(s, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
            ++i;
        }
        return -1;
    }
    while (i < s.size() && s.at(i) != ',' && s.at(i) != '}' && !isSpace(s.at(i))) {
        ++i; // number, true, false, null
    }
    return i;
}

// Where the top-level members `keys` (as written, no escapes) of a JSON object lie; nullopt for
// anything but an object, or when one of them is missing, given twice or not a string.
std::optional<QList<Span>> stringSpans(const QByteArray& s, const QStringList& keys)
{
    QList<QByteArray> wanted;
    for (const QString& key : keys) {
        wanted << key.toUtf8();
    }
    QList<Span> found(keys.size(), Span{-1, -1});
    const auto complete = [&]() -> std::optional<QList<Span>> {
        for (const Span& span : found) {
            if (span.start < 0 || s.at(span.start) != '"') {
                return std::nullopt;
            }
        }
        return found;
    };
    qsizetype i = skipSpace(s, 0);
    if (i >= s.size() || s.at(i) != '{') {
        return std::nullopt;
    }
    i = skipSpace(s, i + 1);
    if (i < s.size() && s.at(i) == '}') {
        return skipSpace(s, i + 1) == s.size() ? complete() : std::nullopt;
    }
    while (i < s.size() && s.at(i) == '"') {
        const qsizetype keyEnd = stringEnd(s, i);
        if (keyEnd < 0) {
            return std::nullopt;
        }
        const QByteArrayView key(s.constData() + i + 1, keyEnd - i - 2);
        i = skipSpace(s, keyEnd);
        if (i >= s.size() || s.at(i) != ':') {
            return std::nullopt;
        }
        i = skipSpace(s, i + 1);
        const qsizetype end = valueEnd(s, i);
        if (end < 0) {
            return std::nullopt;
        }
        for (qsizetype k = 0; k < wanted.size(); ++k) {
            if (key == wanted.at(k)) {
                if (found.at(k).start >= 0) {
                    return std::nullopt;
                }
                found[k] = {i, end};
            }
        }
        i = skipSpace(s, end);
        if (i < s.size() && s.at(i) == ',') {
            i = skipSpace(s, i + 1);
        } else if (i < s.size() && s.at(i) == '}') {
            return skipSpace(s, i + 1) == s.size() ? complete() : std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

QString decode(const QByteArray& json, const Span& span)
{
    const QByteArray raw = json.mid(span.start, span.end - span.start);
    if (!raw.contains('\\')) {
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    }
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

// A string as QJsonDocument writes it.
QByteArray encode(const QString& value)
{
    QByteArray out;
    json::appendString(out, value);
    return out;
}

} // namespace

std::optional<QStringList> snapshotStrings(const QByteArray& json, const QStringList& keys)
{
    const auto spans = stringSpans(json, keys);
    if (!spans) {
        return std::nullopt;
    }
    QStringList out;
    for (const Span& span : *spans) {
        out << decode(json, span);
    }
    return out;
}

std::optional<QByteArray> withSnapshotStrings(const QByteArray& json,
                                              const QList<std::pair<QString, QString>>& values)
{
    QStringList keys;
    for (const auto& [key, value] : values) {
        keys << key;
    }
    const auto spans = stringSpans(json, keys);
    if (!spans) {
        return std::nullopt;
    }
    QList<std::pair<Span, QByteArray>> replacements;
    for (qsizetype i = 0; i < spans->size(); ++i) {
        replacements.append({spans->at(i), encode(values.at(i).second)});
    }
    std::sort(replacements.begin(), replacements.end(),
              [](const auto& a, const auto& b) { return a.first.start < b.first.start; });
    QByteArray out;
    out.reserve(json.size() + 64);
    qsizetype from = 0;
    for (const auto& [span, text] : replacements) {
        if (span.start < from) {
            return std::nullopt; // the same key twice
        }
        out.append(json.constData() + from, span.start - from);
        out.append(text);
        from = span.end;
    }
    out.append(json.constData() + from, json.size() - from);
    return out;
}

} // namespace govcat
