#include "io/xlsx/XmlSyntax.h"

#include <cstring>

namespace govcat::io::xmlsyntax {

namespace {

constexpr qsizetype kMaxReference = 40; // longer references (padded with zeros) are refused

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

int digitValue(char c, bool hex)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        return (c | 0x20) - 'a' + 10;
    }
    return -1;
}

} // namespace

Reference readReference(QByteArrayView text, char32_t* code, qsizetype* length)
{
    if (text.size() > 2 && text[1] == '#' && text[2] >= '0' && text[2] <= '9') { // &#20449;: most common
        char32_t value = 0;
        for (qsizetype i = 2; i < text.size() && i < 10; ++i) {
            const char c = text[i];
            if (c == ';') {
                if (!isXmlChar(value)) {
                    return Reference::Bad;
                }
                *code = value;
                *length = i + 1;
                return Reference::Ok;
            }
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + char32_t(c - '0');
        }
    }
    const QByteArrayView window = text.first(std::min(text.size(), kMaxReference));
    qsizetype semicolon = 1;
    while (semicolon < window.size() && window[semicolon] != ';') {
        if (!isNameChar(window[semicolon]) && !(semicolon == 1 && window[semicolon] == '#')) {
            return Reference::Bad;
        }
        ++semicolon;
    }
    if (semicolon == window.size()) {
        return text.size() < kMaxReference ? Reference::Incomplete : Reference::Bad;
    }
    const QByteArrayView body = window.sliced(1, semicolon - 1);
    *length = semicolon + 1;
    if (body.startsWith('#')) {
        const bool hex = body.size() > 1 && body[1] == 'x';
        const QByteArrayView digits = body.sliced(hex ? 2 : 1);
        if (digits.isEmpty()) {
            return Reference::Bad;
        }
        char32_t value = 0;
        for (const char c : digits) {
            const int digit = digitValue(c, hex);
            if (digit < 0) {
                return Reference::Bad;
            }
            value = value * (hex ? 16 : 10) + char32_t(digit);
            if (value > 0x10FFFF) {
                return Reference::Bad;
            }
        }
        if (!isXmlChar(value)) {
            return Reference::Bad;
        }
        *code = value;
        return Reference::Ok;
    }
    static constexpr struct
    {
        const char* name;
        char value;
    } predefined[] = {{"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"apos", '\''}, {"quot", '"'}};
    for (const auto& entity : predefined) {
        if (body == QByteArrayView(entity.name)) {
            *code = char32_t(entity.value);
            return Reference::Ok;
        }
    }
    return Reference::Bad;
}

char* putUtf8(char* out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

char* copyNormalized(char* out, const char* data, qsizetype size)
{
    const char* end = data + size;
    for (;;) {
        const void* cr = std::memchr(data, '\r', size_t(end - data));
        const char* stop = cr ? static_cast<const char*>(cr) : end;
        std::memcpy(out, data, size_t(stop - data));
        out += stop - data;
        if (!cr) {
            return out;
        }
        *out++ = '\n';
        data = stop + 1;
        if (data < end && *data == '\n') {
            ++data;
        }
    }
}

bool decodeReferences(QByteArrayView text, QByteArray* out, bool attributeValue)
{
    const qsizetype base = out ? out->size() : 0;
    if (out) {
        out->resize(base + text.size());
    }
    char* write = out ? out->data() + base : nullptr;
    for (qsizetype i = 0; i < text.size();) {
        const char c = text[i];
        if (c != '&') {
            if (write) {
                const bool lineEnd = c == '\r' || c == '\n';
                *write++ = attributeValue && (lineEnd || c == '\t') ? ' ' : lineEnd ? '\n' : c;
            }
            i += c == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        qsizetype length = 0;
        char32_t code = 0;
        if (readReference(text.sliced(i), &code, &length) != Reference::Ok) {
            return false;
        }
        if (write) {
            write = putUtf8(write, code);
        }
        i += length;
    }
    if (out) {
        out->resize(write - out->constData());
    }
    return true;
}

} // namespace govcat::io::xmlsyntax
