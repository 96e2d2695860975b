#include "JsonScanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace govcat::io {

JsonScanner::JsonScanner(const char* data, qsizetype size, int maxDepth)
    : m_data(data), m_size(size), m_maxDepth(maxDepth)
{}

void JsonScanner::skipSpace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            return;
        }
        ++m_pos;
    }
}

bool JsonScanner::consume(char c)
{
    skipSpace();
    if (peek() != c) {
        return false;
    }
    ++m_pos;
    return true;
}

bool JsonScanner::fail(const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorPos = m_pos;
    }
    return false;
}

int JsonScanner::lineOf(qsizetype pos) const
{
    pos = std::clamp<qsizetype>(pos, 0, m_size);
    return int(std::count(m_data, m_data + pos, '\n')) + 1;
}

QByteArray JsonScanner::slice(qsizetype from, qsizetype to) const
{
    return QByteArray::fromRawData(m_data + from, to - from);
}

bool JsonScanner::skipString()
{
    ++m_pos; // the opening quote
    while (m_pos < m_size) {
        const auto c = static_cast<unsigned char>(m_data[m_pos]);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            m_pos += 2;
            continue;
        }
        if (c < 0x20) {
            return fail(QCoreApplication::translate("govcat::JsonScanner", "字符串中有未转义的控制字符"));
        }
        ++m_pos;
    }
    return fail(QCoreApplication::translate("govcat::JsonScanner", "字符串没有结束"));
}

bool JsonScanner::skipValue(int depth)
{
    skipSpace();
    if (atEnd()) {
        return fail(QCoreApplication::translate("govcat::JsonScanner", "缺少值"));
    }
    const char first = peek();
    if (first == '"') {
        return skipString();
    }
    if (first == '{' || first == '[') {
        // Brackets of both kinds counted together; QJsonDocument checks that they pair up.
        int level = 0;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '"') {
                if (!skipString()) {
                    return false;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                if (depth + level > m_maxDepth) {
                    return fail(
                        QCoreApplication::translate("govcat::JsonScanner", "嵌套超过 %1 层").arg(m_maxDepth));
                }
                ++level;
            } else if (c == '}' || c == ']') {
                if (--level == 0) {
                    ++m_pos;
                    return true;
                }
            }
            ++m_pos;
        }
        return fail(QCoreApplication::translate("govcat::JsonScanner", "括号没有闭合"));
    }
    const qsizetype start = m_pos;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            break;
        }
        ++m_pos;
    }
    return m_pos > start || fail(QCoreApplication::translate("govcat::JsonScanner", "缺少值"));
}

} // namespace govcat::io
