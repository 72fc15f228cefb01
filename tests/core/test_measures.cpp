#include "catchshim.h"
#include "common/clock.h"
#include "fixedclock.h"
#include "testdatabase.h"

#include "domain/labels.h"
#include "exchange/providercsv.h"
#include "rules/identitycode.h"
#include "storage/caserepository.h"
#include "storage/measurelogrepository.h"
#include "storage/measurerepository.h"
#include "storage/providerrepository.h"

#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
struct MeasureFixture {
    TestDatabase db;
    Family family;
    ClientCase clientCase;
    MeasureRepository measures{db.connection(), db.worker().id};
    MeasureLogRepository logs{db.connection(), db.worker().id};
    ProviderRepository providers{db.connection(), db.worker().id};

    MeasureFixture()
    {
        family = db.addFamilyWithTwoChildren();
        clientCase.familyId = family.id;
        clientCase.child = family.membersWithRole(FamilyRole::Child).first();
        clientCase.initiation.receivedAt = at10(QDate(2026, 1, 5));
        CaseRepository cases(db.connection(), db.worker().id);
        REQUIRE(cases.open(clientCase).ok());
    }

    void makeChildWelfareClient()
    {
        CaseRepository cases(db.connection(), db.worker().id);
        REQUIRE(cases.startChildWelfareByUrgentMeasures(clientCase.id, QDate(2026, 1, 6), db.worker().id).ok());
        clientCase = *cases.find(clientCase.id);
    }

    CatalogueEntry entry(const char *code) const { return *measures.catalogueEntryByCode(QLatin1String(code)); }

    Provider addProvider(ProviderKind kind, const QString &name, int capacity = 1,
                         const QStringList &languages = {QStringLiteral("fi")})
    {
        Provider p;
        p.kind = kind;
        p.name = name;
        p.capacity = capacity;
        p.languages = languages;
        p.criminalRecordCheckedOn = QDate(2025, 3, 1);
        REQUIRE(providers.save(p).ok());
        return p;
    }

    Measure measureOf(const char *code, LegalBasis basis, const QDate &start)
    {
        Measure m;
        m.caseId = clientCase.id;
        m.catalogueId = entry(code).id;
        m.basis = basis;
        m.start = start;
        return m;
    }
};

void addRate(MeasureLogRepository &logs, ProviderKind kind, const QDate &from, const QDate &to, qint64 fee,
             qint64 expenses, RateUnit unit, qint64 mileage)
{
    CompensationRate rate;
    rate.providerKind = kind;
    rate.validFrom = from;
    rate.validTo = to;
    rate.feeCents = fee;
    rate.feeUnit = unit;
    rate.expensesCents = expenses;
    rate.expensesUnit = unit;
    rate.mileageCentsPerKm = mileage;
    REQUIRE(logs.saveRate(rate).ok());
}
} // namespace

TEST_CASE("Measures: the catalogue holds every measure of seed 000 in Finnish and Swedish", "[measures]")
{
    TestDatabase db;
    MeasureRepository measures(db.connection(), db.worker().id);
    const QList<CatalogueEntry> all = measures.catalogue().value();
    CHECK(all.size() == 30);
    const QStringList seed000{
        QStringLiteral("conversations"),     QStringLiteral("therapies"),        QStringLiteral("family_counselling_clinic"),
        QStringLiteral("family_work"),       QStringLiteral("intensified_family_work"), QStringLiteral("home_help"),
        QStringLiteral("daycare_child_welfare"), QStringLiteral("school_support"), QStringLiteral("support_person"),
        QStringLiteral("support_family"),    QStringLiteral("mother_child_shelter"), QStringLiteral("hobby_support"),
        QStringLiteral("financial_support"), QStringLiteral("open_care_placement"), QStringLiteral("housing"),
        QStringLiteral("holiday"),           QStringLiteral("youth_employment"), QStringLiteral("youth_work"),
        QStringLiteral("mediation"),         QStringLiteral("network_methods"),  QStringLiteral("family_rehabilitation"),
        QStringLiteral("substance_abuse_work"), QStringLiteral("ngo_parish"),
        // seed 001, talk support, seed 004 partners
        QStringLiteral("social_guidance"), QStringLiteral("child_welfare_social_guidance"),
        QStringLiteral("crisis_talk_support"), QStringLiteral("family_matters_counselling"),
        QStringLiteral("crisis_centre"), QStringLiteral("marak"), QStringLiteral("mll_childcare")};
    for (const QString &code : seed000) {
        INFO(code.toStdString());
        const auto entry = measures.catalogueEntryByCode(code);
        REQUIRE(entry);
        CHECK_FALSE(entry->nameFi.isEmpty());
        CHECK_FALSE(entry->nameSv.isEmpty());
        CHECK(entry->nameFi != entry->nameSv);
    }
    CHECK(measures.catalogueEntryByCode(QStringLiteral("support_family"))->nameSv == QStringLiteral("Stödfamilj"));
    CHECK(measures.catalogueEntryByCode(QStringLiteral("support_family"))->inDepth == InDepthType::SupportFamily);
    CHECK(measures.catalogueEntryByCode(QStringLiteral("child_welfare_social_guidance"))->requiresChildWelfareClient);
}

TEST_CASE("Measures: the organiser adds, renames and retires entries – a retired one stays on old records", "[measures]")
{
    MeasureFixture f;
    f.makeChildWelfareClient();
    CatalogueEntry own;
    own.nameFi = QStringLiteral("Kesäleiri");
    own.nameSv = QStringLiteral("Sommarläger");
    own.kind = MeasureKind::Financial;
    REQUIRE(f.measures.saveCatalogueEntry(own).ok());
    own.nameFi = QStringLiteral("Kesäleiri nuorille");
    REQUIRE(f.measures.saveCatalogueEntry(own).ok());
    CHECK(f.measures.catalogueEntry(own.id)->nameFi == QStringLiteral("Kesäleiri nuorille"));

    Measure camp = f.measureOf("support_family", LegalBasis::ChildWelfareAct, QDate(2026, 2, 1));
    camp.catalogueId = own.id;
    REQUIRE(f.measures.save(camp).ok());
    REQUIRE(f.measures.retireCatalogueEntry(own.id).ok());
    CHECK(f.measures.catalogue()->size() == 30); // no longer offered
    CHECK(f.measures.catalogue(true)->size() == 31);
    CHECK(f.measures.find(camp.id)->catalogueId == own.id); // still on the old measure
    camp.goals = QStringLiteral("Mukava kesä");
    CHECK(f.measures.save(camp).ok()); // an existing measure may still be changed
    Measure again = f.measureOf("support_family", LegalBasis::ChildWelfareAct, QDate(2026, 3, 1));
    again.catalogueId = own.id;
    CHECK(f.measures.save(again).message().contains(QStringLiteral("no longer offered")));
}

TEST_CASE("Measures: the rules of legal basis, dates and closed cases", "[measures][rules]")
{
    MeasureFixture f;
    // Child welfare social guidance and LSL measures need child welfare client status.
    Measure guidance = f.measureOf("child_welfare_social_guidance", LegalBasis::ChildWelfareAct, QDate(2026, 2, 1));
    CHECK(f.measures.save(guidance).message().contains(QStringLiteral("child welfare client status")));
    Measure family = f.measureOf("support_family", LegalBasis::ChildWelfareAct, QDate(2026, 2, 1));
    CHECK(f.measures.save(family).message().contains(QStringLiteral("child welfare client status")));
    // As a Social Welfare Act service a support family is fine.
    family.basis = LegalBasis::SocialWelfareAct;
    REQUIRE(f.measures.save(family).ok());
    // A basis the entry does not allow.
    Measure hobby = f.measureOf("hobby_support", LegalBasis::SocialWelfareAct, QDate(2026, 2, 1));
    CHECK(f.measures.save(hobby).message().contains(QStringLiteral("LSL")));

    f.makeChildWelfareClient();
    guidance.start = QDate(2026, 1, 5); // before the status began on 6.1.
    CHECK(f.measures.save(guidance).message().contains(QStringLiteral("6.1.2026")));
    guidance.start = QDate(2026, 1, 7);
    REQUIRE(f.measures.save(guidance).ok());

    // An end before the start is refused.
    Measure late = f.measureOf("family_work", LegalBasis::ChildWelfareAct, QDate(2026, 3, 1));
    late.plannedEnd = QDate(2026, 2, 1);
    CHECK(f.measures.save(late).message().contains(QStringLiteral("planned end")));
    CHECK(f.measures.end(guidance.id, QDate(2026, 1, 6)).message().contains(QStringLiteral("before it started")));
    REQUIRE(f.measures.end(guidance.id, QDate(2026, 1, 20)).ok());
    CHECK(f.measures.find(guidance.id)->status == MeasureStatus::Ended);

    // A measure of a closed case cannot be started. The case closes once the
    // measures still planned are refused.
    CaseRepository cases(f.db.connection(), f.db.worker().id);
    CHECK_FALSE(cases.close(f.clientCase.id, QDate(2026, 2, 10), QStringLiteral("Perhe muutti.")).ok());
    const QList<Measure> planned = f.measures.measuresOfCase(f.clientCase.id).value();
    for (const Measure &measure : planned) {
        if (measure.status == MeasureStatus::Planned)
            REQUIRE(f.measures.refuse(measure.id).ok());
    }
    REQUIRE(cases.close(f.clientCase.id, QDate(2026, 2, 10), QStringLiteral("Perhe muutti.")).ok());
    Measure closed = f.measureOf("support_person", LegalBasis::ChildWelfareAct, QDate(2026, 2, 11));
    CHECK(f.measures.save(closed).message().contains(QStringLiteral("closed")));
}

TEST_CASE("Measures: providers must be of the right kind – matching puts room and language first", "[measures][providers]")
{
    MeasureFixture f;
    const Provider person = f.addProvider(ProviderKind::SupportPerson, QStringLiteral("Nieminen, Sari"));
    Measure family = f.measureOf("support_family", LegalBasis::SocialWelfareAct, QDate(2026, 2, 1));
    family.providerId = person.id;
    CHECK(f.measures.save(family).message().contains(QStringLiteral("Nieminen, Sari")));

    const Provider full = f.addProvider(ProviderKind::SupportFamily, QStringLiteral("Aalto, Anna ja Pekka"), 1);
    const Provider swedish = f.addProvider(ProviderKind::SupportFamily, QStringLiteral("Berg, Karin och Nils"), 2,
                                           {QStringLiteral("sv"), QStringLiteral("fi")});
    const Provider finnish = f.addProvider(ProviderKind::SupportFamily, QStringLiteral("Carlsson, Eeva"), 1);
    family.providerId = full.id;
    REQUIRE(f.measures.save(family).ok());
    const QList<ProviderMatch> forSwede = f.providers.matches(ProviderKind::SupportFamily, QStringLiteral("sv"), 8).value();
    REQUIRE(forSwede.size() == 3);
    CHECK(forSwede.at(0).provider.id == swedish.id); // room and the language
    CHECK(forSwede.at(1).provider.id == finnish.id); // room
    CHECK(forSwede.at(2).provider.id == full.id);    // full
    CHECK_FALSE(forSwede.at(2).freeCapacity);
    CHECK(*f.providers.currentChildren(full.id) == 1);
    CHECK(f.providers.assignments(full.id)->size() == 1);
}

TEST_CASE("Measures: logs are checked and show realised against planned", "[measures][logs]")
{
    MeasureFixture f;
    Measure person = f.measureOf("support_person", LegalBasis::SocialWelfareAct, QDate(2026, 2, 1));
    person.meetingsPerMonth = 2;
    REQUIRE(f.measures.save(person).ok());
    // A measure runs on its decision: before it, nothing is logged.
    CHECK(f.measures.find(person.id)->status == MeasureStatus::Planned);
    CHECK(Labels::measureStatus(*f.measures.find(person.id)) == QStringLiteral("awaiting decision"));
    Meeting before{QString(), person.id, QDate(2026, 3, 4), 120, QStringLiteral("Keilailu"), false, 12, QString()};
    CHECK(f.logs.saveMeeting(before).message().contains(QStringLiteral("awaiting its decision")));
    CHECK(f.logs.meetings(person.id)->isEmpty());
    test::decideMeasure(f.db.connection(), f.db.worker().id, person);
    CHECK(person.status == MeasureStatus::Active);
    CHECK_FALSE(person.decisionId.isEmpty());
    CHECK(Labels::measureStatus(person) == QStringLiteral("active"));
    Meeting future{QString(), person.id, Clock::today().addDays(1), 90, QString(), false, 0, QString()};
    CHECK(f.logs.saveMeeting(future).message().contains(QStringLiteral("future")));
    Meeting early{QString(), person.id, QDate(2026, 1, 20), 90, QString(), false, 0, QString()};
    CHECK(f.logs.saveMeeting(early).message().contains(QStringLiteral("before the measure started")));
    Meeting held{QString(), person.id, QDate(2026, 3, 4), 120, QStringLiteral("Keilailu"), false, 12, QString()};
    Meeting cancelled{QString(), person.id, QDate(2026, 3, 18), 0, QString(), true, 0, QStringLiteral("Lapsi sairastui")};
    REQUIRE(f.logs.saveMeeting(held).ok());
    REQUIRE(f.logs.saveMeeting(cancelled).ok());
    const QList<Meeting> kept = f.logs.meetings(person.id).value(); // the latest first
    REQUIRE(kept.size() == 2);
    CHECK(kept.first().cancelled);
    CHECK(kept.first().cancelReason == QStringLiteral("Lapsi sairastui")); // why it was cancelled is kept
    CHECK(kept.last().cancelReason.isEmpty());
    const MonthlyProgress march = f.logs.progress(person, InDepthType::SupportPerson, QDate(2026, 3, 1)).value();
    CHECK(march.planned == 2);
    CHECK(march.realised == 1); // 1 of 2 meetings

    Measure family = f.measureOf("support_family", LegalBasis::SocialWelfareAct, QDate(2026, 2, 1));
    family.daysPerMonth = 2;
    REQUIRE(f.measures.save(family).ok());
    test::decideMeasure(f.db.connection(), f.db.worker().id, family);
    CareDays backwards{QString(), family.id, QDate(2026, 3, 8), QDate(2026, 3, 6), false, QString(), 0};
    CHECK(f.logs.saveCareDays(backwards).message().contains(QStringLiteral("end before")));
    CareDays noReason{QString(), family.id, QDate(2026, 3, 6), QDate(2026, 3, 8), true, QString(), 0};
    CHECK(f.logs.saveCareDays(noReason).message().contains(QStringLiteral("cancelled")));
    CareDays weekend{QString(), family.id, QDate(2026, 3, 27), QDate(2026, 3, 29), false, QString(), 30};
    REQUIRE(f.logs.saveCareDays(weekend).ok());
    CHECK(f.logs.progress(family, InDepthType::SupportFamily, QDate(2026, 3, 1))->realised == 2);
    CHECK(f.logs.careDays(family.id)->size() == 1);

    Measure work = f.measureOf("family_work", LegalBasis::SocialWelfareAct, QDate(2026, 2, 1));
    work.hoursPerWeek = 3.5;
    REQUIRE(f.measures.save(work).ok());
    test::decideMeasure(f.db.connection(), f.db.worker().id, work);
    Visit zero{QString(), work.id, QDate(2026, 3, 3), 0, VisitPlace::Home, QString(), QString()};
    CHECK_FALSE(f.logs.saveVisit(zero).ok());
    Visit visit{QString(), work.id, QDate(2026, 3, 3), 90, VisitPlace::Home, QStringLiteral("äiti, Eetu"),
                QStringLiteral("Aamurutiinit")};
    REQUIRE(f.logs.saveVisit(visit).ok());
    const MonthlyProgress workMarch = f.logs.progress(work, InDepthType::FamilyWork, QDate(2026, 3, 1)).value();
    CHECK(workMarch.realised == 1.5);
    CHECK(workMarch.planned == Approx(3.5 * 31 / 7.0));
}

TEST_CASE("Measures: a provider's monthly compensation across a rate change", "[measures][compensation]")
{
    // The log refuses days that have not come yet: judged on 1.8.2026.
    const test::FixedClock clock(QDateTime(QDate(2026, 8, 1), QTime(12, 0)));
    MeasureFixture f;
    // 52 + 31 €/day and 0.33 €/km until 14.6.2026, then 55 + 32 €/day and 0.35 €/km.
    addRate(f.logs, ProviderKind::SupportFamily, QDate(2023, 1, 1), QDate(2026, 6, 14), 5200, 3100, RateUnit::PerDayOfCare, 33);
    addRate(f.logs, ProviderKind::SupportFamily, QDate(2026, 6, 15), QDate(), 5500, 3200, RateUnit::PerDayOfCare, 35);
    CompensationRate overlapping;
    overlapping.providerKind = ProviderKind::SupportFamily;
    overlapping.validFrom = QDate(2026, 7, 1);
    overlapping.feeUnit = overlapping.expensesUnit = RateUnit::PerDayOfCare;
    CHECK(f.logs.saveRate(overlapping).message().contains(QStringLiteral("overlaps")));

    const Provider laine = f.addProvider(ProviderKind::SupportFamily, QStringLiteral("Laine, Anna ja Matti"));
    Measure family = f.measureOf("support_family", LegalBasis::SocialWelfareAct, QDate(2026, 5, 1));
    family.providerId = laine.id;
    REQUIRE(f.measures.save(family).ok());
    test::decideMeasure(f.db.connection(), f.db.worker().id, family);
    // 5.–7.6.: two days at the old rate = 2 × 83 € = 166 €, 20 km × 0.33 = 6.60 €
    CareDays first{QString(), family.id, QDate(2026, 6, 5), QDate(2026, 6, 7), false, QString(), 20};
    // 13.–15.6.: nights 13.6. and 14.6. at the old rate = 166 €; 40 km × 0.33 (from 13.6.) = 13.20 €
    CareDays second{QString(), family.id, QDate(2026, 6, 13), QDate(2026, 6, 15), false, QString(), 40};
    // 19.–21.6.: two days at the new rate = 2 × 87 € = 174 €; cancelled: not paid
    CareDays cancelled{QString(), family.id, QDate(2026, 6, 19), QDate(2026, 6, 21), true, QStringLiteral("Sairaus"), 0};
    REQUIRE(f.logs.saveCareDays(first).ok());
    REQUIRE(f.logs.saveCareDays(second).ok());
    REQUIRE(f.logs.saveCareDays(cancelled).ok());
    const Outcome<MonthlyCompensation> read = f.logs.compensation(laine.id, QDate(2026, 6, 1));
    REQUIRE(read);
    const MonthlyCompensation &june = *read;
    CHECK(june.daysOfCare == 4);
    CHECK(june.feeCents == 4 * 5200);
    CHECK(june.expensesCents == 4 * 3100);
    CHECK(june.mileageCents == 20 * 33 + 40 * 33);
    CHECK(june.totalCents() == 33200 + 1980);
    CHECK(june.problems.isEmpty());
}

TEST_CASE("Measures: importing providers takes good rows once and reports bad ones", "[measures][providers][csv]")
{
    TestDatabase db;
    ProviderRepository providers(db.connection(), db.worker().id);
    const QString person = makeIdentityCode(QDate(1980, 5, 17), 912);
    const QByteArray csv = QStringLiteral(
        "kind;name;identity_code;iban;postal_code;languages;capacity\n"
        "support_family;Laine, Anna ja Matti;;FI2112345600000785;96100;fi sv;2\n"
        "support_person;Nieminen, Sari;%1;FI2112345600000785;96200;fi;1\n"
        "support_person;Virhe, Ville;010101-0101;FI2112345600000786;9610;fi;1\n")
                               .arg(person)
                               .toUtf8();
    const ProviderCsvResult parsed = ProviderCsv::parse(csv);
    REQUIRE(parsed.fatal.isEmpty());
    REQUIRE(parsed.good().size() == 2);
    REQUIRE(parsed.rejected().size() == 1);
    CHECK(parsed.rejected().first().line == 4);
    CHECK(parsed.rejected().first().problems.size() >= 2); // identity code, IBAN, postal code

    ProviderImport outcome;
    REQUIRE(providers.importRows(parsed.rows, outcome).ok());
    CHECK(outcome.added == 2);
    CHECK(outcome.duplicates == 0);
    REQUIRE(providers.importRows(parsed.rows, outcome).ok()); // the same file again
    CHECK(outcome.added == 0);
    CHECK(outcome.duplicates == 2);
    CHECK(providers.search(QString(), std::nullopt, std::nullopt)->size() == 2);
    const QList<Provider> found = providers.search(QStringLiteral("Laine"), ProviderKind::SupportFamily, std::nullopt).value();
    REQUIRE(found.size() == 1);
    CHECK(found.first().languages == QStringList({QStringLiteral("fi"), QStringLiteral("sv")}));
    CHECK(found.first().capacity == 2);
}

TEST_CASE("Measures: a provider's record is validated field by field", "[measures][providers]")
{
    TestDatabase db;
    ProviderRepository providers(db.connection(), db.worker().id);
    Provider p;
    p.kind = ProviderKind::SupportPerson;
    p.name = QStringLiteral("Testi, Taina");
    p.iban = QStringLiteral("FI21 1234 5600 0007 86");
    CHECK(providers.save(p).message().contains(QStringLiteral("IBAN")));
    p.iban = QStringLiteral("fi21 1234 5600 0007 85");
    p.postalCode = QStringLiteral("961");
    CHECK(providers.save(p).message().contains(QStringLiteral("postal code")));
    p.postalCode = QStringLiteral("96100");
    p.email = QStringLiteral("taina@");
    CHECK(providers.save(p).message().contains(QStringLiteral("e-mail")));
    p.email = QStringLiteral("taina@example.fi");
    REQUIRE(providers.save(p).ok());
    CHECK(providers.find(p.id)->iban == QLatin1String("FI2112345600000785"));
}
