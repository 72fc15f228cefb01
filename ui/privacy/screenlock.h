#pragma once

#include "privacy/pinguard.h"
#include "privacy/suspendedactions.h"

#include <QObject>

class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QStackedWidget;
class QTimer;
class QWidget;

namespace tukipolku {
class WorkstationSettings;
}

namespace tukipolku::ui {

class ErrorLabel;

// Locks the window so that nothing of a client shows: on Ctrl+L and after the
// idle minutes of the settings. The locked window shows only a PIN field; the
// menus are off until the PIN opens it. The first lock asks for a PIN to be
// chosen; without one the idle lock waits (nobody is there to choose it).
// Wrong PINs are slowed down and the tenth closes the database (PinGuard).
class ScreenLock final : public QObject {
    Q_OBJECT

public:
    ScreenLock(QMainWindow *window, QStackedWidget *pages, WorkstationSettings &settings, PinGuard &guard);

    bool isLocked() const { return m_locked; }
    // Locks at once; asks for a PIN first when none is set (false when the user does not choose one).
    bool lock();
    // Opens with the PIN; false (with the reason on the page) otherwise.
    bool unlock(const QString &pin);
    // Restarts the idle clock with the minutes of the settings.
    void applySettings();
    QWidget *lockPage() const { return m_page; }
    QLineEdit *pinField() const { return m_pin; }
    QLabel *messageLabel() const;
    QPushButton *closeProgramButton() const { return m_closeProgram; }

signals:
    void lockedChanged(bool locked);
    // Ten wrong PINs: the window's database must be closed until a restart.
    void tooManyTries();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockFromIdle();
    void lockNow();
    void showAnswer(PinGuard::Answer answer);
    void retranslateUi();

    QMainWindow *m_window;
    QStackedWidget *m_pages;
    WorkstationSettings &m_settings;
    PinGuard &m_guard;
    QWidget *m_page = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_closeProgram = nullptr; // when the lock can no longer be opened
    ErrorLabel *m_error = nullptr;
    QTimer *m_idle = nullptr;
    QWidget *m_previous = nullptr;
    QString m_previousTitle;
    bool m_locked = false;
    SuspendedActions m_actions; // every action of the window while locked
};

} // namespace tukipolku::ui
