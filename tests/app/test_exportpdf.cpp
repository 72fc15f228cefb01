#include "catchshim.h"
#include "agreementfixture.h"
#include "testdatabase.h"
#include "testfiles.h"

#include "storage/caserepository.h"
#include "storage/decisionrecipients.h"
#include "storage/decisionrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tukipolku;
using tukipolku::test::AgreementFixture;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;
using tukipolku::test::pdfText;

namespace {
int runProgram(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TUKIPOLKU_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return process.exitCode();
}


// The program refuses a database another program has open (TestDatabase
// does), so it exports from a closed copy.
QString closedCopy(const QSqlDatabase &connection, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    QSqlQuery query(connection);
    REQUIRE(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)));
    return path;
}

// A Finnish personal identity code anywhere in a text (ddmmyy, century sign, 3 digits, check mark).
QRegularExpression identityCodePattern()
{
    return QRegularExpression(QStringLiteral("\\b\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]\\b"));
}

// "page n / N" without the spaces a PDF reader may drop.
bool hasPageNumber(const QString &text, int page, int pages)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    return compact.contains(QStringLiteral("%1/%2").arg(page).arg(pages));
}

// An issued start decision for Eetu Virtanen (Finnish) on a support family;
// his mother reads Swedish, so it is kept in both languages.
QString issuedDecision(TestDatabase &db, const QString &reasons)
{
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(QDate(2025, 11, 3));
    CaseRepository cases(db.connection(), db.worker().id);
    REQUIRE(cases.open(c).ok());
    REQUIRE(cases.startChildWelfareByUrgentMeasures(c.id, QDate(2025, 11, 4), db.worker().id).ok());
    MeasureRepository measures(db.connection(), db.worker().id);
    Measure m;
    m.caseId = c.id;
    m.catalogueId = measures.catalogueEntryByCode(QStringLiteral("support_family"))->id;
    m.basis = LegalBasis::ChildWelfareAct;
    m.start = QDate(2025, 12, 1);
    m.plannedEnd = QDate(2026, 11, 30);
    m.goals = QStringLiteral("Eetulla on turvallinen aikuinen kodin ulkopuolella");
    REQUIRE(measures.save(m).ok());
    Organisation organisation;
    organisation.organiser = QStringLiteral("Lapin hyvinvointialue");
    organisation.unit = QStringLiteral("Lastensuojelun avohuolto");
    organisation.boardName = QStringLiteral("Yksilöasioiden jaosto");
    organisation.registryEmail = QStringLiteral("kirjaamo@example.fi");
    organisation.registryHours = QStringLiteral("ma–pe klo 9–15");
    REQUIRE(OrganisationRepository(db.connection(), db.worker().id).save(organisation).ok());
    test::guardiansReadSwedish(db.connection(), db.worker().id, family.id);
    DecisionRepository decisions(db.connection(), db.worker().id);
    Decision d = decisions.draftFromMeasure(m, DecisionSubject::Start);
    d.facts = QStringLiteral("Äiti on uupunut.");
    d.reasons = reasons;
    test::recordHearing(d, QDate(2025, 11, 20));
    REQUIRE(decisions.save(d).ok());
    REQUIRE(decisions.issue(d.id, QDate(2025, 11, 28), test::backdated()).ok());
    return d.id;
}
} // namespace

TEST_CASE("Option --export-pdf writes a decision in Finnish and in Swedish", "[app][pdf]")
{
    QTemporaryDir home;
    TestDatabase db;
    const QString id = issuedDecision(db, QStringLiteral("Tukiperhe tukee kasvua."));
    const QString copy = closedCopy(db.connection(), home);
    const QString fiPdf = home.filePath(QStringLiteral("paatos.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), id,
                        QStringLiteral("--output"), fiPdf},
                       home)
            == 0);
    const QString fi = pdfText(fiPdf);
    CHECK(fi.contains(QStringLiteral("PÄÄTÖS 2025/0001")));
    CHECK(fi.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(fi.contains(QStringLiteral("1.12.2025 – 30.11.2026")));
    CHECK(fi.contains(QStringLiteral("Eetulla on turvallinen aikuinen")));
    CHECK(fi.contains(QStringLiteral("Tukiperhe")));
    CHECK(fi.contains(QStringLiteral("Yksilöasioiden jaosto")));
    CHECK(fi.contains(QStringLiteral("30 päivän kuluessa")));
    CHECK(fi.contains(QStringLiteral("kukin huoltaja erikseen")));
    CHECK(fi.contains(QStringLiteral("Oikaisuvaatimus on maksuton")));
    CHECK(fi.contains(QStringLiteral("arkilauantai")));
    CHECK(fi.contains(QStringLiteral("Salassa pidettävä, JulkL 24.1 § 25 k")));
    CHECK(hasPageNumber(fi, 1, 2));
    // The export is in the access log, without a worker (the command line).
    {
        Database exported;
        REQUIRE(exported.open(copy, Database::Mode::ReadOnly));
        QSqlQuery logged(exported.connection());
        REQUIRE(logged.exec(QStringLiteral("SELECT action, record_id, changed_by IS NULL, detail FROM access_log")));
        REQUIRE(logged.next());
        CHECK(logged.value(0).toString() == QStringLiteral("export"));
        CHECK(logged.value(1).toString() == id);
        CHECK(logged.value(2).toBool());
        CHECK(logged.value(3).toString().endsWith(QStringLiteral("paatos.pdf")));
        CHECK_FALSE(logged.next());
    }

    const QString svPdf = home.filePath(QStringLiteral("beslut.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), id,
                        QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--output"), svPdf},
                       home)
            == 0);
    const QString sv = pdfText(svPdf);
    CHECK(sv.contains(QStringLiteral("BESLUT 2025/0001")));
    CHECK(sv.contains(QStringLiteral("Stödfamilj")));
    CHECK(sv.contains(QStringLiteral("inom 30 dagar")));
    CHECK(sv.contains(QStringLiteral("varje vårdnadshavare för sig")));
    CHECK(sv.contains(QStringLiteral("anses ha fått del av beslutet")));
    CHECK(sv.contains(QStringLiteral("Sekretessbelagd, OffL 24.1 § 25 p")));

    // A database open in a running Tukipolku is not written beside it: refused, nothing written.
    const QString busyPdf = home.filePath(QStringLiteral("busy.pdf"));
    CHECK(runProgram({QStringLiteral("--database"), db.path(), QStringLiteral("--export-pdf"), id,
                      QStringLiteral("--output"), busyPdf},
                     home)
          == 1);
    CHECK_FALSE(QFileInfo::exists(busyPdf));

    // An unknown id is refused.
    CHECK(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"),
                      QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("--output"),
                      home.filePath(QStringLiteral("none.pdf"))},
                     home)
          == 1);
}

TEST_CASE("Option --export-pdf writes a recipient's own copy: their address and their last day", "[app][pdf]")
{
    QTemporaryDir home;
    TestDatabase db;
    const QString id = issuedDecision(db, QStringLiteral("Tukiperhe tukee kasvua."));
    DecisionRecipients recipients(db.connection(), db.worker().id);
    const QList<DecisionRecipient> served = recipients.ofDecision(id).value();
    REQUIRE(served.size() == 1); // Eetu is 10: his mother only
    Person maria = PersonRepository(db.connection(), db.worker().id).find(served.first().personId).value();
    maria.streetAddress = QStringLiteral("Koivukuja 4 A 2");
    maria.postalCode = QStringLiteral("96200");
    maria.postOffice = QStringLiteral("Rovaniemi");
    REQUIRE(PersonRepository(db.connection(), db.worker().id).save(maria).ok());
    // Not yet sent: no copy, as its last day is not known.
    const QString copy = closedCopy(db.connection(), home);
    const QString early = home.filePath(QStringLiteral("early.pdf"));
    CHECK(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), served.first().id,
                      QStringLiteral("--output"), early},
                     home)
          == 1);
    CHECK_FALSE(QFileInfo::exists(early));

    REQUIRE(recipients.recordSending(served.first().id, NotificationMethod::Letter, QDate(2025, 11, 28)).ok());
    QTemporaryDir later;
    const QString sent = closedCopy(db.connection(), later);
    const QString pdf = home.filePath(QStringLiteral("maria.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), sent, QStringLiteral("--export-pdf"), served.first().id,
                        QStringLiteral("--output"), pdf},
                       home)
            == 0);
    // She reads Swedish: her copy is the Swedish one as issued, read as a family would.
    const QString text = pdfText(pdf);
    CHECK(text.indexOf(QStringLiteral("Koivukuja 4 A 2")) < text.indexOf(QStringLiteral("Myndighet"))); // above the body
    CHECK(text.contains(QStringLiteral("96200 ROVANIEMI")));
    CHECK(text.contains(QStringLiteral("Stödfamilj")));              // what
    CHECK(text.contains(QStringLiteral("Beviljad tjänst")));         // how much
    CHECK(text.contains(QStringLiteral("1.12.2025 – 30.11.2026")));  // how long
    CHECK(text.contains(QStringLiteral("Barnets åsikt")));           // the child's opinion
    CHECK(text.contains(QStringLiteral("Hörande av parter")));       // who was heard
    CHECK(text.contains(QStringLiteral("Anvisning om begäran om omprövning")));
    CHECK(text.contains(QStringLiteral("avsändarens eget ansvar")));
    // Sent on 28.11.: received on 5.12.; 30 days is Sunday 4.1.2026, so Monday 5.1.2026.
    CHECK(text.contains(QStringLiteral("senast 5.1.2026")));
}

TEST_CASE("Option --export-pdf: long reasons flow over three pages, each numbered", "[app][pdf]")
{
    QTemporaryDir home;
    TestDatabase db;
    QStringList paragraphs;
    for (int i = 1; i <= 28; ++i)
        paragraphs << QStringLiteral("Perustelun kappale %1: perheen tilanne on arvioitu huolellisesti yhdessä lapsen ja huoltajan kanssa.").arg(i);
    const QString id = issuedDecision(db, paragraphs.join(QLatin1Char('\n')));
    const QString copy = closedCopy(db.connection(), home);
    const QString pdf = home.filePath(QStringLiteral("pitka.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), id,
                        QStringLiteral("--output"), pdf},
                       home)
            == 0);
    const QString text = pdfText(pdf);
    CHECK(hasPageNumber(text, 1, 3));
    CHECK(hasPageNumber(text, 2, 3));
    CHECK(hasPageNumber(text, 3, 3));
    // Nothing is lost across the page breaks.
    CHECK(text.contains(QStringLiteral("Perustelun kappale 1:")));
    CHECK(text.contains(QStringLiteral("Perustelun kappale 28:")));
}

TEST_CASE("Option --export-pdf writes a signed support family agreement in Finnish and in Swedish", "[app][pdf]")
{
    QTemporaryDir home;
    AgreementFixture f;
    const Agreement a = f.signable();
    f.signAll(a, QDate(2025, 11, 28));
    const QString copy = closedCopy(f.db.connection(), home);
    const QString fiPdf = home.filePath(QStringLiteral("sopimus.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), a.id,
                        QStringLiteral("--output"), fiPdf},
                       home)
            == 0);
    const QString fi = pdfText(fiPdf);
    CHECK(fi.contains(QStringLiteral("TUKIPERHESOPIMUS")));
    CHECK(fi.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(fi.contains(QStringLiteral("Maria Virtanen")));     // the guardian signs
    CHECK(fi.contains(QStringLiteral("Anna Laine")));          // and the support family
    CHECK(fi.contains(QStringLiteral("1.12.2025 – 30.11.2026")));
    CHECK(fi.contains(QStringLiteral("Turvallinen aikuinen kodin ulkopuolella")));
    CHECK(fi.contains(QStringLiteral("52,00 € hoitovuorokaudelta")));
    CHECK(fi.contains(QStringLiteral("Paikka ja päiväys: 28.11.2025")));
    CHECK(fi.contains(QStringLiteral("Vaitiolovelvollisuus")));
    CHECK(fi.contains(QStringLiteral("Salassa pidettävä, JulkL 24.1 § 25 k")));
    // A copy goes to the support family: the child's birth date, never an identity code.
    CHECK(fi.contains(QStringLiteral("Eetu Virtanen, syntynyt")));
    CHECK_FALSE(fi.contains(identityCodePattern()));

    const QString svPdf = home.filePath(QStringLiteral("avtal.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), a.id,
                        QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--output"), svPdf},
                       home)
            == 0);
    const QString sv = pdfText(svPdf);
    CHECK(sv.contains(QStringLiteral("AVTAL OM STÖDFAMILJ")));
    CHECK(sv.contains(QStringLiteral("Vårdnadshavare")));
    CHECK(sv.contains(QStringLiteral("52,00 € per vårddygn")));
    CHECK(sv.contains(QStringLiteral("Tystnadsplikt")));
    CHECK(sv.contains(QStringLiteral("född")));
    CHECK_FALSE(sv.contains(identityCodePattern()));
    CHECK(sv.contains(QStringLiteral("Sekretessbelagd, OffL 24.1 § 25 p")));
}

TEST_CASE("Option --export-pdf writes a signed family-work agreement in Finnish and in Swedish", "[app][pdf]")
{
    QTemporaryDir home;
    AgreementFixture f;
    Agreement a = f.agreements.draftFromMeasure(f.familyWorkMeasure());
    a.supportNeed = QStringLiteral("Vanhemmat tarvitsevat tukea arjen rytmiin.");
    a.feeCents = 3000; // the family worker's pay: not printed for the family
    REQUIRE(f.agreements.save(a).ok());
    f.signAll(*f.agreements.find(a.id), QDate(2025, 12, 30));
    const QString copy = closedCopy(f.db.connection(), home);
    const QString fiPdf = home.filePath(QStringLiteral("perhetyo.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), a.id,
                        QStringLiteral("--output"), fiPdf},
                       home)
            == 0);
    const QString fi = pdfText(fiPdf);
    CHECK(fi.contains(QStringLiteral("PERHETYÖN SOPIMUS")));
    CHECK(fi.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(fi.contains(QStringLiteral("Perhetyöntekijä")));
    CHECK(fi.contains(QStringLiteral("Kari Perhetyö")));
    CHECK(fi.contains(QStringLiteral("5.1.2026 – 30.6.2026")));
    CHECK(fi.contains(QStringLiteral("Aamut sujuvat ilman riitaa")));
    CHECK(fi.contains(QStringLiteral("Paikka ja päiväys: 30.12.2025")));
    CHECK(fi.contains(QStringLiteral("Salassa pidettävä, JulkL 24.1 § 25 k")));
    CHECK_FALSE(fi.contains(QStringLiteral("Palvelun hinta")));
    CHECK_FALSE(fi.contains(QStringLiteral("30,00")));
    CHECK(fi.contains(QStringLiteral("Perhetyö on perheelle maksutonta.")));

    const QString svPdf = home.filePath(QStringLiteral("familjearbete.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), a.id,
                        QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--output"), svPdf},
                       home)
            == 0);
    const QString sv = pdfText(svPdf);
    CHECK(sv.contains(QStringLiteral("AVTAL OM FAMILJEARBETE")));
    CHECK(sv.contains(QStringLiteral("Familjearbetare")));
    CHECK(sv.contains(QStringLiteral("Familjearbetet är avgiftsfritt för familjen.")));
    CHECK_FALSE(sv.contains(QStringLiteral("Tjänstens pris")));
    CHECK(sv.contains(QStringLiteral("Sekretessbelagd, OffL 24.1 § 25 p")));
}

TEST_CASE("Option --export-pdf writes a signed support person agreement in Finnish and in Swedish", "[app][pdf]")
{
    QTemporaryDir home;
    AgreementFixture f;
    Agreement a = f.agreements.draftFromMeasure(f.supportPersonMeasure());
    a.supportNeed = QStringLiteral("Eetu tarvitsee aikuisen, jonka kanssa harrastaa.");
    REQUIRE(f.agreements.save(a).ok());
    f.signAll(*f.agreements.find(a.id), QDate(2026, 1, 28));
    const QString copy = closedCopy(f.db.connection(), home);
    const QString fiPdf = home.filePath(QStringLiteral("tukihenkilo.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), a.id,
                        QStringLiteral("--output"), fiPdf},
                       home)
            == 0);
    const QString fi = pdfText(fiPdf);
    CHECK(fi.contains(QStringLiteral("TUKIHENKILÖSOPIMUS")));
    CHECK(fi.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(fi.contains(QStringLiteral("Pekka Tukinen")));
    CHECK(fi.contains(QStringLiteral("1.2.2026 – 31.12.2026")));
    CHECK(fi.contains(QStringLiteral("Eetulla on oma harrastus")));
    CHECK(fi.contains(QStringLiteral("Paikka ja päiväys: 28.1.2026")));
    CHECK(fi.contains(QStringLiteral("Salassa pidettävä, JulkL 24.1 § 25 k")));
    const QString svPdf = home.filePath(QStringLiteral("stodperson.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), a.id,
                        QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--output"), svPdf},
                       home)
            == 0);
    const QString sv = pdfText(svPdf);
    CHECK(sv.contains(QStringLiteral("AVTAL OM STÖDPERSON")));
    CHECK(sv.contains(QStringLiteral("Stödperson")));
    CHECK(sv.contains(QStringLiteral("Sekretessbelagd, OffL 24.1 § 25 p")));
}

TEST_CASE("Option --export-pdf writes a client plan version in Finnish and in Swedish", "[app][pdf]")
{
    QTemporaryDir home;
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(QDate(2026, 3, 3));
    CaseRepository cases(db.connection(), db.worker().id);
    REQUIRE(cases.open(c).ok());
    ClientPlan plan;
    plan.madeOn = QDate(2026, 6, 1);
    plan.participants = QStringLiteral("Eetu, Maria Virtanen, sosiaalityöntekijä");
    plan.needs = QStringLiteral("Koulunkäynnin tuki & äidin jaksaminen");
    plan.goals = {{QString(), QStringLiteral("Koulunkäynti sujuu"), QDate(2026, 12, 20)}};
    plan.services = QStringLiteral("Tukiperhe kerran kuukaudessa");
    plan.nextReviewOn = QDate(2026, 12, 1);
    REQUIRE(cases.savePlan(c.id, plan).ok());
    const QString copy = closedCopy(db.connection(), home);

    const QString fiPdf = home.filePath(QStringLiteral("suunnitelma.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), plan.id,
                        QStringLiteral("--output"), fiPdf},
                       home)
            == 0);
    const QString fi = pdfText(fiPdf);
    CHECK(fi.contains(QStringLiteral("ASIAKASSUUNNITELMA, versio 1")));
    CHECK(fi.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(fi.contains(QStringLiteral("Koulunkäynnin tuki & äidin jaksaminen")));
    CHECK(fi.contains(QStringLiteral("Koulunkäynti sujuu")));
    CHECK(fi.contains(QStringLiteral("20.12.2026")));
    CHECK(fi.contains(QStringLiteral("tarkistetaan viimeistään 1.12.2026")));
    CHECK_FALSE(fi.contains(QStringLiteral("Eriävät näkemykset"))); // empty sections are left out
    CHECK(fi.contains(QStringLiteral("Salassa pidettävä, JulkL 24.1 § 25 k")));

    const QString svPdf = home.filePath(QStringLiteral("klientplan.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), plan.id,
                        QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--output"), svPdf},
                       home)
            == 0);
    const QString sv = pdfText(svPdf);
    CHECK(sv.contains(QStringLiteral("KLIENTPLAN, version 1")));
    CHECK(sv.contains(QStringLiteral("Tjänster och stödåtgärder")));
    CHECK(sv.contains(QStringLiteral("ses över senast 1.12.2026")));
}

TEST_CASE("Option --export-pdf writes an initiation's contact form pre-filled, and the blank form", "[app][pdf]")
{
    QTemporaryDir home;
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(QDate(2026, 4, 7));
    c.initiation.contactBy = ContactBy::Authority;
    c.initiation.authorityKind = AuthorityKind::School;
    c.initiation.reasons = {ContactReason::Upbringing, ContactReason::Finances};
    c.initiation.description = QStringLiteral("Koulukuraattori: poissaoloja <paljon> & väsymystä");
    CaseRepository cases(db.connection(), db.worker().id);
    REQUIRE(cases.open(c).ok());
    Organisation organisation;
    organisation.organiser = QStringLiteral("Lapin hyvinvointialue");
    organisation.unit = QStringLiteral("Lapsiperheiden sosiaalityö");
    organisation.postalAddress = QStringLiteral("PL 8216, 96101 Rovaniemi");
    organisation.emergencyLine = QStringLiteral("0800 123 456");
    REQUIRE(OrganisationRepository(db.connection(), db.worker().id).save(organisation).ok());
    const QString initiationId = cases.find(c.id)->initiation.id;
    REQUIRE_FALSE(initiationId.isEmpty());
    const QString copy = closedCopy(db.connection(), home);

    const QString fiPdf = home.filePath(QStringLiteral("yhteydenotto.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), initiationId,
                        QStringLiteral("--output"), fiPdf},
                       home)
            == 0);
    const QString fi = pdfText(fiPdf);
    CHECK(fi.contains(QStringLiteral("YHTEYDENOTTO SOSIAALIHUOLTOON TUEN TARPEEN ARVIOIMISEKSI")));
    CHECK(fi.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(fi.contains(c.child.identityCode));
    CHECK(fi.contains(QStringLiteral("Maria Virtanen"))); // the guardian
    CHECK_FALSE(fi.contains(QStringLiteral("Ella Virtanen"))); // a sibling is not a party
    CHECK(fi.contains(QStringLiteral("Koulukuraattori: poissaoloja <paljon> & väsymystä")));
    CHECK(fi.contains(QStringLiteral("☒ koulu")));
    CHECK(fi.contains(QStringLiteral("☐ neuvola")));
    CHECK(fi.contains(QStringLiteral("☒ lapsen kasvatus")));
    CHECK(fi.contains(QStringLiteral("☒ taloudelliset ongelmat")));
    CHECK(fi.contains(QStringLiteral("☐ vanhemmuus")));
    CHECK(fi.contains(QStringLiteral("7.4.2026")));
    CHECK(fi.contains(QStringLiteral("lastensuojelun päivystys 0800 123 456")));
    CHECK(fi.contains(QStringLiteral("Salassa pidettävä, JulkL 24.1 § 25 k")));

    const QString svPdf = home.filePath(QStringLiteral("kontakt.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"), initiationId,
                        QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--output"), svPdf},
                       home)
            == 0);
    const QString sv = pdfText(svPdf);
    CHECK(sv.contains(QStringLiteral("KONTAKT MED SOCIALVÅRDEN FÖR BEDÖMNING AV STÖDBEHOVET")));
    CHECK(sv.contains(QStringLiteral("☒ skolan")));
    CHECK(sv.contains(QStringLiteral("☒ ekonomiska problem")));
    CHECK(sv.contains(QStringLiteral("Sekretessbelagd, OffL 24.1 § 25 p")));

    // The export of a client's form is logged; the blank form holds nobody's data.
    const QString blankPdf = home.filePath(QStringLiteral("tyhja.pdf"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--export-pdf"),
                        QStringLiteral("blank-contact-form"), QStringLiteral("--output"), blankPdf},
                       home)
            == 0);
    const QString blank = pdfText(blankPdf);
    CHECK(blank.contains(QStringLiteral("YHTEYDENOTTO SOSIAALIHUOLTOON")));
    CHECK(blank.contains(QStringLiteral("PL 8216, 96101 Rovaniemi")));
    CHECK_FALSE(blank.contains(QStringLiteral("Virtanen")));
    CHECK_FALSE(blank.contains(QStringLiteral("☒")));
    CHECK(blank.count(QStringLiteral("☐")) >= 16);
    QSqlDatabase copied = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("contact-form-copy"));
    copied.setDatabaseName(copy);
    REQUIRE(copied.open());
    {
        QSqlQuery logged(copied);
        REQUIRE(logged.exec(QStringLiteral("SELECT table_name, record_id, action FROM access_log")));
        int rows = 0;
        while (logged.next()) {
            ++rows;
            CHECK(logged.value(0).toString() == QStringLiteral("initiations"));
            CHECK(logged.value(1).toString() == initiationId);
        }
        CHECK(rows == 2);
    }
    copied.close();
    copied = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("contact-form-copy"));
}
