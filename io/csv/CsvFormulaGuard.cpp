#include "CsvFormulaGuard.h"

namespace govcat::io {

namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Number of leading single quotes, and whether a trigger character follows them.
qsizetype quotedTrigger(const QString& s)
{
    qsizetype k = 0;
    while (k < s.size() && s.at(k) == QLatin1Char('\'')) {
        ++k;
    }
    return k < s.size() && isTrigger(s.at(k)) ? k : -1;
}

// An optional sign, ASCII digits, optionally a point and more digits.
bool isPlainNumber(const QString& s)
{
    qsizetype i = 0;
    if (i < s.size() && (s.at(i) == QLatin1Char('-') || s.at(i) == QLatin1Char('+'))) {
        ++i;
    }
    const auto digits = [&s, &i] {
        const qsizetype start = i;
        while (i < s.size() && s.at(i) >= QLatin1Char('0') && s.at(i) <= QLatin1Char('9')) {
            ++i;
        }
        return i > start;
    };
    if (!digits()) {
        return false;
    }
    if (i < s.size() && s.at(i) == QLatin1Char('.')) {
        ++i;
        if (!digits()) {
            return false;
        }
    }
    return i == s.size();
}

} // namespace

bool csvFieldNeedsGuard(const QString& value)
{
    const qsizetype k = quotedTrigger(value);
    return k > 0 || (k == 0 && !isPlainNumber(value));
}

QString neutraliseCsvField(const QString& value)
{
    return csvFieldNeedsGuard(value) ? QString(QLatin1Char('\'') + value) : value;
}

QString restoreCsvField(const QString& field)
{
    return quotedTrigger(field) > 0 ? field.mid(1) : field;
}

} // namespace govcat::io
