#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tukipolku {

// Finnish public holidays and working-day arithmetic for statutory time limits.
// Everything is computed on the fly (no shared cache), so it is thread-safe.
class WorkingDays final {
public:
    enum class Holiday {
        NewYearsDay,
        Epiphany,
        GoodFriday,
        EasterSunday,
        EasterMonday,
        MayDay,
        AscensionDay,
        WhitSunday,
        MidsummerEve,
        MidsummerDay,
        AllSaintsDay,
        IndependenceDay,
        ChristmasEve,
        ChristmasDay,
        StStephensDay
    };
    struct Entry {
        QDate date;
        Holiday holiday;
    };

    // Gregorian computus (anonymous algorithm); invalid date for year < 1.
    static QDate easterSunday(int year);
    // Sorted by date; holidays on the same day (May Day and Ascension Day,
    // e.g. 2008) keep enum order. Empty for year < 1.
    static QList<Entry> holidays(int year);
    // When two holidays share the day, the first one in enum order.
    static std::optional<Holiday> holidayOn(const QDate &date);
    // Translated; English source, e.g. "Midsummer Eve".
    static QString holidayName(Holiday h);
    // Not Saturday or Sunday and not a holiday; false for an invalid date.
    static bool isWorkingDay(const QDate &date);
    // The start day itself is not counted; day 1 is the next working day.
    // days >= 0 (0 returns start); an invalid date for days < 0 or an invalid start.
    static QDate addWorkingDays(const QDate &start, int days);
    // Same day number, or the last day of the target month (150/1930 3 §).
    static QDate addMonthsClamped(const QDate &date, int months);
    // Time-limit rule: a limit falling on a non-working day moves to the next working day.
    static QDate nextWorkingDayOnOrAfter(const QDate &date);
    // Working days after `from` up to and including `to` (0 when to <= from).
    static int workingDaysBetween(const QDate &from, const QDate &to);
};

} // namespace tukipolku
