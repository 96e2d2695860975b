#include "io/xlsx/CellRef.h"

#include <QString>

#include <type_traits>

namespace govcat::io {

namespace {

template <typename Text> char16_t unitAt(const Text& text, qsizetype i)
{
    if constexpr (std::is_same_v<Text, QStringView>) {
        return text[i].unicode();
    } else {
        return char16_t(uchar(text[i]));
    }
}

template <typename Text> std::optional<CellRef> parseRef(const Text& text)
{
    qsizetype i = 0;
    if (i < text.size() && unitAt(text, i) == u'$') {
        ++i;
    }
    int column = 0;
    qsizetype letters = 0;
    while (i < text.size() && letters < 4) {
        const char16_t ch = unitAt(text, i);
        int digit = 0;
        if (ch >= u'A' && ch <= u'Z') {
            digit = ch - u'A' + 1;
        } else if (ch >= u'a' && ch <= u'z') {
            digit = ch - u'a' + 1;
        } else {
            break;
        }
        column = column * 26 + digit;
        ++letters;
        ++i;
    }
    if (letters == 0 || column > kMaxExcelColumns) {
        return std::nullopt;
    }
    if (i < text.size() && unitAt(text, i) == u'$') {
        ++i;
    }
    int row = 0;
    qsizetype digits = 0;
    while (i < text.size() && digits < 8) {
        const char16_t ch = unitAt(text, i);
        if (ch < u'0' || ch > u'9') {
            return std::nullopt;
        }
        row = row * 10 + (ch - u'0');
        ++digits;
        ++i;
    }
    if (digits == 0 || i != text.size() || row < 1 || row > kMaxExcelRows) {
        return std::nullopt;
    }
    return CellRef{row, column - 1};
}

} // namespace

std::optional<CellRef> parseCellRef(QStringView text)
{
    return parseRef(text);
}

std::optional<CellRef> parseCellRef(QByteArrayView text)
{
    return parseRef(text);
}

std::optional<std::pair<CellRef, CellRef>> parseRangeRef(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        const auto single = parseCellRef(text);
        if (!single) {
            return std::nullopt;
        }
        return std::pair{*single, *single};
    }
    const auto first = parseCellRef(text.left(colon));
    const auto last = parseCellRef(text.mid(colon + 1));
    if (!first || !last) {
        return std::nullopt;
    }
    const CellRef lo{std::min(first->row, last->row), std::min(first->column, last->column)};
    const CellRef hi{std::max(first->row, last->row), std::max(first->column, last->column)};
    return std::pair{lo, hi};
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

} // namespace govcat::io
