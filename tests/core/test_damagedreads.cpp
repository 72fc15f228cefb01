// A damaged page is a failure in words, never a shorter list or report.
#include "catchshim.h"
#include "fixedclock.h"
#include "testdatabase.h"
#include "testfiles.h"

#include "demo/demogenerator.h"
#include "models/caselistmodel.h"
#include "reports/compensationreport.h"
#include "reports/deadlinereport.h"
#include "reports/statisticsreport.h"
#include "storage/corruptionwatch.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/recordwriter.h"
#include "storage/worklistrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tukipolku;

namespace {
QString demoDatabase(const QTemporaryDir &dir)
{
    return test::makeDatabaseFile(dir.filePath(QStringLiteral("unit.sqlite")), 300);
}
} // namespace

TEST_CASE("Damaged file: the reports and the worklist fail in words instead of coming out short", "[database][damage]")
{
    // The demo data and the readings on one day: which pages a reading visits depends on it.
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0)));
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    {
        Database healthy;
        REQUIRE(healthy.open(path));
        QList<OpenDeadline> deadlines;
        REQUIRE(DeadlineReport::open(healthy.connection(), QDate(2026, 12, 7), deadlines).ok());
        REQUIRE(deadlines.size() > 100);
        CHECK(healthy.confirmHealthy());
    }
    test::damageLeafPage(path, QStringLiteral("open_deadline_cases"));
    test::damageLeafPage(path, QStringLiteral("cases"));
    test::damageLeafPage(path, QStringLiteral("initiations"));

    Database database;
    REQUIRE(database.open(path)); // the header and the schema are whole
    QList<OpenDeadline> deadlines;
    const Result report = DeadlineReport::open(database.connection(), QDate(2026, 12, 7), deadlines);
    CHECK_FALSE(report.ok());
    CHECK(report.message().contains(QStringLiteral("could not be read")));
    CHECK(deadlines.isEmpty());

    const WorklistRepository worklist(database.connection(), QString());
    CHECK(worklist.items(QString(), QDate(2026, 12, 7)).isEmpty());
    CHECK(worklist.readError().contains(QStringLiteral("could not be read")));

    const ThlDeadlines thl = StatisticsReport::thlDeadlines(database.connection(), QDate(2025, 10, 1), QDate(2026, 3, 31));
    CHECK_FALSE(thl.readError.isEmpty());
    CHECK(thl.initiations.onTime + thl.initiations.late + thl.initiations.openOverdue == 0);
    QList<StatisticsLine> lines;
    CHECK_FALSE(StatisticsReport::yearly(database.connection(), 2026, lines).ok());
    CHECK(lines.isEmpty());

    // The case list: browsed to its end, the damaged page empties it and says why.
    CaseListModel model;
    QSignalSpy failed(&model, &CaseListModel::readFailed);
    model.setDatabase(database.connection());
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 0);
    CHECK(model.readError().contains(QStringLiteral("could not be read")));
    CHECK(failed.size() == 1);
    model.setDatabase({});

    // SQLite's error log noticed the damage, whichever read met it first.
    CHECK(CorruptionWatch::seen());
    CorruptionWatch::reset();
    CHECK_FALSE(CorruptionWatch::seen());

    // The quick check confirms the damage; nothing more is written to the file.
    CHECK_FALSE(database.confirmHealthy());
    CHECK(database.isDamaged());
    CHECK(database.error().code() == DatabaseErrorCode::FoundDamaged);
    CHECK(database.error().message().contains(QStringLiteral("no longer writes")));
    Person someone;
    someone.firstNames = QStringLiteral("Uusi");
    someone.lastName = QStringLiteral("Henkilö");
    someone.birthDate = QDate(2015, 5, 5);
    const QByteArray before = test::fileHash(path);
    CHECK_FALSE(PersonRepository(database.connection(), QString()).save(someone).ok());
    database.close();
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("Write failures say their real cause", "[database]")
{
    QTemporaryDir dir;
    Database database;
    REQUIRE(database.open(dir.filePath(QStringLiteral("unit.sqlite"))));
    CHECK(writeFailureMessage(database.connection(), QStringLiteral("UNIQUE constraint failed: cases.case_number"))
              .contains(QStringLiteral("conflicts with what is already")));
    CHECK(writeFailureMessage(database.connection(), QStringLiteral("database or disk is full"))
              .contains(QStringLiteral("is full")));
    CHECK(writeFailureMessage(database.connection(), QStringLiteral("attempt to write a readonly database"))
              .contains(QStringLiteral("read-only")));
    CHECK(writeFailureMessage(database.connection(), QStringLiteral("database is locked"))
              .contains(QStringLiteral("busy")));
    CHECK(writeFailureMessage(database.connection(), QStringLiteral("disk I/O error"))
              .contains(QStringLiteral("could not write")));
}
