#include "catchshim.h"

#include <algorithm>
#include "agreementfixture.h"
#include "testdatabase.h"
#include "workitems.h"

#include "storage/caserepository.h"
#include "storage/decisionrepository.h"
#include "storage/familyrepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/providerrepository.h"
#include "storage/workerrepository.h"
#include "storage/worklistrepository.h"

using namespace tukipolku;
using tukipolku::test::ofKind;
using tukipolku::test::AgreementFixture;
using tukipolku::test::at10;

namespace {
// Wednesday after Easter 2026 (Good Friday 3.4., Easter Monday 6.4.).
const QDate today(2026, 4, 8);

// A household of one child (no identity code), saved.
Family familyOf(const QSqlDatabase &db, const QString &workerId, const QString &first, const QString &last)
{
    FamilyRepository families(db, workerId);
    Family family;
    family.name = last;
    REQUIRE(families.save(family).ok());
    Person child;
    child.firstNames = first;
    child.lastName = last;
    child.birthDate = QDate(2016, 5, 5);
    REQUIRE(families.addMember(family.id, child, FamilyRole::Child).ok());
    return *families.find(family.id);
}

} // namespace

TEST_CASE("Worklist: each kind of work with its due day, overdue first, per worker or for the unit", "[worklist]")
{
    AgreementFixture f; // Eetu Virtanen's case, a support family measure 1.12.2025–30.11.2026
    CaseRepository cases(f.db.connection(), f.db.worker().id);
    MeasureRepository measures(f.db.connection(), f.db.worker().id);

    // A notification received on the Tuesday before Easter: the decision and the
    // telling are due on the 7th working day, Monday 13.4. (the holidays skipped).
    const Family family = familyOf(f.db.connection(), f.db.worker().id, QStringLiteral("Ella"), QStringLiteral("Koski"));
    ClientCase notified;
    notified.familyId = family.id;
    notified.child = family.membersWithRole(FamilyRole::Child).first();
    notified.responsibleWorkerId = f.db.worker().id;
    notified.initiation.receivedAt = at10(QDate(2026, 3, 31));
    notified.initiation.isNotification = true;
    notified.initiation.notifierKind = NotifierKind::ObligedProfessional;
    REQUIRE(cases.open(notified).ok());

    // Another worker's case, received long ago: overdue, but not in this worker's list.
    Worker other;
    other.firstNames = QStringLiteral("Liisa");
    other.lastName = QStringLiteral("Lehtonen");
    REQUIRE(WorkerRepository(f.db.connection(), f.db.worker().id).save(other).ok());
    const Family second = familyOf(f.db.connection(), f.db.worker().id, QStringLiteral("Onni"), QStringLiteral("Salo"));
    ClientCase others;
    others.familyId = second.id;
    others.child = second.membersWithRole(FamilyRole::Child).first();
    others.responsibleWorkerId = other.id;
    others.initiation.receivedAt = at10(QDate(2026, 3, 2));
    REQUIRE(cases.open(others).ok());

    // The support family agreement waits for signatures; the measure's decision ends on 30.4.
    Agreement draft = f.signable();
    Measure ending = f.measure;
    ending.plannedEnd = QDate(2026, 4, 30);
    REQUIRE(cases.startChildWelfareByUrgentMeasures(f.clientCase.id, QDate(2025, 11, 4), f.db.worker().id).ok());
    ending.basis = LegalBasis::ChildWelfareAct;
    REQUIRE(measures.save(ending).ok());
    Organisation organisation;
    organisation.boardName = QStringLiteral("Yksilöasioiden jaosto");
    organisation.registryEmail = QStringLiteral("kirjaamo@example.fi");
    organisation.registryHours = QStringLiteral("ma–pe klo 9–15");
    REQUIRE(OrganisationRepository(f.db.connection(), f.db.worker().id).save(organisation).ok());
    DecisionRepository decisions(f.db.connection(), f.db.worker().id);
    Decision decision = decisions.draftFromMeasure(ending, DecisionSubject::Start);
    decision.facts = QStringLiteral("Äiti on uupunut.");
    decision.reasons = QStringLiteral("Tukiperhe antaa lepoa.");
    test::recordHearing(decision, QDate(2025, 11, 20));
    REQUIRE(decisions.save(decision).ok());
    REQUIRE(decisions.issue(decision.id, QDate(2025, 11, 28), test::backdated()).ok());

    // A support person planned twice a month met Eetu once in March; one meeting was cancelled.
    Measure person = f.supportPersonMeasure();
    person.start = QDate(2026, 1, 1);
    person.status = MeasureStatus::Active;
    REQUIRE(measures.save(person).ok());
    test::decideMeasure(f.db.connection(), f.db.worker().id, person);
    MeasureLogRepository logs(f.db.connection(), f.db.worker().id);
    Meeting held{QString(), person.id, QDate(2026, 3, 10), 120, QStringLiteral("Uimahalli"), false, 0, QString()};
    Meeting cancelled{QString(), person.id, QDate(2026, 3, 24), 0, QString(), true, 0, QString()};
    Meeting april{QString(), person.id, QDate(2026, 4, 2), 90, QStringLiteral("Kirjasto"), false, 0, QString()};
    REQUIRE(logs.saveMeeting(held).ok());
    REQUIRE(logs.saveMeeting(cancelled).ok());
    REQUIRE(logs.saveMeeting(april).ok());

    // The Laines' criminal record extract was checked five years ago.
    ProviderRepository providers(f.db.connection(), f.db.worker().id);
    Outcome<Provider> laine = providers.find(f.measure.providerId);
    REQUIRE(laine.has_value());
    laine->criminalRecordCheckedOn = QDate(2021, 3, 1);
    REQUIRE(providers.save(*laine).ok());

    const WorklistRepository worklist(f.db.connection(), f.db.worker().id);
    QList<WorkItem> mine = worklist.items(f.db.worker().id, today);
    CHECK(std::all_of(mine.cbegin(), mine.cend(), [](const WorkItem &item) {
        return item.caseId.isEmpty() || (item.name.isEmpty() && !item.personId.isEmpty());
    })); // the children's names are read for the rows shown
    worklist.fillNames(mine, 0, mine.size());

    const QList<WorkItem> untold = ofKind(mine, WorkKind::NotificationNotTold);
    REQUIRE(untold.size() == 1);
    CHECK(untold.first().due == QDate(2026, 4, 13));
    CHECK(untold.first().name == QStringLiteral("Ella Koski"));
    CHECK(untold.first().caseId == notified.id);
    const QList<WorkItem> initiations = ofKind(mine, WorkKind::InitiationDecision);
    REQUIRE(initiations.size() >= 1);
    CHECK(std::any_of(initiations.cbegin(), initiations.cend(), [&](const WorkItem &item) {
        return item.caseId == notified.id && item.due == QDate(2026, 4, 13) && !item.isOverdue(today);
    }));
    REQUIRE(ofKind(mine, WorkKind::AgreementUnsigned).size() == 1);
    CHECK(ofKind(mine, WorkKind::AgreementUnsigned).first().recordId == draft.id);
    const QList<WorkItem> endingDecisions = ofKind(mine, WorkKind::DecisionEnding);
    REQUIRE(endingDecisions.size() == 1);
    CHECK(endingDecisions.first().due == QDate(2026, 4, 30));
    const QList<WorkItem> behind = ofKind(mine, WorkKind::MeetingsBehind);
    REQUIRE(behind.size() == 1);
    CHECK(behind.first().detail == QStringLiteral("1 / 2")); // the cancelled and the April meetings do not count
    CHECK(behind.first().due == today); // to follow up now, not already late
    CHECK(ofKind(mine, WorkKind::CriminalRecordDue).isEmpty()); // providers are the unit's, not a worker's
    CHECK(std::none_of(mine.cbegin(), mine.cend(), [&](const WorkItem &item) { return item.caseId == others.id; }));
    // An urgency not yet assessed first (LSL 26 § 2: immediately); then by due
    // day: what is overdue comes first.
    CHECK_FALSE(ofKind(mine, WorkKind::UrgencyNotAssessed).isEmpty()); // Ella's notification among them
    for (qsizetype i = 1; i < mine.size(); ++i) {
        if (mine.at(i - 1).isImmediate() == mine.at(i).isImmediate())
            CHECK(mine.at(i - 1).due <= mine.at(i).due);
        else
            CHECK(mine.at(i - 1).isImmediate());
    }
    CHECK(mine.first().isOverdue(today));

    const QList<WorkItem> unit = worklist.items(QString(), today);
    CHECK(std::any_of(unit.cbegin(), unit.cend(), [&](const WorkItem &item) {
        return item.caseId == others.id && item.kind == WorkKind::InitiationDecision && item.isOverdue(today);
    }));
    const QList<WorkItem> records = ofKind(unit, WorkKind::CriminalRecordDue);
    REQUIRE(records.size() == 2); // the Laines', and the support person's never checked
    CHECK(records.first().name == laine->name);
    CHECK(records.first().due == QDate(2021, 3, 1).addMonths(providers.criminalRecordIntervalMonths()));
    CHECK(records.first().place() == WorkPlace::Provider);
    CHECK(records.last().name == QStringLiteral("Pekka Tukinen"));
    CHECK(records.last().due == today);

    // Told and decided, the notification leaves the list.
    ClientCase told = *cases.find(notified.id);
    told.initiation.informedOn = QDate(2026, 4, 8);
    told.initiation.decidedOn = QDate(2026, 4, 8);
    told.initiation.assessmentStarts = true;
    REQUIRE(cases.saveInitiation(told.id, told.initiation).ok());
    const QList<WorkItem> after = worklist.items(f.db.worker().id, today);
    CHECK(ofKind(after, WorkKind::NotificationNotTold).isEmpty());
    CHECK(std::none_of(after.cbegin(), after.cend(), [&](const WorkItem &item) {
        return item.caseId == notified.id && item.kind == WorkKind::InitiationDecision;
    }));
}

TEST_CASE("Worklist: the caseload of child welfare children per worker", "[worklist]")
{
    AgreementFixture f;
    CaseRepository cases(f.db.connection(), f.db.worker().id);
    REQUIRE(cases.startChildWelfareByUrgentMeasures(f.clientCase.id, QDate(2025, 11, 4), f.db.worker().id).ok());
    const QList<WorkerCaseload> loads = WorklistRepository(f.db.connection(), f.db.worker().id).caseloads();
    REQUIRE_FALSE(loads.isEmpty());
    CHECK(loads.first().workerId == f.db.worker().id);
    CHECK(loads.first().childWelfareChildren == 1);
}
