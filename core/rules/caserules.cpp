#include "rules/caserules.h"

#include "rules/deadlines.h"

#include "domain/labels.h"

#include <QLocale>

namespace tukipolku {

namespace {
// A few minutes of slack for a clock that runs a little behind the user's.
constexpr qint64 futureSlackSeconds = 10 * 60;

QString shortDate(const QDate &date)
{
    return Labels::date(date);
}
} // namespace

Result CaseRules::checkInitiation(const Initiation &initiation, const QDateTime &now)
{
    if (!initiation.receivedAt.isValid())
        return Result::failure(tr("Enter the date and time the contact or notification was received."));
    if (initiation.receivedAt.secsTo(now) < -futureSlackSeconds)
        return Result::failure(tr("The time received cannot be in the future."));
    if (initiation.contactBy == ContactBy::Authority && initiation.authorityKind == AuthorityKind::None)
        return Result::failure(tr("Choose which authority made the contact."));
    if (initiation.isNotification && initiation.notifierKind == NotifierKind::None) {
        return Result::failure(tr("Choose who made the child welfare notification: a professional "
                                  "obliged to notify or a private person."));
    }
    const QDate received = initiation.receivedAt.date();
    if (initiation.urgent.has_value() && !initiation.urgencyAssessedAt.isValid())
        return Result::failure(tr("Enter when the urgency of the child's need was assessed."));
    if (initiation.urgencyAssessedAt.isValid() && initiation.urgencyAssessedAt < initiation.receivedAt)
        return Result::failure(tr("The urgency cannot have been assessed before the contact was received."));
    if (initiation.decidedOn.isValid() != initiation.assessmentStarts.has_value()) {
        return Result::failure(tr("Record both the date of the decision and whether the service need "
                                  "assessment starts."));
    }
    if (initiation.decidedOn.isValid() && initiation.decidedOn < received)
        return Result::failure(tr("The decision on the assessment cannot be dated before the contact was received."));
    if (initiation.decidedOn.isValid() && initiation.decidedOn > now.date())
        return Result::failure(tr("The decision on the assessment cannot be dated in the future."));
    if (Result decision = checkLaterDecision(initiation); !decision)
        return decision;
    if (initiation.assessmentStarts == false && !initiation.intoOngoingWork
        && initiation.noAssessmentReason.trimmed().isEmpty())
        return Result::failure(tr("Write why no service need assessment is made."));
    if (initiation.informedOn.isValid() && initiation.informedOn < received)
        return Result::failure(tr("The child and guardian cannot have been informed before the contact was received."));
    if (Result notifier = checkNotifier(initiation); !notifier)
        return notifier;
    return checkPoliceReport(initiation, now.date());
}

Result CaseRules::checkLaterDecision(const Initiation &initiation)
{
    if (initiation.opensCase && initiation.intoOngoingWork)
        return Result::failure(tr("Only a notification received on an open case can be taken into the ongoing work."));
    if (initiation.intoOngoingWork && initiation.assessmentStarts != false)
        return Result::failure(tr("A notification taken into the ongoing work starts no new assessment."));
    if (!initiation.opensCase && initiation.assessmentStarts == true) {
        return Result::failure(tr("The case already has its service need assessment. Take the notification into "
                                  "the ongoing work, or write why nothing more is done."));
    }
    return {};
}

Result CaseRules::checkNotifier(const Initiation &initiation)
{
    const QString email = initiation.notifierEmail.trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return Result::failure(tr("The notifier's e-mail address \"%1\" is not an e-mail address.").arg(email));
    if (initiation.notifierAnonymous && initiation.notifierKind != NotifierKind::PrivatePerson)
        return Result::failure(tr("Only a private person may notify anonymously; a professional gives their name."));
    if (initiation.notifierAnonymous && !initiation.notifierName.trimmed().isEmpty())
        return Result::failure(tr("The notifier wished to stay anonymous: leave the name empty."));
    return {};
}

Result CaseRules::checkPoliceReport(const Initiation &initiation, const QDate &today)
{
    switch (initiation.policeReport) {
    case PoliceReport::Unanswered:
        return {};
    case PoliceReport::Reported:
        if (!initiation.policeReportedOn.isValid())
            return Result::failure(tr("Enter the day the report to the police was made."));
        if (initiation.policeReportedOn > today)
            return Result::failure(tr("The report to the police cannot be dated in the future."));
        return {};
    case PoliceReport::NotReported:
        if (initiation.policeNoReportReason.trimmed().isEmpty())
            return Result::failure(tr("Write why no report was made to the police."));
        return {};
    }
    return {};
}

Result CaseRules::checkAssessment(const Assessment &assessment, const ClientCase &clientCase,
                                  const QString &responsibleWorkerId, const QDate &today)
{
    const QDate received = clientCase.initiation.receivedAt.date();
    if (clientCase.initiation.assessmentStarts == false)
        return Result::failure(tr("It was decided that no service need assessment is made. Change that "
                                  "decision first."));
    if (!assessment.startedOn.isValid())
        return Result::failure(tr("Enter the date the assessment started."));
    if (assessment.startedOn < received)
        return Result::failure(tr("The assessment cannot start before the contact was received (%1).")
                                   .arg(shortDate(received)));
    if (!assessment.completedOn.isValid())
        return {};
    if (assessment.completedOn < assessment.startedOn)
        return Result::failure(tr("The assessment cannot be completed before it started."));
    if (assessment.completedOn > today)
        return Result::failure(tr("The completion date cannot be in the future."));
    if (assessment.needDuration == NeedDuration::Unknown)
        return Result::failure(tr("Record whether the need for support is temporary, recurring or long-term."));
    if (assessment.ownWorkerNeeded && assessment.ownWorkerId.isEmpty())
        return Result::failure(tr("Choose the own worker, or untick that one is needed."));
    if (assessment.childWelfareNeed && responsibleWorkerId.isEmpty()) {
        return Result::failure(tr("Name the responsible social worker: with a child welfare need the "
                                  "child becomes a client of child welfare."));
    }
    return {};
}

Result CaseRules::checkPlan(const ClientPlan &plan, const ClientCase &clientCase)
{
    if (!plan.madeOn.isValid())
        return Result::failure(tr("Enter the date the client plan was made."));
    if (plan.madeOn < clientCase.initiation.receivedAt.date())
        return Result::failure(tr("The plan cannot be dated before the case started."));
    if (plan.participants.trimmed().isEmpty())
        return Result::failure(tr("Record who took part in making the plan."));
    if (plan.goals.isEmpty())
        return Result::failure(tr("Write at least one goal for the plan."));
    for (const PlanGoal &goal : plan.goals) {
        if (goal.goal.trimmed().isEmpty())
            return Result::failure(tr("Every goal needs a text; remove empty goals."));
    }
    const QDate latest = Deadlines::latestPlanReview(plan.madeOn);
    if (!plan.nextReviewOn.isValid() || plan.nextReviewOn <= plan.madeOn || plan.nextReviewOn > latest) {
        return Result::failure(tr("The next review must be after the plan and at most a year later "
                                  "(LSL 30 §): at the latest on %1.")
                                   .arg(shortDate(latest)));
    }
    return {};
}

Result CaseRules::checkClosure(const QDate &closedOn, const QString &reason, const ClientCase &clientCase,
                               const QDate &today)
{
    if (clientCase.isClosed())
        return Result::failure(tr("The case is already closed."));
    if (!closedOn.isValid() || closedOn < clientCase.initiation.receivedAt.date() || closedOn > today)
        return Result::failure(tr("Enter a closing date between the start of the case and today."));
    if (reason.trimmed().isEmpty())
        return Result::failure(tr("Write why the case is closed."));
    for (const Initiation &later : clientCase.laterInitiations) {
        if (!later.isDecided()) {
            return Result::failure(tr("The notification received on %1 has no decision yet. Decide on it before "
                                      "the case is closed.")
                                       .arg(shortDate(later.receivedAt.date())));
        }
        if (closedOn < later.receivedAt.date())
            return Result::failure(tr("The case cannot close before the notification received on %1.")
                                       .arg(shortDate(later.receivedAt.date())));
    }
    return {};
}

Result CaseRules::checkResponsibleWorker(const Worker &worker, int childrenAfter, CaseloadConsent consent)
{
    if (worker.profession != Profession::SocialWorker || !worker.licensed) {
        return Result::failure(tr("%1 is not recorded as a licensed social worker. The responsible social worker of a "
                                  "child welfare client must be one (LSL 13 b §): choose another worker, or record "
                                  "the licence in Settings ▸ Workers.")
                                   .arg(worker.fullName()));
    }
    if (Caseload::exceedsLimit(childrenAfter) && consent != CaseloadConsent::OverLimitAccepted) {
        return Result::failure(tr("With this child %1 would have %2 child welfare children; the limit is %3 "
                                  "(LSL 13 b §). Choose another worker, or confirm that %1 is named anyway.")
                                   .arg(worker.fullName())
                                   .arg(childrenAfter)
                                   .arg(Caseload::limit));
    }
    return {};
}

Result CaseRules::checkLaterInitiation(const Initiation &initiation, const ClientCase &clientCase,
                                       const QDateTime &now)
{
    // A new one on a closed case is refused; one recorded before may be corrected.
    if (clientCase.isClosed() && initiation.id.isEmpty()) {
        return Result::failure(tr("Case %1 is closed. A new notification about the child opens a new case.")
                                   .arg(clientCase.caseNumber));
    }
    if (initiation.opensCase)
        return Result::failure(tr("The case was opened already; this notification is a later one."));
    if (initiation.receivedAt.isValid() && initiation.receivedAt < clientCase.initiation.receivedAt) {
        return Result::failure(tr("A notification on this case cannot be received before the case began (%1).")
                                   .arg(shortDate(clientCase.initiation.receivedAt.date())));
    }
    return checkInitiation(initiation, now);
}

Result CaseRules::checkUrgentMeasures(const QDate &since, const QString &responsibleWorkerId,
                                      const ClientCase &clientCase, const QDate &today)
{
    if (clientCase.isChildWelfareClient())
        return Result::failure(tr("The child is already a client of child welfare."));
    if (!since.isValid() || since < clientCase.initiation.receivedAt.date() || since > today)
        return Result::failure(tr("Enter the date of the urgent measures, between the start of the case and today."));
    if (responsibleWorkerId.isEmpty())
        return Result::failure(tr("Name the responsible social worker for the child."));
    return {};
}

} // namespace tukipolku
