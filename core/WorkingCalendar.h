#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace govcat {

// A day that departs from, or is named by, the State Council's yearly holiday notice: a statutory
// holiday (isOffDay, weekends inside the block included) or a 调休上班 make-up day (!isOffDay).
struct CalendarDay
{
    QDate date;
    bool isOffDay = false;
    QString name; // 春节, 国庆节 …; a make-up day carries the name of the holiday it serves
};

// The Chinese working-day calendar (DOMAIN §7): Monday to Friday are working days, Saturday and
// Sunday are not, except for the days a notice lists. A year without a notice follows Mon–Fri.
// Counting follows 民法典 Art. 201: the day of receipt is not counted.
class WorkingCalendar
{
public:
    WorkingCalendar() = default; // no notices at all: every year follows Mon–Fri

    // The notices for 2025 and 2026 built into this release.
    static const WorkingCalendar& builtIn();

    // A holiday-cn style patch for one year:
    //   {"year":2027,"papers":[...],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},...]}
    // replaces every day loaded before for that year. Dates may lie in the neighbouring years
    // (a 元旦 block can start on 31 December). Error::Kind::Invalid, calendar unchanged, when
    // the patch is malformed.
    Result<void> applyYearJson(const QByteArray& json);

    bool isWorkingDay(QDate d) const;
    // Whether a notice for this year has been loaded.
    bool hasDataFor(int year) const;
    // Working days strictly after `from` up to and including `to`; 0 when to <= from or either
    // date is invalid. O(log n) in the number of listed days.
    int workingDaysBetween(QDate from, QDate to) const;
    // The date n working days after `from` (the day of `from` not counted); `from` itself when
    // n <= 0, an invalid date when `from` is invalid.
    QDate addWorkingDays(QDate from, int n) const;
    // Empty when d is neither a listed holiday nor a make-up day.
    QString holidayName(QDate d) const;
    std::optional<CalendarDay> specialDay(QDate d) const;

private:
    void rebuild();
    qint64 workingDaysUpTo(qint64 julianDay) const;

    QMap<int, QList<CalendarDay>> m_years; // as loaded, by the year of the notice
    QHash<QDate, CalendarDay> m_special;   // merged; a later year's notice wins on overlap
    QList<qint64> m_shiftDays;             // sorted Julian days whose status differs from Mon–Fri
    QList<int> m_shiftSums;                // running sum of the differences (+1 make-up, −1 off)
};

} // namespace govcat
