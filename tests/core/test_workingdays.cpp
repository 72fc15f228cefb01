#include "catchshim.h"
#include "rules/workingdays.h"

#include <QSet>
#include <QStringList>
#include <algorithm>
#include <string>

using namespace tukipolku;
using Holiday = WorkingDays::Holiday;

namespace {

// Catch cannot print Qt types, so compare ISO date strings.
std::string iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("invalid");
}

QDate day(const char *isoDate)
{
    return QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate);
}

std::string add(const char *start, int days)
{
    return iso(WorkingDays::addWorkingDays(day(start), days));
}

std::string next(const char *date)
{
    return iso(WorkingDays::nextWorkingDayOnOrAfter(day(date)));
}

std::string addMonths(const char *date, int months)
{
    return iso(WorkingDays::addMonthsClamped(day(date), months));
}

constexpr Holiday allHolidays[] = {
    Holiday::NewYearsDay,
    Holiday::Epiphany,
    Holiday::GoodFriday,
    Holiday::EasterSunday,
    Holiday::EasterMonday,
    Holiday::MayDay,
    Holiday::AscensionDay,
    Holiday::WhitSunday,
    Holiday::MidsummerEve,
    Holiday::MidsummerDay,
    Holiday::AllSaintsDay,
    Holiday::IndependenceDay,
    Holiday::ChristmasEve,
    Holiday::ChristmasDay,
    Holiday::StStephensDay,
};

} // namespace

TEST_CASE("WorkingDays: Easter Sunday", "[workingdays]")
{
    struct Row {
        int year;
        const char *easter;
    };
    const Row rows[] = {
        { 2024, "2024-03-31" },
        { 2025, "2025-04-20" },
        { 2026, "2026-04-05" },
        { 2027, "2027-03-28" },
        { 2028, "2028-04-16" },
        { 2029, "2029-04-01" },
        { 2030, "2030-04-21" },
        // Extremes and century years: earliest (22.3) and latest (25.4) possible.
        { 1818, "1818-03-22" },
        { 2285, "2285-03-22" },
        { 1886, "1886-04-25" },
        { 1943, "1943-04-25" },
        { 2038, "2038-04-25" },
        { 1900, "1900-04-15" },
        { 2000, "2000-04-23" },
        { 2008, "2008-03-23" },
        { 1954, "1954-04-18" },
        { 2011, "2011-04-24" },
        { 2019, "2019-04-21" },
        { 1913, "1913-03-23" },
    };
    for (const Row &row : rows) {
        CAPTURE(row.year);
        CHECK(iso(WorkingDays::easterSunday(row.year)) == row.easter);
    }
    CHECK_FALSE(WorkingDays::easterSunday(0).isValid());
}

TEST_CASE("WorkingDays: Easter is always a Sunday between 22 March and 25 April", "[workingdays]")
{
    int wrong = 0;
    for (int year = 1583; year <= 4099; ++year) {
        const QDate easter = WorkingDays::easterSunday(year);
        if (easter.dayOfWeek() != Qt::Sunday || easter < QDate(year, 3, 22) || easter > QDate(year, 4, 25))
            ++wrong;
    }
    CHECK(wrong == 0);
}

TEST_CASE("WorkingDays: every holiday 2024-2030", "[workingdays]")
{
    // Columns in enum order: New Year, Epiphany, Good Friday, Easter Sunday,
    // Easter Monday, May Day, Ascension, Whit Sunday, Midsummer Eve,
    // Midsummer Day, All Saints, Independence, Christmas Eve, Christmas Day,
    // St Stephen's. Checked against python-dateutil's easter() and `date -d`.
    struct Row {
        int year;
        const char *dates[15];
    };
    const Row rows[] = {
        { 2024,
            { "2024-01-01", "2024-01-06", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-01",
                "2024-05-09", "2024-05-19", "2024-06-21", "2024-06-22", "2024-11-02", "2024-12-06",
                "2024-12-24", "2024-12-25", "2024-12-26" } },
        { 2025,
            { "2025-01-01", "2025-01-06", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01",
                "2025-05-29", "2025-06-08", "2025-06-20", "2025-06-21", "2025-11-01", "2025-12-06",
                "2025-12-24", "2025-12-25", "2025-12-26" } },
        { 2026,
            { "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01",
                "2026-05-14", "2026-05-24", "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-06",
                "2026-12-24", "2026-12-25", "2026-12-26" } },
        { 2027,
            { "2027-01-01", "2027-01-06", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-01",
                "2027-05-06", "2027-05-16", "2027-06-25", "2027-06-26", "2027-11-06", "2027-12-06",
                "2027-12-24", "2027-12-25", "2027-12-26" } },
        { 2028,
            { "2028-01-01", "2028-01-06", "2028-04-14", "2028-04-16", "2028-04-17", "2028-05-01",
                "2028-05-25", "2028-06-04", "2028-06-23", "2028-06-24", "2028-11-04", "2028-12-06",
                "2028-12-24", "2028-12-25", "2028-12-26" } },
        { 2029,
            { "2029-01-01", "2029-01-06", "2029-03-30", "2029-04-01", "2029-04-02", "2029-05-01",
                "2029-05-10", "2029-05-20", "2029-06-22", "2029-06-23", "2029-11-03", "2029-12-06",
                "2029-12-24", "2029-12-25", "2029-12-26" } },
        { 2030,
            { "2030-01-01", "2030-01-06", "2030-04-19", "2030-04-21", "2030-04-22", "2030-05-01",
                "2030-05-30", "2030-06-09", "2030-06-21", "2030-06-22", "2030-11-02", "2030-12-06",
                "2030-12-24", "2030-12-25", "2030-12-26" } },
    };
    for (const Row &row : rows) {
        CAPTURE(row.year);
        const QList<WorkingDays::Entry> list = WorkingDays::holidays(row.year);
        REQUIRE(list.size() == 15);
        for (int i = 0; i < 15; ++i) {
            const Holiday holiday = allHolidays[i];
            CAPTURE(WorkingDays::holidayName(holiday).toStdString());
            // holidays(): the entry for this holiday has this date.
            const auto it = std::find_if(list.cbegin(), list.cend(),
                [&](const WorkingDays::Entry &e) { return e.holiday == holiday; });
            REQUIRE(it != list.cend());
            CHECK(iso(it->date) == row.dates[i]);
            // holidayOn(): the date is that holiday.
            const std::optional<Holiday> on = WorkingDays::holidayOn(day(row.dates[i]));
            REQUIRE(on.has_value());
            CHECK(*on == holiday);
            CHECK_FALSE(WorkingDays::isWorkingDay(day(row.dates[i])));
        }
        // In these years no two holidays share a day, so the sorted list is the table order.
        for (int i = 0; i < 15; ++i)
            CHECK(iso(list.at(i).date) == row.dates[i]);
    }
}

TEST_CASE("WorkingDays: May Day and Ascension Day on the same day (2008)", "[workingdays]")
{
    const QList<WorkingDays::Entry> list = WorkingDays::holidays(2008);
    REQUIRE(list.size() == 15);
    CHECK(iso(list.at(5).date) == "2008-05-01");
    CHECK(list.at(5).holiday == Holiday::MayDay);
    CHECK(iso(list.at(6).date) == "2008-05-01");
    CHECK(list.at(6).holiday == Holiday::AscensionDay);
    CHECK(WorkingDays::holidayOn(day("2008-05-01")) == Holiday::MayDay);
}

TEST_CASE("WorkingDays: Ascension Day before May Day is sorted (2285)", "[workingdays]")
{
    // Easter 22.3.2285, so Ascension Day is 30.4.
    const QList<WorkingDays::Entry> list = WorkingDays::holidays(2285);
    REQUIRE(list.size() == 15);
    CHECK(list.at(5).holiday == Holiday::AscensionDay);
    CHECK(iso(list.at(5).date) == "2285-04-30");
    CHECK(list.at(6).holiday == Holiday::MayDay);
}

TEST_CASE("WorkingDays: holidays() and holidayOn() agree for every day 1900-2100", "[workingdays]")
{
    QStringList mismatches;
    for (int year = 1900; year <= 2100; ++year) {
        const QList<WorkingDays::Entry> list = WorkingDays::holidays(year);
        const bool sorted = std::is_sorted(
            list.cbegin(), list.cend(), [](const auto &a, const auto &b) { return a.date < b.date; });
        if (list.size() != 15 || !sorted)
            mismatches << QString::number(year);
        QSet<QDate> dates;
        for (const WorkingDays::Entry &e : list)
            dates.insert(e.date);
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            const bool weekday = d.dayOfWeek() <= Qt::Friday;
            const bool holiday = WorkingDays::holidayOn(d).has_value();
            if (holiday != dates.contains(d) || WorkingDays::isWorkingDay(d) != (weekday && !holiday))
                mismatches << d.toString(Qt::ISODate);
        }
        const auto find = [&](Holiday h) {
            return std::find_if(list.cbegin(), list.cend(), [h](const auto &e) {
                return e.holiday == h;
            })->date;
        };
        const QDate eve = find(Holiday::MidsummerEve);
        const QDate saints = find(Holiday::AllSaintsDay);
        if (eve.dayOfWeek() != Qt::Friday || eve < QDate(year, 6, 19) || eve > QDate(year, 6, 25)
            || find(Holiday::MidsummerDay) != eve.addDays(1) || saints.dayOfWeek() != Qt::Saturday
            || saints < QDate(year, 10, 31) || saints > QDate(year, 11, 6)) {
            mismatches << QString::number(year);
        }
    }
    CAPTURE(mismatches.join(QLatin1Char(' ')).toStdString());
    CHECK(mismatches.isEmpty());
}

TEST_CASE("WorkingDays: holiday names", "[workingdays]")
{
    CHECK(WorkingDays::holidayName(Holiday::MidsummerEve) == QStringLiteral("Midsummer Eve"));
    CHECK(WorkingDays::holidayName(Holiday::NewYearsDay) == QStringLiteral("New Year's Day"));
    CHECK(WorkingDays::holidayName(Holiday::AllSaintsDay) == QStringLiteral("All Saints' Day"));
    CHECK(WorkingDays::holidayName(Holiday::StStephensDay) == QStringLiteral("St Stephen's Day"));
    QStringList names;
    for (Holiday h : allHolidays)
        names << WorkingDays::holidayName(h);
    names.removeAll(QString());
    names.removeDuplicates();
    CHECK(names.size() == 15);
}

TEST_CASE("WorkingDays: isWorkingDay", "[workingdays]")
{
    CHECK(WorkingDays::isWorkingDay(day("2026-03-03"))); // Tuesday
    CHECK_FALSE(WorkingDays::isWorkingDay(day("2026-03-07"))); // Saturday
    CHECK_FALSE(WorkingDays::isWorkingDay(day("2026-03-08"))); // Sunday
    CHECK(WorkingDays::isWorkingDay(day("2026-04-07"))); // Tuesday after Easter Monday
    CHECK(WorkingDays::isWorkingDay(day("2026-04-02"))); // Maundy Thursday is not a holiday
    CHECK(WorkingDays::isWorkingDay(day("2026-06-18"))); // Thursday before Midsummer Eve
    CHECK_FALSE(WorkingDays::isWorkingDay(day("2026-06-19"))); // Midsummer Eve
    CHECK(WorkingDays::isWorkingDay(day("2024-12-27"))); // Friday after St Stephen's
    CHECK(WorkingDays::isWorkingDay(day("2025-12-31"))); // New Year's Eve is not a holiday
    CHECK(WorkingDays::isWorkingDay(day("2025-12-23")));
    CHECK_FALSE(WorkingDays::isWorkingDay(day("2025-12-24"))); // Christmas Eve on a Wednesday
    CHECK_FALSE(WorkingDays::isWorkingDay(day("2027-12-06"))); // Independence Day on a Monday
    CHECK_FALSE(WorkingDays::isWorkingDay(day("2026-01-06"))); // Epiphany on a Tuesday
    CHECK_FALSE(WorkingDays::isWorkingDay(QDate()));
    CHECK_FALSE(WorkingDays::holidayOn(QDate()).has_value());
    CHECK_FALSE(WorkingDays::holidayOn(day("2026-03-03")).has_value());
}

TEST_CASE("WorkingDays: the seven-working-day limit for an initiation", "[workingdays]")
{
    SECTION("handbook example: Tuesday, no holidays -> Thursday of the following week")
    {
        CHECK(add("2026-03-03", 7) == "2026-03-12");
    }
    SECTION("received on a Friday: day 1 is Monday")
    {
        CHECK(add("2026-03-06", 1) == "2026-03-09");
        CHECK(add("2026-03-06", 7) == "2026-03-17");
    }
    SECTION("received on a weekend: day 1 is the next working day")
    {
        CHECK(add("2026-03-07", 1) == "2026-03-09"); // Saturday
        CHECK(add("2026-03-07", 7) == "2026-03-17");
        CHECK(add("2026-03-08", 7) == "2026-03-17"); // Sunday
    }
    SECTION("received right before Easter")
    {
        // 2026: Good Friday 3.4, Easter Monday 6.4; day 1 is Tuesday 7.4.
        CHECK(add("2026-04-02", 1) == "2026-04-07");
        CHECK(add("2026-04-02", 7) == "2026-04-15");
        CHECK(add("2026-04-01", 7) == "2026-04-14");
        CHECK(add("2025-04-17", 7) == "2025-04-30");
        CHECK(add("2024-03-28", 7) == "2024-04-10");
    }
    SECTION("received right before Christmas")
    {
        // 2025: 24-26.12 Wed-Fri, 1.1 Thu, 6.1 Tue.
        CHECK(add("2025-12-22", 7) == "2026-01-07");
        CHECK(add("2024-12-23", 7) == "2025-01-08");
        CHECK(add("2024-12-20", 7) == "2025-01-07");
        CHECK(add("2026-12-23", 1) == "2026-12-28");
        CHECK(add("2025-12-31", 1) == "2026-01-02");
    }
    SECTION("other holidays on the way")
    {
        CHECK(add("2026-06-18", 7) == "2026-06-30"); // Midsummer Eve 19.6
        CHECK(add("2026-04-29", 7) == "2026-05-11"); // May Day 1.5
        CHECK(add("2026-05-11", 7) == "2026-05-21"); // Ascension Day 14.5
        CHECK(add("2027-12-03", 7) == "2027-12-15"); // Independence Day Monday 6.12
        CHECK(add("2026-10-30", 1) == "2026-11-02"); // All Saints' Day is a Saturday anyway
    }
    SECTION("zero and invalid input")
    {
        CHECK(add("2026-03-03", 0) == "2026-03-03");
        CHECK(add("2026-03-07", 0) == "2026-03-07"); // 0 returns start even on a weekend
        CHECK(add("2026-03-03", -1) == "invalid");
        CHECK(iso(WorkingDays::addWorkingDays(QDate(), 7)) == "invalid");
    }
}

TEST_CASE("WorkingDays: addMonthsClamped", "[workingdays]")
{
    CHECK(addMonths("2025-01-31", 1) == "2025-02-28");
    CHECK(addMonths("2024-01-31", 1) == "2024-02-29");
    CHECK(addMonths("2025-11-30", 3) == "2026-02-28");
    CHECK(addMonths("2023-11-30", 3) == "2024-02-29");
    CHECK(addMonths("2025-08-31", 3) == "2025-11-30");
    CHECK(addMonths("2025-05-31", 1) == "2025-06-30");
    CHECK(addMonths("2025-12-31", 2) == "2026-02-28");
    CHECK(addMonths("2025-10-31", 3) == "2026-01-31");
    CHECK(addMonths("2026-03-15", 3) == "2026-06-15");
    CHECK(addMonths("2099-11-30", 3) == "2100-02-28"); // 2100 is not a leap year
    CHECK(addMonths("1999-11-29", 3) == "2000-02-29"); // 2000 is
    CHECK(addMonths("2024-03-31", -1) == "2024-02-29");
    CHECK(addMonths("2026-03-15", 0) == "2026-03-15");
    CHECK(addMonths("2026-03-15", 12) == "2027-03-15");
    CHECK(iso(WorkingDays::addMonthsClamped(QDate(), 3)) == "invalid");
}

TEST_CASE("WorkingDays: nextWorkingDayOnOrAfter", "[workingdays]")
{
    CHECK(next("2026-03-09") == "2026-03-09"); // a working day stays
    CHECK(next("2026-03-07") == "2026-03-09"); // Saturday
    CHECK(next("2026-03-08") == "2026-03-09"); // Sunday
    CHECK(next("2026-04-03") == "2026-04-07"); // Good Friday -> Tuesday after Easter
    CHECK(next("2026-04-04") == "2026-04-07");
    CHECK(next("2026-04-05") == "2026-04-07");
    CHECK(next("2026-04-06") == "2026-04-07");
    CHECK(next("2024-12-24") == "2024-12-27"); // Tuesday
    CHECK(next("2025-12-24") == "2025-12-29"); // Wednesday
    CHECK(next("2026-12-24") == "2026-12-28"); // Thursday
    CHECK(next("2027-12-24") == "2027-12-27"); // Friday
    CHECK(next("2026-06-19") == "2026-06-22"); // Midsummer Eve
    CHECK(next("2026-01-01") == "2026-01-02");
    CHECK(next("2027-01-01") == "2027-01-04");
    CHECK(next("2025-05-29") == "2025-05-30"); // Ascension Day
    CHECK(iso(WorkingDays::nextWorkingDayOnOrAfter(QDate())) == "invalid");

    SECTION("three-month assessment limit ending on a weekend")
    {
        // Initiation 30.11.2025 -> 28.2.2026 (Saturday) -> Monday 2.3.2026.
        const QDate limit = WorkingDays::addMonthsClamped(day("2025-11-30"), 3);
        CHECK(iso(limit) == "2026-02-28");
        CHECK(iso(WorkingDays::nextWorkingDayOnOrAfter(limit)) == "2026-03-02");
    }
}

TEST_CASE("WorkingDays: workingDaysBetween", "[workingdays]")
{
    CHECK(WorkingDays::workingDaysBetween(day("2026-03-03"), day("2026-03-12")) == 7);
    CHECK(WorkingDays::workingDaysBetween(day("2026-03-03"), day("2026-03-03")) == 0);
    CHECK(WorkingDays::workingDaysBetween(day("2026-03-12"), day("2026-03-03")) == 0);
    CHECK(WorkingDays::workingDaysBetween(day("2026-04-02"), day("2026-04-07")) == 1);
    CHECK(WorkingDays::workingDaysBetween(day("2026-04-02"), day("2026-04-06")) == 0);
    CHECK(WorkingDays::workingDaysBetween(day("2025-12-22"), day("2026-01-07")) == 7);
    CHECK(WorkingDays::workingDaysBetween(QDate(), day("2026-01-07")) == 0);
    // 2026 has 261 weekdays, 9 of them holidays (1.1, 6.1, 3.4, 6.4, 1.5,
    // 14.5, 19.6, 24.12, 25.12); 6.12 is a Sunday, 26.12 and 31.10 Saturdays.
    CHECK(WorkingDays::workingDaysBetween(day("2025-12-31"), day("2026-12-31")) == 252);
}

TEST_CASE("WorkingDays: workingDaysBetween agrees with addWorkingDays", "[workingdays]")
{
    QStringList failures;
    for (QDate start(2024, 1, 1); start <= QDate(2025, 12, 31); start = start.addDays(1)) {
        for (int n = 0; n <= 40; ++n) {
            const QDate due = WorkingDays::addWorkingDays(start, n);
            bool ok = due >= start && WorkingDays::workingDaysBetween(start, due) == n;
            if (n > 0) {
                ok = ok && WorkingDays::isWorkingDay(due)
                    && WorkingDays::workingDaysBetween(start, due.addDays(-1)) == n - 1;
            }
            if (!ok && failures.size() < 20)
                failures << start.toString(Qt::ISODate) + QLatin1Char('+') + QString::number(n);
        }
    }
    CAPTURE(failures.join(QLatin1Char(' ')).toStdString());
    CHECK(failures.isEmpty());
}
