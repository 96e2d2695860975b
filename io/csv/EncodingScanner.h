#pragma once

#include <QtGlobal>

namespace govcat::io {

// Checks a byte stream, fed in chunks of any size, for well-formed UTF-8, well-formed GB18030 (the
// byte structure: one byte 00–7F, two bytes 81–FE + 40–7E/80–FE, four bytes 81–FE + 30–39 + 81–FE +
// 30–39) and NUL bytes, in one pass. Remembers the line (1-based; LF, CRLF or CR end a line) of the
// first offending byte of each kind.
class EncodingScanner
{
public:
    void feed(const char* data, qsizetype size);
    void finish(); // a sequence cut off by the end of the data is invalid

    bool utf8Valid() const { return m_utf8BadLine == 0; }
    bool gb18030Valid() const { return m_gbBadLine == 0; }
    bool hasNul() const { return m_nulLine != 0; }
    qint64 utf8BadLine() const { return m_utf8BadLine; }
    qint64 gb18030BadLine() const { return m_gbBadLine; }
    qint64 nulLine() const { return m_nulLine; }

private:
    void utf8Byte(uchar b);
    void gbByte(uchar b);

    qint64 m_line = 1;
    bool m_afterCr = false;
    // UTF-8: continuation bytes still expected, and the allowed range of the next one
    int m_utf8Need = 0;
    uchar m_utf8Lo = 0x80;
    uchar m_utf8Hi = 0xBF;
    // GB18030: bytes of the current sequence seen so far (0 between characters)
    int m_gbPos = 0;
    qint64 m_utf8BadLine = 0;
    qint64 m_gbBadLine = 0;
    qint64 m_nulLine = 0;
};

} // namespace govcat::io
