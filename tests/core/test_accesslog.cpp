#include "catchshim.h"
#include "common/clock.h"
#include "testdatabase.h"

#include "reports/clientlogreport.h"
#include "storage/accesslog.h"
#include "storage/caserepository.h"

#include <QSqlQuery>

using namespace tukipolku;

namespace {
QList<ClientLogLine> clientLog(const QSqlDatabase &db, const QString &personId, const QDate &from, const QDate &to)
{
    QList<ClientLogLine> lines;
    const Result read = ClientLogReport::lines(lines, db, personId, from, to);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    return lines;
}
} // namespace
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

    const QList<AccessEntry> entries = log.entriesOfCase(c.id).value();
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
    CHECK(entries.at(2).at.secsTo(Clock::nowUtc()) < 60);
    CHECK(AccessLog(db.connection(), db.worker().id).entriesOfCase(QStringLiteral("no such case"))->isEmpty());

    // Nobody changes or deletes the log, not even with SQL.
    QSqlQuery query(db.connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE access_log SET action = 'print'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM access_log")));
    CHECK(log.entriesOfCase(c.id)->size() == 3);
}

TEST_CASE("Access log: what is logged about a person in a date range, for a client who asks", "[accesslog][reports]")
{
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.initiation.receivedAt = at10(Clock::today().addDays(-10));
    CaseRepository cases(db.connection(), db.worker().id);
    REQUIRE(cases.open(c).ok());
    AccessLog log(db.connection(), db.worker().id);
    REQUIRE(log.recordView(c.id).ok());
    REQUIRE(log.record(AccessAction::Pdf, QStringLiteral("decisions"), QStringLiteral("d1"), c.id, QStringLiteral("fi"),
                       QStringLiteral("/tmp/paatos.pdf"))
                .ok());
    Initiation initiation = cases.find(c.id)->initiation;
    initiation.description = QStringLiteral("Koulu otti yhteyttä");
    REQUIRE(cases.saveInitiation(c.id, initiation).ok());
    CHECK(log.entriesOfCase(c.id)->size() == 2);
    CHECK(log.entriesOfCase(c.id, false)->size() == 1); // without the view

    const QList<ClientLogLine> lines =
        clientLog(db.connection(), c.child.id, Clock::today().addDays(-1), Clock::today());
    QStringList whats;
    for (const ClientLogLine &line : lines)
        whats << line.what;
    CHECK(whats.contains(QStringLiteral("Opened the case")));
    CHECK(whats.contains(QStringLiteral("Saved as PDF: decision")));
    CHECK(whats.filter(QStringLiteral("Changed:")).size() >= 1);
    CHECK(lines.first().worker == db.worker().fullName());
    for (qsizetype i = 1; i < lines.size(); ++i)
        CHECK(lines.at(i - 1).at <= lines.at(i).at);
    // Another person, or another time, has none of it.
    const Person sibling = family.membersWithRole(FamilyRole::Child).last();
    CHECK(clientLog(db.connection(), sibling.id, Clock::today().addDays(-1), Clock::today()).isEmpty());
    CHECK(clientLog(db.connection(), c.child.id, QDate(2020, 1, 1), QDate(2020, 12, 31)).isEmpty());
    const QString csv = QString::fromUtf8(ClientLogReport::csv(lines).mid(3));
    CHECK(csv.startsWith(QStringLiteral("Time;Worker;What;Detail")));
    CHECK(csv.contains(QStringLiteral("/tmp/paatos.pdf")));
}
