// Every notification and contact on the child's case (LSL 25 §, 26 §): later
// notifications with their own deadline, the police report, urgency first.
#include "catchshim.h"
#include "testdatabase.h"
#include "workitems.h"

#include "common/clock.h"
#include "reports/deadlinereport.h"
#include "rules/deadlines.h"
#include "storage/caserepository.h"
#include "storage/worklistrepository.h"

using namespace tukipolku;
using tukipolku::test::ofKind;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
// Opens a case for the family's first child, received on `received`, with its
// urgency assessed (not urgent) and the assessment decided to start.
ClientCase openedCase(TestDatabase &db, const QDate &received)
{
    const Family family = db.addFamilyWithTwoChildren();
    ClientCase c;
    c.familyId = family.id;
    c.child = family.membersWithRole(FamilyRole::Child).first();
    c.responsibleWorkerId = db.worker().id;
    c.initiation.receivedAt = at10(received);
    c.initiation.urgent = false;
    c.initiation.urgencyAssessedAt = at10(received).addSecs(600);
    c.initiation.decidedOn = received.addDays(1);
    c.initiation.assessmentStarts = true;
    CaseRepository cases(db.connection(), db.worker().id);
    REQUIRE(cases.open(c).ok());
    return c;
}

Initiation schoolNotification(const QDate &received)
{
    Initiation later;
    later.receivedAt = at10(received);
    later.contactBy = ContactBy::Authority;
    later.authorityKind = AuthorityKind::School;
    later.isNotification = true;
    later.notifierKind = NotifierKind::ObligedProfessional;
    later.notifierName = QStringLiteral("Jukka Hirvonen");
    later.notifierOrganisation = QStringLiteral("Korkalovaaran koulu");
    later.notifierTitle = QStringLiteral("koulukuraattori");
    later.notifierPhone = QStringLiteral("040 123 4567");
    later.notifierEmail = QStringLiteral("jukka.hirvonen@koulu.example");
    later.reasons = {ContactReason::SchoolAbsence};
    return later;
}

} // namespace

TEST_CASE("Notifications: a second one on an open case has its own 7-working-day decision", "[notifications]")
{
    TestDatabase db;
    CaseRepository cases(db.connection(), db.worker().id);
    // Opened on Monday 2.3.2026; a school's notification on Tuesday 31.3.,
    // before Easter: its decision is due on Monday 13.4. (Good Friday and
    // Easter Monday skipped), the first one's on 11.3.
    const ClientCase opened = openedCase(db, QDate(2026, 3, 2));
    Initiation later = schoolNotification(QDate(2026, 3, 31));
    REQUIRE(cases.addInitiation(opened.id, later).ok());
    REQUIRE_FALSE(later.id.isEmpty());

    const ClientCase c = *cases.find(opened.id);
    REQUIRE(c.initiation.id == opened.initiation.id);
    REQUIRE(c.initiation.opensCase);
    REQUIRE(c.laterInitiations.size() == 1);
    const Initiation &read = c.laterInitiations.first();
    CHECK_FALSE(read.opensCase);
    CHECK(read.notifierName == QStringLiteral("Jukka Hirvonen"));
    CHECK(read.notifierOrganisation == QStringLiteral("Korkalovaaran koulu"));
    CHECK(read.notifierTitle == QStringLiteral("koulukuraattori"));
    CHECK(read.notifierPhone == QStringLiteral("040 123 4567"));
    CHECK(read.notifierEmail == QStringLiteral("jukka.hirvonen@koulu.example"));
    CHECK(read.reasons == QList<ContactReason>{ContactReason::SchoolAbsence});

    QList<QDate> dues;
    for (const Deadline &deadline : Deadlines::forCase(c, QDate(2026, 4, 1))) {
        if (deadline.kind == DeadlineKind::InitiationDecision || deadline.kind == DeadlineKind::NotificationDecision)
            dues << deadline.due;
    }
    CHECK(dues == QList<QDate>{QDate(2026, 3, 11), QDate(2026, 4, 13)});
    // The first was decided; the second is the case's next deadline... unless
    // the assessment's is earlier: it is due 2.6., so the notification's is next.
    const Deadline next = Deadlines::nextOpen(Deadlines::forCase(c, QDate(2026, 4, 1)));
    CHECK(next.kind == DeadlineKind::NotificationDecision);
    CHECK(next.due == QDate(2026, 4, 13));

    SECTION("the open deadlines report lists the later notification's decision")
    {
        QList<OpenDeadline> open;
        REQUIRE(DeadlineReport::open(db.connection(), QDate(2026, 4, 1), open).ok());
        QList<QDate> reported;
        for (const OpenDeadline &row : open) {
            if (row.deadline.kind == DeadlineKind::NotificationDecision)
                reported << row.deadline.due;
        }
        CHECK(reported == QList<QDate>{QDate(2026, 4, 13)});
    }

    SECTION("taking it into the ongoing work is its decision, and starts no new assessment")
    {
        Initiation decided = read;
        decided.decidedOn = QDate(2026, 4, 2);
        decided.assessmentStarts = true;
        const Result refused = cases.saveInitiation(c.id, decided);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("ongoing work")));

        decided.assessmentStarts = false;
        decided.intoOngoingWork = true;
        REQUIRE(cases.saveInitiation(c.id, decided).ok());
        const ClientCase after = *cases.find(c.id);
        REQUIRE(after.laterInitiations.size() == 1);
        CHECK(after.laterInitiations.first().intoOngoingWork);
        CHECK(after.laterInitiations.first().decidedOn == QDate(2026, 4, 2));
        CHECK(after.initiation.decidedOn == QDate(2026, 3, 3)); // the first one untouched
        for (const Deadline &deadline : Deadlines::forCase(after, QDate(2026, 4, 3))) {
            if (deadline.kind == DeadlineKind::NotificationDecision)
                CHECK(deadline.state == DeadlineState::MetOnTime);
        }
    }

    SECTION("a case cannot close while a notification waits for its decision")
    {
        const Result refused = cases.close(c.id, QDate(2026, 4, 2), QStringLiteral("Tuki päättyi."));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("31.3.2026")));
    }
}

TEST_CASE("Notifications: what a later one may not be", "[notifications]")
{
    TestDatabase db;
    CaseRepository cases(db.connection(), db.worker().id);
    const ClientCase opened = openedCase(db, QDate(2026, 3, 2));

    Initiation before = schoolNotification(QDate(2026, 2, 27));
    CHECK_FALSE(cases.addInitiation(opened.id, before).ok()); // before the case began

    Initiation anonymousProfessional = schoolNotification(QDate(2026, 3, 5));
    anonymousProfessional.notifierName.clear();
    anonymousProfessional.notifierAnonymous = true;
    CHECK_FALSE(cases.addInitiation(opened.id, anonymousProfessional).ok());

    Initiation badEmail = schoolNotification(QDate(2026, 3, 5));
    badEmail.notifierEmail = QStringLiteral("kuraattori koulu.example");
    const Result email = cases.addInitiation(opened.id, badEmail);
    REQUIRE_FALSE(email.ok());
    CHECK(email.message().contains(QStringLiteral("kuraattori koulu.example")));

    Initiation neighbour;
    neighbour.receivedAt = at10(QDate(2026, 3, 6));
    neighbour.contactBy = ContactBy::RelativeOrFriend;
    neighbour.isNotification = true;
    neighbour.notifierKind = NotifierKind::PrivatePerson;
    neighbour.notifierAnonymous = true;
    REQUIRE(cases.addInitiation(opened.id, neighbour).ok()); // a private person may stay anonymous

    REQUIRE(cases.close(opened.id, QDate(2026, 3, 6), QStringLiteral("Muutti pois.")).ok() == false);
    Initiation decided = cases.find(opened.id)->laterInitiations.first();
    decided.decidedOn = QDate(2026, 3, 9);
    decided.assessmentStarts = false;
    decided.noAssessmentReason = QStringLiteral("Huoli on jo työn alla.");
    REQUIRE(cases.saveInitiation(opened.id, decided).ok());
    REQUIRE(cases.close(opened.id, QDate(2026, 3, 10), QStringLiteral("Muutti pois.")).ok());
    Initiation afterClosing = schoolNotification(QDate(2026, 3, 11));
    const Result closed = cases.addInitiation(opened.id, afterClosing);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.message().contains(opened.caseNumber));
}

TEST_CASE("Notifications: the child's open case is found for a new notification", "[notifications]")
{
    TestDatabase db;
    CaseRepository cases(db.connection(), db.worker().id);
    const ClientCase opened = openedCase(db, QDate(2026, 3, 2));
    const Outcome<CaseSummary> open = cases.openCaseOfChild(opened.child.id);
    REQUIRE(open);
    CHECK(open->id == opened.id);
    CHECK(open->caseNumber == opened.caseNumber);
    REQUIRE(cases.close(opened.id, QDate(2026, 3, 4), QStringLiteral("Ei tarvetta.")).ok());
    CHECK(cases.openCaseOfChild(opened.child.id).isNotFound());
}

TEST_CASE("Worklist: an initiation without its urgency assessment is first, the police question stays until answered",
          "[notifications][worklist]")
{
    TestDatabase db;
    CaseRepository cases(db.connection(), db.worker().id);
    // An old case long overdue for its assessment (due 2.6.2026)...
    const ClientCase opened = openedCase(db, QDate(2026, 3, 2));
    // ...and a notification of violence against the child today, urgency not assessed.
    Initiation violence = schoolNotification(Clock::today());
    violence.receivedAt = QDateTime(Clock::today(), QTime(0, 1));
    violence.reasons = {ContactReason::ViolenceAgainstChild};
    REQUIRE(cases.addInitiation(opened.id, violence).ok());

    WorklistRepository worklist(db.connection(), db.worker().id);
    QList<WorkItem> items = worklist.items(db.worker().id, Clock::today());
    REQUIRE(worklist.readError().isEmpty());
    REQUIRE_FALSE(items.isEmpty());
    CHECK(items.first().kind == WorkKind::UrgencyNotAssessed);
    CHECK(items.first().recordId == violence.id);
    CHECK(items.first().due == Clock::today());
    REQUIRE(ofKind(items, WorkKind::PoliceReportOpen).size() == 1);
    CHECK(ofKind(items, WorkKind::PoliceReportOpen).first().recordId == violence.id);

    // Assessed: no longer first. Reported without a day: refused.
    violence.urgent = true;
    violence.urgencyAssessedAt = violence.receivedAt.addSecs(300);
    violence.policeReport = PoliceReport::Reported;
    const Result noDay = cases.saveInitiation(opened.id, violence);
    REQUIRE_FALSE(noDay.ok());
    CHECK(noDay.message().contains(QStringLiteral("police")));
    violence.policeReport = PoliceReport::NotReported;
    CHECK_FALSE(cases.saveInitiation(opened.id, violence).ok()); // no reason given
    violence.policeNoReportReason = QStringLiteral("Poliisi teki ilmoituksen itse.");
    REQUIRE(cases.saveInitiation(opened.id, violence).ok());
    items = worklist.items(db.worker().id, Clock::today());
    CHECK(ofKind(items, WorkKind::UrgencyNotAssessed).isEmpty());
    CHECK(ofKind(items, WorkKind::PoliceReportOpen).isEmpty());
    const ClientCase read = *cases.find(opened.id);
    CHECK(read.laterInitiations.first().policeReport == PoliceReport::NotReported);
    CHECK(read.laterInitiations.first().policeNoReportReason == QStringLiteral("Poliisi teki ilmoituksen itse."));
}
