#pragma once

#include "domain/agreement.h"
#include "domain/measure.h"

#include <QCoreApplication>
#include <QStringList>

namespace tukipolku {

// What an agreement must hold before it can be signed, in words, and the
// checks of its period and its ending.
class AgreementRules final {
    Q_DECLARE_TR_FUNCTIONS(AgreementRules)

public:
    // What is still missing for the agreement to be signed by every party.
    static QStringList missingForSigning(const Agreement &agreement, const Measure &measure);
    // The agreement's period lies within the measure's.
    static QString periodProblem(const Agreement &agreement, const Measure &measure);
    static bool allSigned(const Agreement &agreement);
    // The parties who have signed, by name.
    static QStringList signers(const Agreement &agreement);
    // Whether two versions say the same: the same text, dates, money and
    // parties. Every signature is given to one text.
    static bool sameText(const Agreement &a, const Agreement &b);
    // The first party, from `from` on and then from the start, who has not signed; -1 when all have.
    static int nextUnsigned(const Agreement &agreement, int from);
};

} // namespace tukipolku
