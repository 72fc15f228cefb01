#include "clock.h"

#include <atomic>

namespace tukipolku {

namespace {
// Milliseconds to add to the system clock; 0 unless a test has set the clock.
// An offset rather than a stored moment keeps time running, so that two
// changes made one after another still get growing timestamps.
std::atomic<qint64> offsetMs{0};
} // namespace

QDateTime Clock::nowUtc()
{
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs.load(std::memory_order_relaxed));
}

QDateTime Clock::now()
{
    return nowUtc().toLocalTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::set(const QDateTime &moment)
{
    offsetMs.store(QDateTime::currentDateTimeUtc().msecsTo(moment), std::memory_order_relaxed);
}

void Clock::reset()
{
    offsetMs.store(0, std::memory_order_relaxed);
}

} // namespace tukipolku
