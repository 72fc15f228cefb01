#include "catchshim.h"
#include "agreementfixture.h"
#include "testdatabase.h"

#include "rules/agreementrules.h"
#include "storage/agreementrepository.h"
#include "storage/caserepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/providerrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::AgreementFixture;
using tukipolku::test::TestDatabase;


TEST_CASE("Agreements: a draft from a measure has every party, the goals and the rates at the start", "[agreements]")
{
    AgreementFixture f;
    const Agreement a = f.agreements.draftFromMeasure(f.measure);
    QStringList names;
    for (const AgreementParty &p : a.parties)
        names << p.name;
    CHECK(names.contains(QStringLiteral("Maria Virtanen")));  // the guardian
    CHECK(names.contains(QStringLiteral("Anna Laine")));      // each adult of the support family
    CHECK(names.contains(QStringLiteral("Matti Laine")));
    CHECK(names.contains(QStringLiteral("Eetu Virtanen")));   // the child
    CHECK(names.join(QLatin1Char(' ')).contains(QStringLiteral("Aino Sosiaalinen"))); // the unit's worker
    CHECK(a.goals == f.measure.goals);
    CHECK(a.start == QDate(2025, 12, 1));
    CHECK(a.end == QDate(2026, 11, 30));
    CHECK(a.feeCents == 5200);
    CHECK(a.expensesCents == 3100);
    CHECK(a.mileageCentsPerKm == 33);
    CHECK_FALSE(a.frequency.isEmpty());
}

TEST_CASE("Agreements: the period lies within the measure's – signing needs goals, duration and all parties", "[agreements]")
{
    AgreementFixture f;
    Agreement a = f.agreements.draftFromMeasure(f.measure);
    a.end = QDate(2027, 1, 31);
    CHECK(f.agreements.save(a).message().contains(QStringLiteral("past the end of the measure")));
    a.end = QDate(2026, 11, 30);
    a.goals.clear();
    REQUIRE(f.agreements.save(a).ok());
    const QStringList missing = f.agreements.missing(*f.agreements.find(a.id));
    CHECK(missing.join(QLatin1Char(' ')).contains(QStringLiteral("goals")));
    CHECK(missing.join(QLatin1Char(' ')).contains(QStringLiteral("need for support")));
    CHECK(f.agreements.sign(a.id, 0, QDate(2025, 11, 28)).message().contains(QStringLiteral("cannot be signed yet")));
}

TEST_CASE("Agreements: signed by every party it is frozen – a new version replaces it", "[agreements]")
{
    AgreementFixture f;
    const Agreement a = f.signable();
    REQUIRE(a.parties.size() == 5);
    for (int i = 0; i < a.parties.size() - 1; ++i)
        REQUIRE(f.agreements.sign(a.id, i, QDate(2025, 11, 28)).ok());
    CHECK(f.agreements.find(a.id)->status == AgreementStatus::Draft); // one signature missing
    REQUIRE(f.agreements.sign(a.id, a.parties.size() - 1, QDate(2025, 11, 29)).ok());
    const Agreement signedAgreement = *f.agreements.find(a.id);
    CHECK(signedAgreement.status == AgreementStatus::Signed);
    CHECK(MeasureRepository(f.db.connection(), f.db.worker().id).find(f.measure.id)->agreementId == a.id);

    // Frozen: the repository and the database refuse changes.
    Agreement changed = signedAgreement;
    changed.frequency = QStringLiteral("Joka viikonloppu");
    CHECK(f.agreements.save(changed).message().contains(QStringLiteral("new version")));
    QSqlQuery tamper(f.db.connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE agreements SET goals = 'x' WHERE id = '%1'").arg(a.id)));
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE agreement_parties SET name = 'x' WHERE agreement_id = '%1'").arg(a.id)));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM agreements WHERE id = '%1'").arg(a.id)));
    const QJsonObject frozen = QJsonDocument::fromJson(f.agreements.frozenContent(a.id)).object();
    CHECK(frozen.value(QStringLiteral("goals")).toString() == f.measure.goals);
    CHECK(frozen.value(QStringLiteral("parties")).toArray().size() == 5);

    // A new version from 1.6.2026 replaces it when signed.
    Agreement next = f.agreements.newVersion(signedAgreement, QDate(2026, 6, 1));
    CHECK(next.version == 2);
    CHECK(next.replacesId == a.id);
    next.frequency = QStringLiteral("Kaksi viikonloppua kuukaudessa");
    REQUIRE(f.agreements.save(next).ok());
    f.signAll(*f.agreements.find(next.id), QDate(2026, 5, 25));
    const Agreement replaced = *f.agreements.find(a.id);
    CHECK(replaced.status == AgreementStatus::Ended);
    CHECK(replaced.endedOn == QDate(2026, 5, 31));
    CHECK(f.agreements.inForce(f.measure.id)->size() == 1);
    CHECK(f.agreements.agreementsOfCase(f.clientCase.id)->size() == 2);
}

TEST_CASE("Agreements: every party signs one text once – a change after a signature starts the signing again",
          "[agreements][signing]")
{
    AgreementFixture f;
    const Agreement a = f.signable();
    REQUIRE(f.agreements.sign(a.id, 0, QDate(2025, 11, 28)).ok());
    // Nobody signs twice.
    const Result twice = f.agreements.sign(a.id, 0, QDate(2025, 11, 29));
    CHECK_FALSE(twice.ok());
    CHECK(twice.message().contains(QStringLiteral("has already signed, on 28.11.2025")));
    Agreement signedOnce = *f.agreements.find(a.id);
    CHECK(AgreementRules::signers(signedOnce) == QStringList{signedOnce.parties.first().name});
    CHECK(AgreementRules::nextUnsigned(signedOnce, 0) == 1);
    CHECK(AgreementRules::nextUnsigned(signedOnce, 4) == 4);
    // Saving the same text keeps the signature, whatever the caller holds.
    Agreement same = signedOnce;
    same.parties[0].signedOn = QDate();
    REQUIRE(f.agreements.save(same).ok());
    CHECK(f.agreements.find(a.id)->parties.first().signedOn == QDate(2025, 11, 28));
    // Another text after a signature is refused unless the signing starts again.
    Agreement changed = signedOnce;
    changed.frequency = QStringLiteral("Kaksi viikonloppua kuukaudessa");
    CHECK_FALSE(AgreementRules::sameText(signedOnce, changed));
    const Result refused = f.agreements.save(changed);
    CHECK(refused.message().contains(QStringLiteral("signed this text")));
    CHECK(f.agreements.find(a.id)->frequency == signedOnce.frequency);
    REQUIRE(f.agreements.save(changed, AgreementRepository::OnSignedText::RestartSignatures).ok());
    const Agreement restarted = *f.agreements.find(a.id);
    CHECK(restarted.frequency == QStringLiteral("Kaksi viikonloppua kuukaudessa"));
    CHECK(AgreementRules::signers(restarted).isEmpty());
    // All signatures, then, are given to the new text.
    f.signAll(restarted, QDate(2025, 12, 1));
    const QJsonObject frozen = QJsonDocument::fromJson(f.agreements.frozenContent(a.id)).object();
    CHECK(frozen.value(QStringLiteral("frequency")).toString() == QStringLiteral("Kaksi viikonloppua kuukaudessa"));
}

TEST_CASE("Agreements: ending as planned or early", "[agreements]")
{
    AgreementFixture f;
    const Agreement a = f.signable();
    CHECK(f.agreements.end(a.id, QDate(2026, 3, 1), QStringLiteral("x"), false).message().contains(QStringLiteral("signed")));
    f.signAll(a, QDate(2025, 11, 28));
    CHECK(f.agreements.end(a.id, QDate(2026, 3, 1), QString(), true).message().contains(QStringLiteral("why")));
    REQUIRE(f.agreements.end(a.id, QDate(2026, 3, 1), QStringLiteral("Tukiperhe muutti."), true).ok());
    const Agreement ended = *f.agreements.find(a.id);
    CHECK(ended.status == AgreementStatus::Terminated);
    CHECK(ended.endedOn == QDate(2026, 3, 1));
    CHECK(f.agreements.inForce(f.measure.id)->isEmpty());
}

TEST_CASE("Agreements: the document is kept when the last party signs and printed as signed", "[agreements][documents]")
{
    AgreementFixture f;
    Agreement a = f.signable();
    a.supportNeed = QStringLiteral("Äiti tarvitsee lepoa <b>viikonloppuisin</b>.");
    a.contacts.clear();
    a.transport = QStringLiteral("Tukiperhe hakee Eetun perjantaisin.");
    REQUIRE(f.agreements.save(a).ok());

    const auto draft = f.agreements.document(a.id);
    REQUIRE(draft.has_value());
    CHECK(draft->language == QStringLiteral("fi"));
    CHECK(draft->html.contains(QStringLiteral("TUKIPERHESOPIMUS")));
    CHECK(draft->html.contains(QStringLiteral("(LUONNOS)")));
    CHECK(draft->html.contains(QStringLiteral("&lt;b&gt;viikonloppuisin&lt;/b&gt;"))); // values are escaped
    CHECK(draft->decoration.title == QStringLiteral("TUKIPERHESOPIMUS"));
    CHECK(draft->html.contains(QStringLiteral("Kuljetukset")));
    CHECK_FALSE(draft->html.contains(QStringLiteral("Yhteydenpito"))); // an empty practice is left out

    f.signAll(a, QDate(2025, 11, 28));
    QSqlQuery stored(f.db.connection());
    stored.prepare(QStringLiteral("SELECT rendered_html, rendered_language FROM agreements WHERE id = ?"));
    stored.addBindValue(a.id);
    REQUIRE(stored.exec());
    REQUIRE(stored.next());
    const QString html = stored.value(0).toString();
    CHECK(stored.value(1).toString() == QStringLiteral("fi"));
    CHECK_FALSE(html.contains(QStringLiteral("(LUONNOS)")));
    CHECK(html.contains(QStringLiteral("28.11.2025")));
    CHECK(html.contains(QStringLiteral("52,00")));
    CHECK(html.contains(QStringLiteral("hoitovuorokaudelta")));
    CHECK(f.agreements.document(a.id)->html == html);

    // The database refuses to change the kept document.
    QSqlQuery change(f.db.connection());
    CHECK_FALSE(change.exec(QStringLiteral("UPDATE agreements SET rendered_html = 'muutettu' WHERE id = '%1'").arg(a.id)));

    // In Swedish it is rendered anew from the signed content.
    const auto swedish = f.agreements.document(a.id, QStringLiteral("sv"));
    REQUIRE(swedish.has_value());
    CHECK(swedish->html.contains(QStringLiteral("AVTAL OM STÖDFAMILJ")));
    CHECK(swedish->html.contains(QStringLiteral("per vårddygn")));
    CHECK(swedish->decoration.marking == QStringLiteral("Sekretessbelagd, OffL 24.1 § 25 p"));
    CHECK_FALSE(f.agreements.document(QStringLiteral("00000000-0000-4000-8000-000000000000")).has_value());
}

TEST_CASE("Agreements: amounts in documents are euros with two decimals", "[agreements][documents]")
{
    CHECK(DocumentText::euros(5200, QStringLiteral("fi")) == QStringLiteral("52,00\u00a0€"));
    CHECK(DocumentText::euros(33, QStringLiteral("sv")) == QStringLiteral("0,33\u00a0€"));
    CHECK(DocumentText::euros(123450, QStringLiteral("fi")) == QStringLiteral("1\u00a0234,50\u00a0€"));
}

TEST_CASE("Agreements: the organiser's own template is used, a broken one reported by line", "[agreements][documents]")
{
    AgreementFixture f;
    const Agreement a = f.signable();
    QTemporaryDir templates;
    REQUIRE(QDir(templates.path()).mkpath(QStringLiteral("fi")));
    OrganisationRepository organisations(f.db.connection(), f.db.worker().id);
    Organisation organisation = organisations.load();

    // A folder that does not exist is refused when saved.
    organisation.templateFolder = templates.filePath(QStringLiteral("no-such-folder"));
    const Result refused = organisations.save(organisation);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("does not exist")));

    organisation.templateFolder = templates.path();
    REQUIRE(organisations.save(organisation).ok());
    QFile own(templates.filePath(QStringLiteral("fi/support_family_agreement.html")));
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write("<html><body><h1>OMA SOPIMUSPOHJA</h1><p>{{child_name}}</p></body></html>");
    own.close();
    const auto ours = f.agreements.document(a.id);
    REQUIRE(ours.has_value());
    CHECK(ours->html.contains(QStringLiteral("OMA SOPIMUSPOHJA")));
    CHECK(ours->html.contains(QStringLiteral("Eetu Virtanen")));
    CHECK(ours->warning.isEmpty());
    // Swedish has no own template: the built-in one.
    CHECK(f.agreements.document(a.id, QStringLiteral("sv"))->html.contains(QStringLiteral("AVTAL OM STÖDFAMILJ")));

    REQUIRE(own.open(QIODevice::WriteOnly | QIODevice::Truncate));
    own.write("<html><body>\n<p>{{#goals}}{{line}}</p>\n</body></html>"); // the section is never closed
    own.close();
    const auto broken = f.agreements.document(a.id);
    REQUIRE(broken.has_value());
    CHECK(broken->html.contains(QStringLiteral("TUKIPERHESOPIMUS"))); // the built-in one keeps working
    CHECK(broken->warning.contains(QStringLiteral("support_family_agreement.html")));
    CHECK(broken->warning.contains(QStringLiteral("Line ")));
}

TEST_CASE("Agreements: family work has its own agreement, free of charge for the family", "[agreements][documents]")
{
    AgreementFixture f;
    const Measure m = f.familyWorkMeasure();
    Agreement a = f.agreements.draftFromMeasure(m);
    CHECK(a.frequency.contains(QStringLiteral("6")));
    CHECK(a.confidentiality.isEmpty()); // the document states the duty, once
    CHECK(a.feeCents == 0); // no family-work rate: the family worker is the unit's own
    a.supportNeed = QStringLiteral("Vanhemmat tarvitsevat tukea arjen rytmiin.");
    REQUIRE(f.agreements.save(a).ok());

    const auto fi = f.agreements.document(a.id);
    REQUIRE(fi.has_value());
    CHECK(fi->decoration.title == QStringLiteral("PERHETYÖN SOPIMUS"));
    CHECK(fi->html.contains(QStringLiteral("Perhetyön käytännöt")));
    CHECK(fi->html.contains(QStringLiteral("Perhetyöntekijä")));
    CHECK(fi->html.contains(QStringLiteral("Kari Perhetyö")));
    CHECK(fi->html.contains(QStringLiteral("Perhetyö on perheelle maksutonta.")));
    CHECK(fi->html.count(QStringLiteral("vaitiolovelvollisuus")) == 1);
    CHECK_FALSE(fi->html.contains(QStringLiteral("Palkkio")));
    CHECK_FALSE(fi->html.contains(QStringLiteral("Tukihenkilö")));
    const auto sv = f.agreements.document(a.id, QStringLiteral("sv"));
    REQUIRE(sv.has_value());
    CHECK(sv->decoration.title == QStringLiteral("AVTAL OM FAMILJEARBETE"));
    CHECK(sv->html.contains(QStringLiteral("Familjearbetare")));
    CHECK(sv->html.contains(QStringLiteral("Familjearbetet är avgiftsfritt för familjen.")));
}

TEST_CASE("Agreements: a support person agreement names the support person and the meetings", "[agreements][documents]")
{
    AgreementFixture f;
    Agreement a = f.agreements.draftFromMeasure(f.supportPersonMeasure());
    CHECK(a.frequency.contains(QStringLiteral("2")));
    a.supportNeed = QStringLiteral("Eetu tarvitsee aikuisen, jonka kanssa harrastaa.");
    REQUIRE(f.agreements.save(a).ok());
    const auto fi = f.agreements.document(a.id);
    REQUIRE(fi.has_value());
    CHECK(fi->decoration.title == QStringLiteral("TUKIHENKILÖSOPIMUS"));
    CHECK(fi->html.contains(QStringLiteral("Tukihenkilötoiminnan käytännöt")));
    CHECK(fi->html.contains(QStringLiteral("Pekka Tukinen")));
    CHECK(fi->html.contains(QStringLiteral("Eetulla on oma harrastus")));
    const auto sv = f.agreements.document(a.id, QStringLiteral("sv"));
    REQUIRE(sv.has_value());
    CHECK(sv->decoration.title == QStringLiteral("AVTAL OM STÖDPERSON"));
    CHECK(sv->html.contains(QStringLiteral("Stödperson")));
    CHECK(sv->html.contains(QStringLiteral("1.2.2026 – 31.12.2026")));
}
