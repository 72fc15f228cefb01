#pragma once

#include "domain/provider.h"

#include <QDate>
#include <QString>

namespace tukipolku {

// What an amount of a rate is counted per.
enum class RateUnit { PerDayOfCare, PerMeeting, PerMonth };

// A compensation rate set by the board, valid from a date to a date (open
// when validTo is invalid). Amounts in cents.
struct CompensationRate {
    QString id;
    ProviderKind providerKind = ProviderKind::SupportFamily;
    QDate validFrom;
    QDate validTo;
    qint64 feeCents = 0; // taxable fee (palkkio)
    RateUnit feeUnit = RateUnit::PerDayOfCare;
    qint64 expensesCents = 0; // expense allowance (kulukorvaus)
    RateUnit expensesUnit = RateUnit::PerDayOfCare;
    qint64 mileageCentsPerKm = 0;

    bool isValidOn(const QDate &day) const
    {
        return day >= validFrom && (!validTo.isValid() || day <= validTo);
    }
};

// A provider's compensation for one month, in cents.
struct MonthlyCompensation {
    int daysOfCare = 0;
    int meetings = 0;
    int kilometres = 0;
    qint64 feeCents = 0;
    qint64 expensesCents = 0;
    qint64 mileageCents = 0;
    QStringList problems; // e.g. a day with no valid rate, in words

    qint64 totalCents() const { return feeCents + expensesCents + mileageCents; }
};

} // namespace tukipolku
