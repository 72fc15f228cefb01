// LSL 13 b §: the responsible social worker of a child welfare client is a
// licensed social worker, and the limit of 30 children is checked in core
// whenever a child gets client status or a responsible worker.
#include "catchshim.h"
#include "testdatabase.h"
#include "workitems.h"

#include "reports/deadlinereport.h"
#include "rules/deadlines.h"
#include "storage/worklistrepository.h"

#include "storage/caserepository.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"

#include <algorithm>
#include <optional>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
// A case of a new child (no identity code) opened on 2.3.2026 by `workerId`,
// its urgency assessed and the assessment decided to start.
ClientCase openCase(TestDatabase &db, const QString &workerId, int number)
{
    FamilyRepository families(db.connection(), db.worker().id);
    Family family;
    family.name = QStringLiteral("Perhe %1").arg(number);
    REQUIRE(families.save(family).ok());
    Person child;
    child.firstNames = QStringLiteral("Lapsi %1").arg(number);
    child.lastName = family.name;
    child.birthDate = QDate(2015, 1, 1).addDays(number);
    REQUIRE(families.addMember(family.id, child, FamilyRole::Child).ok());
    ClientCase c;
    c.familyId = family.id;
    c.child = families.find(family.id)->membersWithRole(FamilyRole::Child).first();
    c.responsibleWorkerId = workerId;
    c.initiation.receivedAt = at10(QDate(2026, 3, 2));
    c.initiation.urgent = false;
    c.initiation.urgencyAssessedAt = at10(QDate(2026, 3, 2)).addSecs(600);
    c.initiation.decidedOn = QDate(2026, 3, 3);
    c.initiation.assessmentStarts = true;
    REQUIRE(CaseRepository(db.connection(), db.worker().id).open(c).ok());
    return c;
}

Assessment completedWithNeed()
{
    Assessment a;
    a.startedOn = QDate(2026, 3, 3);
    a.completedOn = QDate(2026, 4, 15);
    a.needDuration = NeedDuration::LongTerm;
    a.childWelfareNeed = true;
    a.childMet = true;
    a.summary = QStringLiteral("Tarve lastensuojelun avohuollon tukitoimille.");
    return a;
}
} // namespace

TEST_CASE("Responsible worker: only a licensed social worker", "[caseload]")
{
    TestDatabase db;
    Worker counsellor;
    counsellor.firstNames = QStringLiteral("Saara");
    counsellor.lastName = QStringLiteral("Ohjaaja");
    counsellor.profession = Profession::SocialCounsellor;
    REQUIRE(WorkerRepository(db.connection(), db.worker().id).save(counsellor).ok());
    CaseRepository cases(db.connection(), db.worker().id);
    const ClientCase c = openCase(db, counsellor.id, 1); // a counsellor may open a case

    const Result urgent = cases.startChildWelfareByUrgentMeasures(c.id, QDate(2026, 3, 3), counsellor.id);
    REQUIRE_FALSE(urgent.ok());
    CHECK(urgent.message().contains(QStringLiteral("Saara Ohjaaja")));
    CHECK(urgent.message().contains(QStringLiteral("licensed")));
    Assessment a = completedWithNeed();
    CHECK_FALSE(cases.saveAssessment(c.id, a, counsellor.id).ok());
    CHECK_FALSE(cases.find(c.id)->isChildWelfareClient());

    REQUIRE(cases.saveAssessment(c.id, a, db.worker().id).ok());
    CHECK(cases.find(c.id)->responsibleWorkerId == db.worker().id);
    // A client's responsible worker is not cleared, nor given to the counsellor.
    CHECK_FALSE(cases.assignResponsibleWorker(c.id, QString()).ok());
    CHECK_FALSE(cases.assignResponsibleWorker(c.id, counsellor.id).ok());
    CHECK(cases.find(c.id)->responsibleWorkerId == db.worker().id);
}

TEST_CASE("Responsible worker: the 31st child in the usual flow needs the user's consent", "[caseload]")
{
    TestDatabase db;
    CaseRepository cases(db.connection(), db.worker().id);
    for (int i = 0; i < Caseload::limit; ++i) {
        const ClientCase c = openCase(db, db.worker().id, i);
        REQUIRE(cases.startChildWelfareByUrgentMeasures(c.id, QDate(2026, 3, 3), db.worker().id).ok());
    }
    REQUIRE(*cases.childWelfareCaseload(db.worker().id) == Caseload::limit);

    // The usual case: the worker who opened the case stays its worker, and the
    // assessment finds a child welfare need. That is the 31st child.
    const ClientCase next = openCase(db, db.worker().id, 100);
    CHECK(*cases.caseloadWith(next.id, db.worker().id) == Caseload::limit + 1);
    Assessment a = completedWithNeed();
    const Result refused = cases.saveAssessment(next.id, a, db.worker().id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("31")));
    CHECK_FALSE(cases.find(next.id)->isChildWelfareClient());
    REQUIRE(cases.saveAssessment(next.id, a, db.worker().id, CaseloadConsent::OverLimitAccepted).ok());
    CHECK(cases.find(next.id)->isChildWelfareClient());
    CHECK(*cases.childWelfareCaseload(db.worker().id) == Caseload::limit + 1);

    // A child of theirs already is counted once, not twice.
    CHECK(*cases.caseloadWith(next.id, db.worker().id) == Caseload::limit + 1);

    // Urgent measures are checked the same way.
    const ClientCase urgent = openCase(db, db.worker().id, 101);
    CHECK_FALSE(cases.startChildWelfareByUrgentMeasures(urgent.id, QDate(2026, 3, 3), db.worker().id).ok());
    CHECK(cases.startChildWelfareByUrgentMeasures(urgent.id, QDate(2026, 3, 3), db.worker().id,
                                                  CaseloadConsent::OverLimitAccepted)
              .ok());

    // Another licensed worker with room takes a child without a question.
    const Worker other = db.addWorker(QStringLiteral("Liisa"), QStringLiteral("Lehtonen"));
    REQUIRE(cases.assignResponsibleWorker(urgent.id, other.id).ok());
    CHECK(*cases.childWelfareCaseload(other.id) == 1);
}

TEST_CASE("Client plan: a child welfare client without a plan is on the worklist until one is made", "[caseload][worklist]")
{
    TestDatabase db;
    CaseRepository cases(db.connection(), db.worker().id);
    const ClientCase c = openCase(db, db.worker().id, 1);
    // Client status from urgent measures on Tuesday 3.3.2026: the plan is due
    // 30 days later, Thursday 2.4.2026.
    REQUIRE(cases.startChildWelfareByUrgentMeasures(c.id, QDate(2026, 3, 3), db.worker().id).ok());
    ClientCase client = *cases.find(c.id);
    const auto planDeadline = [](const ClientCase &of) {
        for (const Deadline &deadline : Deadlines::forCase(of, QDate(2026, 3, 10))) {
            if (deadline.kind == DeadlineKind::FirstPlan)
                return std::optional<Deadline>(deadline);
        }
        return std::optional<Deadline>();
    };
    REQUIRE(planDeadline(client));
    CHECK(planDeadline(client)->due == QDate(2026, 4, 2));
    CHECK(planDeadline(client)->isOpen());

    WorklistRepository worklist(db.connection(), db.worker().id);
    QList<WorkItem> items = worklist.items(db.worker().id, QDate(2026, 3, 10));
    REQUIRE(test::ofKind(items, WorkKind::PlanMissing).size() == 1);
    CHECK(test::ofKind(items, WorkKind::PlanMissing).first().due == QDate(2026, 4, 2));
    QList<OpenDeadline> open;
    REQUIRE(DeadlineReport::open(db.connection(), QDate(2026, 3, 10), open).ok());
    CHECK(std::any_of(open.cbegin(), open.cend(), [](const OpenDeadline &row) {
        return row.deadline.kind == DeadlineKind::FirstPlan && row.deadline.due == QDate(2026, 4, 2);
    }));

    // "No plan needed" is for a client of social welfare only.
    const Result noPlan = cases.setNoPlanReason(c.id, NoPlanReason::AssessmentSuffices);
    REQUIRE_FALSE(noPlan.ok());
    CHECK(noPlan.message().contains(QStringLiteral("LSL 30")));

    ClientPlan plan;
    plan.madeOn = QDate(2026, 3, 20);
    plan.participants = QStringLiteral("lapsi, huoltaja, sosiaalityöntekijä");
    plan.needs = QStringLiteral("Tuki koulunkäyntiin.");
    plan.nextReviewOn = QDate(2026, 9, 20);
    plan.goals = {{QString(), QStringLiteral("Koulupäivät sujuvat"), QDate(2026, 6, 1)}};
    REQUIRE(cases.savePlan(c.id, plan).ok());
    client = *cases.find(c.id);
    REQUIRE(planDeadline(client));
    CHECK(planDeadline(client)->state == DeadlineState::MetOnTime);
    items = worklist.items(db.worker().id, QDate(2026, 3, 21));
    CHECK(test::ofKind(items, WorkKind::PlanMissing).isEmpty());
}
