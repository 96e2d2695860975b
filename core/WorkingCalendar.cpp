#include "WorkingCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace govcat {

namespace {

// One block of a notice: a holiday (off) or a make-up day (working), first to last inclusive.
struct Span
{
    int year;
    const char16_t* name;
    int firstMonth, firstDay, lastMonth, lastDay;
    bool off;
};

// 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号, 2024-11-12.
// 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04 (gov.cn; Xinhua, gmw.cn 2025-11-04).
// In both notices the make-up days of the last block are listed under 国庆节.
constexpr Span kBuiltIn[] = {
    {2025, u"元旦", 1, 1, 1, 1, true},
    {2025, u"春节", 1, 28, 2, 4, true},
    {2025, u"春节", 1, 26, 1, 26, false},
    {2025, u"春节", 2, 8, 2, 8, false},
    {2025, u"清明节", 4, 4, 4, 6, true},
    {2025, u"劳动节", 5, 1, 5, 5, true},
    {2025, u"劳动节", 4, 27, 4, 27, false},
    {2025, u"端午节", 5, 31, 6, 2, true},
    {2025, u"国庆节、中秋节", 10, 1, 10, 8, true},
    {2025, u"国庆节、中秋节", 9, 28, 9, 28, false},
    {2025, u"国庆节、中秋节", 10, 11, 10, 11, false},

    {2026, u"元旦", 1, 1, 1, 3, true},
    {2026, u"元旦", 1, 4, 1, 4, false},
    {2026, u"春节", 2, 15, 2, 23, true},
    {2026, u"春节", 2, 14, 2, 14, false},
    {2026, u"春节", 2, 28, 2, 28, false},
    {2026, u"清明节", 4, 4, 4, 6, true},
    {2026, u"劳动节", 5, 1, 5, 5, true},
    {2026, u"劳动节", 5, 9, 5, 9, false},
    {2026, u"端午节", 6, 19, 6, 21, true},
    {2026, u"中秋节", 9, 25, 9, 27, true},
    {2026, u"国庆节", 10, 1, 10, 7, true},
    {2026, u"国庆节", 9, 20, 9, 20, false},
    {2026, u"国庆节", 10, 10, 10, 10, false},
};

constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2200;

bool isWeekday(QDate d)
{
    return d.dayOfWeek() <= 5;
}

// Mon–Fri days with a Julian day in [0, jd] (Julian day 0 is a Monday); floor division keeps
// differences right for any jd.
qint64 weekdaysUpTo(qint64 jd)
{
    const qint64 n = jd + 1;
    qint64 weeks = n / 7;
    qint64 rest = n % 7;
    if (rest < 0) {
        rest += 7;
        --weeks;
    }
    return weeks * 5 + std::min<qint64>(rest, 5);
}

Error invalid(int year, const QString& what)
{
    const QString prefix =
        year == 0 ? QStringLiteral("calendar patch: ") : QStringLiteral("calendar patch for %1: ").arg(year);
    return makeError(Error::Kind::Invalid, prefix + what);
}

} // namespace

const WorkingCalendar& WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = [] {
        WorkingCalendar c;
        for (const Span& s : kBuiltIn) {
            const QString name = QString::fromUtf16(s.name);
            const QDate last(s.year, s.lastMonth, s.lastDay);
            for (QDate d(s.year, s.firstMonth, s.firstDay); d <= last; d = d.addDays(1)) {
                c.m_years[s.year].append(CalendarDay{d, s.off, name});
            }
        }
        c.rebuild();
        return c;
    }();
    return calendar;
}

Result<void> WorkingCalendar::applyYearJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(0, QStringLiteral("not JSON (%1 at offset %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return invalid(0, QStringLiteral("expected a JSON object"));
    }
    const QJsonObject root = doc.object();
    const QJsonValue yearValue = root.value(QStringLiteral("year"));
    const double yearNumber = yearValue.toDouble(-1);
    if (!yearValue.isDouble() || yearNumber < kMinYear || yearNumber > kMaxYear ||
        yearNumber != static_cast<int>(yearNumber)) {
        return invalid(
            0, QStringLiteral("\"year\" must be a whole number from %1 to %2").arg(kMinYear).arg(kMaxYear));
    }
    const int year = static_cast<int>(yearNumber);
    const QJsonValue papers = root.value(QStringLiteral("papers"));
    if (!papers.isUndefined() && !papers.isArray()) {
        return invalid(year, QStringLiteral("\"papers\" must be an array"));
    }
    const QJsonValue daysValue = root.value(QStringLiteral("days"));
    if (!daysValue.isArray()) {
        return invalid(year, QStringLiteral("\"days\" must be an array"));
    }

    QList<CalendarDay> days;
    QSet<QDate> seen;
    const QJsonArray array = daysValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("days[%1]: ").arg(i);
        if (!array.at(i).isObject()) {
            return invalid(year, where + QStringLiteral("expected an object"));
        }
        const QJsonObject item = array.at(i).toObject();
        const QJsonValue dateValue = item.value(QStringLiteral("date"));
        if (!dateValue.isString()) {
            return invalid(year, where + QStringLiteral("missing \"date\" (YYYY-MM-DD)"));
        }
        const QString text = dateValue.toString();
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            return invalid(year, where + QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        }
        if (date.year() < year - 1 || date.year() > year + 1) {
            return invalid(year, where + QStringLiteral("%1 is too far from %2").arg(text).arg(year));
        }
        if (seen.contains(date)) {
            return invalid(year, where + QStringLiteral("%1 is listed twice").arg(text));
        }
        seen.insert(date);
        const QJsonValue off = item.value(QStringLiteral("isOffDay"));
        if (!off.isBool()) {
            return invalid(year, where + QStringLiteral("\"isOffDay\" must be true or false"));
        }
        const QString name = item.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty()) {
            return invalid(year, where + QStringLiteral("missing \"name\""));
        }
        days.append(CalendarDay{date, off.toBool(), name});
    }
    m_years.insert(year, days);
    rebuild();
    return {};
}

void WorkingCalendar::rebuild()
{
    m_special.clear();
    for (auto it = m_years.cbegin(); it != m_years.cend(); ++it) { // ascending: later notices win
        for (const CalendarDay& day : it.value()) {
            m_special.insert(day.date, day);
        }
    }
    QList<std::pair<qint64, int>> shifts;
    for (auto it = m_special.cbegin(); it != m_special.cend(); ++it) {
        const int delta = (it->isOffDay ? 0 : 1) - (isWeekday(it.key()) ? 1 : 0);
        if (delta != 0) {
            shifts.append({it.key().toJulianDay(), delta});
        }
    }
    std::sort(shifts.begin(), shifts.end());
    m_shiftDays.clear();
    m_shiftSums.clear();
    int sum = 0;
    for (const auto& [jd, delta] : shifts) {
        sum += delta;
        m_shiftDays.append(jd);
        m_shiftSums.append(sum);
    }
}

// Working days in (−∞, jd], relative to an arbitrary origin: only differences are meaningful.
qint64 WorkingCalendar::workingDaysUpTo(qint64 julianDay) const
{
    const auto after = std::upper_bound(m_shiftDays.cbegin(), m_shiftDays.cend(), julianDay);
    const qsizetype listed = after - m_shiftDays.cbegin();
    return weekdaysUpTo(julianDay) + (listed == 0 ? 0 : m_shiftSums.at(listed - 1));
}

bool WorkingCalendar::isWorkingDay(QDate d) const
{
    const auto it = m_special.constFind(d);
    if (it != m_special.cend()) {
        return !it->isOffDay;
    }
    return d.isValid() && isWeekday(d);
}

bool WorkingCalendar::hasDataFor(int year) const
{
    return m_years.contains(year);
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from) {
        return 0;
    }
    return static_cast<int>(workingDaysUpTo(to.toJulianDay()) - workingDaysUpTo(from.toJulianDay()));
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid() || n <= 0) {
        return from;
    }
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d)) {
            --n;
        }
    }
    return d;
}

QString WorkingCalendar::holidayName(QDate d) const
{
    return m_special.value(d).name;
}

std::optional<CalendarDay> WorkingCalendar::specialDay(QDate d) const
{
    const auto it = m_special.constFind(d);
    if (it == m_special.cend()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace govcat
