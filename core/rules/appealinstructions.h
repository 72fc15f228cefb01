#pragma once

#include "domain/organisation.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tukipolku {

// The appeal instructions that go with a decision (HL 46–47 §, 49 c §): where
// and by when a request for review is made, how the time is counted, what it
// must contain and who may make it (the guardian, and the child aged 12 or over).
class AppealInstructions final {
    Q_DECLARE_TR_FUNCTIONS(AppealInstructions)

public:
    static constexpr int childAgeToAppeal = 12; // LSL 21 §

    static QString text(const Organisation &organisation, const Person &child, const QDate &decidedOn);
    // What the settings still lack for the instructions to be complete, in words.
    static QString missingSettings(const Organisation &organisation);
};

} // namespace tukipolku
