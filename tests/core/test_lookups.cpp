// A record that could not be read is never "not found": a failed read is its
// own answer, all the way to the page, the printout and the command line.
#include "catchshim.h"
#include "fixedclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include "common/outcome.h"
#include "storage/agreementrepository.h"
#include "storage/caserepository.h"
#include "storage/corruptionwatch.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/documentlookup.h"
#include "storage/familyrepository.h"
#include "storage/reportedmonths.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tukipolku;

namespace {
QStringList idsOf(const QString &path, const QString &sql)
{
    Database database;
    REQUIRE(database.open(path));
    QStringList ids;
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(sql));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

// How many of the records were read, found missing, or failed.
struct Tally {
    int read = 0;
    int notFound = 0;
    int failed = 0;
    QString firstFailed;
    QString firstMessage;

    template <typename T>
    void add(const QString &id, const Outcome<T> &outcome)
    {
        if (outcome)
            ++read;
        else if (outcome.isNotFound())
            ++notFound;
        else if (++failed == 1) {
            firstFailed = id;
            firstMessage = outcome.message();
        }
    }
};
} // namespace

TEST_CASE("Outcome: a value, not found and failed are three answers", "[lookups]")
{
    const Outcome<int> value(7);
    CHECK(value);
    CHECK(*value == 7);
    CHECK_FALSE(value.isNotFound());
    CHECK_FALSE(value.isFailed());
    CHECK(value.message().isEmpty());

    const Outcome<int> missing = Failure::notFound();
    CHECK_FALSE(missing);
    CHECK(missing.isNotFound());
    CHECK_FALSE(missing.isFailed());
    CHECK(missing.message().isEmpty());
    CHECK(missing.messageOr(QStringLiteral("not here")) == QStringLiteral("not here"));
    CHECK(missing.value_or(3) == 3);

    const Outcome<int> failed = Failure::failed(QStringLiteral("could not be read"), QStringLiteral("SQLITE_CORRUPT"));
    CHECK_FALSE(failed);
    CHECK(failed.isFailed());
    CHECK_FALSE(failed.isNotFound());
    CHECK(failed.message() == QStringLiteral("could not be read"));
    CHECK(failed.messageOr(QStringLiteral("not here")) == QStringLiteral("could not be read"));
    CHECK(failed.failure().detail == QStringLiteral("SQLITE_CORRUPT"));
}

TEST_CASE("Lookups: a family, case or document on a damaged page fails in words, never as not found",
          "[lookups][damage]")
{
    // The demo data on one day: which pages the records land on depends on it.
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0)));
    QTemporaryDir dir;
    const QString path = test::makeDatabaseFile(dir.filePath(QStringLiteral("unit.sqlite")), 300);
    const QStringList families = idsOf(path, QStringLiteral("SELECT id FROM families"));
    const QStringList cases = idsOf(path, QStringLiteral("SELECT id FROM cases WHERE archived_at IS NULL"));
    const QStringList decisions = idsOf(path, QStringLiteral("SELECT id FROM decisions"));
    const QStringList agreements = idsOf(path, QStringLiteral("SELECT id FROM agreements"));
    // Per case, how many decisions and agreements it holds while the file is whole.
    const QStringList decisionCounts = idsOf(path, QStringLiteral("SELECT case_id || ' ' || count(*) FROM decisions GROUP BY case_id"));
    const QStringList agreementCounts =
        idsOf(path, QStringLiteral("SELECT case_id || ' ' || count(*) FROM agreements GROUP BY case_id"));
    REQUIRE(decisions.size() > 10);
    REQUIRE(agreements.size() > 10);

    test::damageLeafPage(path, QStringLiteral("family_members"));
    test::damageLeafPage(path, QStringLiteral("client_plans"));
    test::damageLeafPage(path, QStringLiteral("decisions"));
    test::damageLeafPage(path, QStringLiteral("agreement_parties"));
    Database database;
    REQUIRE(database.open(path));
    const QSqlDatabase connection = database.connection();

    SECTION("families: members read in part are not a family")
    {
        Tally tally;
        for (const QString &id : families)
            tally.add(id, FamilyRepository(connection, QString()).find(id));
        CHECK(tally.notFound == 0);
        CHECK(tally.failed > 0);
        CHECK(tally.read + tally.failed == families.size());
        CHECK(tally.firstMessage.contains(QStringLiteral("could not be read")));
    }
    SECTION("cases: plans read in part are not a case")
    {
        Tally tally;
        for (const QString &id : cases)
            tally.add(id, CaseRepository(connection, QString()).find(id));
        CHECK(tally.notFound == 0);
        CHECK(tally.failed > 0);
        CHECK(tally.firstMessage.contains(QStringLiteral("could not be read")));
    }
    SECTION("decisions and agreements: never printed from a failed read, never called missing")
    {
        Tally found;
        Tally printed;
        for (const QString &id : decisions) {
            found.add(id, DecisionRepository(connection, QString()).find(id));
            printed.add(id, DocumentLookup::find(database, id, QString()));
        }
        for (const QString &id : agreements)
            printed.add(id, AgreementRepository(connection, QString()).document(id, QString()));
        CHECK(found.notFound == 0);
        CHECK(found.failed > 0);
        CHECK(printed.notFound == 0);
        CHECK(printed.failed >= found.failed);
        CHECK(printed.firstMessage.contains(QStringLiteral("could not be read")));
        // A failed decision is not changed either: whether it was issued is not known.
        DecisionRepository repository(connection, QString());
        Decision changed;
        changed.id = found.firstFailed;
        CHECK(repository.save(changed).message().contains(QStringLiteral("could not be read")));
        CHECK(repository.issue(found.firstFailed, QDate(2026, 12, 7)).message().contains(QStringLiteral("could not be read")));
    }
    SECTION("a case's decisions and agreements: all of them, or a failure, never fewer")
    {
        int failed = 0;
        for (const QString &line : decisionCounts) {
            const Outcome<QList<Decision>> read = DecisionRepository(connection, QString()).decisionsOfCase(line.section(QLatin1Char(' '), 0, 0));
            if (read)
                CHECK(read->size() == line.section(QLatin1Char(' '), 1).toInt());
            else
                failed += read.isFailed() ? 1 : 0;
        }
        for (const QString &line : agreementCounts) {
            const Outcome<QList<Agreement>> read = AgreementRepository(connection, QString()).agreementsOfCase(line.section(QLatin1Char(' '), 0, 0));
            if (read)
                CHECK(read->size() == line.section(QLatin1Char(' '), 1).toInt());
            else
                failed += read.isFailed() ? 1 : 0;
        }
        CHECK(failed > 0);
    }
    SECTION("an id that is nowhere is still simply not found")
    {
        CHECK(FamilyRepository(connection, QString()).find(QStringLiteral("no-such-family")).isNotFound());
        CHECK(DocumentLookup::find(database, QStringLiteral("no-such-document"), QString()).isNotFound());
    }
    CorruptionWatch::reset();
}

TEST_CASE("Lookups: a number, a payroll mark or a caseload that cannot be read stops the write",
          "[lookups][damage]")
{
    test::TestDatabase db;
    QSqlQuery hide(db.connection());
    REQUIRE(hide.exec(QStringLiteral("ALTER TABLE reported_months RENAME TO reported_months_unread")));
    const ReportedMonths reported(db.connection(), db.worker().id);
    const Outcome<bool> known = reported.isReported(QDate(2026, 3, 20));
    CHECK(known.isFailed()); // not "not reported": a correction could slip past payroll
    CHECK(known.message().contains(QStringLiteral("could not be read")));
    CHECK_FALSE(ReportedMonths(db.connection(), db.worker().id).markReported(QDate(2026, 3, 20)).ok());

    REQUIRE(hide.exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_unread")));
    CaseRepository cases(db.connection(), db.worker().id);
    CHECK(cases.childWelfareCaseload(db.worker().id).isFailed());
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = test::at10(QDate(2026, 12, 1));
    // Never a case number that may be taken already.
    CHECK(cases.open(c).message().contains(QStringLiteral("could not be read")));
}
