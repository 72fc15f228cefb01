#include "catchshim.h"
#include "fixedclock.h"
#include "testdatabase.h"

#include "rules/decisiondates.h"
#include "rules/decisionservice.h"
#include "storage/caserepository.h"
#include "storage/clientplandocuments.h"
#include "storage/decisiondocuments.h"
#include "storage/decisionrecipients.h"
#include "storage/decisionrepository.h"
#include "storage/familyrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/worklistrepository.h"

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
Person person(const char *first, const char *last, const QDate &born, PersonLanguage language = PersonLanguage::Finnish)
{
    Person p;
    p.firstNames = QString::fromUtf8(first);
    p.lastName = QString::fromUtf8(last);
    p.birthDate = born;
    p.language = language;
    return p;
}

DecisionRecipient named(const QList<DecisionRecipient> &recipients, const QString &name)
{
    for (const DecisionRecipient &r : recipients) {
        if (r.name == name)
            return r;
    }
    FAIL("no recipient " << name.toStdString());
    return {};
}

DecisionRecipient sentBy(NotificationMethod method, const QDate &sentOn, const QDate &receivedOn = {})
{
    DecisionRecipient r;
    r.name = QStringLiteral("Maria Virtanen");
    r.method = method;
    r.sentOn = sentOn;
    r.receivedOn = receivedOn;
    return r;
}

// Oskar (13) with his mother Maria (Finnish) and his father Johan (Swedish,
// living elsewhere); a support family under the Child Welfare Act from 1.6.2026.
struct ServiceFixture {
    TestDatabase db;
    ClientCase clientCase;
    Measure measure;
    DecisionRepository decisions{db.connection(), db.worker().id};
    DecisionRecipients recipients{db.connection(), db.worker().id};
    DecisionDocuments documents{db.connection(), db.worker().id};

    ServiceFixture()
    {
        FamilyRepository families(db.connection(), db.worker().id);
        Family family;
        family.name = QStringLiteral("Virtanen");
        REQUIRE(families.save(family).ok());
        Person maria = person("Maria", "Virtanen", QDate(1985, 3, 1));
        maria.streetAddress = QStringLiteral("Koulukatu 5 B 7");
        maria.postalCode = QStringLiteral("96100");
        maria.postOffice = QStringLiteral("Rovaniemi");
        Person johan = person("Johan", "Berg", QDate(1983, 8, 8), PersonLanguage::Swedish);
        johan.streetAddress = QStringLiteral("Rantatie 12");
        johan.postalCode = QStringLiteral("96300");
        johan.postOffice = QStringLiteral("Rovaniemi");
        Person oskar = person("Oskar", "Virtanen", QDate(2013, 5, 5));
        oskar.streetAddress = maria.streetAddress;
        oskar.postalCode = maria.postalCode;
        oskar.postOffice = maria.postOffice;
        REQUIRE(families.addMember(family.id, maria, FamilyRole::Guardian).ok());
        REQUIRE(families.addMember(family.id, johan, FamilyRole::Guardian).ok());
        REQUIRE(families.addMember(family.id, oskar, FamilyRole::Child).ok());
        clientCase.familyId = family.id;
        clientCase.child = oskar;
        clientCase.responsibleWorkerId = db.worker().id;
        clientCase.initiation.receivedAt = at10(QDate(2026, 4, 1));
        CaseRepository cases(db.connection(), db.worker().id);
        REQUIRE(cases.open(clientCase).ok());
        REQUIRE(cases.startChildWelfareByUrgentMeasures(clientCase.id, QDate(2026, 4, 2), db.worker().id).ok());
        MeasureRepository measures(db.connection(), db.worker().id);
        measure.caseId = clientCase.id;
        measure.catalogueId = measures.catalogueEntryByCode(QStringLiteral("support_family"))->id;
        measure.basis = LegalBasis::ChildWelfareAct;
        measure.start = QDate(2026, 6, 1);
        measure.plannedEnd = QDate(2026, 12, 31);
        measure.goals = QStringLiteral("Oskarilla on turvallinen aikuinen kodin ulkopuolella");
        measure.daysPerMonth = 2;
        REQUIRE(measures.save(measure).ok());
        setOrganisation(QStringLiteral("Yksilöasioiden jaosto"), QStringLiteral("Sektionen för individärenden"));
    }

    void setOrganisation(const QString &board, const QString &boardSv)
    {
        Organisation o;
        o.organiser = QStringLiteral("Lapin hyvinvointialue");
        o.organiserSv = QStringLiteral("Lapplands välfärdsområde");
        o.boardName = board;
        o.boardNameSv = boardSv;
        o.registryAddress = QStringLiteral("PL 8215, 96101 Rovaniemi");
        o.registryHours = QStringLiteral("ma–pe 9–15");
        REQUIRE(OrganisationRepository(db.connection(), db.worker().id).save(o).ok());
    }

    Decision issue(const QDate &issuedOn)
    {
        Decision d = decisions.draftFromMeasure(measure, DecisionSubject::Start);
        d.facts = QStringLiteral("Äiti on uupunut.");
        d.reasons = QStringLiteral("Tukiperhe antaa lepoa.");
        test::recordHearing(d, issuedOn.addDays(-3));
        REQUIRE(decisions.save(d).ok());
        REQUIRE(decisions.issue(d.id, issuedOn, test::backdated()).ok());
        return *decisions.find(d.id);
    }

    int unsentItems()
    {
        const QList<WorkItem> items = WorklistRepository(db.connection(), db.worker().id).items(db.worker().id,
                                                                                                 Clock::today());
        return int(std::count_if(items.cbegin(), items.cend(),
                                 [](const WorkItem &i) { return i.kind == WorkKind::DecisionUnsent; }));
    }
};
} // namespace

TEST_CASE("Decision service: each guardian, and the child old enough under the decision's law", "[decisions][service]")
{
    const Person child = person("Oskar", "Virtanen", QDate(2014, 6, 1));
    const QList<Person> guardians{person("Maria", "Virtanen", QDate(1985, 3, 1)),
                                  person("Johan", "Berg", QDate(1983, 8, 8), PersonLanguage::Swedish)};
    Decision d;
    d.id = QStringLiteral("decision");
    d.basis = LegalBasis::ChildWelfareAct;
    d.issuedOn = QDate(2026, 6, 1); // Oskar's 12th birthday
    QList<DecisionRecipient> served = DecisionService::recipientsFor(d, child, guardians);
    REQUIRE(served.size() == 3);
    CHECK(served.at(0).name == QStringLiteral("Oskar Virtanen"));
    CHECK(served.at(0).role == RecipientRole::Child);
    CHECK(served.at(2).language == QStringLiteral("sv"));
    CHECK(served.at(2).position == 2);
    CHECK(DecisionService::languages(served, QStringLiteral("fi")) == QStringList{QStringLiteral("fi"), QStringLiteral("sv")});
    // The day before, and under the Social Welfare Act until 15: the guardians only.
    d.issuedOn = QDate(2026, 5, 31);
    CHECK(DecisionService::recipientsFor(d, child, guardians).size() == 2);
    d.issuedOn = QDate(2026, 6, 1);
    d.basis = LegalBasis::SocialWelfareAct;
    CHECK(DecisionService::recipientsFor(d, child, guardians).size() == 2);

    Person home = guardians.first();
    home.streetAddress = QStringLiteral("Koulukatu 5 B 7");
    home.postalCode = QStringLiteral("96100");
    home.postOffice = QStringLiteral("Rovaniemi");
    CHECK(DecisionService::addressLines(home)
          == QStringList{QStringLiteral("Maria Virtanen"), QStringLiteral("Koulukatu 5 B 7"), QStringLiteral("96100 ROVANIEMI")});
}

TEST_CASE("Decision service: own last days, final once every one has passed, a request stops it", "[decisions][service]")
{
    using M = NotificationMethod;
    // A letter sent on Mon 1.6.2026 counts as received on 8.6.: the last day is Wed 8.7.
    const DecisionRecipient letter = sentBy(M::Letter, QDate(2026, 6, 1));
    CHECK(DecisionDates::lastDayForReview(letter) == QDate(2026, 7, 8));
    // Against a receipt: nothing until the receipt; received Sat 4.6.? the day on it counts.
    const DecisionRecipient waiting = sentBy(M::Verifiable, QDate(2026, 6, 1));
    CHECK_FALSE(DecisionDates::lastDayForReview(waiting).isValid());
    // Received Thu 4.6.: 30 days is Sat 4.7., so Mon 6.7.
    const DecisionRecipient receipt = sentBy(M::Verifiable, QDate(2026, 6, 1), QDate(2026, 6, 4));
    CHECK(DecisionDates::lastDayForReview(receipt) == QDate(2026, 7, 6));

    DecisionRecipient unsent;
    CHECK(DecisionService::state({letter, unsent}, QDate(2026, 6, 10)).stage == DecisionService::Stage::NotServed);
    CHECK(DecisionService::state({letter, unsent}, QDate(2026, 6, 10)).unsent == 1);
    CHECK(DecisionService::state({letter, waiting}, QDate(2026, 6, 10)).stage == DecisionService::Stage::NotServed);
    CHECK(DecisionService::state({letter, waiting}, QDate(2026, 6, 10)).unsent == 0);
    const DecisionService::State running = DecisionService::state({letter, receipt}, QDate(2026, 7, 8));
    CHECK(running.stage == DecisionService::Stage::Running);
    CHECK(running.lastDay == QDate(2026, 7, 8)); // the later of the two
    const DecisionService::State final = DecisionService::state({letter, receipt}, QDate(2026, 7, 9));
    CHECK(final.stage == DecisionService::Stage::Final);
    CHECK(final.finalFrom == QDate(2026, 7, 9));
    CHECK(DecisionService::describe(final).contains(QStringLiteral("9.7.2026")));
    DecisionRecipient asked = receipt;
    asked.reviewRequestedOn = QDate(2026, 6, 20);
    CHECK(DecisionService::state({letter, asked}, QDate(2026, 8, 1)).stage == DecisionService::Stage::ReviewRequested);
    CHECK(DecisionService::state({}, QDate(2026, 8, 1)).stage == DecisionService::Stage::NotServed);
    // No recipients is said as such, never as "sent to everyone".
    CHECK(DecisionService::describe(DecisionService::state({}, QDate(2026, 8, 1))).contains(QStringLiteral("No recipients")));

    const DecisionRecipient nobody;
    Decision issued;
    issued.status = DecisionStatus::Issued;
    issued.issuedOn = QDate(2026, 6, 1);
    const QDate today(2026, 6, 10);
    CHECK_FALSE(DecisionService::checkSending(issued, nobody, M::Letter, QDate(2026, 5, 31), {}, today).ok()); // before issue
    CHECK_FALSE(DecisionService::checkSending(issued, nobody, M::Letter, QDate(2026, 6, 11), {}, today).ok()); // future
    CHECK_FALSE(DecisionService::checkSending(issued, nobody, M::InPerson, QDate(2026, 6, 2), QDate(2026, 6, 3), today).ok());
    CHECK_FALSE(DecisionService::checkSending(issued, nobody, M::Verifiable, QDate(2026, 6, 2), QDate(2026, 6, 1), today).ok());
    CHECK(DecisionService::checkSending(issued, nobody, M::Verifiable, QDate(2026, 6, 2), QDate(2026, 6, 4), today).ok());
    // Who asked for review had it already: a sending after that is not recorded.
    DecisionRecipient asking = sentBy(M::Letter, QDate(2026, 6, 2));
    asking.reviewRequestedOn = QDate(2026, 6, 5);
    CHECK(DecisionService::checkSending(issued, asking, M::Letter, QDate(2026, 6, 8), {}, today).message()
              .contains(QStringLiteral("asked for review on 5.6.2026")));
    CHECK(DecisionService::checkSending(issued, asking, M::Letter, QDate(2026, 6, 3), {}, today).ok());
    issued.status = DecisionStatus::Draft;
    CHECK_FALSE(DecisionService::checkSending(issued, nobody, M::Letter, QDate(2026, 6, 2), {}, today).ok());
}

TEST_CASE("Decision service: kept as issued in each recipient's language, a copy of their own for each",
          "[decisions][service]")
{
    const test::FixedClock clock(QDateTime(QDate(2026, 6, 10), QTime(12, 0)));
    ServiceFixture f;
    const Decision d = f.issue(QDate(2026, 6, 1));
    const QList<DecisionRecipient> served = f.recipients.ofDecision(d.id).value();
    REQUIRE(served.size() == 3); // Oskar (13) and each guardian
    CHECK(served.at(0).name == QStringLiteral("Oskar Virtanen"));
    const DecisionRecipient oskar = served.at(0);
    const DecisionRecipient maria = named(served, QStringLiteral("Maria Virtanen"));
    DecisionRecipient johan = named(served, QStringLiteral("Johan Berg"));
    CHECK(johan.language == QStringLiteral("sv"));
    CHECK(maria.language == QStringLiteral("fi"));
    CHECK(*f.documents.languages(d.id) == QStringList{QStringLiteral("fi"), QStringLiteral("sv")});
    CHECK(f.unsentItems() == 1);

    // Kept as issued: today's settings do not reach an issued decision.
    const QString swedish = f.decisions.document(d.id, QStringLiteral("sv"))->html;
    CHECK(swedish.contains(QStringLiteral("Sektionen för individärenden")));
    CHECK(swedish.contains(QStringLiteral("Lapplands välfärdsområde")));
    CHECK(swedish.contains(QStringLiteral("Oskar Virtanen, som har fyllt 12 år")));
    CHECK(f.decisions.document(d.id, QStringLiteral("fi"))->html.contains(QStringLiteral("Yksilöasioiden jaosto")));
    f.setOrganisation(QStringLiteral("Uusi jaosto"), QStringLiteral("Ny sektion"));
    CHECK(f.decisions.document(d.id, QStringLiteral("sv"))->html == swedish);

    // A copy is printed once the sending is recorded: the recipient's own last day is on it.
    CHECK(f.documents.recipientCopy(d, johan).message().contains(QStringLiteral("Record first")));
    REQUIRE(f.recipients.recordSending(johan.id, NotificationMethod::Letter, QDate(2026, 6, 1)).ok());
    REQUIRE(f.recipients.recordSending(maria.id, NotificationMethod::InPerson, QDate(2026, 6, 2)).ok());
    CHECK(f.unsentItems() == 1); // Oskar's is still to send
    johan = *f.recipients.find(johan.id);
    CHECK(johan.address == QStringLiteral("Johan Berg\nRantatie 12\n96300 ROVANIEMI"));
    const QString johansCopy = f.documents.recipientCopy(d, johan)->html;
    CHECK(johansCopy.indexOf(QStringLiteral("Rantatie 12")) < johansCopy.indexOf(QStringLiteral("BESLUT")));
    CHECK(johansCopy.contains(QStringLiteral("senast 8.7.2026")));
    CHECK(johansCopy.contains(QStringLiteral("Sektionen för individärenden"))); // as issued
    CHECK_FALSE(johansCopy.contains(QStringLiteral("Koulukatu"))); // nobody else's address
    const QString mariasCopy = f.documents.recipientCopy(d, *f.recipients.find(maria.id))->html;
    CHECK(mariasCopy.contains(QStringLiteral("viimeistään 2.7.2026")));
    CHECK(mariasCopy.contains(QStringLiteral("Koulukatu 5 B 7")));

    // Oskar's against a receipt: no unsent work, but not final before the receipt.
    REQUIRE(f.recipients.recordSending(oskar.id, NotificationMethod::Verifiable, QDate(2026, 6, 3)).ok());
    CHECK(f.unsentItems() == 0);
    CHECK(DecisionService::state(*f.recipients.ofDecision(d.id), Clock::today()).stage
          == DecisionService::Stage::NotServed);
    CHECK_FALSE(f.recipients.recordReceipt(oskar.id, QDate(2026, 6, 2)).ok()); // before it was sent
    REQUIRE(f.recipients.recordReceipt(oskar.id, QDate(2026, 6, 5)).ok());
    const DecisionService::State state = DecisionService::state(*f.recipients.ofDecision(d.id), Clock::today());
    CHECK(state.stage == DecisionService::Stage::Running);
    CHECK(state.lastDay == QDate(2026, 7, 8)); // Johan's letter is the last to run out

    // Maria asks for review: the decision is not final.
    CHECK_FALSE(f.recipients.recordReviewRequest(maria.id, QDate(2026, 6, 11)).ok()); // not yet
    REQUIRE(f.recipients.recordReviewRequest(maria.id, QDate(2026, 6, 9)).ok());
    CHECK(DecisionService::state(*f.recipients.ofDecision(d.id), QDate(2026, 8, 1)).stage
          == DecisionService::Stage::ReviewRequested);
}

TEST_CASE("Decision service: an issued decision is printed only in a language it was issued in", "[decisions][service]")
{
    const test::FixedClock clock(QDateTime(QDate(2026, 6, 10), QTime(12, 0)));
    ServiceFixture f;
    // Johan reads Finnish after all: nobody is served in Swedish.
    const Family family = FamilyRepository(f.db.connection(), f.db.worker().id).find(f.clientCase.familyId).value();
    for (const FamilyMember &member : family.members) {
        Person p = member.person;
        p.language = PersonLanguage::Finnish;
        REQUIRE(PersonRepository(f.db.connection(), f.db.worker().id).save(p).ok());
    }
    const Decision d = f.issue(QDate(2026, 6, 1));
    CHECK(*f.documents.languages(d.id) == QStringList{QStringLiteral("fi")});
    const Outcome<PrintableDocument> swedish = f.decisions.document(d.id, QStringLiteral("sv"));
    REQUIRE(swedish.isFailed());
    CHECK(swedish.message().contains(QStringLiteral("issued in Finnish")));
    CHECK(f.decisions.document(d.id)->language == QStringLiteral("fi"));
    // A draft is rendered in either language from today's data.
    Decision draft = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Change);
    REQUIRE(f.decisions.save(draft).ok());
    CHECK(f.decisions.document(draft.id, QStringLiteral("sv"))->html.contains(QStringLiteral("Lapplands välfärdsområde")));
}

TEST_CASE("Decision service: the client plan lists the measures a decision grants", "[decisions][plans]")
{
    const test::FixedClock clock(QDateTime(QDate(2026, 6, 10), QTime(12, 0)));
    ServiceFixture f;
    CaseRepository cases(f.db.connection(), f.db.worker().id);
    ClientPlan plan;
    plan.madeOn = QDate(2026, 5, 20);
    plan.participants = QStringLiteral("Oskar, Maria Virtanen, sosiaalityöntekijä");
    plan.nextReviewOn = QDate(2026, 11, 20);
    plan.goals = {{QString(), QStringLiteral("Oskarilla on turvallinen aikuinen"), QDate(2026, 12, 31)}};
    plan.childOpinion = QStringLiteral("Oskar haluaa käydä tukiperheessä, jossa on koira.");
    plan.childOpinionHow = QStringLiteral("Keskustelu kahden kesken koululla");
    plan.guardiansViews = QStringLiteral("Äiti toivoo lepoa viikonloppuisin.");
    plan.differingViews = QStringLiteral("Isä toivoisi tukiperheen Vaasasta.");
    REQUIRE(cases.savePlan(f.clientCase.id, plan).ok());
    // The child's opinion and the guardians' views are kept apart from the differing views.
    const ClientPlan kept = cases.find(f.clientCase.id)->plans.first();
    CHECK(kept.childOpinion == plan.childOpinion);
    CHECK(kept.childOpinionHow == plan.childOpinionHow);
    CHECK(kept.guardiansViews == plan.guardiansViews);
    CHECK(kept.differingViews == plan.differingViews);
    ClientPlanDocuments documents(f.db.connection(), f.db.worker().id);
    // Awaiting its decision, the support family is not yet in the plan's list.
    CHECK_FALSE(documents.document(plan.id, QStringLiteral("fi"))->html.contains(QStringLiteral("Päätetyt palvelut")));
    const Decision d = f.issue(QDate(2026, 6, 1));
    const QString fi = documents.document(plan.id, QStringLiteral("fi"))->html;
    CHECK(fi.contains(QStringLiteral("Päätetyt palvelut ja tukitoimet")));
    CHECK(fi.contains(QStringLiteral("<h2 style=\"font-size: 13pt;\">Lapsen mielipide</h2>")));
    CHECK(fi.contains(QStringLiteral("Oskar haluaa käydä tukiperheessä")));
    CHECK(fi.contains(QStringLiteral("Keskustelu kahden kesken koululla")));
    CHECK(fi.contains(QStringLiteral("Huoltajien näkemykset")));
    CHECK(fi.indexOf(QStringLiteral("Äiti toivoo lepoa")) < fi.indexOf(QStringLiteral("Isä toivoisi")));
    CHECK(fi.contains(QStringLiteral("<td>1.6.2026 – 31.12.2026</td><td>%1</td>").arg(d.number)));
    const QString sv = documents.document(plan.id, QStringLiteral("sv"))->html;
    CHECK(sv.contains(QStringLiteral("Beslutade tjänster och stödåtgärder")));
    CHECK(sv.contains(QStringLiteral("Stödfamilj")));
    CHECK(sv.contains(QStringLiteral("Barnets åsikt")));
    CHECK(sv.contains(QStringLiteral("Vårdnadshavarnas synpunkter")));
}
