// The yardstick for start-up: a bare Qt Widgets window (a main window with a
// menu bar, so that fonts are loaded as in any real program) that exits after
// its first paint, started the same way as `tukipolku --smoke`.
#include "common/firstpaintnotifier.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.menuBar()->addMenu(QStringLiteral("&File"));
    auto *notifier = new tukipolku::ui::FirstPaintNotifier(&window);
    QObject::connect(notifier, &tukipolku::ui::FirstPaintNotifier::painted, &app, [] {
        std::puts("bare window: painted"); // the benchmark's clock stops at this line, as at --smoke's
        std::fflush(stdout);
        QApplication::quit();
    });
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(1); });
    window.show();
    return app.exec();
}
