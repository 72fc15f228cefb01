#pragma once

#include "common/clock.h"

namespace tukipolku::test {

// Sets the program's clock to a chosen moment for one test and gives the
// system clock back when the test ends, also when it fails.
class FixedClock final {
public:
    explicit FixedClock(const QDateTime &moment) { Clock::set(moment); }
    ~FixedClock() { Clock::reset(); }
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
};

} // namespace tukipolku::test
