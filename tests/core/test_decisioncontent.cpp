#include "catchshim.h"
#include "common/clock.h"
#include "testdatabase.h"

#include "rules/decisionrules.h"
#include "rules/serviceprovisions.h"
#include "storage/caserepository.h"
#include "storage/decisionrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/providerrepository.h"

#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
// A child welfare client with a support family measure of two days a month,
// given by the Laine family.
struct ContentFixture {
    TestDatabase db;
    ClientCase clientCase;
    Measure measure;
    Provider laine;
    DecisionRepository decisions{db.connection(), db.worker().id};

    ContentFixture()
    {
        const Family family = db.addFamilyWithTwoChildren();
        clientCase.familyId = family.id;
        clientCase.child = family.membersWithRole(FamilyRole::Child).first();
        clientCase.initiation.receivedAt = at10(QDate(2025, 11, 3));
        CaseRepository cases(db.connection(), db.worker().id);
        REQUIRE(cases.open(clientCase).ok());
        REQUIRE(cases.startChildWelfareByUrgentMeasures(clientCase.id, QDate(2025, 11, 4), db.worker().id).ok());
        laine.kind = ProviderKind::SupportFamily;
        laine.name = QStringLiteral("Laine, Anna ja Matti");
        laine.streetAddress = QStringLiteral("Koivutie 3");
        laine.postalCode = QStringLiteral("96300");
        laine.postOffice = QStringLiteral("Rovaniemi");
        REQUIRE(ProviderRepository(db.connection(), db.worker().id).save(laine).ok());
        MeasureRepository measures(db.connection(), db.worker().id);
        measure.caseId = clientCase.id;
        measure.catalogueId = measures.catalogueEntryByCode(QStringLiteral("support_family"))->id;
        measure.basis = LegalBasis::ChildWelfareAct;
        measure.start = QDate(2025, 12, 1);
        measure.plannedEnd = QDate(2026, 11, 30);
        measure.goals = QStringLiteral("Turvallinen aikuinen kodin ulkopuolella");
        measure.daysPerMonth = 2;
        measure.providerId = laine.id;
        REQUIRE(measures.save(measure).ok());
        Organisation organisation;
        organisation.boardName = QStringLiteral("Yksilöasioiden jaosto");
        organisation.registryEmail = QStringLiteral("kirjaamo@example.fi");
        organisation.registryHours = QStringLiteral("ma–pe klo 9–15");
        REQUIRE(OrganisationRepository(db.connection(), db.worker().id).save(organisation).ok());
        // Eetu's mother reads Swedish: his decisions are kept in both languages.
        test::guardiansReadSwedish(db.connection(), db.worker().id, family.id);
    }

    Decision issued(DecisionSubject subject, const QDate &issuedOn, double days = 2)
    {
        Decision d = decisions.draftFromMeasure(measure, subject);
        d.facts = QStringLiteral("Äiti on uupunut.");
        d.reasons = QStringLiteral("Tukiperhe antaa lepoa.");
        d.extent.daysPerMonth = days;
        test::recordHearing(d, issuedOn.addDays(-3));
        REQUIRE(decisions.save(d).ok());
        REQUIRE(decisions.issue(d.id, issuedOn, test::backdated()).ok());
        return *decisions.find(d.id);
    }

    QString html(const QString &decisionId, const QString &language)
    {
        const Outcome<PrintableDocument> document = decisions.document(decisionId, language);
        REQUIRE(document);
        return document->html;
    }
};

Decision withParties(const QString &parties, DecisionSubject subject, LegalBasis basis)
{
    Decision d;
    d.subject = subject;
    d.basis = basis;
    d.parties = parties;
    return d;
}
} // namespace

TEST_CASE("Decision content: the child's opinion and every party's hearing before an LSL, ending or refusing decision",
          "[decisions][hearing]")
{
    const QString parties = QStringLiteral("Eetu Virtanen (lapsi)\nMaria Virtanen (huoltaja)\n\n");
    CHECK(DecisionRules::partyLines(withParties(parties, DecisionSubject::Start, LegalBasis::ChildWelfareAct)).size() == 2);
    CHECK(DecisionRules::needsHearing(withParties(parties, DecisionSubject::Start, LegalBasis::ChildWelfareAct)));
    CHECK(DecisionRules::needsHearing(withParties(parties, DecisionSubject::End, LegalBasis::SocialWelfareAct)));
    CHECK(DecisionRules::needsHearing(withParties(parties, DecisionSubject::Refuse, LegalBasis::SocialWelfareAct)));
    CHECK_FALSE(DecisionRules::needsHearing(withParties(parties, DecisionSubject::Start, LegalBasis::SocialWelfareAct)));

    ClientCase clientCase;
    Decision d = withParties(parties, DecisionSubject::Refuse, LegalBasis::SocialWelfareAct);
    QString missing = DecisionRules::missing(d, clientCase).join(QLatin1Char(' '));
    CHECK(missing.contains(QStringLiteral("Record the child's own opinion")));
    CHECK(missing.contains(QStringLiteral("Record when and how Eetu Virtanen (lapsi) was heard")));
    CHECK(missing.contains(QStringLiteral("Record when and how Maria Virtanen (huoltaja) was heard")));
    // Found out needs the opinion and how; could not be found out needs why.
    d.childOpinion = ChildOpinion::FoundOut;
    d.childOpinionHow = QStringLiteral("Keskustelu koululla");
    CHECK(DecisionRules::missing(d, clientCase).contains(QStringLiteral("Write the child's opinion and how it was found out.")));
    d.childOpinion = ChildOpinion::CouldNotBeFoundOut;
    d.childOpinionHow.clear();
    CHECK(DecisionRules::missing(d, clientCase).contains(QStringLiteral("Write why the child's opinion could not be found out.")));
    d.childOpinionHow = QStringLiteral("Lapsi on vauva.");
    // Heard with a day and how, or not heard by an exception of HL 34 § 2 mom.
    d.hearings = {{QString(), QStringLiteral("Eetu Virtanen (lapsi)"), QDate(), QString(), HearingException::GrantedOrNeedless},
                  {QString(), QStringLiteral("Maria Virtanen (huoltaja)"), QDate(2026, 3, 1), QString(), HearingException::None}};
    missing = DecisionRules::missing(d, clientCase).join(QLatin1Char(' '));
    CHECK_FALSE(missing.contains(QStringLiteral("child's")));
    CHECK_FALSE(missing.contains(QStringLiteral("Eetu Virtanen (lapsi) was heard")));
    CHECK(missing.contains(QStringLiteral("Maria Virtanen (huoltaja) was heard"))); // a day but not how
    d.hearings[1].how = QStringLiteral("puhelimitse");
    CHECK_FALSE(DecisionRules::missing(d, clientCase).join(QLatin1Char(' ')).contains(QStringLiteral("heard")));
}

TEST_CASE("Decision content: a correction names its ground, and a detriment needs consent", "[decisions][correction]")
{
    ClientCase clientCase;
    Decision d = withParties(QStringLiteral("Maria Virtanen"), DecisionSubject::Start, LegalBasis::SocialWelfareAct);
    CHECK_FALSE(DecisionRules::missing(d, clientCase).join(QLatin1Char(' ')).contains(QStringLiteral("ground")));
    d.correctsId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    CHECK(DecisionRules::missing(d, clientCase).join(QLatin1Char(' ')).contains(QStringLiteral("ground of the correction")));
    d.correctionGround = CorrectionGround::ErrorOfFact;
    d.correctionDetriment = true;
    CHECK(DecisionRules::missing(d, clientCase).join(QLatin1Char(' ')).contains(QStringLiteral("HL 50 § 2 mom")));
    d.correctionConsent = QStringLiteral("Maria Virtanen suostui korjaukseen puhelimitse 3.3.2026.");
    const QString missing = DecisionRules::missing(d, clientCase).join(QLatin1Char(' '));
    CHECK_FALSE(missing.contains(QStringLiteral("HL 50 §")));
    CHECK_FALSE(missing.contains(QStringLiteral("ground")));
}

TEST_CASE("Decision content: an issue day long past or before the draft needs a reason", "[decisions][backdating]")
{
    const QDate today(2026, 12, 7);
    CHECK_FALSE(DecisionRules::needsBackdatingReason(today, QDate(2026, 12, 1), today));
    CHECK_FALSE(DecisionRules::needsBackdatingReason(today.addDays(-3), QDate(2026, 12, 1), today));
    CHECK(DecisionRules::needsBackdatingReason(today.addDays(-4), QDate(2026, 12, 1), today));
    CHECK(DecisionRules::needsBackdatingReason(QDate(2026, 12, 5), QDate(2026, 12, 6), today)); // before the draft

    ContentFixture f;
    Decision d = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Start);
    d.facts = QStringLiteral("Äiti on uupunut.");
    d.reasons = QStringLiteral("Tukiperhe antaa lepoa.");
    test::recordHearing(d, Clock::today().addDays(-20));
    REQUIRE(f.decisions.save(d).ok());
    const Result refused = f.decisions.issue(d.id, Clock::today().addDays(-10));
    CHECK(refused.message().contains(QStringLiteral("write why")));
    CHECK(f.decisions.find(d.id)->status == DecisionStatus::Draft);
    REQUIRE(f.decisions.issue(d.id, Clock::today().addDays(-10), QStringLiteral("Päätös tehtiin kokouksessa paperille.")).ok());
    CHECK(f.decisions.find(d.id)->backdatingReason == QStringLiteral("Päätös tehtiin kokouksessa paperille."));
    // The history keeps the reason.
    QSqlQuery history(f.db.connection());
    history.prepare(QStringLiteral("SELECT new_value FROM record_history WHERE record_id = ? AND field = 'backdating_reason'"));
    history.addBindValue(d.id);
    REQUIRE(history.exec());
    REQUIRE(history.next());
    CHECK(history.value(0).toString() == QStringLiteral("Päätös tehtiin kokouksessa paperille."));
}

TEST_CASE("Decision content: what is granted is printed, and the measure runs as decided", "[decisions][extent]")
{
    ContentFixture f;
    Decision draft = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Start);
    CHECK(draft.extent.daysPerMonth == 2);
    CHECK(draft.extent.providerId == f.laine.id);
    CHECK(draft.provisions == QStringLiteral("LSL 34 §, 36 §"));
    // An amount is required for an in-depth measure.
    draft.extent.daysPerMonth = 0;
    CHECK(f.decisions.missing(draft).join(QLatin1Char(' ')).contains(QStringLiteral("days of care a month")));

    const Decision start = f.issued(DecisionSubject::Start, QDate(2025, 11, 20), 1);
    QString fi = f.html(start.id, QStringLiteral("fi"));
    CHECK(fi.contains(QStringLiteral("Tukiperhe: <b>1 hoitovuorokausi kuukaudessa</b>")));
    CHECK(fi.contains(QStringLiteral("tukiperhe <b>Laine, Anna ja Matti</b>")));
    CHECK_FALSE(fi.contains(QStringLiteral("Koivutie"))); // never the support family's address
    CHECK(fi.contains(QStringLiteral("Palvelu on asiakkaalle maksuton (asiakasmaksulaki 4 § 4 kohta)")));
    CHECK(fi.contains(QStringLiteral("Lapsen mielipide")));
    CHECK(fi.contains(QStringLiteral("Asianosaisten kuuleminen")));
    CHECK(fi.contains(QStringLiteral("kuultu 17.11.2025, tapaamisessa toimistolla")));
    const QString sv = f.html(start.id, QStringLiteral("sv"));
    CHECK(sv.contains(QStringLiteral("Stödfamilj: <b>1 vårddygn per månad</b>")));
    CHECK(sv.contains(QStringLiteral("klientavgiftslagen 4 § 4 punkten")));
    CHECK(sv.contains(QStringLiteral("Hörande av parter")));

    // A change says what it changes, before and after, against the decision that granted it.
    Decision same = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Change);
    same.extent.daysPerMonth = 1;
    CHECK(f.decisions.missing(same).join(QLatin1Char(' ')).contains(QStringLiteral("changes nothing")));
    const Decision change = f.issued(DecisionSubject::Change, QDate(2026, 2, 2), 3);
    fi = f.html(change.id, QStringLiteral("fi"));
    CHECK(fi.contains(QStringLiteral("Muutetaan palvelua")));
    CHECK(fi.contains(QStringLiteral("Päätöksellä 2025/0001 (20.11.2025) myönnettyyn palveluun")));
    CHECK(fi.contains(QStringLiteral("<td>Hoitovuorokaudet kuukaudessa</td><td>1</td><td><b>3</b></td>")));
    CHECK(f.html(change.id, QStringLiteral("sv")).contains(QStringLiteral("<td>Vårddygn per månad</td><td>1</td><td><b>3</b></td>")));
    const Measure measure = *MeasureRepository(f.db.connection(), f.db.worker().id).find(f.measure.id);
    CHECK(measure.daysPerMonth == 3);

    // Without an issued grant there is nothing to change.
    ContentFixture fresh;
    Decision orphan = fresh.decisions.draftFromMeasure(fresh.measure, DecisionSubject::Change);
    CHECK(fresh.decisions.missing(orphan).join(QLatin1Char(' ')).contains(QStringLiteral("issue that decision first")));
}

TEST_CASE("Decision content: hearings are kept with a draft, replaced when changed, frozen once issued",
          "[decisions][hearing]")
{
    ContentFixture f;
    Decision d = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Start);
    d.facts = QStringLiteral("Äiti on uupunut.");
    d.reasons = QStringLiteral("Tukiperhe antaa lepoa.");
    test::recordHearing(d, QDate(2025, 11, 14));
    d.hearings.first().exception = HearingException::Jeopardises;
    d.hearings.first().heardOn = QDate();
    REQUIRE(f.decisions.save(d).ok());
    Decision read = *f.decisions.find(d.id);
    REQUIRE(read.hearings.size() == d.hearings.size());
    CHECK(read.hearings.first().exception == HearingException::Jeopardises);
    CHECK(read.hearings.at(1).heardOn == QDate(2025, 11, 14));
    CHECK(read.childOpinion == ChildOpinion::FoundOut);
    CHECK(read.childOpinionText == d.childOpinionText);
    CHECK(f.decisions.decisionsOfCase(f.clientCase.id)->first().hearings.size() == d.hearings.size());
    // Saving the same again writes nothing; a change archives the old rows.
    const auto rows = [&f](const QString &where) {
        QSqlQuery count(f.db.connection());
        count.exec(QStringLiteral("SELECT count(*) FROM decision_hearings WHERE %1").arg(where));
        count.next();
        return count.value(0).toInt();
    };
    REQUIRE(f.decisions.save(read).ok());
    CHECK(rows(QStringLiteral("archived_at IS NOT NULL")) == 0);
    read.hearings[1].how = QStringLiteral("kotikäynnillä");
    REQUIRE(f.decisions.save(read).ok());
    CHECK(rows(QStringLiteral("archived_at IS NOT NULL")) == int(d.hearings.size()));
    CHECK(f.decisions.find(d.id)->hearings.at(1).how == QStringLiteral("kotikäynnillä"));
    REQUIRE(f.decisions.issue(d.id, QDate(2025, 11, 20), test::backdated()).ok());
    CHECK(f.html(d.id, QStringLiteral("fi")).contains(QStringLiteral("hallintolaki 34 § 2 mom. 4 kohta")));
    QSqlQuery tamper(f.db.connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE decision_hearings SET how = 'x' WHERE decision_id = '%1'").arg(d.id)));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM decision_hearings WHERE decision_id = '%1'").arg(d.id)));
}

TEST_CASE("Decision content: a correcting decision prints its ground and the consent", "[decisions][correction]")
{
    ContentFixture f;
    const Decision start = f.issued(DecisionSubject::Start, QDate(2025, 11, 20));
    Decision correction = f.decisions.correctingDraft(start);
    CHECK(correction.correctionGround == CorrectionGround::None);
    correction.correctionGround = CorrectionGround::ErrorOfFact;
    correction.correctionDetriment = true;
    correction.correctionConsent = QStringLiteral("Maria Virtanen suostui korjaukseen 24.11.2025.");
    correction.end = QDate(2026, 10, 31);
    REQUIRE(f.decisions.save(correction).ok());
    REQUIRE(f.decisions.issue(correction.id, QDate(2025, 11, 25), test::backdated()).ok());
    const QString fi = f.html(correction.id, QStringLiteral("fi"));
    CHECK(fi.contains(QStringLiteral("korjataan päätös 2025/0001, annettu 20.11.2025, siinä olevan asiavirheen vuoksi "
                                     "(hallintolaki 50 §)")));
    CHECK(fi.contains(QStringLiteral("Maria Virtanen suostui korjaukseen 24.11.2025.")));
    CHECK(f.html(correction.id, QStringLiteral("sv")).contains(QStringLiteral("på grund av ett sakfel i det (förvaltningslagen 50 §)")));
}

TEST_CASE("Decision content: default provisions come from the service, and what is free of charge", "[decisions][provisions]")
{
    using SP = ServiceProvisions;
    CHECK(SP::forService(QStringLiteral("family_work"), LegalBasis::SocialWelfareAct) == QStringLiteral("SHL 14 §, 18 §"));
    CHECK(SP::forService(QStringLiteral("support_family"), LegalBasis::SocialWelfareAct) == QStringLiteral("SHL 14 §, 28 §"));
    CHECK(SP::forService(QStringLiteral("home_help"), LegalBasis::SocialWelfareAct) == QStringLiteral("SHL 14 §, 18 a §"));
    CHECK(SP::forService(QStringLiteral("open_care_placement"), LegalBasis::ChildWelfareAct) == QStringLiteral("LSL 34 §, 37 §"));
    CHECK(SP::forService(QStringLiteral("support_family"), LegalBasis::ChildWelfareAct) == QStringLiteral("LSL 34 §, 36 §"));
    CHECK(SP::forService(QStringLiteral("organiser_own"), LegalBasis::SocialWelfareAct) == QStringLiteral("SHL 14 §"));
    CHECK(SP::localised(QStringLiteral("LSL 34 §, SHL 14 §, HL 50 §"), QStringLiteral("sv"))
          == QStringLiteral("BSL 34 §, SVL 14 §, FvL 50 §"));
    CHECK(SP::localised(QStringLiteral("LSL 34 §"), QStringLiteral("fi")) == QStringLiteral("LSL 34 §"));
    CHECK(SP::freeOfChargePoint(QStringLiteral("support_family"), LegalBasis::ChildWelfareAct, MeasureKind::InHouse) == 4);
    CHECK(SP::freeOfChargePoint(QStringLiteral("open_care_placement"), LegalBasis::ChildWelfareAct, MeasureKind::Partner) == 0);
    CHECK(SP::freeOfChargePoint(QStringLiteral("financial_support"), LegalBasis::ChildWelfareAct, MeasureKind::Financial) == 0);
    CHECK(SP::freeOfChargePoint(QStringLiteral("social_guidance"), LegalBasis::SocialWelfareAct, MeasureKind::InHouse) == 1);
    CHECK(SP::freeOfChargePoint(QStringLiteral("home_help"), LegalBasis::SocialWelfareAct, MeasureKind::InHouse) == 0);
    // Intensified family work and family rehabilitation are child welfare measures only.
    TestDatabase db;
    MeasureRepository measures(db.connection(), db.worker().id);
    for (const QString &code : {QStringLiteral("intensified_family_work"), QStringLiteral("family_rehabilitation")}) {
        const auto entry = measures.catalogueEntryByCode(code);
        REQUIRE(entry);
        CHECK_FALSE(entry->allowsSocialWelfareAct);
        CHECK(entry->allowsChildWelfareAct);
    }
}
