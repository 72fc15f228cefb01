#include "privacy/screenlock.h"

#include "common/errorlabel.h"
#include "privacy/pinsetupdialog.h"
#include "settings/workstationsettings.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace tukipolku::ui {

ScreenLock::ScreenLock(QMainWindow *window, QStackedWidget *pages, WorkstationSettings &settings, PinGuard &guard)
    : QObject(window), m_window(window), m_pages(pages), m_settings(settings), m_guard(guard)
{
    m_page = new QWidget(pages);
    m_title = new QLabel(m_page);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 16pt; font-weight: bold; }"));
    m_prompt = new QLabel(m_page);
    m_pin = new QLineEdit(m_page);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaximumWidth(260);
    m_open = new QPushButton(m_page);
    m_closeProgram = new QPushButton(m_page);
    m_closeProgram->setVisible(false);
    m_error = new ErrorLabel(m_page);
    auto *layout = new QVBoxLayout(m_page);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_prompt, 0, Qt::AlignHCenter);
    layout->addWidget(m_pin, 0, Qt::AlignHCenter);
    layout->addWidget(m_open, 0, Qt::AlignHCenter);
    layout->addWidget(m_error, 0, Qt::AlignHCenter);
    layout->addWidget(m_closeProgram, 0, Qt::AlignHCenter);
    layout->addStretch();
    pages->addWidget(m_page);
    connect(m_open, &QPushButton::clicked, this, [this] { unlock(m_pin->text()); });
    connect(m_pin, &QLineEdit::returnPressed, this, [this] { unlock(m_pin->text()); });
    connect(m_closeProgram, &QPushButton::clicked, qApp, &QCoreApplication::quit);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), window);
    shortcut->setContext(Qt::ApplicationShortcut);
    connect(shortcut, &QShortcut::activated, this, &ScreenLock::lock);
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &ScreenLock::lockFromIdle);
    qApp->installEventFilter(this);
    retranslateUi();
    applySettings();
}

void ScreenLock::applySettings()
{
    const int minutes = m_settings.lockMinutes();
    if (minutes > 0)
        m_idle->start(minutes * 60 * 1000);
    else
        m_idle->stop();
}

bool ScreenLock::lock()
{
    if (m_locked)
        return true;
    if (!PinSetupDialog::ensurePin(m_settings, m_window))
        return false;
    lockNow();
    return true;
}

void ScreenLock::lockFromIdle()
{
    if (!m_settings.pinHash().isEmpty())
        lockNow();
}

void ScreenLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_previous = m_pages->currentWidget();
    m_previousTitle = m_window->windowTitle();
    // Nothing of a client stays in sight: the page, the title, the file name, the menus and any open dialog.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != m_window && top->isVisible() && top->isWindow())
            top->hide();
    }
    m_pages->setCurrentWidget(m_page);
    m_window->setWindowTitle(QStringLiteral("Tukipolku"));
    m_window->menuBar()->setEnabled(false);
    m_window->statusBar()->hide();
    // No shortcut may lead past the lock (Ctrl+F to the search, F1…).
    m_actions.suspend(m_window);
    m_pin->clear();
    m_error->clearError();
    retranslateUi();
    m_pin->setFocus();
    emit lockedChanged(true);
}

bool ScreenLock::unlock(const QString &pin)
{
    if (!m_locked)
        return true;
    const PinGuard::Answer answer = m_guard.tryPin(pin, m_settings.pinHash());
    if (answer != PinGuard::Answer::Opened) {
        showAnswer(answer);
        return false;
    }
    m_locked = false;
    m_pages->setCurrentWidget(m_previous ? m_previous : m_pages->widget(0));
    m_window->setWindowTitle(m_previousTitle);
    m_window->menuBar()->setEnabled(true);
    m_window->statusBar()->show();
    m_actions.restore();
    m_pin->clear();
    applySettings();
    emit lockedChanged(false);
    return true;
}

QLabel *ScreenLock::messageLabel() const
{
    return m_error;
}

void ScreenLock::showAnswer(PinGuard::Answer answer)
{
    m_error->showError(m_guard.message(answer));
    m_pin->clear();
    const bool hopeless = answer == PinGuard::Answer::NoPin || answer == PinGuard::Answer::TooManyTries;
    m_closeProgram->setVisible(hopeless);
    m_pin->setEnabled(!hopeless);
    m_open->setEnabled(!hopeless);
    if (answer == PinGuard::Answer::TooManyTries)
        emit tooManyTries();
    if (answer != PinGuard::Answer::Wrong)
        return;
    // The next try only after the wait: the field says so by being off.
    m_pin->setEnabled(false);
    m_open->setEnabled(false);
    QTimer::singleShot(int(m_guard.waitMs()), this, [this] {
        if (m_guard.isExhausted())
            return;
        m_pin->setEnabled(true);
        m_open->setEnabled(true);
        m_pin->setFocus();
    });
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_idle->isActive())
            m_idle->start(); // still at work: the idle clock starts again
        break;
    case QEvent::LanguageChange:
        if (watched == m_page)
            retranslateUi();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ScreenLock::retranslateUi()
{
    m_title->setText(tr("Tukipolku is locked"));
    m_prompt->setText(tr("Type your PIN to go on:"));
    m_open->setText(tr("&Open"));
    m_closeProgram->setText(tr("&Close Tukipolku"));
}

} // namespace tukipolku::ui
