#pragma once

#include "domain/compensation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tukipolku {

enum class AgreementStatus { Draft, Signed, Ended, Terminated };
enum class PartyRole { Guardian, Provider, Unit, Child };

// One party of an agreement and the day they signed it.
struct AgreementParty {
    QString id;
    PartyRole role = PartyRole::Guardian;
    QString name;
    QDate signedOn;
};

// The written agreement of a support family or support person (seed 002):
// between the family, the support family or person, and social services.
struct Agreement {
    QString id;
    QString caseId;
    QString measureId;
    int version = 1;
    QString replacesId; // the version this one replaces
    QList<AgreementParty> parties;
    QString goals;
    QDate start;
    QDate end;
    QString supportNeed;
    QString frequency;            // e.g. one weekend a month
    QString placeAndManner;       // where and how
    QString transport;
    QString contacts;             // contact between the families
    QString illnessAndCancelling; // what happens on illness or cancellation
    QString reviewAndEnding;      // how the agreement is reviewed and ended
    QString confidentiality;      // the duty of confidentiality (vaitiolovelvollisuus)
    // The compensation from the rates valid at the start, in cents.
    qint64 feeCents = 0;
    RateUnit feeUnit = RateUnit::PerDayOfCare;
    qint64 expensesCents = 0;
    RateUnit expensesUnit = RateUnit::PerDayOfCare;
    qint64 mileageCentsPerKm = 0;
    AgreementStatus status = AgreementStatus::Draft;
    QDate endedOn;
    QString endReason;

    bool isFrozen() const { return status != AgreementStatus::Draft; }
};

} // namespace tukipolku
