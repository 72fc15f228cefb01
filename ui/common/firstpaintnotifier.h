#pragma once

#include <QObject>

class QWidget;

namespace tukipolku::ui {

// Emits painted() once, after the watched widget's first paint event: used by
// --smoke and the start-up benchmark to know the window really appeared.
class FirstPaintNotifier final : public QObject {
    Q_OBJECT

public:
    explicit FirstPaintNotifier(QWidget *widget);

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace tukipolku::ui
