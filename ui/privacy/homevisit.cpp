#include "privacy/homevisit.h"

#include "privacy/pinhash.h"
#include "settings/workstationsettings.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace tukipolku::ui {

HomeVisit::HomeVisit(QMainWindow *window, WorkstationSettings &settings)
    : QObject(window), m_window(window), m_settings(settings)
{
}

void HomeVisit::start(const QString &familyId, const QList<QAction *> &allowed)
{
    if (familyId.isEmpty() || isActive())
        return;
    m_familyId = familyId;
    m_actions.clear();
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (allowed.contains(action) || action->isSeparator() || action->menu())
            continue;
        m_actions.append({action, action->isEnabled()});
        action->setEnabled(false);
    }
    emit activeChanged(true);
}

bool HomeVisit::end(const QString &pin)
{
    if (!isActive())
        return true;
    const QString hash = m_settings.pinHash();
    if (!hash.isEmpty() && !PinHash::verify(pin, hash))
        return false;
    m_familyId.clear();
    for (const auto &[action, enabled] : std::as_const(m_actions))
        action->setEnabled(enabled);
    m_actions.clear();
    emit activeChanged(false);
    return true;
}

} // namespace tukipolku::ui
