#pragma once

#include <QByteArray>
#include <QString>

namespace govcat::io {

// Finds where JSON values begin and end in a byte buffer without building them, so that a large
// document can be taken apart element by element (each element is then parsed on its own by
// QJsonDocument, which checks it fully). Depth is capped; strings may not hold raw control
// characters. The scanner checks brackets, strings and commas at the levels it walks, nothing more.
class JsonScanner
{
public:
    JsonScanner(const char* data, qsizetype size, int maxDepth);

    void skipSpace();
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    qsizetype pos() const { return m_pos; }
    // Skips space, then consumes c if it is next.
    bool consume(char c);
    // Skips the value at the current position (after space); `depth` is the nesting depth of the
    // value itself (1 for the top-level value). False with error() set when it is malformed or
    // nested deeper than maxDepth.
    bool skipValue(int depth);
    // The bytes [from, to) as a QByteArray that does not copy (valid while the buffer lives).
    QByteArray slice(qsizetype from, qsizetype to) const;

    QString error() const { return m_error; }
    qsizetype errorPos() const { return m_errorPos; }
    bool fail(const QString& message);
    // 1-based line of a byte position, for messages.
    int lineOf(qsizetype pos) const;

private:
    bool skipString();

    const char* m_data;
    qsizetype m_size;
    int m_maxDepth;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorPos = -1;
};

} // namespace govcat::io
