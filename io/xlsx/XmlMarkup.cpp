// XmlScanner: markup (tags, comments, processing instructions, CDATA sections). The buffer, text and
// the public calls are in XmlScanner.cpp.
#include "io/xlsx/XmlScanner.h"
#include "io/xlsx/XmlSyntax.h"

#include <cstring>

namespace govcat::io {

using namespace xmlsyntax;

namespace {

constexpr qsizetype kMaxDepth = 4096;

// The first occurrence of terminator in [from, end), or -1.
qsizetype find(const char* data, qsizetype from, qsizetype end, QByteArrayView terminator)
{
    const char first = terminator.front();
    while (from + terminator.size() <= end) {
        const void* hit = std::memchr(data + from, first, size_t(end - from));
        if (!hit) {
            return -1;
        }
        const qsizetype at = static_cast<const char*>(hit) - data;
        if (at + terminator.size() > end) {
            return -1;
        }
        if (std::memcmp(data + at, terminator.data(), size_t(terminator.size())) == 0) {
            return at;
        }
        from = at + 1;
    }
    return -1;
}

} // namespace

XmlScanner::Step XmlScanner::markup(Token* token, bool* element, QByteArray* text)
{
    const char* d = m_buffer.constData();
    const qsizetype p = m_pos;
    if (m_end - p < 2) {
        return more();
    }
    if (d[p + 1] == '/') {
        *element = true;
        return endTag(token);
    }
    if (d[p + 1] == '?') {
        const qsizetype close = find(d, p + 2, m_end, "?>");
        if (close < 0) {
            return more();
        }
        if (const Step step = declaration(QByteArrayView(d + p + 2, close - p - 2)); step != Step::Done) {
            return step;
        }
        m_pos = close + 2;
        return Step::Done;
    }
    if (d[p + 1] != '!') {
        *element = true;
        return startTag(token);
    }
    if (m_end - p < 9 && !m_eof) {
        return Step::More; // enough for "<!--", "<![CDATA[" and "<!DOCTYPE"
    }
    const QByteArrayView head(d + p, std::min<qsizetype>(9, m_end - p));
    if (head.startsWith("<!--")) {
        const qsizetype close = find(d, p + 4, m_end, "-->");
        if (close < 0) {
            return more();
        }
        m_pos = close + 3;
        return Step::Done;
    }
    if (head.startsWith("<![CDATA[")) {
        const qsizetype close = find(d, p + 9, m_end, "]]>");
        if (close < 0) {
            return more();
        }
        if (m_open.isEmpty()) {
            return bad("CDATA section outside the root element.");
        }
        if (text) {
            const qsizetype base = text->size();
            text->resize(base + close - p - 9);
            text->resize(copyNormalized(text->data() + base, d + p + 9, close - p - 9) - text->constData());
        }
        m_pos = close + 3;
        return Step::Done;
    }
    if (head.startsWith("<!DOCTYPE")) {
        fail(Failure::Dtd, "DTD");
        return Step::Bad;
    }
    return bad("Unknown markup after <!.");
}

// A processing instruction's content; for the XML declaration, only UTF-8 (or ASCII) is accepted.
XmlScanner::Step XmlScanner::declaration(QByteArrayView content)
{
    qsizetype i = 0;
    while (i < content.size() && isNameChar(content[i])) {
        ++i;
    }
    if (i == 0) {
        return bad("Invalid processing instruction.");
    }
    if (content.first(i).compare("xml", Qt::CaseInsensitive) != 0) {
        return Step::Done; // another processing instruction: skipped
    }
    if (m_rootSeen) {
        return bad("XML declaration not at start of document.");
    }
    const qsizetype at = content.indexOf("encoding");
    if (at < 0) {
        return Step::Done;
    }
    qsizetype v = at + 8;
    while (v < content.size() && (isSpace(content[v]) || content[v] == '=')) {
        ++v;
    }
    if (v >= content.size() || (content[v] != '"' && content[v] != '\'')) {
        return bad("Invalid XML declaration.");
    }
    const qsizetype close = content.indexOf(content[v], v + 1);
    if (close < 0) {
        return bad("Invalid XML declaration.");
    }
    const QByteArrayView encoding = content.sliced(v + 1, close - v - 1);
    for (const char* accepted : {"UTF-8", "UTF8", "US-ASCII", "ASCII"}) {
        if (encoding.compare(accepted, Qt::CaseInsensitive) == 0) {
            return Step::Done;
        }
    }
    return bad("Unsupported encoding: worksheets are read as UTF-8.");
}

XmlScanner::Step XmlScanner::startTag(Token* token)
{
    const char* d = m_buffer.constData();
    const qsizetype end = m_end;
    qsizetype i = m_pos + 1;
    if (!isNameStart(d[i])) {
        return bad("Invalid element name.");
    }
    const qsizetype nameBegin = i;
    while (i < end && isNameChar(d[i])) {
        ++i;
    }
    const qsizetype nameEnd = i;
    m_attributes.clear();
    bool empty = false;
    for (;;) {
        const qsizetype spaceBegin = i;
        while (i < end && isSpace(d[i])) {
            ++i;
        }
        if (i >= end) {
            return more();
        }
        if (d[i] == '>') {
            ++i;
            break;
        }
        if (d[i] == '/') {
            if (i + 1 >= end) {
                return more();
            }
            if (d[i + 1] != '>') {
                return bad("Expected '>' after '/'.");
            }
            i += 2;
            empty = true;
            break;
        }
        if (i == spaceBegin || !isNameChar(d[i])) {
            return bad("Invalid attribute.");
        }
        Attribute attribute;
        attribute.name = i;
        while (i < end && isNameChar(d[i])) {
            ++i;
        }
        attribute.nameSize = i - attribute.name;
        while (i < end && isSpace(d[i])) {
            ++i;
        }
        if (i < end && d[i] != '=') {
            return bad("Expected '=' after an attribute name.");
        }
        ++i;
        while (i < end && isSpace(d[i])) {
            ++i;
        }
        if (i >= end) {
            return more();
        }
        const char quote = d[i];
        if (quote != '"' && quote != '\'') {
            return bad("Attribute values must be quoted.");
        }
        attribute.value = ++i;
        const void* close = std::memchr(d + i, quote, size_t(end - i));
        if (!close) {
            return more();
        }
        attribute.valueSize = static_cast<const char*>(close) - (d + i);
        const QByteArrayView value(d + attribute.value, attribute.valueSize);
        for (const char c : value) { // values are short: one pass beats several memchr calls
            if (c == '<') {
                return bad("'<' in an attribute value.");
            }
            attribute.decode = attribute.decode || c == '&' || c == '\t' || c == '\n' || c == '\r';
        }
        if (attribute.decode && !decodeReferences(value, nullptr, true)) {
            return bad("Invalid entity or character reference.");
        }
        i = attribute.value + attribute.valueSize + 1;
        m_attributes.append(attribute);
    }
    if (m_rootSeen && m_open.isEmpty()) {
        return bad("Extra content at end of document.");
    }
    const QByteArrayView qualified(d + nameBegin, nameEnd - nameBegin);
    if (!empty) {
        if (m_open.size() >= kMaxDepth) {
            return bad("Elements nested too deeply.");
        }
        m_open.append(m_openNames.size());
        const qsizetype at = m_openNames.size();
        m_openNames.resize(at + qualified.size());
        std::memcpy(m_openNames.data() + at, qualified.data(), size_t(qualified.size()));
    }
    m_rootSeen = true;
    m_pendingEnd = empty;
    setName(qualified);
    m_pos = i;
    *token = Token::StartElement;
    return Step::Done;
}

XmlScanner::Step XmlScanner::endTag(Token* token)
{
    const char* d = m_buffer.constData();
    const qsizetype end = m_end;
    qsizetype i = m_pos + 2;
    const qsizetype nameBegin = i;
    while (i < end && isNameChar(d[i])) {
        ++i;
    }
    const qsizetype nameEnd = i;
    while (i < end && isSpace(d[i])) {
        ++i;
    }
    if (i >= end) {
        return more();
    }
    if (d[i] != '>' || nameEnd == nameBegin) {
        return bad("Invalid end tag.");
    }
    const QByteArrayView qualified(d + nameBegin, nameEnd - nameBegin);
    const qsizetype open = m_open.isEmpty() ? 0 : m_open.last();
    if (m_open.isEmpty() || m_openNames.size() - open != qualified.size() ||
        std::memcmp(m_openNames.constData() + open, qualified.data(), size_t(qualified.size())) != 0) {
        return bad("Opening and ending tag mismatch.");
    }
    m_openNames.truncate(open);
    m_open.removeLast();
    setName(qualified);
    m_pos = i + 1;
    *token = Token::EndElement;
    return Step::Done;
}

} // namespace govcat::io
