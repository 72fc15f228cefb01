#include "agreementfixture.h"

#include "catchshim.h"

#include "storage/caserepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/providerrepository.h"

namespace tukipolku::test {

AgreementFixture::AgreementFixture()
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

namespace {
// A measure of the catalogue entry `code` for the case, given by a new provider.
Measure providedMeasure(AgreementFixture &f, ProviderKind kind, const QString &providerName, const QString &code,
                        Measure m)
{
    Provider provider;
    provider.kind = kind;
    provider.name = providerName;
    REQUIRE(ProviderRepository(f.db.connection(), f.db.worker().id).save(provider).ok());
    MeasureRepository measures(f.db.connection(), f.db.worker().id);
    m.caseId = f.clientCase.id;
    m.catalogueId = measures.catalogueEntryByCode(code)->id;
    m.basis = LegalBasis::SocialWelfareAct; // needs no child welfare status (SHL 18 §)
    m.providerId = provider.id;
    REQUIRE(measures.save(m).ok());
    return m;
}
} // namespace

Measure AgreementFixture::familyWorkMeasure()
{
    Measure m;
    m.start = QDate(2026, 1, 5);
    m.plannedEnd = QDate(2026, 6, 30);
    m.goals = QStringLiteral("Aamut sujuvat ilman riitaa");
    m.hoursPerWeek = 6;
    // Family work under SHL 18 § (intensified family work is child welfare only).
    return providedMeasure(*this, ProviderKind::FamilyWorker, QStringLiteral("Kari Perhetyö"),
                           QStringLiteral("family_work"), m);
}

Measure AgreementFixture::supportPersonMeasure()
{
    Measure m;
    m.start = QDate(2026, 2, 1);
    m.plannedEnd = QDate(2026, 12, 31);
    m.goals = QStringLiteral("Eetulla on oma harrastus");
    m.meetingsPerMonth = 2;
    return providedMeasure(*this, ProviderKind::SupportPerson, QStringLiteral("Pekka Tukinen"),
                           QStringLiteral("support_person"), m);
}

Agreement AgreementFixture::signable()
{
    Agreement a = agreements.draftFromMeasure(measure);
    a.supportNeed = QStringLiteral("Äiti tarvitsee lepoa; lapsi hyötyy lisäaikuisista.");
    REQUIRE(agreements.save(a).ok());
    return *agreements.find(a.id);
}

void AgreementFixture::signAll(const Agreement &a, const QDate &day)
{
    for (int i = 0; i < a.parties.size(); ++i)
        REQUIRE(agreements.sign(a.id, i, day).ok());
}

} // namespace tukipolku::test
