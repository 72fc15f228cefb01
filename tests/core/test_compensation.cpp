#include "catchshim.h"
#include "rules/compensationcalculator.h"

using namespace tukipolku;

namespace {

// Finnish order, as the figures are written in the comments.
QDate d(int day, int month, int year)
{
    return QDate(year, month, day);
}

CompensationRate familyRate(
    const QDate &from, const QDate &to, qint64 feeCents, qint64 expensesCents, qint64 mileageCentsPerKm)
{
    CompensationRate rate;
    rate.providerKind = ProviderKind::SupportFamily;
    rate.validFrom = from;
    rate.validTo = to;
    rate.feeCents = feeCents;
    rate.feeUnit = RateUnit::PerDayOfCare;
    rate.expensesCents = expensesCents;
    rate.expensesUnit = RateUnit::PerDayOfCare;
    rate.mileageCentsPerKm = mileageCentsPerKm;
    return rate;
}

CompensationRate personRate(const QDate &from, const QDate &to, qint64 feeCents, RateUnit feeUnit,
    qint64 expensesCents, RateUnit expensesUnit, qint64 mileageCentsPerKm)
{
    CompensationRate rate;
    rate.providerKind = ProviderKind::SupportPerson;
    rate.validFrom = from;
    rate.validTo = to;
    rate.feeCents = feeCents;
    rate.feeUnit = feeUnit;
    rate.expensesCents = expensesCents;
    rate.expensesUnit = expensesUnit;
    rate.mileageCentsPerKm = mileageCentsPerKm;
    return rate;
}

// Satakunta 2023 (domain.md): support family 52 €/day + 31 €/day expenses, 0.33 €/km.
CompensationRate satakuntaFamily()
{
    return familyRate(d(1, 1, 2023), QDate(), 5200, 3100, 33);
}

// Satakunta 2023: support person 100 €/month + 36 €/month expenses, 0.33 €/km.
CompensationRate satakuntaPerson()
{
    return personRate(d(1, 1, 2023), QDate(), 10000, RateUnit::PerMonth, 3600, RateUnit::PerMonth, 33);
}

CareDays stay(const QDate &from, const QDate &to, int km = 0)
{
    CareDays stay;
    stay.from = from;
    stay.to = to;
    stay.mileageKm = km;
    return stay;
}

CareDays cancelledStay(const QDate &from, const QDate &to, int km = 0)
{
    CareDays cancelled = stay(from, to, km);
    cancelled.cancelled = true;
    cancelled.cancelReason = QStringLiteral("The child was ill.");
    return cancelled;
}

Meeting meeting(const QDate &date, int km = 0)
{
    Meeting meeting;
    meeting.date = date;
    meeting.minutes = 120;
    meeting.mileageKm = km;
    return meeting;
}

Meeting cancelledMeeting(const QDate &date, int km = 0)
{
    Meeting cancelled = meeting(date, km);
    cancelled.cancelled = true;
    return cancelled;
}

MonthlyCompensation family(
    const QDate &month, const QList<CareDays> &stays, const QList<CompensationRate> &rates)
{
    return CompensationCalculator::forSupportFamily(month, stays, rates);
}

MonthlyCompensation person(
    const QDate &month, const QList<Meeting> &meetings, const QList<CompensationRate> &rates)
{
    return CompensationCalculator::forSupportPerson(month, meetings, rates);
}

bool isEmpty(const MonthlyCompensation &c)
{
    return c.daysOfCare == 0 && c.meetings == 0 && c.kilometres == 0 && c.feeCents == 0
        && c.expensesCents == 0 && c.mileageCents == 0 && c.problems.isEmpty();
}

QString familyDayProblem(const char *date)
{
    return QStringLiteral(
        "No support family compensation rate is valid on %1, so nothing is paid for that day. "
        "Add a rate that covers the day in the settings.")
        .arg(QLatin1String(date));
}

QString personDayProblem(const char *date)
{
    return QStringLiteral("No support person compensation rate is valid on %1, so the meeting of that day is "
                          "not paid. Add a rate that covers the day in the settings.")
        .arg(QLatin1String(date));
}

QString personSpanProblem(const QString &span)
{
    return QStringLiteral("No support person compensation rate is valid for %1, so the monthly amount is not "
                          "paid for that time. Add a rate that covers it in the settings.")
        .arg(span);
}

QString familySpanProblem(const QString &span)
{
    return QStringLiteral("No support family compensation rate is valid for %1, so the monthly amount is not "
                          "paid for that time. Add a rate that covers it in the settings.")
        .arg(span);
}

const QChar enDash(0x2013);

} // namespace

// ---- Support family -------------------------------------------------------

TEST_CASE("Compensation: a Satakunta 2023 support family weekend", "[compensation]")
{
    // Friday 10.3. - Sunday 12.3.2023: nights 10.3. and 11.3. = 2 days of care.
    // Fee 2 * 52.00 = 104.00, expenses 2 * 31.00 = 62.00, mileage 46 km * 0.33 = 15.18;
    // total 181.18 €.
    const MonthlyCompensation c
        = family(d(1, 3, 2023), { stay(d(10, 3, 2023), d(12, 3, 2023), 46) }, { satakuntaFamily() });
    CHECK(c.daysOfCare == 2);
    CHECK(c.meetings == 0);
    CHECK(c.kilometres == 46);
    CHECK(c.feeCents == 10400);
    CHECK(c.expensesCents == 6200);
    CHECK(c.mileageCents == 1518);
    CHECK(c.totalCents() == 18118);
    CHECK(c.problems.isEmpty());
}

TEST_CASE("Compensation: a one-day visit is one day of care", "[compensation]")
{
    // Saturday 18.3.2023 from morning to evening: 52.00 + 31.00 + 20 km * 0.33 = 89.60 €.
    const MonthlyCompensation c
        = family(d(1, 3, 2023), { stay(d(18, 3, 2023), d(18, 3, 2023), 20) }, { satakuntaFamily() });
    CHECK(c.daysOfCare == 1);
    CHECK(c.feeCents == 5200);
    CHECK(c.expensesCents == 3100);
    CHECK(c.mileageCents == 660);
    CHECK(c.totalCents() == 8960);
}

TEST_CASE("Compensation: a support family rate change in mid-month", "[compensation]")
{
    // New rate from Monday 15.6.2026: 55 €/day + 32 €/day, mileage 0.35 €/km.
    const QList<CompensationRate> rates = {
        familyRate(d(1, 1, 2023), d(14, 6, 2026), 5200, 3100, 33),
        familyRate(d(15, 6, 2026), QDate(), 5500, 3200, 35),
    };
    // Weekend 1, across the change: Friday 12.6. - Tuesday 16.6.2026, 40 km.
    //   nights 12.6., 13.6., 14.6. old: 3 * (52 + 31) = 249.00; night 15.6. new: 55 + 32 = 87.00
    //   mileage at the rate of 12.6.: 40 * 0.33 = 13.20
    // Weekend 2: Friday 26.6. - Sunday 28.6.2026, 40 km.
    //   nights 26.6., 27.6. new: 2 * 87 = 174.00; mileage 40 * 0.35 = 14.00
    // Fee 3 * 52 + 3 * 55 = 321.00; expenses 3 * 31 + 3 * 32 = 189.00; mileage 27.20;
    // total 537.20 €.
    const QList<CareDays> stays = {
        stay(d(12, 6, 2026), d(16, 6, 2026), 40),
        stay(d(26, 6, 2026), d(28, 6, 2026), 40),
    };
    const MonthlyCompensation c = family(d(1, 6, 2026), stays, rates);
    CHECK(c.daysOfCare == 6);
    CHECK(c.kilometres == 80);
    CHECK(c.feeCents == 32100);
    CHECK(c.expensesCents == 18900);
    CHECK(c.mileageCents == 2720);
    CHECK(c.totalCents() == 53720);
    CHECK(c.problems.isEmpty());

    SECTION("the order of the rates and stays does not matter")
    {
        const MonthlyCompensation reversed
            = family(d(30, 6, 2026), { stays.at(1), stays.at(0) }, { rates.at(1), rates.at(0) });
        CHECK(reversed.totalCents() == 53720);
        CHECK(reversed.daysOfCare == 6);
    }
}

TEST_CASE("Compensation: a stay across a month boundary", "[compensation]")
{
    SECTION("30.4. - 2.5.2023: April gets the night of 30.4., May the night of 1.5.")
    {
        const QList<CareDays> stays = { stay(d(30, 4, 2023), d(2, 5, 2023), 30) };
        const MonthlyCompensation april = family(d(1, 4, 2023), stays, { satakuntaFamily() });
        // 52 + 31 + 30 km * 0.33 = 92.90 €: the mileage goes with the first day.
        CHECK(april.daysOfCare == 1);
        CHECK(april.kilometres == 30);
        CHECK(april.feeCents == 5200);
        CHECK(april.expensesCents == 3100);
        CHECK(april.mileageCents == 990);
        CHECK(april.totalCents() == 9290);

        const MonthlyCompensation may = family(d(1, 5, 2023), stays, { satakuntaFamily() });
        CHECK(may.daysOfCare == 1);
        CHECK(may.kilometres == 0);
        CHECK(may.mileageCents == 0);
        CHECK(may.totalCents() == 8300);

        // The night to 2.5. is the last: nothing left for June, nor for March.
        CHECK(isEmpty(family(d(1, 6, 2023), stays, { satakuntaFamily() })));
        CHECK(isEmpty(family(d(1, 3, 2023), stays, { satakuntaFamily() })));
    }
    SECTION("a new rate from 1.6.2026: each night at the rate of its own date")
    {
        const QList<CompensationRate> rates = {
            familyRate(d(1, 1, 2023), d(31, 5, 2026), 5200, 3100, 33),
            familyRate(d(1, 6, 2026), QDate(), 5500, 3200, 33),
        };
        // Saturday 30.5. - Tuesday 2.6.2026, 24 km: nights 30.5., 31.5. (May, old), 1.6. (June, new).
        const QList<CareDays> stays = { stay(d(30, 5, 2026), d(2, 6, 2026), 24) };
        const MonthlyCompensation may = family(d(15, 5, 2026), stays, rates);
        // 2 * 83.00 + 24 * 0.33 = 173.92 €
        CHECK(may.daysOfCare == 2);
        CHECK(may.feeCents == 10400);
        CHECK(may.expensesCents == 6200);
        CHECK(may.mileageCents == 792);
        CHECK(may.totalCents() == 17392);
        const MonthlyCompensation june = family(d(15, 6, 2026), stays, rates);
        // 55 + 32 = 87.00 €
        CHECK(june.daysOfCare == 1);
        CHECK(june.feeCents == 5500);
        CHECK(june.expensesCents == 3200);
        CHECK(june.mileageCents == 0);
        CHECK(june.totalCents() == 8700);
    }
    SECTION("a stay over a whole month")
    {
        // 28.2. - 2.4.2023: February 1 night, March 31, April 1.
        const QList<CareDays> stays = { stay(d(28, 2, 2023), d(2, 4, 2023), 10) };
        const MonthlyCompensation march = family(d(1, 3, 2023), stays, { satakuntaFamily() });
        CHECK(march.daysOfCare == 31);
        CHECK(march.feeCents == 31 * 5200); // 1612.00 €
        CHECK(march.expensesCents == 31 * 3100); // 961.00 €
        CHECK(march.kilometres == 0);
        CHECK(family(d(1, 2, 2023), stays, { satakuntaFamily() }).daysOfCare == 1);
        CHECK(family(d(1, 2, 2023), stays, { satakuntaFamily() }).mileageCents == 330);
        CHECK(family(d(1, 4, 2023), stays, { satakuntaFamily() }).daysOfCare == 1);
    }
    SECTION("a year-end stay")
    {
        // 31.12.2023 - 1.1.2024: one night, in December.
        const QList<CareDays> stays = { stay(d(31, 12, 2023), d(1, 1, 2024)) };
        CHECK(family(d(1, 12, 2023), stays, { satakuntaFamily() }).daysOfCare == 1);
        CHECK(isEmpty(family(d(1, 1, 2024), stays, { satakuntaFamily() })));
    }
}

TEST_CASE("Compensation: every night is paid exactly once over the months", "[compensation]")
{
    // 15.1.2023 - 15.1.2024: 365 nights.
    const CareDays longStay = stay(d(15, 1, 2023), d(15, 1, 2024), 100);
    REQUIRE(longStay.days() == 365);
    int days = 0;
    int km = 0;
    qint64 total = 0;
    for (QDate month = d(1, 12, 2022); month <= d(1, 2, 2024); month = month.addMonths(1)) {
        const MonthlyCompensation c = family(month, { longStay }, { satakuntaFamily() });
        CAPTURE(month.toString(Qt::ISODate).toStdString());
        CHECK(c.problems.isEmpty());
        days += c.daysOfCare;
        km += c.kilometres;
        total += c.totalCents();
    }
    CHECK(days == 365);
    CHECK(km == 100);
    CHECK(total == 365 * 8300 + 100 * 33); // 30 295.00 + 33.00 €
}

TEST_CASE("Compensation: cancelled stays are not paid", "[compensation]")
{
    const QList<CareDays> stays = {
        cancelledStay(d(10, 3, 2023), d(12, 3, 2023), 46),
        stay(d(24, 3, 2023), d(26, 3, 2023)),
    };
    // Only the second weekend: 2 * 83.00 = 166.00 €, no mileage.
    const MonthlyCompensation c = family(d(1, 3, 2023), stays, { satakuntaFamily() });
    CHECK(c.daysOfCare == 2);
    CHECK(c.kilometres == 0);
    CHECK(c.totalCents() == 16600);
    CHECK(c.problems.isEmpty());

    CHECK(isEmpty(family(d(1, 3, 2023), { stays.at(0) }, { satakuntaFamily() })));
    // Even a cancelled stay in a month without rates raises no problem.
    CHECK(isEmpty(family(d(1, 3, 2023), { stays.at(0) }, {})));
}

TEST_CASE("Compensation: a support family day without any valid rate", "[compensation]")
{
    // The only rate ends on 31.12.2023. Saturday 30.12.2023 - Tuesday 2.1.2024, 50 km.
    const QList<CompensationRate> rates = { familyRate(d(1, 1, 2023), d(31, 12, 2023), 5200, 3100, 33) };
    const QList<CareDays> stays = { stay(d(30, 12, 2023), d(2, 1, 2024), 50) };

    SECTION("December is paid in full")
    {
        // 2 * 83.00 + 50 * 0.33 = 182.50 €
        const MonthlyCompensation december = family(d(1, 12, 2023), stays, rates);
        CHECK(december.daysOfCare == 2);
        CHECK(december.totalCents() == 18250);
        CHECK(december.problems.isEmpty());
    }
    SECTION("the night of 1.1.2024 is reported and not paid")
    {
        const MonthlyCompensation january = family(d(1, 1, 2024), stays, rates);
        CHECK(january.daysOfCare == 0);
        CHECK(january.totalCents() == 0);
        CHECK(january.problems == QStringList { familyDayProblem("1.1.2024") });
    }
    SECTION("a stay starting on a day without a rate: its mileage is not paid either")
    {
        // 5.1. - 7.1.2024, 10 km: one sentence per day, the mileage adds none of its own.
        const MonthlyCompensation january
            = family(d(1, 1, 2024), { stays.at(0), stay(d(5, 1, 2024), d(7, 1, 2024), 10) }, rates);
        CHECK(january.daysOfCare == 0);
        CHECK(january.kilometres == 0);
        CHECK(january.mileageCents == 0);
        CHECK(january.problems
            == QStringList {
                familyDayProblem("1.1.2024"), familyDayProblem("5.1.2024"), familyDayProblem("6.1.2024") });
    }
    SECTION("no rates at all")
    {
        const MonthlyCompensation c = family(d(1, 3, 2023), { stay(d(10, 3, 2023), d(12, 3, 2023), 46) }, {});
        CHECK(c.totalCents() == 0);
        CHECK(c.daysOfCare == 0);
        CHECK(c.problems == QStringList { familyDayProblem("10.3.2023"), familyDayProblem("11.3.2023") });
    }
    SECTION("a gap between two rates")
    {
        // Rates end 11.3.2023 and start again 13.3.2023: the night of 12.3. is unpaid.
        const QList<CompensationRate> gap = {
            familyRate(d(1, 1, 2023), d(11, 3, 2023), 5200, 3100, 33),
            familyRate(d(13, 3, 2023), QDate(), 5200, 3100, 33),
        };
        const MonthlyCompensation c = family(d(1, 3, 2023), { stay(d(10, 3, 2023), d(14, 3, 2023)) }, gap);
        CHECK(c.daysOfCare == 3); // 10.3., 11.3., 13.3.
        CHECK(c.totalCents() == 3 * 8300);
        CHECK(c.problems == QStringList { familyDayProblem("12.3.2023") });
    }
}

TEST_CASE("Compensation: only the rates of the provider's kind count", "[compensation]")
{
    CompensationRate familyWorker = familyRate(d(1, 1, 2023), QDate(), 9900, 9900, 99);
    familyWorker.providerKind = ProviderKind::FamilyWorker;
    const QList<CompensationRate> others = { satakuntaPerson(), familyWorker };

    SECTION("a support family is not paid with other kinds' rates")
    {
        const MonthlyCompensation c = family(d(1, 3, 2023), { stay(d(18, 3, 2023), d(18, 3, 2023)) }, others);
        CHECK(c.totalCents() == 0);
        CHECK(c.problems == QStringList { familyDayProblem("18.3.2023") });
    }
    SECTION("all rates in one list")
    {
        const QList<CompensationRate> all = { satakuntaPerson(), familyWorker, satakuntaFamily() };
        const MonthlyCompensation f = family(d(1, 3, 2023), { stay(d(18, 3, 2023), d(18, 3, 2023)) }, all);
        CHECK(f.totalCents() == 8300);
        CHECK(f.problems.isEmpty());
        const MonthlyCompensation p = person(d(1, 3, 2023), { meeting(d(7, 3, 2023)) }, all);
        CHECK(p.totalCents() == 13600);
        CHECK(p.problems.isEmpty());
    }
    SECTION("a support person is not paid with a support family's rates")
    {
        const MonthlyCompensation c
            = person(d(1, 3, 2023), { meeting(d(7, 3, 2023)) }, { satakuntaFamily() });
        CHECK(c.totalCents() == 0);
        CHECK(c.meetings == 0);
        CHECK(c.problems == QStringList { personDayProblem("7.3.2023") });
    }
}

TEST_CASE("Compensation: overlapping rates: the later decision wins", "[compensation]")
{
    // Both valid in March 2023; the one decided from 1.3.2023 is in force.
    const CompensationRate older = familyRate(d(1, 1, 2023), QDate(), 5200, 3100, 33);
    const CompensationRate newer = familyRate(d(1, 3, 2023), QDate(), 5500, 3200, 35);
    const QList<CareDays> stays = { stay(d(18, 3, 2023), d(18, 3, 2023), 10) };
    for (const QList<CompensationRate> &rates : { QList { older, newer }, QList { newer, older } }) {
        const MonthlyCompensation c = family(d(1, 3, 2023), stays, rates);
        CHECK(c.feeCents == 5500);
        CHECK(c.expensesCents == 3200);
        CHECK(c.mileageCents == 350);
    }
    // In February only the older one is valid.
    CHECK(family(d(1, 2, 2023), { stay(d(18, 2, 2023), d(18, 2, 2023)) }, { newer, older }).feeCents == 5200);
}

TEST_CASE("Compensation: a support family rate counted per month", "[compensation]")
{
    // A fee of 200 €/month when the family had the child at least once, expenses per day.
    CompensationRate rate = satakuntaFamily();
    rate.feeCents = 20000;
    rate.feeUnit = RateUnit::PerMonth;
    const QList<CareDays> stays = { stay(d(10, 3, 2023), d(12, 3, 2023)) };
    const MonthlyCompensation march = family(d(1, 3, 2023), stays, { rate });
    CHECK(march.daysOfCare == 2);
    CHECK(march.feeCents == 20000);
    CHECK(march.expensesCents == 6200);
    CHECK(march.problems.isEmpty());
    CHECK(isEmpty(family(d(1, 4, 2023), stays, { rate })));
    CHECK(isEmpty(family(d(1, 3, 2023), { cancelledStay(d(10, 3, 2023), d(12, 3, 2023)) }, { rate })));

    SECTION("the part of the month without a rate is reported")
    {
        // Valid until 15.3.2023: 15/31 * 200.00 = 96.774 -> 96.77 €.
        CompensationRate ending = rate;
        ending.validTo = d(15, 3, 2023);
        const MonthlyCompensation c = family(d(1, 3, 2023), stays, { ending });
        CHECK(c.feeCents == 9677);
        CHECK(c.problems
            == QStringList {
                familySpanProblem(QStringLiteral("16.3.2023") % enDash % QStringLiteral("31.3.2023")) });
    }
}

TEST_CASE("Compensation: an amount in the wrong unit is reported, not paid", "[compensation]")
{
    SECTION("a support family fee counted per meeting")
    {
        CompensationRate rate = satakuntaFamily();
        rate.feeUnit = RateUnit::PerMeeting;
        const MonthlyCompensation c
            = family(d(1, 3, 2023), { stay(d(10, 3, 2023), d(12, 3, 2023)) }, { rate });
        CHECK(c.daysOfCare == 2);
        CHECK(c.feeCents == 0);
        CHECK(c.expensesCents == 6200);
        CHECK(c.problems
            == QStringList { QStringLiteral(
                "The support family compensation rate valid from 1.1.2023 has an amount counted per meeting, "
                "which is not paid: a support family is paid per day of care or per month. Correct the rate "
                "in the settings.") });
    }
    SECTION("support person expenses counted per day of care")
    {
        CompensationRate rate = satakuntaPerson();
        rate.expensesUnit = RateUnit::PerDayOfCare;
        const MonthlyCompensation c
            = person(d(1, 3, 2023), { meeting(d(7, 3, 2023)), meeting(d(21, 3, 2023)) }, { rate });
        CHECK(c.meetings == 2);
        CHECK(c.feeCents == 10000);
        CHECK(c.expensesCents == 0);
        CHECK(c.problems
            == QStringList { QStringLiteral(
                "The support person compensation rate valid from 1.1.2023 has an amount counted per day of "
                "care, which is not paid: a support person is paid per meeting or per month. Correct the "
                "rate "
                "in the settings.") });
    }
}

TEST_CASE("Compensation: stays without usable dates are reported", "[compensation]")
{
    const QString undated
        = QStringLiteral("A stay without a first or last day is not paid. Enter both dates of the stay.");
    SECTION("no last day: reported in the month of the first")
    {
        const QList<CareDays> stays = { stay(d(10, 3, 2023), QDate(), 20) };
        const MonthlyCompensation march = family(d(1, 3, 2023), stays, { satakuntaFamily() });
        CHECK(march.totalCents() == 0);
        CHECK(march.daysOfCare == 0);
        CHECK(march.problems == QStringList { undated });
        CHECK(isEmpty(family(d(1, 4, 2023), stays, { satakuntaFamily() })));
    }
    SECTION("no first day: reported in the month of the last")
    {
        const QList<CareDays> stays = { stay(QDate(), d(12, 3, 2023)) };
        CHECK(family(d(1, 3, 2023), stays, { satakuntaFamily() }).problems == QStringList { undated });
        CHECK(isEmpty(family(d(1, 2, 2023), stays, { satakuntaFamily() })));
    }
    SECTION("no dates at all: reported in every month")
    {
        const QList<CareDays> stays = { stay(QDate(), QDate()), stay(d(10, 3, 2023), d(12, 3, 2023)) };
        const MonthlyCompensation march = family(d(1, 3, 2023), stays, { satakuntaFamily() });
        CHECK(march.totalCents() == 16600);
        CHECK(march.problems == QStringList { undated });
        CHECK(family(d(1, 7, 2024), stays, { satakuntaFamily() }).problems == QStringList { undated });
    }
    SECTION("ending before it starts")
    {
        const MonthlyCompensation c
            = family(d(1, 3, 2023), { stay(d(12, 3, 2023), d(10, 3, 2023), 46) }, { satakuntaFamily() });
        CHECK(c.totalCents() == 0);
        CHECK(c.daysOfCare == 0);
        CHECK(c.problems
            == QStringList {
                QStringLiteral("The stay from 12.3.2023 to 10.3.2023 ends before it starts, so it "
                               "is not paid. Correct its dates.") });
    }
    SECTION("cancelled stays are not checked")
    {
        CHECK(isEmpty(family(d(1, 3, 2023), { cancelledStay(QDate(), QDate()) }, { satakuntaFamily() })));
        CHECK(isEmpty(
            family(d(1, 3, 2023), { cancelledStay(d(12, 3, 2023), d(10, 3, 2023)) }, { satakuntaFamily() })));
    }
}

// ---- Support person -------------------------------------------------------

TEST_CASE("Compensation: a Satakunta 2023 support person month", "[compensation]")
{
    // Meetings 7.3. (12 km) and 21.3.2023 (30 km): 100.00 + 36.00 for the month,
    // 42 km * 0.33 = 13.86; total 149.86 €.
    const MonthlyCompensation c = person(
        d(1, 3, 2023), { meeting(d(7, 3, 2023), 12), meeting(d(21, 3, 2023), 30) }, { satakuntaPerson() });
    CHECK(c.meetings == 2);
    CHECK(c.daysOfCare == 0);
    CHECK(c.kilometres == 42);
    CHECK(c.feeCents == 10000);
    CHECK(c.expensesCents == 3600);
    CHECK(c.mileageCents == 1386);
    CHECK(c.totalCents() == 14986);
    CHECK(c.problems.isEmpty());

    SECTION("one meeting is enough for the monthly amount")
    {
        const MonthlyCompensation one
            = person(d(31, 3, 2023), { meeting(d(31, 3, 2023)) }, { satakuntaPerson() });
        CHECK(one.meetings == 1);
        CHECK(one.totalCents() == 13600);
    }
    SECTION("meetings of other months do not count")
    {
        const QList<Meeting> meetings
            = { meeting(d(28, 2, 2023), 10), meeting(d(7, 3, 2023), 12), meeting(d(1, 4, 2023), 10) };
        const MonthlyCompensation march = person(d(1, 3, 2023), meetings, { satakuntaPerson() });
        CHECK(march.meetings == 1);
        CHECK(march.kilometres == 12);
        CHECK(march.totalCents() == 13600 + 396);
    }
}

TEST_CASE("Compensation: a month with no meetings pays no monthly fee", "[compensation]")
{
    const QList<Meeting> meetings = { meeting(d(21, 3, 2023), 30), meeting(d(2, 5, 2023), 30) };
    CHECK(isEmpty(person(d(1, 4, 2023), meetings, { satakuntaPerson() })));
    CHECK(isEmpty(person(d(1, 4, 2023), {}, { satakuntaPerson() })));
    // Without meetings a missing rate is no problem either: nothing was due.
    CHECK(isEmpty(person(d(1, 4, 2023), {}, {})));
}

TEST_CASE("Compensation: cancelled meetings are not paid", "[compensation]")
{
    SECTION("one of two cancelled")
    {
        // Only 21.3. (30 km): 100 + 36 + 9.90 = 145.90 €.
        const MonthlyCompensation c = person(d(1, 3, 2023),
            { cancelledMeeting(d(7, 3, 2023), 12), meeting(d(21, 3, 2023), 30) }, { satakuntaPerson() });
        CHECK(c.meetings == 1);
        CHECK(c.kilometres == 30);
        CHECK(c.mileageCents == 990);
        CHECK(c.feeCents == 10000);
        CHECK(c.expensesCents == 3600);
        CHECK(c.totalCents() == 14590);
    }
    SECTION("all cancelled: no monthly fee")
    {
        const QList<Meeting> meetings
            = { cancelledMeeting(d(7, 3, 2023), 12), cancelledMeeting(d(21, 3, 2023)) };
        CHECK(isEmpty(person(d(1, 3, 2023), meetings, { satakuntaPerson() })));
    }
    SECTION("a cancelled meeting on a day without a rate raises no problem")
    {
        CHECK(isEmpty(person(d(1, 3, 2023), { cancelledMeeting(d(7, 3, 2023)) }, {})));
        CHECK(isEmpty(person(d(1, 3, 2023), { cancelledMeeting(QDate()) }, {})));
    }
}

TEST_CASE("Compensation: per-meeting rates", "[compensation]")
{
    // 35 € and 5 € expenses per meeting, 0.33 €/km.
    const CompensationRate perMeeting
        = personRate(d(1, 1, 2024), QDate(), 3500, RateUnit::PerMeeting, 500, RateUnit::PerMeeting, 33);
    SECTION("each held meeting")
    {
        // 6.2. and 20.2.2024 held (10 km each), 27.2. cancelled:
        // 2 * 35 + 2 * 5 + 20 * 0.33 = 86.60 €.
        const QList<Meeting> meetings = { meeting(d(6, 2, 2024), 10), meeting(d(20, 2, 2024), 10),
            cancelledMeeting(d(27, 2, 2024), 10) };
        const MonthlyCompensation c = person(d(1, 2, 2024), meetings, { perMeeting });
        CHECK(c.meetings == 2);
        CHECK(c.kilometres == 20);
        CHECK(c.feeCents == 7000);
        CHECK(c.expensesCents == 1000);
        CHECK(c.mileageCents == 660);
        CHECK(c.totalCents() == 8660);
    }
    SECTION("two meetings on one day are two meetings")
    {
        const MonthlyCompensation c
            = person(d(1, 2, 2024), { meeting(d(6, 2, 2024)), meeting(d(6, 2, 2024)) }, { perMeeting });
        CHECK(c.meetings == 2);
        CHECK(c.feeCents == 7000);
    }
    SECTION("each meeting at the rate of its date")
    {
        // From 15.2.2024: 38 € + 6 €, 0.35 €/km. 6.2. old: 35 + 5 + 3.30; 20.2. new: 38 + 6 + 3.50.
        CompensationRate old = perMeeting;
        old.validTo = d(14, 2, 2024);
        const CompensationRate newer
            = personRate(d(15, 2, 2024), QDate(), 3800, RateUnit::PerMeeting, 600, RateUnit::PerMeeting, 35);
        const MonthlyCompensation c = person(
            d(1, 2, 2024), { meeting(d(6, 2, 2024), 10), meeting(d(20, 2, 2024), 10) }, { old, newer });
        CHECK(c.feeCents == 7300);
        CHECK(c.expensesCents == 1100);
        CHECK(c.mileageCents == 680);
        CHECK(c.totalCents() == 9080);
    }
}

TEST_CASE("Compensation: fee and expenses each follow their own unit", "[compensation]")
{
    SECTION("fee per month, expenses per meeting")
    {
        // 100 € for March 2023 + 2 * 12 € expenses.
        const CompensationRate rate
            = personRate(d(1, 1, 2023), QDate(), 10000, RateUnit::PerMonth, 1200, RateUnit::PerMeeting, 0);
        const MonthlyCompensation c
            = person(d(1, 3, 2023), { meeting(d(7, 3, 2023), 5), meeting(d(21, 3, 2023)) }, { rate });
        CHECK(c.feeCents == 10000);
        CHECK(c.expensesCents == 2400);
        // A mileage rate of 0: the kilometres are counted, nothing is paid for them.
        CHECK(c.kilometres == 5);
        CHECK(c.mileageCents == 0);
    }
    SECTION("fee per meeting, expenses per month")
    {
        const CompensationRate rate
            = personRate(d(1, 1, 2023), QDate(), 3500, RateUnit::PerMeeting, 3600, RateUnit::PerMonth, 33);
        const MonthlyCompensation c
            = person(d(1, 3, 2023), { meeting(d(7, 3, 2023)), meeting(d(21, 3, 2023)) }, { rate });
        CHECK(c.feeCents == 7000);
        CHECK(c.expensesCents == 3600);
    }
}

TEST_CASE("Compensation: a monthly amount prorated over a rate change", "[compensation]")
{
    const CompensationRate base = satakuntaPerson();
    auto rates
        = [&](const QDate &changeOn, qint64 oldFee, qint64 newFee, qint64 oldExpenses, qint64 newExpenses) {
              CompensationRate old = base;
              old.validTo = changeOn.addDays(-1);
              old.feeCents = oldFee;
              old.expensesCents = oldExpenses;
              CompensationRate newer = base;
              newer.validFrom = changeOn;
              newer.feeCents = newFee;
              newer.expensesCents = newExpenses;
              return QList<CompensationRate> { old, newer };
          };
    SECTION("a change on the 16th of a 30-day month")
    {
        // June 2026: 15/30 * 100.00 + 15/30 * 110.00 = 105.00; 15/30 * 36.00 + 15/30 * 38.00 = 37.00.
        const MonthlyCompensation c = person(
            d(1, 6, 2026), { meeting(d(2, 6, 2026)) }, rates(d(16, 6, 2026), 10000, 11000, 3600, 3800));
        CHECK(c.meetings == 1);
        CHECK(c.feeCents == 10500);
        CHECK(c.expensesCents == 3700);
        CHECK(c.problems.isEmpty());
    }
    SECTION("a change on the 16th of a 31-day month")
    {
        // July 2026: (15 * 100.00 + 16 * 110.00) / 31 = 3260.00 / 31 = 105.1613 -> 105.16;
        // (15 * 36.00 + 16 * 38.00) / 31 = 1148.00 / 31 = 37.0323 -> 37.03.
        const MonthlyCompensation c = person(
            d(1, 7, 2026), { meeting(d(30, 7, 2026)) }, rates(d(16, 7, 2026), 10000, 11000, 3600, 3800));
        CHECK(c.feeCents == 10516);
        CHECK(c.expensesCents == 3703);
    }
    SECTION("a leap-year February")
    {
        // February 2024, 29 days, change on 15.2.: (14 * 100.00 + 15 * 110.00) / 29 = 3050.00 / 29
        // = 105.1724 -> 105.17; expenses unchanged 36.00.
        const MonthlyCompensation c = person(
            d(1, 2, 2024), { meeting(d(1, 2, 2024)) }, rates(d(15, 2, 2024), 10000, 11000, 3600, 3600));
        CHECK(c.feeCents == 10517);
        CHECK(c.expensesCents == 3600);
    }
    SECTION("half a cent rounds away from zero")
    {
        // February 2027, 28 days, change on 15.2.: (14 * 100.01 + 14 * 100.00) / 28 = 100.005 -> 100.01;
        // (14 * 36.01 + 14 * 36.00) / 28 = 36.005 -> 36.01.
        const MonthlyCompensation c = person(
            d(1, 2, 2027), { meeting(d(20, 2, 2027)) }, rates(d(15, 2, 2027), 10001, 10000, 3601, 3600));
        CHECK(c.feeCents == 10001);
        CHECK(c.expensesCents == 3601);
    }
    SECTION("rounded once at the end, not once per rate")
    {
        // September 2026: three decisions of 100.01 €, 10 days each. 30 * 100.01 / 30 = 100.01;
        // rounding each third (33.3367 -> 33.34) would give 100.02.
        QList<CompensationRate> thirds;
        for (int start : { 1, 11, 21 }) {
            CompensationRate rate = base;
            rate.validFrom = d(start, 9, 2026);
            rate.validTo = d(start + 9, 9, 2026);
            rate.feeCents = 10001;
            rate.expensesCents = 0;
            thirds << rate;
        }
        const MonthlyCompensation c = person(d(1, 9, 2026), { meeting(d(15, 9, 2026)) }, thirds);
        CHECK(c.feeCents == 10001);
        CHECK(c.expensesCents == 0);
        CHECK(c.problems.isEmpty());
    }
    SECTION("the meeting may fall on either side of the change")
    {
        const QList<CompensationRate> june = rates(d(16, 6, 2026), 10000, 11000, 3600, 3800);
        CHECK(person(d(1, 6, 2026), { meeting(d(30, 6, 2026)) }, june).feeCents == 10500);
        CHECK(person(d(1, 6, 2026), { meeting(d(1, 6, 2026)) }, june).feeCents == 10500);
    }
}

TEST_CASE("Compensation: a support person day without a valid rate", "[compensation]")
{
    SECTION("the rate ends in mid-month")
    {
        // Valid until 15.3.2023. 7.3. (12 km) paid; 21.3. (30 km) reported and not paid.
        // Monthly: 15/31 * 100.00 = 48.387 -> 48.39; 15/31 * 36.00 = 17.419 -> 17.42.
        CompensationRate rate = satakuntaPerson();
        rate.validTo = d(15, 3, 2023);
        const MonthlyCompensation c
            = person(d(1, 3, 2023), { meeting(d(7, 3, 2023), 12), meeting(d(21, 3, 2023), 30) }, { rate });
        CHECK(c.meetings == 1);
        CHECK(c.kilometres == 12);
        CHECK(c.mileageCents == 396);
        CHECK(c.feeCents == 4839);
        CHECK(c.expensesCents == 1742);
        CHECK(c.problems
            == QStringList { personDayProblem("21.3.2023"),
                personSpanProblem(QStringLiteral("16.3.2023") % enDash % QStringLiteral("31.3.2023")) });
    }
    SECTION("a single uncovered day is named alone")
    {
        CompensationRate rate = satakuntaPerson();
        rate.validTo = d(30, 3, 2023);
        const MonthlyCompensation c = person(d(1, 3, 2023), { meeting(d(7, 3, 2023)) }, { rate });
        // 30/31 * 100.00 = 96.774 -> 96.77; 30/31 * 36.00 = 34.839 -> 34.84.
        CHECK(c.feeCents == 9677);
        CHECK(c.expensesCents == 3484);
        CHECK(c.problems == QStringList { personSpanProblem(QStringLiteral("31.3.2023")) });
    }
    SECTION("no rate in the whole month")
    {
        const MonthlyCompensation c = person(d(1, 3, 2023), { meeting(d(7, 3, 2023), 12) }, {});
        CHECK(c.totalCents() == 0);
        CHECK(c.meetings == 0);
        CHECK(c.kilometres == 0);
        CHECK(c.problems == QStringList { personDayProblem("7.3.2023") });
    }
    SECTION("two meetings on the same day give one sentence")
    {
        const MonthlyCompensation c
            = person(d(1, 3, 2023), { meeting(d(7, 3, 2023)), meeting(d(7, 3, 2023)) }, {});
        CHECK(c.problems == QStringList { personDayProblem("7.3.2023") });
    }
    SECTION("per-meeting rates: a gap is only a problem where a meeting falls")
    {
        const CompensationRate rate = personRate(
            d(1, 1, 2023), d(15, 3, 2023), 3500, RateUnit::PerMeeting, 0, RateUnit::PerMeeting, 33);
        const MonthlyCompensation c
            = person(d(1, 3, 2023), { meeting(d(7, 3, 2023)), meeting(d(21, 3, 2023)) }, { rate });
        CHECK(c.meetings == 1);
        CHECK(c.feeCents == 3500);
        CHECK(c.problems == QStringList { personDayProblem("21.3.2023") });
        CHECK(person(d(1, 3, 2023), { meeting(d(7, 3, 2023)) }, { rate }).problems.isEmpty());
    }
    SECTION("a meeting without a date")
    {
        const QString undated
            = QStringLiteral("A meeting without a date is not paid. Enter the date of the meeting.");
        const MonthlyCompensation c = person(d(1, 3, 2023), { meeting(QDate(), 20) }, { satakuntaPerson() });
        CHECK(c.totalCents() == 0);
        CHECK(c.meetings == 0);
        CHECK(c.problems == QStringList { undated });
    }
}

TEST_CASE("Compensation: the month is taken from any of its days", "[compensation]")
{
    const QList<Meeting> meetings = { meeting(d(1, 3, 2023), 12), meeting(d(31, 3, 2023), 30) };
    for (const QDate &day : { d(1, 3, 2023), d(15, 3, 2023), d(31, 3, 2023) }) {
        const MonthlyCompensation c = person(day, meetings, { satakuntaPerson() });
        CHECK(c.meetings == 2);
        CHECK(c.totalCents() == 14986);
    }
}

TEST_CASE("Compensation: an invalid month gives an empty result", "[compensation]")
{
    CHECK(isEmpty(family(QDate(), { stay(d(10, 3, 2023), d(12, 3, 2023)) }, { satakuntaFamily() })));
    CHECK(isEmpty(person(QDate(), { meeting(d(7, 3, 2023)) }, { satakuntaPerson() })));
    CHECK(isEmpty(person(QDate(), { meeting(QDate()) }, {})));
}

TEST_CASE("Compensation: every problem sentence is distinct and ends with a full stop", "[compensation]")
{
    CompensationRate wrongFamily = satakuntaFamily();
    wrongFamily.feeUnit = RateUnit::PerMeeting;
    CompensationRate wrongPerson = satakuntaPerson();
    wrongPerson.feeUnit = RateUnit::PerDayOfCare;
    CompensationRate monthlyFamily = satakuntaFamily();
    monthlyFamily.feeUnit = RateUnit::PerMonth;
    monthlyFamily.validTo = d(15, 3, 2023);
    CompensationRate monthlyPerson = satakuntaPerson();
    monthlyPerson.validTo = d(15, 3, 2023);
    const QStringList problems = {
        family(d(1, 3, 2023), { stay(d(10, 3, 2023), d(12, 3, 2023)) }, {}).problems.value(0),
        person(d(1, 3, 2023), { meeting(d(7, 3, 2023)) }, {}).problems.value(0),
        family(d(1, 3, 2023), { stay(d(10, 3, 2023), d(12, 3, 2023)) }, { monthlyFamily }).problems.value(0),
        person(d(1, 3, 2023), { meeting(d(7, 3, 2023)) }, { monthlyPerson }).problems.value(0),
        family(d(1, 3, 2023), { stay(d(10, 3, 2023), d(12, 3, 2023)) }, { wrongFamily }).problems.value(0),
        person(d(1, 3, 2023), { meeting(d(7, 3, 2023)) }, { wrongPerson }).problems.value(0),
        family(d(1, 3, 2023), { stay(QDate(), QDate()) }, {}).problems.value(0),
        family(d(1, 3, 2023), { stay(d(12, 3, 2023), d(10, 3, 2023)) }, {}).problems.value(0),
        person(d(1, 3, 2023), { meeting(QDate()) }, {}).problems.value(0),
    };
    for (const QString &problem : problems) {
        CAPTURE(problem);
        CHECK_FALSE(problem.isEmpty());
        CHECK(problem.endsWith(QLatin1Char('.')));
    }
    QStringList unique = problems;
    unique.removeDuplicates();
    CHECK(unique.size() == problems.size());
}
