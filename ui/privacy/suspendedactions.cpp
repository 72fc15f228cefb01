#include "privacy/suspendedactions.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace tukipolku::ui {

void SuspendedActions::suspend(QWidget *window, const QList<QAction *> &allowed)
{
    restore();
    for (QAction *action : window->findChildren<QAction *>()) {
        if (allowed.contains(action) || action->isSeparator() || action->menu())
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
