#include "daywatcher.h"

#include "common/clock.h"

namespace tukipolku {

namespace {
constexpr int checkIntervalMs = 30 * 1000;
} // namespace

DayWatcher::DayWatcher(QObject *parent) : QObject(parent), m_day(Clock::today())
{
    m_timer.setInterval(checkIntervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DayWatcher::check);
    m_timer.start();
}

void DayWatcher::check()
{
    const QDate today = Clock::today();
    if (today == m_day)
        return;
    m_day = today;
    emit dayChanged(today);
}

} // namespace tukipolku
