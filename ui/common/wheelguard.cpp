#include "common/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>

namespace tukipolku::ui {

namespace {
// A field whose value the wheel would change: scroll bars only scroll.
bool changesValueOnWheel(const QObject *object)
{
    if (qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object))
        return true;
    return qobject_cast<const QAbstractSlider *>(object) && !qobject_cast<const QScrollBar *>(object);
}
} // namespace

void WheelGuard::install(QCoreApplication *application)
{
    if (!application || application->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new WheelGuard(application));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() != QEvent::Polish && event->type() != QEvent::Wheel) || !changesValueOnWheel(watched))
        return false;
    auto *field = static_cast<QWidget *>(watched);
    if (event->type() == QEvent::Polish) {
        // Qt gives a field with "wheel focus" the focus as the wheel passes
        // over it, before any filter sees the wheel: these fields take the
        // focus from a click or the Tab key only.
        if (field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (field->hasFocus())
        return false; // the field the user is in: the wheel may step it
    // Not delivered to the field, and not accepted: Qt passes it on to the
    // widgets around it, so the form scrolls as if the field were not there.
    event->ignore();
    return true;
}

} // namespace tukipolku::ui
