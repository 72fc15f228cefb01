#pragma once

#include <QList>
#include <QPair>

class QAction;
class QWidget;

namespace tukipolku::ui {

// Turns off every action of a window but a few, and later back to as it was:
// no shortcut may lead past the screen lock or out of a home visit.
class SuspendedActions final {
public:
    void suspend(QWidget *window, const QList<QAction *> &allowed = {});
    void restore();

private:
    QList<QPair<QAction *, bool>> m_actions; // turned off, and whether each was on
};

} // namespace tukipolku::ui
