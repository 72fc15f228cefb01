#pragma once

#include "privacy/pinguard.h"
#include "privacy/suspendedactions.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;

namespace tukipolku {
class WorkstationSettings;
}

namespace tukipolku::ui {

// Home-visit mode: the program shows only the family being visited — its page
// and its cases — with no case list, search, worklist or other names, until
// the worker ends the visit with the PIN.
class HomeVisit final : public QObject {
    Q_OBJECT

public:
    HomeVisit(QMainWindow *window, WorkstationSettings &settings, PinGuard &guard);

    bool isActive() const { return !m_familyId.isEmpty(); }
    QString familyId() const { return m_familyId; }
    // Starts the visit: every action of the window but `allowed` is turned off.
    void start(const QString &familyId, const QList<QAction *> &allowed);
    // Ends it with the PIN (PinGuard's answer: Opened when it ended).
    PinGuard::Answer end(const QString &pin);

signals:
    void activeChanged(bool active);

private:
    QMainWindow *m_window;
    WorkstationSettings &m_settings;
    PinGuard &m_guard;
    QString m_familyId;
    SuspendedActions m_actions; // all but the allowed ones during the visit
};

} // namespace tukipolku::ui
