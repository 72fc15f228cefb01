#include "rules/compensationcalculator.h"

#include <QPair>
#include <algorithm>
#include <cstdlib>

namespace tukipolku {
namespace {

// As Labels::date(): dates are written d.M.yyyy in all three languages.
QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("d.M.yyyy"));
}

QString dateSpan(const QDate &first, const QDate &last)
{
    if (first == last)
        return shortDate(first);
    return shortDate(first) % QChar(0x2013) % shortDate(last); // en dash
}

// Half away from zero; denominator > 0.
qint64 roundedQuotient(qint64 numerator, qint64 denominator)
{
    const qint64 magnitude = (2 * std::abs(numerator) + denominator) / (2 * denominator);
    return numerator < 0 ? -magnitude : magnitude;
}

// What a day of care or a meeting is paid per, for the kind of provider.
RateUnit eventUnitOf(ProviderKind kind)
{
    return kind == ProviderKind::SupportPerson ? RateUnit::PerMeeting : RateUnit::PerDayOfCare;
}

QString missingRateProblem(ProviderKind kind, const QDate &day)
{
    if (kind == ProviderKind::SupportPerson) {
        return CompensationCalculator::tr("No support person compensation rate is valid on %1, so the "
                                          "meeting of that day is not paid. Add a rate that covers the "
                                          "day in the settings.")
            .arg(shortDate(day));
    }
    return CompensationCalculator::tr("No support family compensation rate is valid on %1, so nothing is "
                                      "paid for that day. Add a rate that covers the day in the settings.")
        .arg(shortDate(day));
}

QString uncoveredProblem(ProviderKind kind, const QDate &first, const QDate &last)
{
    if (kind == ProviderKind::SupportPerson) {
        return CompensationCalculator::tr("No support person compensation rate is valid for %1, so the "
                                          "monthly amount is not paid for that time. Add a rate that "
                                          "covers it in the settings.")
            .arg(dateSpan(first, last));
    }
    return CompensationCalculator::tr("No support family compensation rate is valid for %1, so the monthly "
                                      "amount is not paid for that time. Add a rate that covers it in the "
                                      "settings.")
        .arg(dateSpan(first, last));
}

QString wrongUnitProblem(ProviderKind kind, const CompensationRate &rate)
{
    if (kind == ProviderKind::SupportPerson) {
        return CompensationCalculator::tr("The support person compensation rate valid from %1 has an amount "
                                          "counted per day of care, which is not paid: a support person is "
                                          "paid per meeting or per month. Correct the rate in the settings.")
            .arg(shortDate(rate.validFrom));
    }
    return CompensationCalculator::tr("The support family compensation rate valid from %1 has an amount "
                                      "counted per meeting, which is not paid: a support family is paid "
                                      "per day of care or per month. Correct the rate in the settings.")
        .arg(shortDate(rate.validFrom));
}

using DaySpan = QPair<QDate, QDate>;

// The month's sums of monthly amounts, one term per calendar day.
struct MonthlySums {
    qint64 feeCents = 0;
    qint64 expensesCents = 0;
    bool anyMonthlyAmount = false;
    QList<DaySpan> daysWithoutRate;
};

// One month of one kind of provider: what is paid so far and what could not be.
class MonthTally final {
public:
    MonthTally(const QDate &anyDay, ProviderKind kind, const QList<CompensationRate> &rates);

    bool isValid() const { return m_first.isValid(); }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool contains(const QDate &day) const { return day.isValid() && day >= m_first && day <= m_last; }

    // A day of care or meeting took place: the month's monthly amounts are due.
    void markHeld() { m_held = true; }
    // Pays one day of care or meeting; false (with a problem) when no rate is valid.
    bool payEvent(const QDate &day);
    void payMileage(const QDate &day, int kilometres);
    // Call after every day of care or meeting has been paid.
    void payMonthlyAmounts();
    void addProblem(const QString &problem);
    MonthlyCompensation result() const;

private:
    const CompensationRate *rateOn(const QDate &day) const;
    qint64 perEventAmount(const CompensationRate &rate, qint64 cents, RateUnit unit);
    MonthlySums monthlySums() const;

    QDate m_first;
    QDate m_last;
    ProviderKind m_kind;
    QList<CompensationRate> m_rates; // of m_kind only
    bool m_held = false;
    int m_events = 0;
    MonthlyCompensation m_result;
};

MonthTally::MonthTally(const QDate &anyDay, ProviderKind kind, const QList<CompensationRate> &rates)
    : m_first(anyDay.isValid() ? QDate(anyDay.year(), anyDay.month(), 1) : QDate())
    , m_last(m_first.isValid() ? QDate(anyDay.year(), anyDay.month(), m_first.daysInMonth()) : QDate())
    , m_kind(kind)
{
    for (const CompensationRate &rate : rates) {
        if (rate.providerKind == kind)
            m_rates.append(rate);
    }
}

// Overlapping rates are a settings mistake; the later decision is the one in force.
const CompensationRate *MonthTally::rateOn(const QDate &day) const
{
    const CompensationRate *found = nullptr;
    for (const CompensationRate &rate : m_rates) {
        if (rate.isValidOn(day) && (!found || rate.validFrom > found->validFrom))
            found = &rate;
    }
    return found;
}

qint64 MonthTally::perEventAmount(const CompensationRate &rate, qint64 cents, RateUnit unit)
{
    if (unit == eventUnitOf(m_kind))
        return cents;
    if (unit != RateUnit::PerMonth)
        addProblem(wrongUnitProblem(m_kind, rate));
    return 0; // monthly amounts are paid by payMonthlyAmounts()
}

bool MonthTally::payEvent(const QDate &day)
{
    const CompensationRate *rate = rateOn(day);
    if (!rate) {
        addProblem(missingRateProblem(m_kind, day));
        return false;
    }
    ++m_events;
    m_result.feeCents += perEventAmount(*rate, rate->feeCents, rate->feeUnit);
    m_result.expensesCents += perEventAmount(*rate, rate->expensesCents, rate->expensesUnit);
    return true;
}

void MonthTally::payMileage(const QDate &day, int kilometres)
{
    if (kilometres == 0)
        return;
    const CompensationRate *rate = rateOn(day);
    if (!rate) {
        addProblem(missingRateProblem(m_kind, day));
        return;
    }
    m_result.kilometres += kilometres;
    m_result.mileageCents += qint64(kilometres) * rate->mileageCentsPerKm;
}

MonthlySums MonthTally::monthlySums() const
{
    MonthlySums sums;
    for (QDate day = m_first; day <= m_last; day = day.addDays(1)) {
        const CompensationRate *rate = rateOn(day);
        if (!rate) {
            if (!sums.daysWithoutRate.isEmpty() && sums.daysWithoutRate.last().second.addDays(1) == day)
                sums.daysWithoutRate.last().second = day;
            else
                sums.daysWithoutRate.append({ day, day });
            continue;
        }
        if (rate->feeUnit == RateUnit::PerMonth) {
            sums.feeCents += rate->feeCents;
            sums.anyMonthlyAmount = true;
        }
        if (rate->expensesUnit == RateUnit::PerMonth) {
            sums.expensesCents += rate->expensesCents;
            sums.anyMonthlyAmount = true;
        }
    }
    return sums;
}

void MonthTally::payMonthlyAmounts()
{
    if (!m_held)
        return;
    const MonthlySums sums = monthlySums();
    if (!sums.anyMonthlyAmount)
        return; // days without a rate only matter when something is paid per month
    const int days = m_first.daysInMonth();
    m_result.feeCents += roundedQuotient(sums.feeCents, days);
    m_result.expensesCents += roundedQuotient(sums.expensesCents, days);
    for (const DaySpan &span : sums.daysWithoutRate)
        addProblem(uncoveredProblem(m_kind, span.first, span.second));
}

void MonthTally::addProblem(const QString &problem)
{
    if (!m_result.problems.contains(problem))
        m_result.problems.append(problem);
}

MonthlyCompensation MonthTally::result() const
{
    MonthlyCompensation result = m_result;
    if (m_kind == ProviderKind::SupportPerson)
        result.meetings = m_events;
    else
        result.daysOfCare = m_events;
    return result;
}

// A stay that cannot be placed in any month is reported in every month, so it
// is not forgotten.
bool concernsMonth(const MonthTally &tally, const CareDays &stay)
{
    if (!stay.from.isValid() && !stay.to.isValid())
        return true;
    return tally.contains(stay.from) || tally.contains(stay.to);
}

bool hasUsableDates(MonthTally &tally, const CareDays &stay)
{
    if (stay.from.isValid() && stay.to.isValid() && stay.from <= stay.to)
        return true;
    if (!concernsMonth(tally, stay))
        return false;
    if (!stay.from.isValid() || !stay.to.isValid()) {
        tally.addProblem(CompensationCalculator::tr("A stay without a first or last day is not paid. Enter "
                                                    "both dates of the stay."));
    } else {
        tally.addProblem(CompensationCalculator::tr("The stay from %1 to %2 ends before it starts, so it is "
                                                    "not paid. Correct its dates.")
                             .arg(shortDate(stay.from), shortDate(stay.to)));
    }
    return false;
}

void tallyStay(MonthTally &tally, const CareDays &stay)
{
    if (stay.cancelled || !hasUsableDates(tally, stay))
        return;
    // Each night is a day of care; a visit without a night is one on its date.
    const QDate lastNight = stay.from == stay.to ? stay.from : stay.to.addDays(-1);
    const QDate last = std::min(lastNight, tally.last());
    for (QDate night = std::max(stay.from, tally.first()); night <= last; night = night.addDays(1)) {
        tally.markHeld();
        tally.payEvent(night);
    }
    if (tally.contains(stay.from))
        tally.payMileage(stay.from, stay.mileageKm);
}

void tallyMeeting(MonthTally &tally, const Meeting &meeting)
{
    if (meeting.cancelled)
        return;
    if (!meeting.date.isValid()) {
        // It belongs to no month, so every month reports it.
        tally.addProblem(CompensationCalculator::tr("A meeting without a date is not paid. Enter the date "
                                                    "of the meeting."));
        return;
    }
    if (!tally.contains(meeting.date))
        return;
    tally.markHeld();
    if (tally.payEvent(meeting.date))
        tally.payMileage(meeting.date, meeting.mileageKm);
}

} // namespace

MonthlyCompensation CompensationCalculator::forSupportFamily(
    const QDate &month, const QList<CareDays> &stays, const QList<CompensationRate> &rates)
{
    MonthTally tally(month, ProviderKind::SupportFamily, rates);
    if (!tally.isValid())
        return {};
    for (const CareDays &stay : stays)
        tallyStay(tally, stay);
    tally.payMonthlyAmounts();
    return tally.result();
}

MonthlyCompensation CompensationCalculator::forSupportPerson(
    const QDate &month, const QList<Meeting> &meetings, const QList<CompensationRate> &rates)
{
    MonthTally tally(month, ProviderKind::SupportPerson, rates);
    if (!tally.isValid())
        return {};
    for (const Meeting &meeting : meetings)
        tallyMeeting(tally, meeting);
    tally.payMonthlyAmounts();
    return tally.result();
}

} // namespace tukipolku
