#include "privacy/pinguard.h"

#include "common/clock.h"
#include "privacy/pinhash.h"

#include <algorithm>

namespace tukipolku {

namespace {
constexpr qint64 longestWaitMs = 60 * 1000;
} // namespace

qint64 PinGuard::delayAfter(int wrongTries)
{
    if (wrongTries <= 0)
        return 0;
    return std::min<qint64>(longestWaitMs, qint64(1000) << std::min(wrongTries - 1, 16));
}

qint64 PinGuard::waitMs() const
{
    if (!m_nextTry.isValid())
        return 0;
    return std::max<qint64>(0, Clock::nowUtc().msecsTo(m_nextTry));
}

PinGuard::Answer PinGuard::tryPin(const QString &pin, const QString &hash)
{
    if (isExhausted())
        return Answer::TooManyTries;
    if (hash.isEmpty())
        return Answer::NoPin;
    if (waitMs() > 0)
        return Answer::Waiting;
    if (PinHash::verify(pin, hash)) {
        m_wrongTries = 0;
        m_nextTry = QDateTime();
        return Answer::Opened;
    }
    ++m_wrongTries;
    m_nextTry = Clock::nowUtc().addMSecs(delayAfter(m_wrongTries));
    return isExhausted() ? Answer::TooManyTries : Answer::Wrong;
}

QString PinGuard::message(Answer answer) const
{
    const int seconds = int((waitMs() + 999) / 1000);
    switch (answer) {
    case Answer::Opened:
        return {};
    case Answer::Wrong:
        return tr("The PIN is not right. Tries left: %n. The next try in %1 s.", nullptr, triesLeft()).arg(seconds);
    case Answer::Waiting:
        return tr("Wait %n second(s) before the next try.", nullptr, seconds);
    case Answer::NoPin:
        return tr("No PIN is set on this workstation, so this cannot be opened. Close Tukipolku and start it again.");
    case Answer::TooManyTries:
        return tr("Too many wrong PINs: the database has been closed. Close Tukipolku and start it again.");
    }
    return {};
}

} // namespace tukipolku
