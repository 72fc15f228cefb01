#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace tukipolku {

// Tells when the Clock's day changes, so that a window left open over
// midnight judges its deadlines against the new day. It looks every half a
// minute instead of waiting for midnight: a laptop asleep over midnight wakes
// up with its timers late, and the check costs nothing.
class DayWatcher final : public QObject {
    Q_OBJECT
public:
    explicit DayWatcher(QObject *parent = nullptr);

    QDate day() const { return m_day; }
    // Compares the Clock's day with the last one seen (the timer calls it).
    void check();

signals:
    void dayChanged(const QDate &today);

private:
    QTimer m_timer;
    QDate m_day;
};

} // namespace tukipolku
