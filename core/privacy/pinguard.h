#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tukipolku {

// Guards what a PIN opens (the screen lock, the end of a home visit): each
// wrong PIN makes the next try wait longer, and after ten wrong ones nothing
// opens until the program is started again. Without a stored PIN nothing
// opens at all: a removed PIN setting must never open a locked window.
class PinGuard final {
    Q_DECLARE_TR_FUNCTIONS(PinGuard)
public:
    enum class Answer {
        Opened,      // the PIN was right
        Wrong,       // wrong; waitMs() tells when the next try is taken
        Waiting,     // tried again too soon: not even compared
        NoPin,       // no PIN is stored on this workstation
        TooManyTries // the tenth wrong PIN, or any try after it
    };
    static constexpr int maximumTries = 10;

    Answer tryPin(const QString &pin, const QString &hash);
    int wrongTries() const { return m_wrongTries; }
    int triesLeft() const { return maximumTries - m_wrongTries; }
    bool isExhausted() const { return m_wrongTries >= maximumTries; }
    // Milliseconds until the next try is taken; 0 when it is taken now.
    qint64 waitMs() const;
    // The wait after `wrongTries` wrong PINs in a row: 1, 2, 4 … seconds, at most a minute.
    static qint64 delayAfter(int wrongTries);
    // The answer in words for the person at the screen.
    QString message(Answer answer) const;

private:
    int m_wrongTries = 0;
    QDateTime m_nextTry;
};

} // namespace tukipolku
