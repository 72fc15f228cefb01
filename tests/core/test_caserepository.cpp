#include "catchshim.h"
#include "common/clock.h"
#include "testdatabase.h"

#include "rules/caserules.h"
#include "rules/identitycode.h"
#include "storage/caserepository.h"
#include "storage/familyrepository.h"
#include "storage/personrepository.h"

#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
// A case for the first child, received on a past Tuesday.
ClientCase openCase(TestDatabase &db, const Family &family, const QDate &received = QDate(2026, 3, 3))
{
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(received);
    c.initiation.isNotification = true;
    c.initiation.notifierKind = NotifierKind::ObligedProfessional;
    c.initiation.contactBy = ContactBy::Authority;
    c.initiation.authorityKind = AuthorityKind::School;
    c.initiation.reasons = {ContactReason::Upbringing, ContactReason::IllnessOrExhaustion};
    CaseRepository cases(db.connection(), db.worker().id);
    const Result opened = cases.open(c);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    return c;
}

QVariant caseColumn(TestDatabase &db, const QString &caseId, const char *column)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(QLatin1String(column)));
    query.addBindValue(caseId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0);
}
} // namespace

TEST_CASE("Cases: opening a case numbers it per year and stores its deadline", "[cases]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    const ClientCase first = openCase(db, family);
    const ClientCase second = openCase(db, family, QDate(2026, 3, 4));
    CHECK(first.caseNumber == QLatin1String("2026-00001"));
    CHECK(second.caseNumber == QLatin1String("2026-00002"));
    CHECK(caseColumn(db, first.id, "stage").toString() == QLatin1String("initiation"));
    CHECK(caseColumn(db, first.id, "next_deadline_due").toString() == QLatin1String("2026-03-12"));
    CHECK(caseColumn(db, first.id, "next_deadline_kind").toString() == QLatin1String("initiation_decision"));

    CaseRepository cases(db.connection(), db.worker().id);
    const auto loaded = cases.find(first.id);
    REQUIRE(loaded);
    CHECK(loaded->child.firstNames == QLatin1String("Eetu"));
    CHECK(loaded->initiation.receivedAt == at10(QDate(2026, 3, 3)));
    CHECK(loaded->initiation.reasons == QList<ContactReason>({ContactReason::Upbringing, ContactReason::IllnessOrExhaustion}));
    CHECK(loaded->initiation.authorityKind == AuthorityKind::School);
    CHECK(cases.casesOfFamily(family.id)->size() == 2);
}

TEST_CASE("Cases: an initiation with missing facts is refused with a reason", "[cases][rules]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    CaseRepository cases(db.connection(), db.worker().id);
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(QDate(2026, 3, 3));
    c.initiation.contactBy = ContactBy::Authority;
    Result result = cases.open(c);
    CHECK(result.message().contains(QStringLiteral("authority")));
    c.initiation.authorityKind = AuthorityKind::Police;
    c.initiation.isNotification = true;
    result = cases.open(c);
    CHECK(result.message().contains(QStringLiteral("notification")));
    c.initiation.notifierKind = NotifierKind::PrivatePerson;
    c.initiation.receivedAt = Clock::now().addDays(2);
    CHECK(cases.open(c).message().contains(QStringLiteral("future")));
    c.initiation.receivedAt = at10(QDate(2026, 3, 3));
    c.initiation.decidedOn = QDate(2026, 3, 5);
    CHECK(cases.open(c).message().contains(QStringLiteral("whether")));
    c.initiation.assessmentStarts = false;
    CHECK(cases.open(c).message().contains(QStringLiteral("why")));
    c.initiation.noAssessmentReason = QStringLiteral("Tilapäinen neuvonta riitti.");
    CHECK(cases.open(c).ok());
    QSqlQuery count(db.connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1); // the refused attempts left nothing behind
}

TEST_CASE("Cases: completing the assessment with child welfare need starts client status", "[cases]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    const Worker responsible = db.addWorker(QStringLiteral("Liisa"), QStringLiteral("Lastensuojelu"));
    ClientCase c = openCase(db, family);
    CaseRepository cases(db.connection(), db.worker().id);

    c.initiation.decidedOn = QDate(2026, 3, 10);
    c.initiation.assessmentStarts = true;
    c.initiation.informedOn = QDate(2026, 3, 10);
    REQUIRE(cases.saveInitiation(c.id, c.initiation).ok());
    CHECK(caseColumn(db, c.id, "stage").toString() == QLatin1String("assessment"));
    CHECK(caseColumn(db, c.id, "next_deadline_due").toString() == QLatin1String("2026-06-03"));

    Assessment assessment;
    assessment.startedOn = QDate(2026, 3, 10);
    assessment.completedOn = QDate(2026, 5, 28);
    assessment.needDuration = NeedDuration::LongTerm;
    assessment.childWelfareNeed = true;
    assessment.childMet = true;
    assessment.childMetHow = QStringLiteral("Kahden kesken koululla 15.4.");
    // Without a responsible social worker it is refused.
    CHECK(cases.saveAssessment(c.id, assessment, QString()).message().contains(QStringLiteral("responsible")));
    REQUIRE(cases.saveAssessment(c.id, assessment, responsible.id).ok());

    const auto loaded = cases.find(c.id);
    REQUIRE(loaded);
    CHECK(loaded->isChildWelfareClient());
    CHECK(loaded->childWelfareSince == QDate(2026, 5, 28));
    CHECK(loaded->childWelfareBasis == ChildWelfareBasis::Assessment);
    CHECK(loaded->responsibleWorkerId == responsible.id);
    REQUIRE(loaded->assessment);
    CHECK(loaded->assessment->childMet); // whether and how the child was met is kept
    CHECK(loaded->assessment->childMetHow == QStringLiteral("Kahden kesken koululla 15.4."));
    CHECK(loaded->stage() == CaseStage::Plan);
    CHECK(*cases.childWelfareCaseload(responsible.id) == 1);
    CHECK(*cases.childWelfareCaseload(db.worker().id) == 0);

    // The history says who changed what.
    const QList<HistoryEntry> history = cases.history(c.id).value();
    bool sawDecision = false;
    bool sawStatus = false;
    for (const HistoryEntry &entry : history) {
        if (entry.field == QLatin1String("decided_on") && entry.newValue == QLatin1String("2026-03-10"))
            sawDecision = entry.workerName == QLatin1String("Aino Sosiaalinen");
        if (entry.field == QLatin1String("child_welfare_since"))
            sawStatus = entry.newValue == QLatin1String("2026-05-28");
    }
    CHECK(sawDecision);
    CHECK(sawStatus);
    QSqlQuery tamper(db.connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM record_history")));
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE record_history SET new_value = 'x'")));
}

TEST_CASE("Cases: urgent measures start child welfare client status before the assessment ends", "[cases]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c = openCase(db, family);
    CaseRepository cases(db.connection(), db.worker().id);
    CHECK(cases.startChildWelfareByUrgentMeasures(c.id, QDate(2026, 3, 3), QString()).message().contains(QStringLiteral("responsible")));
    REQUIRE(cases.startChildWelfareByUrgentMeasures(c.id, QDate(2026, 3, 3), db.worker().id).ok());
    const auto loaded = cases.find(c.id);
    CHECK(loaded->childWelfareBasis == ChildWelfareBasis::UrgentMeasures);
    CHECK(loaded->childWelfareSince == QDate(2026, 3, 3));
    CHECK_FALSE(cases.startChildWelfareByUrgentMeasures(c.id, QDate(2026, 3, 4), db.worker().id).ok());
}

TEST_CASE("Cases: client plans are versions with goals and a review within a year", "[cases]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c = openCase(db, family);
    CaseRepository cases(db.connection(), db.worker().id);

    ClientPlan plan;
    plan.madeOn = QDate(2026, 6, 1);
    plan.participants = QStringLiteral("Eetu, Maria Virtanen, sosiaalityöntekijä");
    plan.nextReviewOn = QDate(2027, 6, 2);
    CHECK(cases.savePlan(c.id, plan).message().contains(QStringLiteral("goal")));
    plan.goals = {{QString(), QStringLiteral("Koulunkäynti sujuu"), QDate(2026, 12, 20)},
                  {QString(), QStringLiteral("Äidin jaksaminen paranee"), QDate()}};
    CHECK(cases.savePlan(c.id, plan).message().contains(QStringLiteral("year")));
    plan.nextReviewOn = QDate(2026, 12, 1);
    REQUIRE(cases.savePlan(c.id, plan).ok());
    CHECK(plan.version == 1);

    ClientPlan second = plan;
    second.id.clear();
    second.madeOn = QDate(2026, 11, 25);
    second.nextReviewOn = QDate(2027, 5, 25);
    second.goals.removeLast();
    REQUIRE(cases.savePlan(c.id, second).ok());
    CHECK(second.version == 2);

    const auto loaded = cases.find(c.id);
    REQUIRE(loaded->plans.size() == 2);
    CHECK(loaded->plans.at(0).goals.size() == 2);
    CHECK(loaded->plans.at(0).goals.at(0).targetDate == QDate(2026, 12, 20));
    CHECK(loaded->plans.at(1).goals.size() == 1);
    CHECK(loaded->stage() == CaseStage::Services);
    // The undecided initiation is still the earliest open deadline.
    CHECK(caseColumn(db, c.id, "next_deadline_kind").toString() == QLatin1String("initiation_decision"));

    // Editing a version's goals replaces them.
    ClientPlan edited = loaded->plans.at(1);
    edited.goals = {{QString(), QStringLiteral("Harrastus löytyy"), QDate(2027, 3, 1)}};
    REQUIRE(cases.savePlan(c.id, edited).ok());
    CHECK(cases.find(c.id)->plans.at(1).goals.size() == 1);
    CHECK(cases.find(c.id)->plans.at(1).goals.at(0).goal == QStringLiteral("Harrastus löytyy"));
}

TEST_CASE("Cases: a closed case has no open deadlines and cannot be closed twice", "[cases]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c = openCase(db, family);
    CaseRepository cases(db.connection(), db.worker().id);
    CHECK(cases.close(c.id, QDate(2026, 3, 5), QString()).message().contains(QStringLiteral("why")));
    REQUIRE(cases.close(c.id, QDate(2026, 3, 5), QStringLiteral("Perhe muutti toiselle paikkakunnalle.")).ok());
    CHECK(caseColumn(db, c.id, "stage").toString() == QLatin1String("closed"));
    CHECK(caseColumn(db, c.id, "next_deadline_due").isNull());
    CHECK_FALSE(cases.close(c.id, QDate(2026, 3, 6), QStringLiteral("x")).ok());
}

TEST_CASE("Persons: identity code or birth date, validated and unique", "[persons]")
{
    TestDatabase db;
    PersonRepository persons(db.connection(), db.worker().id);
    Person p;
    p.firstNames = QStringLiteral("Saga");
    p.lastName = QStringLiteral("Lindqvist");
    CHECK(persons.save(p).message().contains(QStringLiteral("birth date")));
    p.identityCode = QStringLiteral("131052-308X");
    CHECK(persons.save(p).message().contains(QStringLiteral("T")));
    p.identityCode = QStringLiteral("  131052-308t ");
    REQUIRE(persons.save(p).ok());
    CHECK(p.identityCode == QLatin1String("131052-308T"));
    CHECK(p.birthDate == QDate(1952, 10, 13));

    Person twin;
    twin.firstNames = QStringLiteral("Sara");
    twin.lastName = QStringLiteral("Lindqvist");
    twin.identityCode = QStringLiteral("131052-308T");
    CHECK(persons.save(twin).message().contains(QStringLiteral("Saga Lindqvist")));
    twin.identityCode.clear();
    twin.birthDate = Clock::today().addDays(3);
    CHECK(persons.save(twin).message().contains(QStringLiteral("future")));
    twin.birthDate = QDate(2026, 1, 2);
    twin.language = PersonLanguage::Swedish;
    REQUIRE(persons.save(twin).ok());
    CHECK(persons.find(twin.id)->language == PersonLanguage::Swedish);
}

TEST_CASE("Families: a child may belong to two households", "[families]")
{
    TestDatabase db;
    const Family first = db.addFamilyWithTwoChildren();
    FamilyRepository families(db.connection(), db.worker().id);
    Family second;
    second.name = QStringLiteral("Nieminen");
    REQUIRE(families.save(second).ok());
    Person child = first.membersWithRole(FamilyRole::Child).first();
    REQUIRE(families.addMember(second.id, child, FamilyRole::Child).ok());
    Person father;
    father.firstNames = QStringLiteral("Jari");
    father.lastName = QStringLiteral("Nieminen");
    father.birthDate = QDate(1985, 1, 1);
    REQUIRE(families.addMember(second.id, father, FamilyRole::Parent).ok());

    CHECK(families.familiesOf(child.id)->size() == 2);
    const Family loaded = *families.find(second.id);
    REQUIRE(loaded.members.size() == 2);
    CHECK(loaded.members.first().role == FamilyRole::Parent); // adults first
    REQUIRE(families.removeMember(loaded.members.last().id).ok());
    CHECK(families.find(second.id)->members.size() == 1);
    CHECK(families.familiesOf(child.id)->size() == 1);
}

TEST_CASE("Caseload: the 31st child welfare child exceeds the limit", "[caseload]")
{
    CHECK_FALSE(Caseload::exceedsLimit(30));
    CHECK(Caseload::exceedsLimit(31));
}
