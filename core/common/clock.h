#pragma once

#include <QDate>
#include <QDateTime>

namespace tukipolku {

// The one source of "today" and "now" for rules, storage, models and pages.
// It follows the system clock; a test sets it to a moment of its choosing,
// from which it runs on at the normal pace (so timestamps still grow).
// Safe to read from any thread.
class Clock final {
public:
    static QDateTime now();
    static QDateTime nowUtc();
    static QDate today();

    // Makes the clock read `moment` now and run on from there.
    static void set(const QDateTime &moment);
    // Back to the system clock.
    static void reset();
};

} // namespace tukipolku
