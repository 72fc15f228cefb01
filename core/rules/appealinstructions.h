#pragma once

#include "domain/measure.h"
#include "domain/organisation.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tukipolku {

// The appeal instructions that go with a decision (HL 46–47 §, 49 c §): where
// and by when a request for review is made, how the time is counted, what it
// must contain and who may make it: each guardian on their own, and the child
// from the age the law of the decision gives.
class AppealInstructions final {
    Q_DECLARE_TR_FUNCTIONS(AppealInstructions)

public:
    // The age from which the child may ask for review on their own: 12 in a
    // child welfare matter (LSL 21 §), 15 under the Social Welfare Act (HL 14 § 3 mom).
    static int childAppealAge(LegalBasis basis);
    // Whether the child has that right on the day the decision is issued.
    static bool childMayAppeal(const Person &child, LegalBasis basis, const QDate &issuedOn);

    static QString text(const Organisation &organisation, const Person &child, LegalBasis basis,
                        const QDate &decidedOn);
    // What the settings still lack for the instructions to be complete, in words.
    static QString missingSettings(const Organisation &organisation);
};

} // namespace tukipolku
