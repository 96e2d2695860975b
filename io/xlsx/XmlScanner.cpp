#include "io/xlsx/XmlScanner.h"

#include "io/xlsx/XmlSyntax.h"

#include <QIODevice>
#include <QScopeGuard>

#include <algorithm>
#include <cstring>

namespace govcat::io {

using namespace xmlsyntax;

namespace {

qint64 lineBreaks(const char* data, qsizetype size)
{
    qint64 count = 0;
    for (const char* end = data + size;; ++data, ++count) {
        data = static_cast<const char*>(std::memchr(data, '\n', size_t(end - data)));
        if (!data) {
            return count;
        }
    }
}

} // namespace

XmlScanner::XmlScanner(QIODevice& device, qsizetype maxMarkupBytes, qsizetype chunkBytes)
    : m_device(device), m_maxMarkup(std::max(maxMarkupBytes, chunkBytes)),
      m_buffer(std::max<qsizetype>(chunkBytes, 1), Qt::Uninitialized)
{}

bool XmlScanner::fail(Failure failure, const char* message)
{
    if (m_failure == Failure::None) {
        m_failure = failure;
        m_errorString = QString::fromLatin1(message);
        m_errorLine = m_linesBefore + 1 + lineBreaks(m_buffer.constData(), m_pos);
    }
    return false;
}

bool XmlScanner::fill()
{
    if (m_eof || m_failure != Failure::None) {
        return false;
    }
    if (m_pos > 0) {
        m_linesBefore += lineBreaks(m_buffer.constData(), m_pos);
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= m_maxMarkup) {
            return fail(Failure::TooLong, "Markup longer than the scanner accepts.");
        }
        m_buffer.resize(std::min(m_buffer.size() * 2, m_maxMarkup));
    }
    bool read = false;
    while (m_end < m_buffer.size()) {
        const qint64 n = m_device.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (n < 0) {
            return fail(Failure::Device, "The data could not be read.");
        }
        if (n == 0) {
            m_eof = true;
            break;
        }
        m_end += qsizetype(n);
        read = true;
    }
    return read;
}

XmlScanner::Step XmlScanner::more()
{
    if (m_eof) {
        fail(Failure::Syntax, "Premature end of document.");
        return Step::Bad;
    }
    return Step::More;
}

XmlScanner::Step XmlScanner::bad(const char* message)
{
    fail(Failure::Syntax, message);
    return Step::Bad;
}

XmlScanner::Token XmlScanner::advance(QByteArray* text)
{
    if (m_failure != Failure::None) {
        return Token::Invalid;
    }
    if (m_pendingEnd) {
        m_pendingEnd = false;
        return Token::EndElement;
    }
    if (!m_started && !begin()) {
        return Token::Invalid;
    }
    for (;;) {
        if (m_pos == m_end && !fill()) {
            if (m_failure != Failure::None) {
                return Token::Invalid;
            }
            if (!m_rootSeen || !m_open.isEmpty()) {
                fail(Failure::Syntax, "Premature end of document.");
                return Token::Invalid;
            }
            return Token::EndDocument;
        }
        Token token = Token::Invalid;
        bool element = false;
        const Step step = m_buffer.at(m_pos) == '<' ? markup(&token, &element, text) : textRun(text);
        if (text && m_textLimit >= 0 && text->size() > m_textLimit) {
            text->resize(m_textLimit); // what was read so far stays bounded too
            fail(Failure::TooLong, "Text longer than the reader accepts.");
            return Token::Invalid;
        }
        if (step == Step::Done && element) {
            return token;
        }
        if (step == Step::Bad) {
            return Token::Invalid;
        }
        if (step == Step::More && !fill() && m_failure != Failure::None) {
            return Token::Invalid;
        }
    }
}

bool XmlScanner::begin()
{
    m_started = true;
    while (m_end < 3 && fill()) {
    }
    if (m_failure != Failure::None) {
        return false;
    }
    const QByteArrayView head(m_buffer.constData(), m_end);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
    } else if (head.startsWith("\xFE\xFF") || head.startsWith("\xFF\xFE")) {
        return fail(Failure::Syntax, "UTF-16 is not supported; worksheets are UTF-8.");
    }
    return true;
}

XmlScanner::Token XmlScanner::next()
{
    return advance(nullptr);
}

bool XmlScanner::readText(QByteArray* utf8, qsizetype maxBytes)
{
    if (m_pendingEnd) { // <v/>: no text
        m_pendingEnd = false;
        return true;
    }
    const qsizetype level = m_open.size() - 1; // open elements once this one has ended
    m_textLimit = utf8 ? maxBytes : -1;
    const auto unset = qScopeGuard([this] { m_textLimit = -1; });
    for (;;) {
        const Token token = advance(utf8);
        if (token == Token::Invalid) {
            return false;
        }
        if (token == Token::EndDocument) { // called outside an element
            return fail(Failure::Syntax, "No element to read.");
        }
        if (token == Token::EndElement && m_open.size() == level) {
            return true;
        }
    }
}

bool XmlScanner::skipElement()
{
    return readText(nullptr);
}

QByteArrayView XmlScanner::attribute(QByteArrayView qualifiedName)
{
    for (const Attribute& a : m_attributes) {
        if (QByteArrayView(m_buffer.constData() + a.name, a.nameSize) == qualifiedName) {
            return valueOf(a);
        }
    }
    return {};
}

QByteArrayView XmlScanner::valueOf(const Attribute& attribute)
{
    const QByteArrayView raw(m_buffer.constData() + attribute.value, attribute.valueSize);
    if (!attribute.decode) {
        return raw;
    }
    m_attributeValue.resize(0);
    decodeReferences(raw, &m_attributeValue, true); // checked when the tag was read
    return QByteArrayView(m_attributeValue.constData(), m_attributeValue.size());
}

void XmlScanner::setName(QByteArrayView qualified)
{
    qsizetype colon = qualified.size();
    while (colon > 0 && qualified[colon - 1] != ':') {
        --colon;
    }
    m_name = qualified.sliced(colon);
}

XmlScanner::Step XmlScanner::textRun(QByteArray* out)
{
    const char* d = m_buffer.constData();
    const qsizetype end = m_end;
    qsizetype i = m_pos;
    if (m_open.isEmpty()) { // outside the root element: white space only
        while (i < end && isSpace(d[i])) {
            ++i;
        }
        m_pos = i;
        if (i < end && d[i] != '<') {
            return bad(m_rootSeen ? "Extra content at end of document." : "Start tag expected.");
        }
        return Step::Done;
    }
    const void* lt = std::memchr(d + i, '<', size_t(end - i));
    const qsizetype stop = lt ? static_cast<const char*>(lt) - d : end;
    char* write = nullptr;
    qsizetype base = 0;
    if (out) { // decoded text is never longer than its source
        base = out->size();
        out->resize(base + stop - i);
        write = out->data() + base;
    }
    Step step = Step::Done;
    while (i < stop) {
        const void* amp = std::memchr(d + i, '&', size_t(stop - i));
        qsizetype runEnd = amp ? static_cast<const char*>(amp) - d : stop;
        if (out && !amp && !lt && !m_eof && d[runEnd - 1] == '\r') {
            --runEnd; // perhaps the CR of a CRLF whose LF is not read yet
            step = Step::More;
        }
        if (write) {
            write = copyNormalized(write, d + i, runEnd - i);
        }
        i = runEnd;
        if (!amp) {
            break;
        }
        qsizetype length = 0;
        char32_t code = 0;
        const Reference reference = readReference(QByteArrayView(d + i, end - i), &code, &length);
        if (reference != Reference::Ok) {
            step =
                reference == Reference::Incomplete ? more() : bad("Invalid entity or character reference.");
            break;
        }
        if (write) {
            write = putUtf8(write, code);
        }
        i += length;
    }
    if (out) {
        out->resize(write - out->constData());
    }
    m_pos = i;
    return step == Step::More ? more() : step;
}

} // namespace govcat::io
