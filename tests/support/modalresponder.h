#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace tukipolku::test {

// Answers the next modal dialog the code under test opens: waits for it,
// then runs `respond` on it (which fills fields and accepts or rejects).
template <typename Dialog>
void respondToModal(std::function<void(Dialog *)> respond)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, respond] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            respond(dialog);
        }
    });
    timer->start();
}

} // namespace tukipolku::test
