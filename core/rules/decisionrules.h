#pragma once

#include "domain/clientcase.h"
#include "domain/decision.h"
#include "domain/measure.h"
#include "domain/worker.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace tukipolku {

// What the rules need to know beyond the decision and its case.
struct DecisionContext {
    InDepthType inDepth = InDepthType::None; // of the service decided on
    // The issued decision that last granted the service (start, continue or
    // change) before this one: what a change changes.
    std::optional<Decision> granted;
    // The named decision maker, when one is named and found.
    std::optional<Worker> maker;
};

// What a change decision changes.
enum class DecisionChange { DaysPerMonth, MeetingsPerMonth, HoursPerWeek, Intensified, EndDate, Provider };

// What a decision must hold before it is issued (HL 44–45 §, seed 004), each
// missing item a sentence the editor shows.
class DecisionRules final {
    Q_DECLARE_TR_FUNCTIONS(DecisionRules)

public:
    static QStringList missing(const Decision &decision, const ClientCase &clientCase,
                               const DecisionContext &context = {});
    // The number of the `sequence`th decision of `year`: 2026/0153.
    static QString number(int year, int sequence);
    // The dates a kind of decision has: a refusal grants nothing, so it has no
    // period; an ending has only the day the service ends.
    static bool hasStartDate(DecisionSubject subject);
    static bool hasEndDate(DecisionSubject subject);
    // Whether the decision grants an extent of the service.
    static bool grantsExtent(DecisionSubject subject);
    // A decision that ends or refuses a service, and every child welfare
    // decision, records the child's opinion and each party's hearing first
    // (HL 34 §, LSL 5 §, 20 §).
    static bool needsHearing(const Decision &decision);
    // What `after` changes of what `before` granted.
    static QList<DecisionChange> changes(const Decision &before, const Decision &after);
    // An issue day before the draft was made, or more than a few days back,
    // needs a reason.
    static bool needsBackdatingReason(const QDate &issuedOn, const QDate &createdOn, const QDate &today);
    static constexpr int backdatingAllowanceDays = 3;
    // Only the amount the kind of service is granted in: the others are zero.
    static DecisionExtent extentOf(const Measure &measure, InDepthType inDepth);
    // The parties of the decision, one a line, without empty lines.
    static QStringList partyLines(const Decision &decision);
    // A decision made by another than the child's responsible social worker
    // (a substitute): lawful when they have the authority, and said so.
    static bool isBySubstitute(const Decision &decision, const ClientCase &clientCase);

private:
    static void checkExtent(const Decision &decision, const DecisionContext &context, QStringList &items);
    static void checkHearing(const Decision &decision, QStringList &items);
    static void checkCorrection(const Decision &decision, QStringList &items);
};

} // namespace tukipolku
