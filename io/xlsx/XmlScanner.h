#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <cstring>

class QIODevice;

namespace govcat::io {

// A small pull scanner for the UTF-8 XML of worksheets, several times faster than QXmlStreamReader
// on sheetData (it neither builds QStrings for every token nor resolves namespaces). It reads the
// device in 256 KiB chunks and reports start and end elements; text between them is checked and
// skipped unless the caller asks for it with readText(). It decodes the five predefined entities and
// numeric character references (which must name XML characters), CDATA sections and CR/CRLF line
// ends; skips comments and processing instructions; refuses a DOCTYPE (so no entity is ever
// declared or expanded), any other entity, mismatched or unclosed elements, content outside the root
// element, a declared encoding other than UTF-8 and a UTF-16 byte order mark. Bytes that are not
// valid UTF-8 are not checked here (QString::fromUtf8 turns them into U+FFFD later).
//
// Memory: the chunk buffer, which grows only for a single markup construct (a tag, comment, CDATA
// section) longer than a chunk, up to maxMarkupBytes; the names of the open elements; the text the
// caller asked for.
class XmlScanner
{
public:
    enum class Token
    {
        StartElement, // an empty element <a/> gives StartElement, then EndElement
        EndElement,
        EndDocument,
        Invalid, // failure() and errorString() say why
    };
    enum class Failure
    {
        None,
        Syntax,
        Dtd,     // a DOCTYPE: refused
        Device,  // the device failed (ZipEntryDevice over a limit, damaged data)
        TooLong, // a construct longer than maxMarkupBytes, or readText() past its maxBytes
    };

    // chunkBytes: the size of reads and of the buffer to start with (tests use tiny ones).
    explicit XmlScanner(QIODevice& device, qsizetype maxMarkupBytes = 16 * 1024 * 1024,
                        qsizetype chunkBytes = 256 * 1024);

    Token next();
    // Local name (prefix dropped) of the element just reported; valid until the next call.
    QByteArrayView name() const { return m_name; }
    template <qsizetype N> bool isName(const char (&literal)[N]) const // inlined: called for every element
    {
        return m_name.size() == N - 1 && std::memcmp(m_name.data(), literal, N - 1) == 0;
    }
    // The value of the current start element's attribute with this qualified name, references
    // decoded and tabs and line ends turned into spaces (XML's attribute-value normalization); a null
    // view when absent. Valid until the next call of any member.
    QByteArrayView attribute(QByteArrayView qualifiedName);
    template <qsizetype N> QByteArrayView attribute(const char (&qualifiedName)[N])
    {
        for (const Attribute& a : m_attributes) {
            if (a.nameSize == N - 1 &&
                std::memcmp(m_buffer.constData() + a.name, qualifiedName, N - 1) == 0) {
                return valueOf(a);
            }
        }
        return {};
    }
    // After StartElement: appends the element's text as UTF-8 (text of child elements included) and
    // consumes its end element. False on an error, and with Failure::TooLong as soon as *utf8 would
    // grow past maxBytes (when not negative): the scanner stops there, so a hostile text of any
    // length costs at most maxBytes plus one chunk.
    bool readText(QByteArray* utf8, qsizetype maxBytes = -1);
    // After StartElement: skips the element with everything in it. False on an error.
    bool skipElement();
    int depth() const { return int(m_open.size()); } // open elements, the current one included

    Failure failure() const { return m_failure; }
    QString errorString() const { return m_errorString; }
    qint64 lineNumber() const { return m_errorLine; }
    qsizetype maxMarkupBytes() const { return m_maxMarkup; }

private:
    enum class Step
    {
        Done,
        More, // the construct runs past the buffered bytes
        Bad,
    };
    struct Attribute
    {
        qsizetype name = 0;
        qsizetype nameSize = 0;
        qsizetype value = 0;
        qsizetype valueSize = 0;
        bool decode = false; // has references or white space to normalize
    };

    bool begin(); // skips a UTF-8 byte order mark, refuses a UTF-16 one
    bool fill();  // fills the buffer, keeping the bytes from m_pos on; false at the end or on a failure
    // The next element token; text on the way is appended to text, up to m_textLimit bytes.
    Token advance(QByteArray* text);
    Step markup(Token* token, bool* element, QByteArray* text);
    Step startTag(Token* token);
    Step endTag(Token* token);
    Step declaration(QByteArrayView content);
    Step textRun(QByteArray* out);
    Step more(); // More, or Bad once the data has ended
    Step bad(const char* message);
    bool fail(Failure failure, const char* message);
    void setName(QByteArrayView qualified);
    QByteArrayView valueOf(const Attribute& attribute);

    QIODevice& m_device;
    qsizetype m_maxMarkup;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_started = false;   // past the BOM check
    qint64 m_linesBefore = 0; // line breaks in the bytes already dropped from the buffer
    QByteArray m_openNames;   // names of the open elements, one after another
    QList<qsizetype> m_open;  // where each open element's name starts in m_openNames
    bool m_rootSeen = false;
    bool m_pendingEnd = false;  // the end of an empty element is still to be reported
    qsizetype m_textLimit = -1; // readText's maxBytes while it runs
    QByteArrayView m_name;
    QVarLengthArray<Attribute, 8> m_attributes;
    QByteArray m_attributeValue;
    Failure m_failure = Failure::None;
    QString m_errorString;
    qint64 m_errorLine = 0;
};

} // namespace govcat::io
