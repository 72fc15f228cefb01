#include "rules/workingdays.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace tukipolku {
namespace {

using Holiday = WorkingDays::Holiday;

// Days from Easter Sunday.
constexpr int goodFridayOffset = -2;
constexpr int easterMondayOffset = 1;
constexpr int ascensionOffset = 39;
constexpr int whitSundayOffset = 49;

// Day loops recompute Easter only when they cross into another year, so a
// report counting deadlines for many cases stays cheap and allocation-free.
class EasterOfYear final {
public:
    const QDate &forDate(const QDate &date)
    {
        if (date.year() != m_year) {
            m_year = date.year();
            m_easter = WorkingDays::easterSunday(m_year);
        }
        return m_easter;
    }

private:
    int m_year = 0; // QDate has no year 0, so this never matches a real date
    QDate m_easter;
};

QDate firstWeekdayOnOrAfter(const QDate &date, int weekday)
{
    return date.addDays((weekday - date.dayOfWeek() + 7) % 7);
}

QDate midsummerEve(int year)
{
    return firstWeekdayOnOrAfter(QDate(year, 6, 19), Qt::Friday);
}

QDate allSaintsDay(int year)
{
    return firstWeekdayOnOrAfter(QDate(year, 10, 31), Qt::Saturday);
}

std::optional<Holiday> fixedHoliday(const QDate &date)
{
    switch (date.month() * 100 + date.day()) {
    case 101:
        return Holiday::NewYearsDay;
    case 106:
        return Holiday::Epiphany;
    case 501:
        return Holiday::MayDay;
    case 1206:
        return Holiday::IndependenceDay;
    case 1224:
        return Holiday::ChristmasEve;
    case 1225:
        return Holiday::ChristmasDay;
    case 1226:
        return Holiday::StStephensDay;
    default:
        return std::nullopt;
    }
}

std::optional<Holiday> easterHoliday(const QDate &date, const QDate &easter)
{
    if (!easter.isValid()) // daysTo() would report 0, i.e. Easter Sunday
        return std::nullopt;
    switch (easter.daysTo(date)) {
    case goodFridayOffset:
        return Holiday::GoodFriday;
    case 0:
        return Holiday::EasterSunday;
    case easterMondayOffset:
        return Holiday::EasterMonday;
    case ascensionOffset:
        return Holiday::AscensionDay;
    case whitSundayOffset:
        return Holiday::WhitSunday;
    default:
        return std::nullopt;
    }
}

// Holidays fixed to a weekday within a window of dates.
std::optional<Holiday> weekdayHoliday(const QDate &date)
{
    const int month = date.month();
    if (month == 6 && date == midsummerEve(date.year()))
        return Holiday::MidsummerEve;
    if (month == 6 && date == midsummerEve(date.year()).addDays(1))
        return Holiday::MidsummerDay;
    if ((month == 10 || month == 11) && date == allSaintsDay(date.year()))
        return Holiday::AllSaintsDay;
    return std::nullopt;
}

// Fixed dates are checked first: the only possible clash is May Day with
// Ascension Day, and May Day comes first in enum order.
std::optional<Holiday> holidayOn(const QDate &date, const QDate &easter)
{
    if (!date.isValid())
        return std::nullopt;
    if (auto fixed = fixedHoliday(date))
        return fixed;
    if (auto movable = easterHoliday(date, easter))
        return movable;
    return weekdayHoliday(date);
}

bool isWorkingDay(const QDate &date, EasterOfYear &easter)
{
    // Reports count deadlines for tens of thousands of cases over the same
    // few hundred days: each day is worked out once per thread (a QDate's
    // year, month and weekday are each a calendar conversion).
    thread_local QHash<qint64, bool> known;
    const qint64 day = date.toJulianDay();
    if (const auto found = known.constFind(day); found != known.constEnd())
        return found.value();
    const int weekday = date.dayOfWeek(); // 0 for an invalid date
    const bool working = weekday >= Qt::Monday && weekday <= Qt::Friday
                      && !holidayOn(date, easter.forDate(date)).has_value();
    known.insert(day, working);
    return working;
}

} // namespace

QDate WorkingDays::easterSunday(int year)
{
    if (year < 1)
        return {};
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<WorkingDays::Entry> WorkingDays::holidays(int year)
{
    if (year < 1)
        return {};
    const QDate easter = easterSunday(year);
    const QDate midsummer = midsummerEve(year);
    QList<Entry> list {
        { QDate(year, 1, 1), Holiday::NewYearsDay },
        { QDate(year, 1, 6), Holiday::Epiphany },
        { easter.addDays(goodFridayOffset), Holiday::GoodFriday },
        { easter, Holiday::EasterSunday },
        { easter.addDays(easterMondayOffset), Holiday::EasterMonday },
        { QDate(year, 5, 1), Holiday::MayDay },
        { easter.addDays(ascensionOffset), Holiday::AscensionDay },
        { easter.addDays(whitSundayOffset), Holiday::WhitSunday },
        { midsummer, Holiday::MidsummerEve },
        { midsummer.addDays(1), Holiday::MidsummerDay },
        { allSaintsDay(year), Holiday::AllSaintsDay },
        { QDate(year, 12, 6), Holiday::IndependenceDay },
        { QDate(year, 12, 24), Holiday::ChristmasEve },
        { QDate(year, 12, 25), Holiday::ChristmasDay },
        { QDate(year, 12, 26), Holiday::StStephensDay },
    };
    // Ascension Day can fall on or before May Day (Easter 22 or 23 March).
    std::stable_sort(
        list.begin(), list.end(), [](const Entry &x, const Entry &y) { return x.date < y.date; });
    return list;
}

std::optional<WorkingDays::Holiday> WorkingDays::holidayOn(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    return tukipolku::holidayOn(date, easterSunday(date.year()));
}

QString WorkingDays::holidayName(Holiday h)
{
    switch (h) {
    case Holiday::NewYearsDay:
        return QCoreApplication::translate("WorkingDays", "New Year's Day");
    case Holiday::Epiphany:
        return QCoreApplication::translate("WorkingDays", "Epiphany");
    case Holiday::GoodFriday:
        return QCoreApplication::translate("WorkingDays", "Good Friday");
    case Holiday::EasterSunday:
        return QCoreApplication::translate("WorkingDays", "Easter Sunday");
    case Holiday::EasterMonday:
        return QCoreApplication::translate("WorkingDays", "Easter Monday");
    case Holiday::MayDay:
        return QCoreApplication::translate("WorkingDays", "May Day");
    case Holiday::AscensionDay:
        return QCoreApplication::translate("WorkingDays", "Ascension Day");
    case Holiday::WhitSunday:
        return QCoreApplication::translate("WorkingDays", "Whit Sunday");
    case Holiday::MidsummerEve:
        return QCoreApplication::translate("WorkingDays", "Midsummer Eve");
    case Holiday::MidsummerDay:
        return QCoreApplication::translate("WorkingDays", "Midsummer Day");
    case Holiday::AllSaintsDay:
        return QCoreApplication::translate("WorkingDays", "All Saints' Day");
    case Holiday::IndependenceDay:
        return QCoreApplication::translate("WorkingDays", "Independence Day");
    case Holiday::ChristmasEve:
        return QCoreApplication::translate("WorkingDays", "Christmas Eve");
    case Holiday::ChristmasDay:
        return QCoreApplication::translate("WorkingDays", "Christmas Day");
    case Holiday::StStephensDay:
        return QCoreApplication::translate("WorkingDays", "St Stephen's Day");
    }
    return {};
}

bool WorkingDays::isWorkingDay(const QDate &date)
{
    EasterOfYear easter;
    return tukipolku::isWorkingDay(date, easter);
}

QDate WorkingDays::addWorkingDays(const QDate &start, int days)
{
    if (!start.isValid() || days < 0)
        return {};
    EasterOfYear easter;
    QDate day = start;
    while (days > 0) {
        day = day.addDays(1);
        if (tukipolku::isWorkingDay(day, easter))
            --days;
    }
    return day;
}

QDate WorkingDays::addMonthsClamped(const QDate &date, int months)
{
    // QDate::addMonths() already falls back to the last day of a shorter month,
    // which is exactly the rule of 150/1930 3 §.
    return date.addMonths(months);
}

QDate WorkingDays::nextWorkingDayOnOrAfter(const QDate &date)
{
    if (!date.isValid())
        return {};
    EasterOfYear easter;
    QDate day = date;
    while (!tukipolku::isWorkingDay(day, easter))
        day = day.addDays(1);
    return day;
}

int WorkingDays::workingDaysBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    EasterOfYear easter;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (tukipolku::isWorkingDay(day, easter))
            ++count;
    }
    return count;
}

} // namespace tukipolku
