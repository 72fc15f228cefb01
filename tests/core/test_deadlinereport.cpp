#include "catchshim.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "reports/deadlinereport.h"
#include "storage/caserepository.h"
#include "storage/personrepository.h"

#include <QSet>
#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
// "case id|child|kind|start|due|state" of each open deadline, for comparing.
QString line(const QString &caseId, const QString &child, const Deadline &d)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(caseId, child)
        .arg(int(d.kind))
        .arg(d.start.toString(Qt::ISODate), d.due.toString(Qt::ISODate))
        .arg(int(d.state));
}

QList<OpenDeadline> openDeadlines(TestDatabase &db, const QDate &today)
{
    QList<OpenDeadline> deadlines;
    const Result read = DeadlineReport::open(db.connection(), today, deadlines);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    return deadlines;
}

QStringList reported(TestDatabase &db, const QDate &today)
{
    QStringList lines;
    for (const OpenDeadline &row : openDeadlines(db, today))
        lines << line(row.caseId, row.child, row.deadline);
    lines.sort();
    return lines;
}
} // namespace

TEST_CASE("Open deadlines report: follows a case as its records and its child change", "[reports][deadlines]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    CaseRepository cases(db.connection(), db.worker().id);
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(QDate(2026, 3, 31));
    REQUIRE(cases.open(c).ok());
    const QDate today(2026, 4, 20);

    // Received on the Tuesday before Easter: the decision was due on Monday
    // 13.4.; the assessment is open from the receipt too.
    QList<OpenDeadline> open = openDeadlines(db, today);
    REQUIRE(open.size() == 2);
    CHECK(open.at(0).caseId == c.id);
    CHECK(open.at(0).caseNumber == c.caseNumber);
    CHECK(open.at(0).child == QStringLiteral("Eetu Virtanen"));
    CHECK(open.at(0).deadline.kind == DeadlineKind::InitiationDecision);
    CHECK(open.at(0).deadline.due == QDate(2026, 4, 13));
    CHECK(open.at(0).deadline.state == DeadlineState::Overdue);
    CHECK(open.at(1).deadline.kind == DeadlineKind::AssessmentCompletion);

    // Decided with an assessment: now only the assessment is open, due 30.6.
    c.initiation.decidedOn = QDate(2026, 4, 14);
    c.initiation.assessmentStarts = true;
    REQUIRE(cases.saveInitiation(c.id, c.initiation).ok());
    open = openDeadlines(db, today);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).deadline.kind == DeadlineKind::AssessmentCompletion);
    CHECK(open.at(0).deadline.due == QDate(2026, 6, 30));

    // The child's new name is in the report at once.
    PersonRepository persons(db.connection(), db.worker().id);
    Person child = c.child;
    child.lastName = QStringLiteral("Virtanen-Laine");
    REQUIRE(persons.save(child).ok());
    open = openDeadlines(db, today);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).child == QStringLiteral("Eetu Virtanen-Laine"));

    // A closed case has nothing open.
    REQUIRE(cases.close(c.id, today, QStringLiteral("Moved away")).ok());
    CHECK(openDeadlines(db, today).isEmpty());
}

TEST_CASE("Open deadlines report: the same deadlines as each open case's own page", "[reports][deadlines]")
{
    TestDatabase db;
    DemoOptions demo;
    demo.families = 120;
    demo.seed = 11;
    demo.today = QDate(2026, 11, 23);
    REQUIRE(DemoGenerator::fill(db.database(), demo).ok());
    const QDate today = demo.today.addDays(9);

    // Worked out case by case, as the case page does.
    CaseRepository cases(db.connection(), db.worker().id);
    QSqlQuery ids(db.connection());
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM cases WHERE closed_on IS NULL AND archived_at IS NULL "
                                    "AND next_deadline_due IS NOT NULL")));
    QStringList expected;
    QSet<DeadlineKind> kinds;
    while (ids.next()) {
        const Outcome<ClientCase> c = cases.find(ids.value(0).toString());
        REQUIRE(c);
        for (const Deadline &d : Deadlines::forCase(*c, today)) {
            if (d.isOpen()) {
                expected << line(c->id, c->child.fullName(), d);
                kinds.insert(d.kind);
            }
        }
    }
    expected.sort();
    CHECK(expected.size() > 60);
    CHECK(kinds.contains(DeadlineKind::AssessmentCompletion));
    CHECK(kinds.contains(DeadlineKind::PlanReview));
    CHECK(reported(db, today) == expected);
}
