#include "catchshim.h"
#include "fixedclock.h"

#include "privacy/pinguard.h"
#include "privacy/pinhash.h"

using namespace tukipolku;

TEST_CASE("PIN: six digits at least, digits only", "[privacy]")
{
    CHECK_FALSE(PinHash::problem(QStringLiteral("12345")).isEmpty());
    CHECK_FALSE(PinHash::problem(QStringLiteral("12345a")).isEmpty());
    CHECK_FALSE(PinHash::problem(QStringLiteral("１２３４５６")).isEmpty()); // full-width digits are not typed on a PIN pad
    CHECK(PinHash::problem(QStringLiteral("123456")).isEmpty());
    CHECK(PinHash::problem(QStringLiteral("0123456789")).isEmpty());
}

TEST_CASE("PIN guard: wrong PINs wait longer, the tenth shuts it, no stored PIN opens nothing", "[privacy]")
{
    const test::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    const QString hash = PinHash::hash(QStringLiteral("246810"));
    REQUIRE_FALSE(hash.isEmpty());
    PinGuard guard;
    CHECK(guard.tryPin(QStringLiteral("246810"), QString()) == PinGuard::Answer::NoPin);
    CHECK(guard.tryPin(QString(), QString()) == PinGuard::Answer::NoPin);
    CHECK(guard.wrongTries() == 0); // a missing PIN is not the user's wrong try

    CHECK(guard.tryPin(QStringLiteral("000000"), hash) == PinGuard::Answer::Wrong);
    CHECK(guard.waitMs() > 0);
    CHECK(guard.waitMs() <= 1000);
    CHECK(guard.tryPin(QStringLiteral("246810"), hash) == PinGuard::Answer::Waiting);
    Clock::set(Clock::now().addSecs(1));
    CHECK(guard.tryPin(QStringLiteral("246810"), hash) == PinGuard::Answer::Opened);
    CHECK(guard.wrongTries() == 0); // the right PIN starts the count again

    CHECK(PinGuard::delayAfter(1) == 1000);
    CHECK(PinGuard::delayAfter(2) == 2000);
    CHECK(PinGuard::delayAfter(5) == 16000);
    CHECK(PinGuard::delayAfter(9) == 60000);
    for (int wrong = 1; wrong < PinGuard::maximumTries; ++wrong) {
        CHECK(guard.tryPin(QStringLiteral("111111"), hash) == PinGuard::Answer::Wrong);
        CHECK(guard.triesLeft() == PinGuard::maximumTries - wrong);
        Clock::set(Clock::now().addMSecs(PinGuard::delayAfter(wrong)));
    }
    CHECK(guard.tryPin(QStringLiteral("111111"), hash) == PinGuard::Answer::TooManyTries);
    CHECK(guard.isExhausted());
    Clock::set(Clock::now().addSecs(3600));
    CHECK(guard.tryPin(QStringLiteral("246810"), hash) == PinGuard::Answer::TooManyTries);
    CHECK(guard.message(PinGuard::Answer::TooManyTries).contains(QStringLiteral("database has been closed")));
}
