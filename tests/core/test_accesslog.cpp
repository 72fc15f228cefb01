#include "catchshim.h"
#include "testdatabase.h"

#include "storage/accesslog.h"
#include "storage/caserepository.h"

#include <QSqlQuery>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

TEST_CASE("Access log: who printed which client's document, append-only", "[accesslog]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(QDate(2025, 11, 3));
    REQUIRE(CaseRepository(db.connection(), db.worker().id).open(c).ok());
    const QString recordId = QStringLiteral("00000000-0000-4000-8000-000000000001");

    AccessLog log(db.connection(), db.worker().id);
    REQUIRE(log.record(AccessAction::Preview, QStringLiteral("decisions"), recordId, c.id, QStringLiteral("fi")).ok());
    REQUIRE(log.record(AccessAction::Pdf, QStringLiteral("decisions"), recordId, c.id, QStringLiteral("sv"),
                       QStringLiteral("/home/sosiaalityo/paatos.pdf"))
                .ok());
    // The command line has no worker.
    REQUIRE(AccessLog(db.connection(), QString())
                .record(AccessAction::Export, QStringLiteral("decisions"), recordId, c.id, QStringLiteral("fi"))
                .ok());

    const QList<AccessEntry> entries = log.entriesOfCase(c.id);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).action == AccessAction::Export); // the newest first
    CHECK(entries.at(0).workerId.isEmpty());
    CHECK(entries.at(1).action == AccessAction::Pdf);
    CHECK(entries.at(1).workerId == db.worker().id);
    CHECK(entries.at(1).language == QStringLiteral("sv"));
    CHECK(entries.at(1).detail == QStringLiteral("/home/sosiaalityo/paatos.pdf"));
    CHECK(entries.at(2).action == AccessAction::Preview);
    CHECK(entries.at(2).recordId == recordId);
    CHECK(entries.at(2).at.isValid());
    CHECK(entries.at(2).at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    CHECK(AccessLog(db.connection(), db.worker().id).entriesOfCase(QStringLiteral("no such case")).isEmpty());

    // Nobody changes or deletes the log, not even with SQL.
    QSqlQuery query(db.connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE access_log SET action = 'print'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM access_log")));
    CHECK(log.entriesOfCase(c.id).size() == 3);
}
