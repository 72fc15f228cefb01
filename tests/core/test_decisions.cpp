#include "catchshim.h"
#include "common/clock.h"
#include "testdatabase.h"

#include "documents/decisiondocument.h"
#include "documents/templaterenderer.h"
#include "rules/appealinstructions.h"
#include "rules/decisiondates.h"
#include "rules/decisionrules.h"
#include "storage/caserepository.h"
#include "storage/decisionrecipients.h"
#include "storage/decisionrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

TEST_CASE("Decisions: notification and the last day for a request for review", "[decisions][dates]")
{
    using M = NotificationMethod;
    CHECK(DecisionDates::notificationReceived(M::Letter, QDate(2026, 3, 13)) == QDate(2026, 3, 20));
    CHECK(DecisionDates::notificationReceived(M::Electronic, QDate(2026, 3, 13)) == QDate(2026, 3, 16));
    CHECK(DecisionDates::notificationReceived(M::InPerson, QDate(2026, 3, 13)) == QDate(2026, 3, 13));
    // Letter on Fri 13.3.: received Fri 20.3., +30 = Sun 19.4. → Mon 20.4.
    CHECK(DecisionDates::lastDayForReview(M::Letter, QDate(2026, 3, 13)) == QDate(2026, 4, 20));
    // In person on 4.3.: +30 = Good Friday 3.4.2026 → over Easter to Tue 7.4.
    CHECK(DecisionDates::lastDayForReview(M::InPerson, QDate(2026, 3, 4)) == QDate(2026, 4, 7));
    // Electronic on 22.11.: received 25.11., +30 = Christmas Day (Fri) → Mon 28.12.2026.
    CHECK(DecisionDates::lastDayForReview(M::Electronic, QDate(2026, 11, 22)) == QDate(2026, 12, 28));
    // Letter on 20.11.: received 27.11., +30 = Sun 27.12. → Mon 28.12.
    CHECK(DecisionDates::lastDayForReview(M::Letter, QDate(2026, 11, 20)) == QDate(2026, 12, 28));
    // Electronic on 29.11.: received 2.12., +30 = New Year's Day (Fri) → Mon 4.1.2027.
    CHECK(DecisionDates::lastDayForReview(M::Electronic, QDate(2026, 11, 29)) == QDate(2027, 1, 4));
    // A working day stays: in person on Tue 2.6. → Thu 2.7.
    CHECK(DecisionDates::lastDayForReview(M::InPerson, QDate(2026, 6, 2)) == QDate(2026, 7, 2));
    CHECK_FALSE(DecisionDates::lastDayForReview(M::Letter, QDate()).isValid());
}

namespace {
struct DecisionFixture {
    TestDatabase db;
    ClientCase clientCase;
    Measure measure;
    DecisionRepository decisions{db.connection(), db.worker().id};

    DecisionFixture()
    {
        const Family family = db.addFamilyWithTwoChildren();
        clientCase.familyId = family.id;
        clientCase.child = family.membersWithRole(FamilyRole::Child).first();
        clientCase.initiation.receivedAt = at10(QDate(2025, 11, 3));
        CaseRepository cases(db.connection(), db.worker().id);
        REQUIRE(cases.open(clientCase).ok());
        REQUIRE(cases.startChildWelfareByUrgentMeasures(clientCase.id, QDate(2025, 11, 4), db.worker().id).ok());
        MeasureRepository measures(db.connection(), db.worker().id);
        measure.caseId = clientCase.id;
        measure.catalogueId = measures.catalogueEntryByCode(QStringLiteral("support_family"))->id;
        measure.basis = LegalBasis::ChildWelfareAct;
        measure.start = QDate(2025, 12, 1);
        measure.plannedEnd = QDate(2026, 11, 30);
        measure.goals = QStringLiteral("Turvallinen aikuinen kodin ulkopuolella");
        REQUIRE(measures.save(measure).ok());
        Organisation organisation;
        organisation.boardName = QStringLiteral("Yksilöasioiden jaosto");
        organisation.registryEmail = QStringLiteral("kirjaamo@example.fi");
        organisation.registryHours = QStringLiteral("ma–pe klo 9–15");
        REQUIRE(OrganisationRepository(db.connection(), db.worker().id).save(organisation).ok());
    }

    Decision completeDraft(DecisionSubject subject = DecisionSubject::Start)
    {
        Decision d = decisions.draftFromMeasure(measure, subject);
        d.facts = QStringLiteral("Äiti on uupunut; lapsi hyötyy tukiperheestä.");
        d.reasons = QStringLiteral("Tukiperhe tukee lapsen kasvua ja vanhemman jaksamista.");
        test::recordHearing(d, QDate(2025, 11, 10));
        REQUIRE(decisions.save(d).ok());
        return d;
    }
};
} // namespace

TEST_CASE("Decisions: a draft from a measure says what is missing, in words", "[decisions]")
{
    DecisionFixture f;
    Decision d = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Start);
    CHECK(d.start == QDate(2025, 12, 1));
    CHECK(d.end == QDate(2026, 11, 30));
    CHECK(d.goal == f.measure.goals);
    CHECK(d.decisionMakerId == f.db.worker().id);
    CHECK(d.parties.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(d.parties.contains(QStringLiteral("Maria Virtanen (huoltaja)"))); // in the document's language, Finnish
    CHECK(d.provisions == QStringLiteral("LSL 34 §, 36 §"));
    {
        // For a Swedish-speaking child the pre-filled text is Swedish.
        Person child = f.clientCase.child;
        child.language = PersonLanguage::Swedish;
        REQUIRE(PersonRepository(f.db.connection(), f.db.worker().id).save(child).ok());
        const Decision swedish = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Start);
        CHECK(swedish.parties.contains(QStringLiteral("Maria Virtanen (vårdnadshavare)")));
        CHECK(swedish.parties.contains(QStringLiteral("(barn)")));
        CHECK(swedish.provisions == QStringLiteral("BSL 34 §, 36 §"));
        child.language = PersonLanguage::Finnish;
        REQUIRE(PersonRepository(f.db.connection(), f.db.worker().id).save(child).ok());
    }
    CHECK(d.contactPerson.startsWith(QStringLiteral("Aino Sosiaalinen")));
    test::recordHearing(d, QDate(2025, 11, 10));
    QStringList missing = f.decisions.missing(d);
    CHECK(missing.size() == 2); // facts and reasons
    d.end = QDate();
    missing = f.decisions.missing(d);
    CHECK(missing.join(QLatin1Char(' ')).contains(QStringLiteral("always fixed-term")));
    // Any worker with the authority to decide may decide, a substitute too (said so);
    // a worker without it may not.
    const Worker substitute = f.db.addWorker(QStringLiteral("Sanna"), QStringLiteral("Sijainen"));
    d.end = QDate(2026, 11, 30);
    d.decisionMakerId = substitute.id;
    CHECK_FALSE(f.decisions.missing(d).join(QLatin1Char(' ')).contains(QStringLiteral("authority")));
    const ClientCase stored = *CaseRepository(f.db.connection(), f.db.worker().id).find(f.clientCase.id);
    CHECK(DecisionRules::isBySubstitute(d, stored));
    d.decisionMakerId = f.db.worker().id;
    CHECK_FALSE(DecisionRules::isBySubstitute(d, stored));
    Worker counsellor = f.db.addWorker(QStringLiteral("Olli"), QStringLiteral("Ohjaaja"));
    counsellor.profession = Profession::SocialCounsellor;
    counsellor.decisionAuthority = false;
    REQUIRE(WorkerRepository(f.db.connection(), f.db.worker().id).save(counsellor).ok());
    d.decisionMakerId = counsellor.id;
    CHECK(f.decisions.missing(d).join(QLatin1Char(' ')).contains(
        QStringLiteral("Olli Ohjaaja has no authority to make decisions")));
    const Worker read = *WorkerRepository(f.db.connection(), f.db.worker().id).find(counsellor.id);
    CHECK(read.profession == Profession::SocialCounsellor);
    CHECK_FALSE(read.decisionAuthority);
}

TEST_CASE("Decisions: issuing numbers per year, freezes, and starts the measure", "[decisions]")
{
    DecisionFixture f;
    Decision incomplete = f.decisions.draftFromMeasure(f.measure, DecisionSubject::Start);
    REQUIRE(f.decisions.save(incomplete).ok());
    CHECK(f.decisions.issue(incomplete.id, QDate(2025, 11, 20), test::backdated()).message().contains(QStringLiteral("reasons")));

    Decision first = f.completeDraft();
    first.start = QDate(2025, 12, 2);
    REQUIRE(f.decisions.save(first).ok());
    CHECK_FALSE(f.decisions.issue(first.id, Clock::today().addDays(1)).ok()); // not in the future
    REQUIRE(f.decisions.issue(first.id, QDate(2025, 11, 20), test::backdated()).ok());
    Decision second = f.completeDraft(DecisionSubject::Change);
    second.extent.daysPerMonth = 3; // what the change changes
    REQUIRE(f.decisions.save(second).ok());
    REQUIRE(f.decisions.issue(second.id, QDate(2026, 1, 15), test::backdated()).ok());
    Decision third = f.completeDraft(DecisionSubject::Continue);
    REQUIRE(f.decisions.issue(third.id, QDate(2026, 3, 2), test::backdated()).ok());
    CHECK(f.decisions.find(first.id)->number == QLatin1String("2025/0001"));
    CHECK(f.decisions.find(second.id)->number == QLatin1String("2026/0001"));
    CHECK(f.decisions.find(third.id)->number == QLatin1String("2026/0002"));

    // The start decision started the measure on its start date.
    const Measure started = *MeasureRepository(f.db.connection(), f.db.worker().id).find(f.measure.id);
    CHECK(started.start == QDate(2025, 12, 2));
    CHECK(started.decisionId == third.id);

    // Frozen: the repository refuses, and so does the database itself.
    Decision changed = *f.decisions.find(first.id);
    changed.reasons = QStringLiteral("Toinen perustelu");
    CHECK(f.decisions.save(changed).message().contains(QStringLiteral("2025/0001")));
    QSqlQuery tamper(f.db.connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE decisions SET reasons = 'x' WHERE id = '%1'").arg(first.id)));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM decisions WHERE id = '%1'").arg(first.id)));
    CHECK(f.decisions.find(first.id)->reasons.startsWith(QStringLiteral("Tukiperhe")));
    const QJsonObject frozen = QJsonDocument::fromJson(f.decisions.frozenContent(first.id)).object();
    CHECK(frozen.value(QStringLiteral("number")).toString() == QLatin1String("2025/0001"));
    CHECK(frozen.value(QStringLiteral("start_on")).toString() == QLatin1String("2025-12-02"));
    CHECK(frozen.value(QStringLiteral("appeal_instructions")).toString().contains(QStringLiteral("Yksilöasioiden jaosto")));
    CHECK(f.decisions.issue(first.id, QDate(2025, 11, 21)).message().contains(QStringLiteral("already")));

    // A correction is a new decision that names the one it corrects.
    Decision correction = f.decisions.correctingDraft(*f.decisions.find(first.id));
    CHECK(correction.id.isEmpty());
    CHECK(correction.correctsId == first.id);
    CHECK(correction.status == DecisionStatus::Draft);
    REQUIRE(f.decisions.save(correction).ok());
    CHECK(f.decisions.decisionsOfCase(f.clientCase.id)->size() == 5);
}

TEST_CASE("Decisions: an end decision ends the measure and is served on the guardian", "[decisions]")
{
    DecisionFixture f;
    Decision end = f.completeDraft(DecisionSubject::End);
    end.end = QDate(2026, 6, 30);
    end.start = QDate(2026, 6, 1);
    REQUIRE(f.decisions.save(end).ok());
    DecisionRecipients recipients(f.db.connection(), f.db.worker().id);
    CHECK(recipients.ofDecision(end.id)->isEmpty()); // a draft is served on nobody
    REQUIRE(f.decisions.issue(end.id, QDate(2026, 6, 1), test::backdated()).ok());
    const Measure ended = *MeasureRepository(f.db.connection(), f.db.worker().id).find(f.measure.id);
    CHECK(ended.endedOn == QDate(2026, 6, 30));
    // Eetu is 10: only his guardian is served, in her own right.
    const QList<DecisionRecipient> served = recipients.ofDecision(end.id).value();
    REQUIRE(served.size() == 1);
    CHECK(served.first().name == QStringLiteral("Maria Virtanen"));
    CHECK(served.first().role == RecipientRole::Guardian);
    CHECK_FALSE(served.first().isSent());
    CHECK_FALSE(recipients.recordSending(served.first().id, NotificationMethod::Letter, QDate(2026, 5, 31)).ok());
    REQUIRE(recipients.recordSending(served.first().id, NotificationMethod::Letter, QDate(2026, 6, 1)).ok());
    const DecisionRecipient sent = *recipients.find(served.first().id);
    CHECK(sent.sentOn == QDate(2026, 6, 1));
    CHECK(DecisionDates::lastDayForReview(sent) == QDate(2026, 7, 8));
}

TEST_CASE("Decisions: a refusal without a period is issued and refuses the measure", "[decisions]")
{
    DecisionFixture f;
    Decision refusal = f.completeDraft(DecisionSubject::Refuse);
    refusal.start = QDate();
    refusal.end = QDate();
    REQUIRE(f.decisions.save(refusal).ok());
    REQUIRE(f.decisions.issue(refusal.id, QDate(2025, 11, 28), test::backdated()).ok());
    const Decision issued = *f.decisions.find(refusal.id);
    CHECK(issued.status == DecisionStatus::Issued);
    CHECK(issued.end == QDate(2025, 11, 28)); // kept as the day of issue, never printed
    CHECK(MeasureRepository(f.db.connection(), f.db.worker().id).find(f.measure.id)->status == MeasureStatus::Refused);
    const Outcome<PrintableDocument> printed = f.decisions.document(refusal.id, QStringLiteral("fi"));
    REQUIRE(printed);
    CHECK(printed->html.contains(QStringLiteral("Ei myönnetä palvelua")));
    CHECK_FALSE(printed->html.contains(QStringLiteral("ajalle")));
}

TEST_CASE("Decisions: appeal instructions name the board, the time and who may ask", "[decisions]")
{
    Organisation organisation;
    CHECK_FALSE(AppealInstructions::missingSettings(organisation).isEmpty());
    organisation.boardName = QStringLiteral("Jaosto");
    organisation.registryAddress = QStringLiteral("PL 200, 96101 Rovaniemi");
    CHECK_FALSE(AppealInstructions::missingSettings(organisation).isEmpty()); // by when on the last day?
    organisation.registryHours = QStringLiteral("ma–pe klo 9–15");
    CHECK(AppealInstructions::missingSettings(organisation).isEmpty());
    Person child;
    child.firstNames = QStringLiteral("Eetu");
    child.lastName = QStringLiteral("Virtanen");
    child.birthDate = QDate(2014, 6, 1);
    const QString twelve = AppealInstructions::text(organisation, child, LegalBasis::ChildWelfareAct, QDate(2026, 6, 1));
    CHECK(twelve.contains(QStringLiteral("authority: Jaosto.")));
    CHECK(twelve.contains(QStringLiteral("registry: PL 200, 96101 Rovaniemi (open ma–pe klo 9–15)")));
    CHECK(twelve.contains(QStringLiteral("sender's own risk")));
    CHECK(twelve.contains(QStringLiteral("30 days")));
    CHECK(twelve.contains(QStringLiteral("Each guardian may make the request on their own")));
    CHECK(twelve.contains(QStringLiteral("Eetu Virtanen, who is 12 or older")));
    CHECK(twelve.contains(QStringLiteral("Midsummer Eve or a Saturday")));
    const QString eleven = AppealInstructions::text(organisation, child, LegalBasis::ChildWelfareAct, QDate(2026, 5, 31));
    CHECK_FALSE(eleven.contains(QStringLiteral("Eetu")));
    CHECK(eleven.contains(QStringLiteral("Each guardian may make the request on their own.")));
}

TEST_CASE("Decisions: a child's own right to ask for review follows the law of the decision", "[decisions][appeal]")
{
    Person child;
    child.firstNames = QStringLiteral("Eetu");
    child.lastName = QStringLiteral("Virtanen");
    child.birthDate = QDate(2012, 3, 10);
    const Organisation organisation;
    // 14 years old: in a child welfare matter yes (LSL 21 §), under the SHL not yet (HL 14 § 3 mom).
    const QDate at14(2026, 12, 7);
    CHECK(AppealInstructions::childMayAppeal(child, LegalBasis::ChildWelfareAct, at14));
    CHECK_FALSE(AppealInstructions::childMayAppeal(child, LegalBasis::SocialWelfareAct, at14));
    CHECK_FALSE(AppealInstructions::text(organisation, child, LegalBasis::SocialWelfareAct, at14).contains(QStringLiteral("Eetu")));
    // The day before and the day of the 15th birthday.
    CHECK_FALSE(AppealInstructions::childMayAppeal(child, LegalBasis::SocialWelfareAct, QDate(2027, 3, 9)));
    CHECK(AppealInstructions::childMayAppeal(child, LegalBasis::SocialWelfareAct, QDate(2027, 3, 10)));
    CHECK(AppealInstructions::text(organisation, child, LegalBasis::SocialWelfareAct, QDate(2027, 3, 10))
              .contains(QStringLiteral("Eetu Virtanen, who is 15 or older")));
}

TEST_CASE("Decisions: the printed decision gives a 13-year-old the own right only in a child welfare matter",
          "[decisions][appeal]")
{
    DecisionDocument::Input input;
    input.clientCase.child.firstNames = QStringLiteral("Eetu");
    input.clientCase.child.birthDate = QDate(2013, 5, 1);
    input.decision.issuedOn = QDate(2026, 12, 7);
    input.decision.basis = LegalBasis::ChildWelfareAct;
    QVariantMap data = DecisionDocument::data(input, QStringLiteral("fi"));
    CHECK(data.value(QStringLiteral("child_may_appeal")).toBool());
    CHECK(data.value(QStringLiteral("child_appeal_age")).toInt() == 12);
    input.decision.basis = LegalBasis::SocialWelfareAct;
    data = DecisionDocument::data(input, QStringLiteral("fi"));
    CHECK_FALSE(data.value(QStringLiteral("child_may_appeal")).toBool());
    CHECK(data.value(QStringLiteral("child_appeal_age")).toInt() == 15);
}

TEST_CASE("Decisions: a child born on 29 February has the birthday on 28 February in a common year",
          "[decisions][appeal]")
{
    Person leapling;
    leapling.birthDate = QDate(2012, 2, 29);
    CHECK(leapling.ageOn(QDate(2024, 2, 28)) == 11);
    CHECK(leapling.ageOn(QDate(2024, 2, 29)) == 12); // a leap year: the day itself
    CHECK(leapling.ageOn(QDate(2027, 2, 27)) == 14);
    CHECK(leapling.ageOn(QDate(2027, 2, 28)) == 15); // 150/1930 3 §: the month's last day
    CHECK(AppealInstructions::childMayAppeal(leapling, LegalBasis::SocialWelfareAct, QDate(2027, 2, 28)));
    CHECK_FALSE(AppealInstructions::childMayAppeal(leapling, LegalBasis::SocialWelfareAct, QDate(2027, 2, 27)));
    Person ordinary;
    ordinary.birthDate = QDate(2012, 3, 1);
    CHECK(ordinary.ageOn(QDate(2027, 2, 28)) == 14);
    CHECK(ordinary.ageOn(QDate(2027, 3, 1)) == 15);
}

TEST_CASE("Decisions: numbers have four digits", "[decisions]")
{
    CHECK(DecisionRules::number(2026, 153) == QLatin1String("2026/0153"));
    CHECK(DecisionRules::number(2027, 1) == QLatin1String("2027/0001"));
}

namespace {
// The decision's sentence as printed, in `language`, for `subject`.
QString decisionHtml(DecisionSubject subject, LegalBasis basis, const QString &language, const Decision &corrected = {})
{
    DecisionDocument::Input input;
    input.decision.subject = subject;
    input.decision.basis = basis;
    input.decision.start = QDate(2026, 1, 1);
    input.decision.end = QDate(2026, 12, 31);
    input.serviceName = language == QLatin1String("sv") ? QStringLiteral("Stödfamilj") : QStringLiteral("Tukiperhe");
    input.corrected = corrected;
    input.decision.correctsId = corrected.id;
    return TemplateRenderer::render(QStringLiteral("decision"), language, DecisionDocument::data(input, language), QString())
        .html;
}
} // namespace

TEST_CASE("Decisions: the sentence of each kind of decision says what was decided, in good Finnish and Swedish",
          "[decisions][document]")
{
    const auto lsl = LegalBasis::ChildWelfareAct;
    CHECK(decisionHtml(DecisionSubject::Start, lsl, QStringLiteral("fi")).contains(QStringLiteral("Myönnetään palvelu <b>Tukiperhe</b>")));
    CHECK(decisionHtml(DecisionSubject::Continue, lsl, QStringLiteral("fi")).contains(QStringLiteral("Jatketaan palvelua <b>Tukiperhe</b>")));
    CHECK(decisionHtml(DecisionSubject::Change, lsl, QStringLiteral("fi")).contains(QStringLiteral("Muutetaan palvelua <b>Tukiperhe</b>")));
    const QString refusal = decisionHtml(DecisionSubject::Refuse, LegalBasis::SocialWelfareAct, QStringLiteral("fi"));
    CHECK(refusal.contains(QStringLiteral("Ei myönnetä palvelua <b>Tukiperhe</b> sosiaalihuoltolain mukaisena palveluna.")));
    CHECK_FALSE(refusal.contains(QStringLiteral("ajalle"))); // a refusal has no period
    const QString ending = decisionHtml(DecisionSubject::End, lsl, QStringLiteral("fi"));
    CHECK(ending.contains(QStringLiteral("Palvelu päättyy <b>31.12.2026</b>")));
    CHECK_FALSE(ending.contains(QStringLiteral("ajalle")));

    const QString avslag = decisionHtml(DecisionSubject::Refuse, lsl, QStringLiteral("sv"));
    CHECK(avslag.contains(QStringLiteral("beviljas inte.")));
    CHECK_FALSE(avslag.contains(QStringLiteral("för tiden")));
    CHECK(decisionHtml(DecisionSubject::End, lsl, QStringLiteral("sv")).contains(QStringLiteral("Tjänsten upphör den <b>31.12.2026</b>")));

    // A correcting decision names the decision it corrects, and corrects ("korjataan"), not "oikaistaan".
    Decision earlier;
    earlier.id = QStringLiteral("earlier");
    earlier.number = QStringLiteral("2026/0153");
    earlier.issuedOn = QDate(2026, 3, 2);
    const QString correcting = decisionHtml(DecisionSubject::Start, lsl, QStringLiteral("fi"), earlier);
    CHECK(correcting.contains(QStringLiteral("korjataan päätös 2026/0153, annettu 2.3.2026")));
    CHECK_FALSE(correcting.contains(QStringLiteral("oikaistaan")));
    CHECK(decisionHtml(DecisionSubject::Start, lsl, QStringLiteral("sv"), earlier)
              .contains(QStringLiteral("rättas beslut 2026/0153, som meddelades den 2.3.2026")));
}

TEST_CASE("Decisions: a refusal needs no period, an ending needs its last day", "[decisions]")
{
    ClientCase clientCase;
    Decision refusal;
    refusal.subject = DecisionSubject::Refuse;
    CHECK_FALSE(DecisionRules::missing(refusal, clientCase).join(QLatin1Char(' ')).contains(QStringLiteral("date")));
    Decision ending;
    ending.subject = DecisionSubject::End;
    CHECK(DecisionRules::missing(ending, clientCase).contains(QStringLiteral("Enter the day the service ends.")));
    CHECK_FALSE(DecisionRules::missing(ending, clientCase).contains(QStringLiteral("Enter the start date.")));
    Decision start;
    CHECK(DecisionRules::missing(start, clientCase).contains(QStringLiteral("Enter the start date.")));
}
