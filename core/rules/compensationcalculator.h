#pragma once

#include "domain/compensation.h"
#include "domain/measurelog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tukipolku {

// A provider's monthly compensation from the logs and the rates valid on each day.
//
// Rules (domain.md, "Support measures"; all amounts integer cents):
// - Rates: only those of the provider's kind count. The rate of a day is the
//   one valid on it (CompensationRate::isValidOn); should two overlap, the one
//   with the later validFrom wins, as the newer decision of the board.
// - Support family: a stay from `from` to `to` gives one day of care for each
//   night d in [from, to); a one-day visit (from == to) is one day of care on
//   `from`. A day of care belongs to the month of d: a stay 30.4.-2.5. gives
//   April the night of 30.4. and May the night of 1.5. Each day of care is
//   paid the fee and expenses of the rate valid on d that are counted
//   RateUnit::PerDayOfCare. The stay's mileageKm is paid with the mileage
//   rate valid on `from`, in the month of `from`.
// - Support person: each meeting in the month is paid the fee and expenses of
//   the rate valid on its date that are counted RateUnit::PerMeeting, and its
//   mileageKm with that rate's mileage.
// - Amounts counted RateUnit::PerMonth (either kind) are paid when at least one
//   day of care or meeting took place in the month, prorated by calendar days
//   over the rates valid in the month: the sum over the month's days of the
//   monthly amount valid that day, divided by the days of the month and
//   rounded half away from zero once per amount (fee, expenses). A change on
//   16.6. pays 15/30 of the old and 15/30 of the new amount.
// - Fee and expenses each follow their own unit. An amount counted per meeting
//   for a support family, or per day of care for a support person, is not paid
//   (a problem names the rate).
// - Cancelled stays and meetings are neither paid nor make the month's
//   monthly amounts payable.
// - Nothing goes unpaid in silence: a day of care or meeting without a valid
//   rate, days of the month a monthly amount cannot cover, stays and meetings
//   without dates and stays ending before they start each add a translated
//   sentence to MonthlyCompensation::problems naming the dates (d.M.yyyy)
//   where there are any; each sentence appears once. A stay or meeting
//   without any date belongs to no month, so every month reports it.
// - daysOfCare, meetings and kilometres count what was paid for: those on days
//   with a valid rate.
class CompensationCalculator final {
    Q_DECLARE_TR_FUNCTIONS(CompensationCalculator)

public:
    // month: any day of the month (year and month are used); an invalid date gives
    // an empty result. rates: all rates (any provider kind; only those of
    // providerKind are used). Cancelled stays and meetings are not paid.
    static MonthlyCompensation forSupportFamily(
        const QDate &month, const QList<CareDays> &stays, const QList<CompensationRate> &rates);
    static MonthlyCompensation forSupportPerson(
        const QDate &month, const QList<Meeting> &meetings, const QList<CompensationRate> &rates);
};

} // namespace tukipolku
