#include "privacy/suspendedactions.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace tukipolku::ui {

void SuspendedActions::suspend(QWidget *window, const QList<QAction *> &allowed)
{
    restore();
    for (QAction *action : window->findChildren<QAction *>()) {
        // A hidden action is off already, and Qt turns it on again when it is
        // shown: recording it "off" and restoring that would turn it off for
        // good (End the Home Visit, hidden while locked, could then never be
        // chosen once a visit began: the trap the walk-through found).
        if (allowed.contains(action) || action->isSeparator() || action->menu() || !action->isVisible())
            continue;
        m_actions.append({action, action->isEnabled()});
        action->setEnabled(false);
    }
}

void SuspendedActions::restore()
{
    for (const auto &[action, enabled] : std::as_const(m_actions))
        action->setEnabled(enabled);
    m_actions.clear();
}

} // namespace tukipolku::ui
