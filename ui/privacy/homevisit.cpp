#include "privacy/homevisit.h"

#include "settings/workstationsettings.h"

#include <QMainWindow>

namespace tukipolku::ui {

HomeVisit::HomeVisit(QMainWindow *window, WorkstationSettings &settings, PinGuard &guard)
    : QObject(window), m_window(window), m_settings(settings), m_guard(guard)
{
}

void HomeVisit::start(const QString &familyId, const QList<QAction *> &allowed)
{
    if (familyId.isEmpty() || isActive())
        return;
    m_familyId = familyId;
    m_actions.suspend(m_window, allowed);
    emit activeChanged(true);
}

PinGuard::Answer HomeVisit::end(const QString &pin)
{
    if (!isActive())
        return PinGuard::Answer::Opened;
    if (const PinGuard::Answer answer = m_guard.tryPin(pin, m_settings.pinHash()); answer != PinGuard::Answer::Opened)
        return answer;
    m_familyId.clear();
    m_actions.restore();
    emit activeChanged(false);
    return PinGuard::Answer::Opened;
}

} // namespace tukipolku::ui
