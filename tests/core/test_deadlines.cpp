#include "catchshim.h"

#include "domain/clientcase.h"
#include "rules/deadlines.h"
#include "rules/workingdays.h"

using namespace tukipolku;

namespace {
ClientCase caseReceivedOn(const QDate &date)
{
    ClientCase c;
    c.initiation.receivedAt = QDateTime(date, QTime(9, 30));
    return c;
}
} // namespace

TEST_CASE("Deadlines: the initiation decision is due 7 working days after receipt", "[deadlines]")
{
    // Handbook example: received Tuesday → Thursday of the following week.
    CHECK(Deadlines::initiationDecisionDue(QDate(2026, 3, 3)) == QDate(2026, 3, 12));
    // Received on Maundy Thursday 2026: Good Friday and Easter Monday are not counted.
    CHECK(Deadlines::initiationDecisionDue(QDate(2026, 4, 2)) == QDate(2026, 4, 15));
    // Received on 23.12.2026 (Wed): 24–26.12, the weekends, 1.1 and 6.1 are skipped.
    CHECK(Deadlines::initiationDecisionDue(QDate(2026, 12, 23)) == QDate(2027, 1, 7));
    // Received on a Saturday: day 1 is Monday.
    CHECK(Deadlines::initiationDecisionDue(QDate(2026, 3, 7)) == QDate(2026, 3, 17));
}

TEST_CASE("Deadlines: the assessment is due 3 months after the initiation", "[deadlines]")
{
    CHECK(Deadlines::assessmentDue(QDate(2026, 3, 3)) == QDate(2026, 6, 3));
    // 30.11.2026 + 3 months → 28.2.2027 is a Sunday → Monday 1.3.2027.
    CHECK(Deadlines::assessmentDue(QDate(2026, 11, 30)) == QDate(2027, 3, 1));
    // 31.8.2026 + 3 months → 30.11.2026 (Monday).
    CHECK(Deadlines::assessmentDue(QDate(2026, 8, 31)) == QDate(2026, 11, 30));
    // 6.9.2026 + 3 months → 6.12.2026, Independence Day on a Sunday → Monday 7.12.
    CHECK(Deadlines::assessmentDue(QDate(2026, 9, 6)) == QDate(2026, 12, 7));
    // 3.1.2027 + 3 → 3.4.2027 is a Saturday → Monday 5.4.2027.
    CHECK(Deadlines::assessmentDue(QDate(2027, 1, 3)) == QDate(2027, 4, 5));
    // 2.1.2026 + 3 → 2.4.2026 (Maundy Thursday) is a working day and stays.
    CHECK(Deadlines::assessmentDue(QDate(2026, 1, 2)) == QDate(2026, 4, 2));
    // 3.1.2026 + 3 → 3.4.2026 is Good Friday → Tuesday 7.4.2026 after Easter Monday.
    CHECK(Deadlines::assessmentDue(QDate(2026, 1, 3)) == QDate(2026, 4, 7));
}

TEST_CASE("Deadlines: states on a given day", "[deadlines]")
{
    const QDate due(2026, 3, 12); // Thursday
    CHECK(Deadlines::stateOf(due, QDate(), QDate(2026, 3, 4)) == DeadlineState::OnTime);
    CHECK(Deadlines::stateOf(due, QDate(), QDate(2026, 3, 9)) == DeadlineState::DueSoon); // 3 working days left
    CHECK(Deadlines::stateOf(due, QDate(), QDate(2026, 3, 12)) == DeadlineState::DueSoon);
    CHECK(Deadlines::stateOf(due, QDate(), QDate(2026, 3, 13)) == DeadlineState::Overdue);
    CHECK(Deadlines::stateOf(due, QDate(2026, 3, 12), QDate(2026, 4, 1)) == DeadlineState::MetOnTime);
    CHECK(Deadlines::stateOf(due, QDate(2026, 3, 13), QDate(2026, 4, 1)) == DeadlineState::MetLate);
}

TEST_CASE("Deadlines: a case's deadlines follow its records", "[deadlines]")
{
    ClientCase c = caseReceivedOn(QDate(2026, 3, 3));
    const QDate today(2026, 3, 5);

    QList<Deadline> list = Deadlines::forCase(c, today);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).kind == DeadlineKind::InitiationDecision);
    CHECK(list.at(0).due == QDate(2026, 3, 12));
    CHECK(list.at(0).state == DeadlineState::OnTime);
    CHECK(list.at(1).kind == DeadlineKind::AssessmentCompletion);
    CHECK(list.at(1).due == QDate(2026, 6, 3));
    CHECK(Deadlines::nextOpen(list).kind == DeadlineKind::InitiationDecision);

    // Decided late, on day 8: met late; the assessment is next.
    c.initiation.decidedOn = QDate(2026, 3, 13);
    c.initiation.assessmentStarts = true;
    list = Deadlines::forCase(c, QDate(2026, 3, 16));
    CHECK(list.at(0).state == DeadlineState::MetLate);
    CHECK(Deadlines::nextOpen(list).kind == DeadlineKind::AssessmentCompletion);

    // Overdue assessment on 4.6.
    CHECK(Deadlines::forCase(c, QDate(2026, 6, 4)).at(1).state == DeadlineState::Overdue);

    // Completed and a plan made: the plan review is the next deadline.
    Assessment assessment;
    assessment.startedOn = QDate(2026, 3, 13);
    assessment.completedOn = QDate(2026, 5, 20);
    c.assessment = assessment;
    ClientPlan plan;
    plan.version = 1;
    plan.madeOn = QDate(2026, 6, 1);
    plan.nextReviewOn = QDate(2026, 12, 1);
    c.plans = {plan};
    list = Deadlines::forCase(c, QDate(2026, 6, 2));
    REQUIRE(list.size() == 3);
    CHECK(list.at(1).state == DeadlineState::MetOnTime);
    CHECK(list.at(2).kind == DeadlineKind::PlanReview);
    CHECK(Deadlines::nextOpen(list).due == QDate(2026, 12, 1));

    // A second version is the review of the first.
    ClientPlan second = plan;
    second.version = 2;
    second.madeOn = QDate(2026, 11, 25);
    second.nextReviewOn = QDate(2027, 5, 25);
    c.plans.append(second);
    list = Deadlines::forCase(c, QDate(2026, 11, 26));
    REQUIRE(list.size() == 4);
    CHECK(list.at(2).state == DeadlineState::MetOnTime);
    CHECK(list.at(3).isOpen());
    CHECK(Deadlines::nextOpen(list).due == QDate(2027, 5, 25));
}

TEST_CASE("Deadlines: no assessment and closed cases leave nothing open", "[deadlines]")
{
    ClientCase c = caseReceivedOn(QDate(2026, 3, 3));
    c.initiation.decidedOn = QDate(2026, 3, 5);
    c.initiation.assessmentStarts = false;
    QList<Deadline> list = Deadlines::forCase(c, QDate(2026, 3, 6));
    REQUIRE(list.size() == 1);
    CHECK_FALSE(Deadlines::nextOpen(list).due.isValid());

    ClientCase closed = caseReceivedOn(QDate(2026, 3, 3));
    closed.closedOn = QDate(2026, 3, 4);
    CHECK(Deadlines::forCase(closed, QDate(2026, 8, 1)).isEmpty());
}

TEST_CASE("Deadlines: the latest plan review is a year later", "[deadlines]")
{
    CHECK(Deadlines::latestPlanReview(QDate(2026, 6, 1)) == QDate(2027, 6, 1));
    CHECK(Deadlines::latestPlanReview(QDate(2028, 2, 29)) == QDate(2029, 2, 28));
}

TEST_CASE("Deadlines: due soon means at most N working days left over holidays too", "[deadlines]")
{
    // Every day of a year with Easter, midsummer and Christmas, every due day
    // up to two months ahead: the state agrees with counting the working days.
    for (QDate today(2026, 3, 1); today <= QDate(2027, 2, 28); today = today.addDays(1)) {
        for (int ahead = 0; ahead <= 60; ++ahead) {
            const QDate due = today.addDays(ahead);
            for (const int warning : {0, 3, 5}) {
                const DeadlineState expected = WorkingDays::workingDaysBetween(today, due) <= warning
                                                   ? DeadlineState::DueSoon
                                                   : DeadlineState::OnTime;
                if (Deadlines::stateOf(due, QDate(), today, warning) != expected) {
                    INFO(today.toString(Qt::ISODate).toStdString() + " due " + due.toString(Qt::ISODate).toStdString());
                    REQUIRE(Deadlines::stateOf(due, QDate(), today, warning) == expected);
                }
            }
        }
    }
}
