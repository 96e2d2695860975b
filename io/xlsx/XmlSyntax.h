#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Character classes and references of XML 1.0 for XmlScanner, on UTF-8 bytes.
namespace govcat::io::xmlsyntax {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// ASCII letters, '_', ':' and any non-ASCII byte (names are not checked further than that).
inline bool isNameStart(char c)
{
    const auto b = uchar(c);
    return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b == '_' || b == ':' || b >= 0x80;
}

// Any byte but white space and the punctuation that ends a name in markup: as lenient as
// QXmlStreamReader, which accepts control characters, '$', '@', '^' and the like in names.
inline bool isNameChar(char c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '!':
    case '"':
    case '#':
    case '%':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case '/':
    case ';':
    case '<':
    case '=':
    case '>':
    case '?':
    case '[':
    case ']':
    case '|':
        return false;
    default:
        return true;
    }
}

enum class Reference
{
    Ok,
    Incomplete, // no ';' yet in the bytes given, which are fewer than a reference can be long
    Bad,        // an undeclared entity, a malformed reference or one to a non-XML character
};

// The reference at the start of text (text[0] == '&'): one of the five predefined entities or a
// character reference. Sets *code to the character and *length to the reference's bytes (';'
// included). A reference is always longer than the UTF-8 of its character, so decoded text never
// outgrows its source: callers size their output by the source.
Reference readReference(QByteArrayView text, char32_t* code, qsizetype* length);
// Writes the UTF-8 of c at out; returns the end of what it wrote.
char* putUtf8(char* out, char32_t c);
// Copies text with XML's line-end normalization (CRLF and CR become LF); returns the end of the copy.
char* copyNormalized(char* out, const char* data, qsizetype size);
// Decodes every reference in a complete text and appends it to out (when not null). False on a bad
// one. For an attribute value, tabs and line ends (CRLF, CR, LF) written as such become spaces.
bool decodeReferences(QByteArrayView text, QByteArray* out, bool attributeValue = false);

} // namespace govcat::io::xmlsyntax
