#pragma once

#include "domain/clientcase.h"
#include "domain/decision.h"

#include <QCoreApplication>
#include <QStringList>

namespace tukipolku {

// What a decision must hold before it is issued (HL 44–45 §, seed 004), each
// missing item a sentence the editor shows.
class DecisionRules final {
    Q_DECLARE_TR_FUNCTIONS(DecisionRules)

public:
    static QStringList missing(const Decision &decision, const ClientCase &clientCase);
    // The number of the `sequence`th decision of `year`: 2026/0153.
    static QString number(int year, int sequence);
    // The dates a kind of decision has: a refusal grants nothing, so it has no
    // period; an ending has only the day the service ends.
    static bool hasStartDate(DecisionSubject subject);
    static bool hasEndDate(DecisionSubject subject);
};

} // namespace tukipolku
