#include "core/WorkingCalendar.h"

#include <QTest>

#include <tuple>

using namespace govcat;

namespace {

// Expected counts were computed by an independent script from the notices' text, not from this
// implementation.
int naiveCount(const WorkingCalendar& cal, QDate from, QDate to)
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        n += cal.isWorkingDay(d) ? 1 : 0;
    }
    return n;
}

QByteArray patch2027()
{
    return QStringLiteral(R"({"year":2027,"papers":["www.gov.cn"],"days":[
        {"name":"元旦","date":"2027-01-01","isOffDay":true},
        {"name":"春节","date":"2027-02-06","isOffDay":false},
        {"name":"春节","date":"2027-02-08","isOffDay":true}]})")
        .toUtf8();
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDays_data();
    void knownDays();
    void holidayNames();
    void builtInSize();
    void countsAcrossHolidays();
    void countEdgeCases();
    void countMatchesDayByDay();
    void addWorkingDays();
    void yearWithoutDataIsMondayToFriday();
    void applyGoodPatch();
    void patchReplacesYear();
    void malformedPatches_data();
    void malformedPatches();
};

void TestWorkingCalendar::knownDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("2026-02-14 Sat make-up") << QDate(2026, 2, 14) << true;
    QTest::newRow("2026-02-16 Mon 春节") << QDate(2026, 2, 16) << false;
    QTest::newRow("2026-02-23 Mon 春节") << QDate(2026, 2, 23) << false;
    QTest::newRow("2026-02-24 Tue") << QDate(2026, 2, 24) << true;
    QTest::newRow("2026-10-07 Wed 国庆") << QDate(2026, 10, 7) << false;
    // The 2026 notice ends 国庆节 on 10-07 (中秋节 falls on 9-25 this year): 10-08 is a working day.
    QTest::newRow("2026-10-08 Thu") << QDate(2026, 10, 8) << true;
    QTest::newRow("2026-10-10 Sat make-up") << QDate(2026, 10, 10) << true;
    QTest::newRow("2026-10-11 Sun") << QDate(2026, 10, 11) << false;
    QTest::newRow("2026-01-04 Sun make-up") << QDate(2026, 1, 4) << true;
    QTest::newRow("2026-09-20 Sun make-up") << QDate(2026, 9, 20) << true;
    QTest::newRow("2026-09-25 Fri 中秋") << QDate(2026, 9, 25) << false;
    QTest::newRow("2025-10-08 Wed 国庆·中秋") << QDate(2025, 10, 8) << false;
    QTest::newRow("2025-10-11 Sat make-up") << QDate(2025, 10, 11) << true;
    QTest::newRow("2025-01-26 Sun make-up") << QDate(2025, 1, 26) << true;
    QTest::newRow("2025-06-02 Mon 端午") << QDate(2025, 6, 2) << false;
    QTest::newRow("2025-03-12 Wed plain") << QDate(2025, 3, 12) << true;
    QTest::newRow("2025-03-15 Sat plain") << QDate(2025, 3, 15) << false;
    QTest::newRow("invalid") << QDate() << false;
}

void TestWorkingCalendar::knownDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingCalendar::builtIn().isWorkingDay(date), working);
}

void TestWorkingCalendar::holidayNames()
{
    const WorkingCalendar& cal = WorkingCalendar::builtIn();
    QCOMPARE(cal.holidayName(QDate(2026, 2, 16)), QStringLiteral("春节"));
    QCOMPARE(cal.holidayName(QDate(2026, 2, 14)), QStringLiteral("春节")); // make-up day
    QCOMPARE(cal.holidayName(QDate(2026, 9, 26)), QStringLiteral("中秋节"));
    QCOMPARE(cal.holidayName(QDate(2026, 10, 10)), QStringLiteral("国庆节"));
    QCOMPARE(cal.holidayName(QDate(2025, 10, 8)), QStringLiteral("国庆节、中秋节"));
    QVERIFY(cal.holidayName(QDate(2026, 3, 3)).isEmpty());
    const auto day = cal.specialDay(QDate(2026, 2, 28));
    QVERIFY(day.has_value());
    QVERIFY(!day->isOffDay);
    QCOMPARE(day->date, QDate(2026, 2, 28));
    QVERIFY(!cal.specialDay(QDate(2026, 3, 3)).has_value());
}

// 2025: 28 holiday days and 5 make-up days; 2026: 33 and 6 (sum of the notices' blocks).
void TestWorkingCalendar::builtInSize()
{
    const WorkingCalendar& cal = WorkingCalendar::builtIn();
    QVERIFY(cal.hasDataFor(2025));
    QVERIFY(cal.hasDataFor(2026));
    QVERIFY(!cal.hasDataFor(2024));
    for (const auto& [year, off, makeUp] : {std::tuple{2025, 28, 5}, std::tuple{2026, 33, 6}}) {
        int offDays = 0;
        int makeUpDays = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            if (const auto day = cal.specialDay(d)) {
                (day->isOffDay ? offDays : makeUpDays) += 1;
            }
        }
        QCOMPARE(offDays, off);
        QCOMPARE(makeUpDays, makeUp);
    }
    QCOMPARE(cal.workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31)), 248);
    QCOMPARE(cal.workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 12, 31)), 248);
}

void TestWorkingCalendar::countsAcrossHolidays()
{
    const WorkingCalendar& cal = WorkingCalendar::builtIn();
    // February 2026: 20 weekdays − 6 of 春节 + make-up 2/14 and 2/28.
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 2, 1), QDate(2026, 2, 28)), 16);
    // Received Fri 2/13: 2/14 (make-up), then 2/24–2/27.
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 27)), 5);
    // Received Wed 9/30: 10/8, 10/9, 10/10 (make-up), 10/12.
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 12)), 4);
    // Across the year boundary: 元旦 1/1–1/3, make-up Sun 1/4, Mon 1/5.
    QCOMPARE(cal.workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 1, 5)), 2);
    QCOMPARE(cal.workingDaysBetween(QDate(2025, 1, 24), QDate(2025, 2, 10)), 7);
}

void TestWorkingCalendar::countEdgeCases()
{
    const WorkingCalendar& cal = WorkingCalendar::builtIn();
    const QDate d(2026, 3, 3);
    QCOMPARE(cal.workingDaysBetween(d, d), 0);
    QCOMPARE(cal.workingDaysBetween(d, d.addDays(-10)), 0);
    QCOMPARE(cal.workingDaysBetween(d, d.addDays(1)), 1); // receipt day not counted
    QCOMPARE(cal.workingDaysBetween(QDate(), d), 0);
    QCOMPARE(cal.workingDaysBetween(d, QDate()), 0);
}

// The prefix-sum count agrees with counting day by day over every pair of a sample.
void TestWorkingCalendar::countMatchesDayByDay()
{
    const WorkingCalendar& cal = WorkingCalendar::builtIn();
    const QDate start(2024, 11, 20);
    for (int i = 0; i < 900; i += 13) {
        for (int j = i; j < 900; j += 29) {
            const QDate from = start.addDays(i);
            const QDate to = start.addDays(j);
            QCOMPARE(cal.workingDaysBetween(from, to), naiveCount(cal, from, to));
        }
    }
}

void TestWorkingCalendar::addWorkingDays()
{
    const WorkingCalendar& cal = WorkingCalendar::builtIn();
    QCOMPARE(cal.addWorkingDays(QDate(2026, 2, 13), 1), QDate(2026, 2, 14));
    QCOMPARE(cal.addWorkingDays(QDate(2026, 2, 14), 1), QDate(2026, 2, 24));
    QCOMPARE(cal.addWorkingDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 8));
    QCOMPARE(cal.addWorkingDays(QDate(2025, 9, 30), 1), QDate(2025, 10, 9));
    QCOMPARE(cal.addWorkingDays(QDate(2026, 2, 10), 20), QDate(2026, 3, 16));
    QCOMPARE(cal.addWorkingDays(QDate(2025, 9, 26), 15), QDate(2025, 10, 23));
    QCOMPARE(cal.addWorkingDays(QDate(2026, 3, 3), 0), QDate(2026, 3, 3));
    QVERIFY(!cal.addWorkingDays(QDate(), 3).isValid());
    const QDate from(2026, 1, 20);
    for (int n = 1; n <= 40; ++n) {
        QCOMPARE(cal.workingDaysBetween(from, cal.addWorkingDays(from, n)), n);
    }
}

void TestWorkingCalendar::yearWithoutDataIsMondayToFriday()
{
    const WorkingCalendar& cal = WorkingCalendar::builtIn();
    QVERIFY(!cal.hasDataFor(2030));
    QVERIFY(cal.isWorkingDay(QDate(2030, 1, 1))); // a Tuesday, no notice loaded
    QVERIFY(!cal.isWorkingDay(QDate(2030, 1, 5)));
    QCOMPARE(cal.workingDaysBetween(QDate(2030, 1, 6), QDate(2030, 1, 13)), 5);
    QCOMPARE(cal.addWorkingDays(QDate(2030, 1, 4), 1), QDate(2030, 1, 7));
    const WorkingCalendar empty;
    QVERIFY(empty.isWorkingDay(QDate(2026, 2, 16)));
    QCOMPARE(empty.workingDaysBetween(QDate(2026, 2, 1), QDate(2026, 2, 28)), 20);
}

void TestWorkingCalendar::applyGoodPatch()
{
    WorkingCalendar cal = WorkingCalendar::builtIn();
    const Result<void> r = cal.applyYearJson(patch2027());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(cal.hasDataFor(2027));
    QVERIFY(!cal.isWorkingDay(QDate(2027, 1, 1)));
    QVERIFY(cal.isWorkingDay(QDate(2027, 2, 6))); // a Saturday
    QVERIFY(!cal.isWorkingDay(QDate(2027, 2, 8)));
    QCOMPARE(cal.holidayName(QDate(2027, 1, 1)), QStringLiteral("元旦"));
    // 2027-02-05 Fri → 2/6 (make-up), 2/9 … 2/12: 5 working days to Fri 2/12.
    QCOMPARE(cal.workingDaysBetween(QDate(2027, 2, 5), QDate(2027, 2, 12)), 5);
    QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 16))); // other years untouched
    QVERIFY(!WorkingCalendar::builtIn().hasDataFor(2027));
}

void TestWorkingCalendar::patchReplacesYear()
{
    WorkingCalendar cal = WorkingCalendar::builtIn();
    // An ad-hoc revision of 2026 that lists one extra day off and nothing else.
    const QByteArray json = QStringLiteral(R"({"year":2026,"days":[
        {"name":"特别假日","date":"2026-03-03","isOffDay":true},
        {"name":"元旦","date":"2025-12-31","isOffDay":true}]})")
                                .toUtf8();
    QVERIFY(cal.applyYearJson(json).ok());
    QVERIFY(!cal.isWorkingDay(QDate(2026, 3, 3)));
    QVERIFY(cal.isWorkingDay(QDate(2026, 2, 16)));   // the old 2026 days are gone
    QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 14)));  // Saturday again
    QVERIFY(!cal.isWorkingDay(QDate(2025, 12, 31))); // a neighbouring-year date of the 2026 notice
    QVERIFY(!cal.isWorkingDay(QDate(2025, 10, 8)));  // 2025 untouched
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 2, 1), QDate(2026, 2, 28)), 20);
    QCOMPARE(cal.workingDaysBetween(QDate(2025, 12, 30), QDate(2026, 1, 2)), 2);
}

void TestWorkingCalendar::malformedPatches_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("messagePart");
    const auto row = [](const char* tag, const QString& json, const QString& part) {
        QTest::newRow(tag) << json << part;
    };
    const QString day = QStringLiteral(R"({"year":2027,"days":[%1]})");
    row("not JSON", QStringLiteral("{year: 2027"), QStringLiteral("not JSON"));
    row("empty", QString(), QStringLiteral("not JSON"));
    row("array", QStringLiteral("[1,2]"), QStringLiteral("object"));
    row("no year", QStringLiteral(R"({"days":[]})"), QStringLiteral("year"));
    row("year string", QStringLiteral(R"({"year":"2027","days":[]})"), QStringLiteral("year"));
    row("year fraction", QStringLiteral(R"({"year":2027.5,"days":[]})"), QStringLiteral("year"));
    row("no days", QStringLiteral(R"({"year":2027})"), QStringLiteral("days"));
    row("papers object", QStringLiteral(R"({"year":2027,"papers":{},"days":[]})"), QStringLiteral("papers"));
    row("day not object", day.arg(QStringLiteral("3")), QStringLiteral("days[0]"));
    row("missing date", day.arg(QStringLiteral(R"({"name":"元旦","isOffDay":true})")),
        QStringLiteral("missing \"date\""));
    row("bad date", day.arg(QStringLiteral(R"({"name":"元旦","date":"2027-02-30","isOffDay":true})")),
        QStringLiteral("2027-02-30"));
    row("slashes", day.arg(QStringLiteral(R"({"name":"元旦","date":"2027/01/01","isOffDay":true})")),
        QStringLiteral("not a date"));
    row("unpadded", day.arg(QStringLiteral(R"({"name":"元旦","date":"2027-1-1","isOffDay":true})")),
        QStringLiteral("not a date"));
    row("far year", day.arg(QStringLiteral(R"({"name":"元旦","date":"2072-01-01","isOffDay":true})")),
        QStringLiteral("too far"));
    row("isOffDay string",
        day.arg(QStringLiteral(R"({"name":"元旦","date":"2027-01-01","isOffDay":"true"})")),
        QStringLiteral("isOffDay"));
    row("no name", day.arg(QStringLiteral(R"({"date":"2027-01-01","isOffDay":true})")),
        QStringLiteral("name"));
    row("twice",
        day.arg(QStringLiteral(R"({"name":"元旦","date":"2027-01-01","isOffDay":true},)"
                               R"({"name":"元旦","date":"2027-01-01","isOffDay":false})")),
        QStringLiteral("twice"));
}

void TestWorkingCalendar::malformedPatches()
{
    QFETCH(QString, json);
    QFETCH(QString, messagePart);
    WorkingCalendar cal = WorkingCalendar::builtIn();
    const Result<void> r = cal.applyYearJson(json.toUtf8());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    QVERIFY(!cal.hasDataFor(2027)); // nothing applied
    QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 16)));
}

QTEST_APPLESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
