#pragma once

#include "domain/assessment.h"
#include "domain/clientplan.h"
#include "domain/initiation.h"
#include "domain/person.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tukipolku {

// Where a case stands on the pathway of seed 004.
enum class CaseStage { Initiation, Assessment, Plan, Services, Closed };

enum class ChildWelfareBasis { None, UrgentMeasures, Assessment };

// A child's client case (asiakkuus) with its pathway records.
struct ClientCase {
    QString id;
    QString caseNumber; // e.g. 2026-00153
    QString familyId;
    Person child;
    QString responsibleWorkerId;
    QDate childWelfareSince; // child welfare client status (LSL 27 §)
    ChildWelfareBasis childWelfareBasis = ChildWelfareBasis::None;
    NoPlanReason noPlanReason = NoPlanReason::None;
    QDate closedOn;
    QString closureReason;

    Initiation initiation; // the one that opened the case
    // Notifications and contacts received after it, oldest first.
    QList<Initiation> laterInitiations;
    std::optional<Assessment> assessment;
    QList<ClientPlan> plans; // by version, oldest first

    bool isClosed() const { return closedOn.isValid(); }
    bool isChildWelfareClient() const { return childWelfareSince.isValid(); }
    // The initiation with `id` (the opening one or a later one), or null.
    const Initiation *findInitiation(const QString &id) const;
    const ClientPlan *latestPlan() const { return plans.isEmpty() ? nullptr : &plans.constLast(); }
    CaseStage stage() const;
};

} // namespace tukipolku
