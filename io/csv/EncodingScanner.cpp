#include "io/csv/EncodingScanner.h"

namespace govcat::io {

void EncodingScanner::feed(const char* data, qsizetype size)
{
    const auto* bytes = reinterpret_cast<const uchar*>(data);
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = bytes[i];
        if (b < 0x80 && m_utf8Need == 0 && m_gbPos == 0) { // ASCII between characters: the common case
            if (b == '\n') {
                m_line += m_afterCr ? 0 : 1;
            } else if (b == '\r') {
                ++m_line;
            } else if (b == 0 && m_nulLine == 0) {
                m_nulLine = m_line;
            }
            m_afterCr = b == '\r';
            continue;
        }
        if (m_utf8BadLine == 0) {
            utf8Byte(b);
        }
        if (m_gbBadLine == 0) {
            gbByte(b);
        }
        if (b == '\n') {
            m_line += m_afterCr ? 0 : 1;
        } else if (b == '\r') {
            ++m_line;
        } else if (b == 0 && m_nulLine == 0) {
            m_nulLine = m_line;
        }
        m_afterCr = b == '\r';
    }
}

void EncodingScanner::finish()
{
    if (m_utf8Need != 0 && m_utf8BadLine == 0) {
        m_utf8BadLine = m_line;
    }
    if (m_gbPos != 0 && m_gbBadLine == 0) {
        m_gbBadLine = m_line;
    }
}

void EncodingScanner::utf8Byte(uchar b)
{
    if (m_utf8Need > 0) {
        if (b < m_utf8Lo || b > m_utf8Hi) {
            m_utf8BadLine = m_line;
            return;
        }
        --m_utf8Need;
        m_utf8Lo = 0x80;
        m_utf8Hi = 0xBF;
        return;
    }
    if (b < 0x80) {
        return;
    }
    // lead bytes; the ranges of the second byte exclude overlong forms, surrogates and > U+10FFFF
    if (b >= 0xC2 && b <= 0xDF) {
        m_utf8Need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        m_utf8Need = 2;
        m_utf8Lo = b == 0xE0 ? 0xA0 : 0x80;
        m_utf8Hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        m_utf8Need = 3;
        m_utf8Lo = b == 0xF0 ? 0x90 : 0x80;
        m_utf8Hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        m_utf8BadLine = m_line;
    }
}

void EncodingScanner::gbByte(uchar b)
{
    const bool lead = b >= 0x81 && b <= 0xFE;
    const bool digit = b >= 0x30 && b <= 0x39;
    switch (m_gbPos) {
    case 0:
        if (lead) {
            m_gbPos = 1;
        } else if (b >= 0x80) {
            m_gbBadLine = m_line; // 80 and FF stand alone in no GB18030 sequence
        }
        return;
    case 1:
        if (digit) {
            m_gbPos = 2;
        } else if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE)) {
            m_gbPos = 0;
        } else {
            m_gbBadLine = m_line;
        }
        return;
    case 2:
        if (lead) {
            m_gbPos = 3;
        } else {
            m_gbBadLine = m_line;
        }
        return;
    default:
        if (digit) {
            m_gbPos = 0;
        } else {
            m_gbBadLine = m_line;
        }
        return;
    }
}

} // namespace govcat::io
