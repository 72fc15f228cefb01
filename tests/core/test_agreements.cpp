#include "catchshim.h"
#include "testdatabase.h"

#include "storage/agreementrepository.h"
#include "storage/caserepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/providerrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
struct AgreementFixture {
    TestDatabase db;
    ClientCase clientCase;
    Measure measure;
    AgreementRepository agreements{db.connection(), db.worker().id};

    AgreementFixture()
    {
        const Family family = db.addFamilyWithTwoChildren();
        clientCase.familyId = family.id;
        clientCase.child = family.membersWithRole(FamilyRole::Child).first();
        clientCase.initiation.receivedAt = at10(QDate(2025, 11, 3));
        REQUIRE(CaseRepository(db.connection(), db.worker().id).open(clientCase).ok());
        Provider laine;
        laine.kind = ProviderKind::SupportFamily;
        laine.name = QStringLiteral("Laine, Anna ja Matti");
        laine.adults = QStringLiteral("Anna Laine\nMatti Laine");
        REQUIRE(ProviderRepository(db.connection(), db.worker().id).save(laine).ok());
        MeasureLogRepository logs(db.connection(), db.worker().id);
        CompensationRate rate;
        rate.providerKind = ProviderKind::SupportFamily;
        rate.validFrom = QDate(2023, 1, 1);
        rate.feeCents = 5200;
        rate.expensesCents = 3100;
        rate.mileageCentsPerKm = 33;
        REQUIRE(logs.saveRate(rate).ok());
        MeasureRepository measures(db.connection(), db.worker().id);
        measure.caseId = clientCase.id;
        measure.catalogueId = measures.catalogueEntryByCode(QStringLiteral("support_family"))->id;
        measure.start = QDate(2025, 12, 1);
        measure.plannedEnd = QDate(2026, 11, 30);
        measure.goals = QStringLiteral("Turvallinen aikuinen kodin ulkopuolella");
        measure.providerId = laine.id;
        measure.daysPerMonth = 2;
        REQUIRE(measures.save(measure).ok());
    }

    Agreement signable()
    {
        Agreement a = agreements.draftFromMeasure(measure);
        a.supportNeed = QStringLiteral("Äiti tarvitsee lepoa; lapsi hyötyy lisäaikuisista.");
        REQUIRE(agreements.save(a).ok());
        return *agreements.find(a.id);
    }

    void signAll(const Agreement &a, const QDate &day)
    {
        for (int i = 0; i < a.parties.size(); ++i)
            REQUIRE(agreements.sign(a.id, i, day).ok());
    }
};
} // namespace

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

TEST_CASE("Agreements: the period lies within the measure's; signing needs goals, duration and all parties", "[agreements]")
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

TEST_CASE("Agreements: signed by every party it is frozen; a new version replaces it", "[agreements]")
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
    CHECK(f.agreements.inForce(f.measure.id).size() == 1);
    CHECK(f.agreements.agreementsOfCase(f.clientCase.id).size() == 2);
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
    CHECK(f.agreements.inForce(f.measure.id).isEmpty());
}
