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
};

} // namespace tukipolku
