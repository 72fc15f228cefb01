#include "catchshim.h"
#include "agreementfixture.h"

#include "exchange/csvwriter.h"
#include "reports/compensationreport.h"
#include "storage/measurelogrepository.h"
#include "storage/reportedmonths.h"

using namespace tukipolku;
using tukipolku::test::AgreementFixture;

namespace {
const ProviderPay *payOf(const CompensationMonth &report, const QString &name)
{
    for (const ProviderPay &provider : report.providers) {
        if (provider.name == name)
            return &provider;
    }
    return nullptr;
}
} // namespace

// The figures below are counted by hand from the board's rates:
// support family 52,00 + 31,00 € per day of care and 0,33 €/km until 15.3.2026,
// then 55,00 + 32,00 € and 0,35 €/km; support person 50,00 + 18,00 € per meeting, 0,35 €/km.
TEST_CASE("Compensation report: March 2026 across a rate change, with a cancelled stay and meeting", "[reports][compensation]")
{
    AgreementFixture f; // the Laines' support family measure with the rate of 2023
    MeasureLogRepository logs(f.db.connection(), f.db.worker().id);
    CompensationRate old = logs.rates()->first();
    old.validTo = QDate(2026, 3, 15);
    REQUIRE(logs.saveRate(old).ok());
    CompensationRate raised{QString(), ProviderKind::SupportFamily, QDate(2026, 3, 16), QDate(), 5500,
                            RateUnit::PerDayOfCare, 3200, RateUnit::PerDayOfCare, 35};
    REQUIRE(logs.saveRate(raised).ok());
    CompensationRate meetingRate{QString(), ProviderKind::SupportPerson, QDate(2026, 1, 1), QDate(), 5000,
                                 RateUnit::PerMeeting, 1800, RateUnit::PerMeeting, 35};
    REQUIRE(logs.saveRate(meetingRate).ok());

    // The Laines: nights 6.–7.3. (2 old, 30 km), 13.–16.3. (3 old + 1 new, 20 km at the old
    // rate of the first day), 30.–31.3. (2 new; the night of 1.4. is April's); 20.–22.3. cancelled.
    test::decideMeasure(f.db.connection(), f.db.worker().id, f.measure);
    const QString family = f.measure.id;
    for (CareDays stay : {CareDays{QString(), family, QDate(2026, 3, 6), QDate(2026, 3, 8), false, QString(), 30},
                          CareDays{QString(), family, QDate(2026, 3, 13), QDate(2026, 3, 17), false, QString(), 20},
                          CareDays{QString(), family, QDate(2026, 3, 30), QDate(2026, 4, 2), false, QString(), 0},
                          CareDays{QString(), family, QDate(2026, 3, 20), QDate(2026, 3, 22), true,
                                   QStringLiteral("Lapsi sairastui"), 0}})
        REQUIRE(logs.saveCareDays(stay).ok());
    // Pekka Tukinen: 4.3. (12 km) and 25.3.; 18.3. cancelled.
    Measure person = f.supportPersonMeasure();
    test::decideMeasure(f.db.connection(), f.db.worker().id, person);
    for (Meeting meeting : {Meeting{QString(), person.id, QDate(2026, 3, 4), 120, QStringLiteral("Uinti"), false, 12, QString()},
                            Meeting{QString(), person.id, QDate(2026, 3, 18), 0, QString(), true, 0, QStringLiteral("Sairaus")},
                            Meeting{QString(), person.id, QDate(2026, 3, 25), 90, QStringLiteral("Kirjasto"), false, 0, QString()}})
        REQUIRE(logs.saveMeeting(meeting).ok());

    const CompensationMonth march = CompensationReport::forMonth(f.db.connection(), QDate(2026, 3, 1));
    REQUIRE(march.providers.size() == 2);
    const ProviderPay *laine = payOf(march, QStringLiteral("Laine, Anna ja Matti"));
    REQUIRE(laine);
    CHECK(laine->pay.daysOfCare == 8);
    CHECK(laine->pay.feeCents == 42500);     // 5 × 52,00 + 3 × 55,00
    CHECK(laine->pay.expensesCents == 25100); // 5 × 31,00 + 3 × 32,00
    CHECK(laine->pay.kilometres == 50);
    CHECK(laine->pay.mileageCents == 1650);   // 50 km × 0,33
    CHECK(laine->pay.totalCents() == 69250);
    const ProviderPay *pekka = payOf(march, QStringLiteral("Pekka Tukinen"));
    REQUIRE(pekka);
    CHECK(pekka->pay.meetings == 2);
    CHECK(pekka->pay.feeCents == 10000);
    CHECK(pekka->pay.expensesCents == 3600);
    CHECK(pekka->pay.mileageCents == 420);
    CHECK(pekka->pay.totalCents() == 14020);
    CHECK(march.total.totalCents() == 83270);
    CHECK(march.total.daysOfCare == 8);
    CHECK(march.total.meetings == 2);

    // The CSV for payroll: BOM, ';', the month as ISO 8601, euros with a decimal comma.
    const QString csv = QString::fromUtf8(CompensationReport::csv(march).mid(3));
    CHECK(CompensationReport::csv(march).startsWith("\xEF\xBB\xBF"));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // the header, two providers, the totals
    CHECK(lines.filter(QStringLiteral("Laine, Anna ja Matti")).value(0).startsWith(QStringLiteral("2026-03;")));
    CHECK(lines.filter(QStringLiteral("Laine, Anna ja Matti")).value(0).contains(QStringLiteral(";8;0;425,00;251,00;50;16,50;692,50;")));
    CHECK(lines.last().contains(QStringLiteral(";8;2;525,00;287,00;62;20,70;832,70;")));

    // April has the night of 1.4. only.
    CHECK(CompensationReport::forMonth(f.db.connection(), QDate(2026, 4, 1)).total.daysOfCare == 1);

    // Reported to payroll, March is marked; April is not.
    ReportedMonths reported(f.db.connection(), f.db.worker().id);
    CHECK_FALSE(*reported.isReported(QDate(2026, 3, 20)));
    REQUIRE(reported.markReported(QDate(2026, 3, 31)).ok());
    REQUIRE(reported.markReported(QDate(2026, 3, 1)).ok()); // again: no error
    CHECK(*reported.isReported(QDate(2026, 3, 20)));
    CHECK_FALSE(*reported.isReported(QDate(2026, 4, 1)));
}

TEST_CASE("CSV dates are ISO 8601 for every day, as QDate writes them", "[reports][csv]")
{
    for (QDate day(1999, 12, 25); day <= QDate(2031, 1, 5); day = day.addDays(1))
        REQUIRE(CsvWriter::date(day) == day.toString(Qt::ISODate));
    for (const QDate &day : {QDate(1, 1, 1), QDate(999, 3, 4), QDate(9999, 12, 31), QDate(-44, 3, 15)})
        CHECK(CsvWriter::date(day) == day.toString(Qt::ISODate));
    CHECK(CsvWriter::date(QDate()).isEmpty());
}
