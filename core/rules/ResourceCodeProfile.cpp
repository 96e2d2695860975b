#include "ResourceCodeProfile.h"

#include <algorithm>

namespace govcat {

namespace {
bool allDigits(const QString& s)
{
    return !s.isEmpty() &&
           std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 0x80; });
}
} // namespace

ResourceCodeProfile ResourceCodeProfile::national()
{
    ResourceCodeProfile p;
    p.name = QStringLiteral("全国（发改高技〔2017〕1272号）");
    return p;
}

bool ResourceCodeProfile::isValidClassCode(const QString& classCode) const
{
    return classCode.size() >= minClassDigits && allDigits(classCode) &&
           classFirstDigits.contains(classCode.front());
}

QString ResourceCodeProfile::format(const QString& classCode, qint64 sequence) const
{
    if (!isValidClassCode(classCode) || sequence <= 0) {
        return {};
    }
    return classCode + separator + QStringLiteral("%1").arg(sequence, sequenceDigits, 10, QLatin1Char('0'));
}

std::optional<ResourceCodeProfile::Parts> ResourceCodeProfile::parse(const QString& code) const
{
    const qsizetype at = code.indexOf(separator);
    if (at <= 0 || code.indexOf(separator, at + separator.size()) >= 0) {
        return std::nullopt;
    }
    const QString classCode = code.left(at);
    const QString sequence = code.mid(at + separator.size());
    if (!isValidClassCode(classCode) || !allDigits(sequence) || sequence.size() > 18) {
        return std::nullopt;
    }
    const qint64 number = sequence.toLongLong();
    if (number <= 0) {
        return std::nullopt;
    }
    return Parts{classCode, number};
}

} // namespace govcat
