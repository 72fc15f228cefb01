#pragma once

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
// idle minutes of the settings. The locked window shows only a PIN field (or,
// without a PIN, a button to go on); the menus are off until it is opened.
class ScreenLock final : public QObject {
    Q_OBJECT

public:
    ScreenLock(QMainWindow *window, QStackedWidget *pages, WorkstationSettings &settings);

    bool isLocked() const { return m_locked; }
    void lock();
    // Opens with the PIN (any text when no PIN is set); false when it is wrong.
    bool unlock(const QString &pin);
    // Restarts the idle clock with the minutes of the settings.
    void applySettings();
    QWidget *lockPage() const { return m_page; }
    QLineEdit *pinField() const { return m_pin; }

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    QMainWindow *m_window;
    QStackedWidget *m_pages;
    WorkstationSettings &m_settings;
    QWidget *m_page = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_open = nullptr;
    ErrorLabel *m_error = nullptr;
    QTimer *m_idle = nullptr;
    QWidget *m_previous = nullptr;
    QString m_previousTitle;
    bool m_locked = false;
    SuspendedActions m_actions; // every action of the window while locked
};

} // namespace tukipolku::ui
