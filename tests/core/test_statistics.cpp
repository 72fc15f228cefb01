#include "catchshim.h"
#include "agreementfixture.h"

#include "reports/statisticsreport.h"
#include "storage/caserepository.h"
#include "storage/familyrepository.h"

using namespace tukipolku;
using tukipolku::test::AgreementFixture;
using tukipolku::test::at10;

namespace {
QList<StatisticsLine> yearlyLines(const QSqlDatabase &db, int year)
{
    QList<StatisticsLine> lines;
    const Result read = StatisticsReport::yearly(db, year, lines);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    return lines;
}
} // namespace

namespace {
// A new household of one child born on `born`, with a case received on `received`.
ClientCase caseOf(AgreementFixture &f, const QString &name, const QDate &born, const QDate &received)
{
    FamilyRepository families(f.db.connection(), f.db.worker().id);
    Family family;
    family.name = name;
    REQUIRE(families.save(family).ok());
    Person child;
    child.firstNames = QStringLiteral("Lapsi");
    child.lastName = name;
    child.birthDate = born;
    REQUIRE(families.addMember(family.id, child, FamilyRole::Child).ok());
    ClientCase c;
    c.familyId = family.id;
    c.child = families.find(family.id)->membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(received);
    c.initiation.isNotification = true;
    c.initiation.notifierKind = NotifierKind::ObligedProfessional;
    c.initiation.contactBy = ContactBy::Authority;
    c.initiation.authorityKind = AuthorityKind::School;
    REQUIRE(CaseRepository(f.db.connection(), f.db.worker().id).open(c).ok());
    return c;
}

void decide(AgreementFixture &f, ClientCase &c, const QDate &on)
{
    CaseRepository cases(f.db.connection(), f.db.worker().id);
    Initiation initiation = cases.find(c.id)->initiation;
    initiation.decidedOn = on;
    initiation.assessmentStarts = true;
    REQUIRE(cases.saveInitiation(c.id, initiation).ok());
}
} // namespace

TEST_CASE("Statistics: THL's half-years", "[reports][statistics]")
{
    QDate from;
    QDate to;
    REQUIRE(StatisticsReport::parsePeriod(QStringLiteral("2026H1"), from, to));
    CHECK(from == QDate(2025, 10, 1));
    CHECK(to == QDate(2026, 3, 31));
    REQUIRE(StatisticsReport::parsePeriod(QStringLiteral("2026h2"), from, to));
    CHECK(from == QDate(2026, 4, 1));
    CHECK(to == QDate(2026, 9, 30));
    CHECK_FALSE(StatisticsReport::parsePeriod(QStringLiteral("2026H3"), from, to));
    CHECK_FALSE(StatisticsReport::parsePeriod(QStringLiteral("kevät"), from, to));
}

TEST_CASE("Statistics: initiations decided within 7 working days over Easter, and late", "[reports][statistics]")
{
    AgreementFixture f; // Eetu's case, received 3.11.2025 and never decided
    // Received on Tuesday 31.3.2026 (the last day of 2026H1): due Monday 13.4. over Easter.
    ClientCase onTime = caseOf(f, QStringLiteral("Aalto"), QDate(2014, 1, 1), QDate(2026, 3, 31));
    decide(f, onTime, QDate(2026, 4, 13));
    ClientCase late = caseOf(f, QStringLiteral("Berg"), QDate(2019, 6, 1), QDate(2026, 3, 2)); // due 11.3.
    decide(f, late, QDate(2026, 3, 12));
    caseOf(f, QStringLiteral("Carlsson"), QDate(2020, 6, 1), QDate(2026, 3, 16)); // due 25.3., never decided
    caseOf(f, QStringLiteral("Dahl"), QDate(2020, 6, 1), QDate(2026, 3, 27)); // due 7.4., after the period

    QDate from;
    QDate to;
    REQUIRE(StatisticsReport::parsePeriod(QStringLiteral("2026H1"), from, to));
    const ThlDeadlines report = StatisticsReport::thlDeadlines(f.db.connection(), from, to);
    // Decided on 13.4. is on time, though after the period: it was received in it.
    CHECK(report.initiations.onTime == 1);
    CHECK(report.initiations.late == 1);
    // Carlsson, and Eetu (received 3.11.2025); Dahl's was not yet due on 31.3.
    CHECK(report.initiations.openOverdue == 2);
    // Eetu's assessment was due on 3.2.2026 and is still open at the end of the period.
    CHECK(report.assessments.openOverdue == 1);
    CHECK(report.assessments.onTime == 0);

    const QString csv = QString::fromUtf8(StatisticsReport::csv(report).mid(3));
    CHECK(csv.contains(QStringLiteral("2025-10-01;2026-03-31;")));
    CHECK(csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() == 3);
}

TEST_CASE("Statistics: assessments completed within 3 months over the New Year holidays, and late", "[reports][statistics]")
{
    AgreementFixture f; // Eetu's case, received 3.11.2025: its assessment due 3.2.2026 is still open
    CaseRepository cases(f.db.connection(), f.db.worker().id);
    const auto complete = [&](ClientCase &c, const QDate &decided, const QDate &completed) {
        decide(f, c, decided);
        Assessment assessment;
        assessment.startedOn = decided;
        assessment.completedOn = completed;
        assessment.needDuration = NeedDuration::Temporary;
        assessment.childWelfareNeed = false;
        REQUIRE(cases.saveAssessment(c.id, assessment, QString()).ok());
    };
    // Received Monday 6.10.2025: three months is Tuesday 6.1.2026, Epiphany, so due Wednesday 7.1.
    ClientCase ek = caseOf(f, QStringLiteral("Ek"), QDate(2016, 2, 2), QDate(2025, 10, 6));
    complete(ek, QDate(2025, 10, 8), QDate(2026, 1, 7));
    // Received Wednesday 1.10.2025: three months is New Year's Day, so due Friday 2.1.2026.
    ClientCase falk = caseOf(f, QStringLiteral("Falk"), QDate(2016, 2, 2), QDate(2025, 10, 1));
    complete(falk, QDate(2025, 10, 3), QDate(2026, 1, 5));
    // Received 3.6.2025, due 3.9.2025 (before the period) and still open: counted in 2025H2, not here.
    ClientCase gren = caseOf(f, QStringLiteral("Gren"), QDate(2016, 2, 2), QDate(2025, 6, 3));
    decide(f, gren, QDate(2025, 6, 4));

    QDate from;
    QDate to;
    REQUIRE(StatisticsReport::parsePeriod(QStringLiteral("2026H1"), from, to));
    const ThlDeadlines report = StatisticsReport::thlDeadlines(f.db.connection(), from, to);
    CHECK(report.assessments.onTime == 1);      // Ek
    CHECK(report.assessments.late == 1);        // Falk
    CHECK(report.assessments.openOverdue == 1); // Eetu
    // Their initiations were received in the period and decided within 7 working days; Eetu's never was.
    CHECK(report.initiations.onTime == 2);
    CHECK(report.initiations.late == 0);
    CHECK(report.initiations.openOverdue == 1);
}

TEST_CASE("Statistics: children in measures by measure, basis and age, and who notified", "[reports][statistics]")
{
    AgreementFixture f; // Eetu (born 3.9.2015) with a support family 1.12.2025–30.11.2026 (SHL)
    // A measure counts once its decision is issued: before it, it is only planned.
    CHECK(yearlyLines(f.db.connection(), 2026).isEmpty());
    test::decideMeasure(f.db.connection(), f.db.worker().id, f.measure);
    caseOf(f, QStringLiteral("Aalto"), QDate(2014, 1, 1), QDate(2026, 3, 31));
    caseOf(f, QStringLiteral("Berg"), QDate(2019, 6, 1), QDate(2026, 5, 4));
    const QList<StatisticsLine> lines = yearlyLines(f.db.connection(), 2026);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).count == 1); // Eetu, 11 at the end of 2026
    CHECK(lines.at(0).ageGroup == QStringLiteral("7–12"));
    CHECK(lines.at(1).group == QStringLiteral("School"));
    CHECK(lines.at(1).count == 2);
    CHECK(yearlyLines(f.db.connection(), 2024).isEmpty());
    CHECK(StatisticsReport::ageGroup(6) == QStringLiteral("0–6"));
    CHECK(StatisticsReport::ageGroup(13) == QStringLiteral("13–17"));
}
