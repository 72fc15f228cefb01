#include "privacy/homevisit.h"

#include "privacy/pinhash.h"
#include "settings/workstationsettings.h"

#include <QMainWindow>

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
    m_actions.suspend(m_window, allowed);
    emit activeChanged(true);
}

bool HomeVisit::end(const QString &pin)
{
    if (!isActive())
        return true;
    if (!PinHash::opens(pin, m_settings.pinHash()))
        return false;
    m_familyId.clear();
    m_actions.restore();
    emit activeChanged(false);
    return true;
}

} // namespace tukipolku::ui
