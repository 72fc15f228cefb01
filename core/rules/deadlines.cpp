#include "rules/deadlines.h"

#include "domain/clientcase.h"
#include "rules/workingdays.h"

namespace tukipolku {

QDate Deadlines::initiationDecisionDue(const QDate &received)
{
    return WorkingDays::addWorkingDays(received, initiationWorkingDays);
}

QDate Deadlines::assessmentDue(const QDate &initiated)
{
    return WorkingDays::nextWorkingDayOnOrAfter(WorkingDays::addMonthsClamped(initiated, assessmentMonths));
}

QDate Deadlines::firstPlanDue(const QDate &clientSince)
{
    return WorkingDays::nextWorkingDayOnOrAfter(clientSince.addDays(firstPlanDays));
}

QDate Deadlines::latestPlanReview(const QDate &madeOn)
{
    return WorkingDays::addMonthsClamped(madeOn, planReviewMonths);
}

DeadlineState Deadlines::stateOf(const QDate &due, const QDate &met, const QDate &today,
                                 int warningWorkingDays)
{
    if (met.isValid())
        return met <= due ? DeadlineState::MetOnTime : DeadlineState::MetLate;
    if (today > due)
        return DeadlineState::Overdue;
    // "At most N working days left" is "due before the (N+1)th working day
    // after today": a few days to count rather than every day up to the due
    // day, which matters when a report checks tens of thousands of deadlines.
    if (due < WorkingDays::addWorkingDays(today, warningWorkingDays + 1))
        return DeadlineState::DueSoon;
    return DeadlineState::OnTime;
}

QList<Deadline> Deadlines::forCase(const ClientCase &clientCase, const QDate &today, int warningWorkingDays)
{
    QList<Deadline> deadlines;
    const Initiation &initiation = clientCase.initiation;
    const QDate received = initiation.receivedAt.date();
    if (!received.isValid())
        return deadlines;
    auto add = [&](DeadlineKind kind, const QDate &start, const QDate &due, const QDate &met) {
        if (!met.isValid() && clientCase.isClosed())
            return; // a closed case has nothing left to do
        deadlines.append({kind, start, due, met, stateOf(due, met, today, warningWorkingDays)});
    };

    add(DeadlineKind::InitiationDecision, received, initiationDecisionDue(received), initiation.decidedOn);

    // The assessment clock runs from the initiation unless it was decided
    // that no assessment is made.
    if (initiation.assessmentStarts.value_or(true)) {
        const QDate completed = clientCase.assessment ? clientCase.assessment->completedOn : QDate();
        add(DeadlineKind::AssessmentCompletion, received, assessmentDue(received), completed);
    }

    // Every later notification has its own 7-working-day decision; taking it
    // into the ongoing work is that decision.
    for (const Initiation &later : clientCase.laterInitiations) {
        const QDate laterReceived = later.receivedAt.date();
        add(DeadlineKind::NotificationDecision, laterReceived, initiationDecisionDue(laterReceived), later.decidedOn);
    }

    // A child welfare client has a client plan; one made before client status counts.
    if (clientCase.isChildWelfareClient()) {
        const QDate since = clientCase.childWelfareSince;
        const QDate made = clientCase.plans.isEmpty() ? QDate() : std::max(clientCase.plans.constFirst().madeOn, since);
        add(DeadlineKind::FirstPlan, since, firstPlanDue(since), made);
    }

    // Each plan version is due for review by its next review date; a later
    // version is that review.
    for (qsizetype i = 0; i < clientCase.plans.size(); ++i) {
        const ClientPlan &plan = clientCase.plans.at(i);
        const QDate reviewedOn = i + 1 < clientCase.plans.size() ? clientCase.plans.at(i + 1).madeOn : QDate();
        add(DeadlineKind::PlanReview, plan.madeOn, plan.nextReviewOn, reviewedOn);
    }
    return deadlines;
}

Deadline Deadlines::nextOpen(const QList<Deadline> &deadlines)
{
    Deadline next;
    for (const Deadline &deadline : deadlines) {
        if (deadline.isOpen() && (!next.due.isValid() || deadline.due < next.due))
            next = deadline;
    }
    return next;
}

} // namespace tukipolku
