#pragma once

#include <QDate>
#include <QList>

namespace tukipolku {

struct ClientCase;

enum class DeadlineKind {
    InitiationDecision,   // 7 working days from receipt (LSL 26 § 3)
    AssessmentCompletion, // 3 months from initiation (SHL 36 §, LSL 26 § 5)
    PlanReview,           // at least once a year (LSL 30 §)
    NotificationDecision, // a later notification on an open case: 7 working days (LSL 26 § 3)
    FirstPlan,            // a child welfare client's first client plan (LSL 30 §)
};

enum class DeadlineState {
    OnTime,    // open, due later than the warning window
    DueSoon,   // open, due within the warning window (working days)
    Overdue,   // open, the due day has passed
    MetOnTime, // done on or before the due day
    MetLate,   // done after the due day
};

// One statutory deadline of a case: what, counted from when, due when, met when.
struct Deadline {
    DeadlineKind kind = DeadlineKind::InitiationDecision;
    QDate start;
    QDate due;
    QDate met; // invalid while open
    DeadlineState state = DeadlineState::OnTime;

    bool isOpen() const { return !met.isValid(); }
};

// The legal deadlines computed from a case's dates.
class Deadlines final {
public:
    static constexpr int defaultWarningWorkingDays = 3;
    static constexpr int assessmentMonths = 3;
    static constexpr int initiationWorkingDays = 7;
    static constexpr int planReviewMonths = 12;
    // A child welfare client always has a client plan (LSL 30 §); the law
    // sets no day, the unit's practice is a month from the start of client status.
    static constexpr int firstPlanDays = 30;

    static QDate initiationDecisionDue(const QDate &received);
    // Three months from the initiation, moved to the next working day when the
    // last day falls on a weekend or holiday (150/1930 5 §).
    static QDate assessmentDue(const QDate &initiated);
    // The first client plan of a child welfare client since `clientSince`,
    // moved to the next working day.
    static QDate firstPlanDue(const QDate &clientSince);
    // The latest allowed next review of a plan made on `madeOn`.
    static QDate latestPlanReview(const QDate &madeOn);

    // The state of a deadline on `today`.
    static DeadlineState stateOf(const QDate &due, const QDate &met, const QDate &today,
                                 int warningWorkingDays = defaultWarningWorkingDays);

    // Every deadline of the case on `today`; open ones of a closed case are dropped.
    static QList<Deadline> forCase(const ClientCase &clientCase, const QDate &today,
                                   int warningWorkingDays = defaultWarningWorkingDays);
    // The earliest open deadline, or an invalid due date when none is open.
    static Deadline nextOpen(const QList<Deadline> &deadlines);
};

} // namespace tukipolku
