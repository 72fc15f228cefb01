#pragma once

#include <QObject>

class QCoreApplication;

namespace tukipolku::ui {

// Keeps the mouse wheel from changing a drop-down, a number or a date that
// the user has not clicked or tabbed into. Scrolling a long form must never
// change a field the pointer happens to pass over (a decision's maker was
// changed that way). The wheel goes on to the form around the field instead.
class WheelGuard final : public QObject {
    Q_OBJECT

public:
    // Installs the one guard of the application; a second call does nothing.
    static void install(QCoreApplication *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace tukipolku::ui
