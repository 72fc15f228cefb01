#include "common/firstpaintnotifier.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace tukipolku::ui {

FirstPaintNotifier::FirstPaintNotifier(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        watched->removeEventFilter(this);
        // Let the paint event finish before anyone reacts.
        QTimer::singleShot(0, this, &FirstPaintNotifier::painted);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tukipolku::ui
