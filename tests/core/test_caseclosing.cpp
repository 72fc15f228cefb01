// Closing a case lists what is still open and refuses until each is ended.
#include "catchshim.h"
#include "agreementfixture.h"

#include "storage/caserepository.h"
#include "storage/decisionrepository.h"
#include "storage/measurerepository.h"

using namespace tukipolku;
using tukipolku::test::AgreementFixture;

TEST_CASE("Closing a case: refused while a measure runs and its decision is in force", "[closing]")
{
    AgreementFixture f; // Eetu's support family measure 1.12.2025–30.11.2026
    CaseRepository cases(f.db.connection(), f.db.worker().id);

    // Planned, without its decision: end it or mark it refused.
    Outcome<QStringList> open = cases.openAtClosing(f.clientCase.id, QDate(2026, 3, 2));
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().contains(QStringLiteral("planned")));

    test::decideMeasure(f.db.connection(), f.db.worker().id, f.measure);
    const Decision decision = DecisionRepository(f.db.connection(), f.db.worker().id)
                                  .decisionsOfCase(f.clientCase.id)
                                  ->constLast();
    const Result refused = cases.close(f.clientCase.id, QDate(2026, 3, 2), QStringLiteral("Tuki päättyy."));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("running")));
    CHECK(refused.message().contains(decision.number)); // in force and not yet sent
    CHECK_FALSE(cases.find(f.clientCase.id)->isClosed());
    open = cases.openAtClosing(f.clientCase.id, QDate(2026, 3, 2));
    REQUIRE(open);
    CHECK(open->size() == 3); // the measure, the decision in force, its sending

    // After the decision's end day and with the measure ended, only the sending is left.
    REQUIRE(MeasureRepository(f.db.connection(), f.db.worker().id).end(f.measure.id, QDate(2026, 11, 30)).ok());
    open = cases.openAtClosing(f.clientCase.id, decision.end.addDays(1));
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().contains(QStringLiteral("not yet sent")));
}
