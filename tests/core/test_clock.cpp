#include "catchshim.h"
#include "fixedclock.h"

#include "common/clock.h"
#include "common/daywatcher.h"

#include <QSignalSpy>

using namespace tukipolku;

TEST_CASE("Clock: a test sets the moment, the clock runs on from it and goes back to the system", "[clock]")
{
    const QDateTime moment(QDate(2028, 2, 29), QTime(23, 59, 58));
    {
        const test::FixedClock clock(moment);
        CHECK(Clock::today() == QDate(2028, 2, 29));
        const qint64 drift = moment.msecsTo(Clock::now());
        CHECK(drift >= 0);
        CHECK(drift < 5000);
        CHECK(Clock::nowUtc() == Clock::now().toUTC());
        const QDateTime first = Clock::nowUtc();
        while (Clock::nowUtc() == first) {
        } // time goes on: two changes in a row get growing timestamps
        CHECK(Clock::nowUtc() > first);
    }
    CHECK(qAbs(Clock::nowUtc().msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
}

TEST_CASE("Clock: the day watcher tells when midnight has passed, once", "[clock]")
{
    const test::FixedClock evening(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 0)));
    DayWatcher watcher;
    QSignalSpy changed(&watcher, &DayWatcher::dayChanged);
    watcher.check();
    CHECK(changed.isEmpty());
    CHECK(watcher.day() == QDate(2026, 12, 31));

    Clock::set(QDateTime(QDate(2027, 1, 1), QTime(0, 0, 30)));
    watcher.check();
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().toDate() == QDate(2027, 1, 1));
    watcher.check();
    CHECK(changed.size() == 1);
    CHECK(watcher.day() == QDate(2027, 1, 1));
}
