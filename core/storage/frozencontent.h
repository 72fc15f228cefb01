#pragma once

#include "domain/agreement.h"
#include "domain/decision.h"

#include <QByteArray>

namespace tukipolku {

// The content of a signed agreement or an issued decision as stored with it
// (compact JSON): what the parties signed or were told, kept exactly.
class FrozenContent final {
public:
    static QByteArray of(const Agreement &agreement);
    // With the appeal instructions as they were when the decision was issued.
    static QByteArray of(const Decision &decision, const QString &appealInstructions);
};

} // namespace tukipolku
