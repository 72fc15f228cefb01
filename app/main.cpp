// Tukipolku: case work for family social work and child welfare open care.
#include "commandline.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    tukipolku::app::keepFilesPrivate();
    tukipolku::app::describeApplication();
    if (!tukipolku::app::needsWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        return tukipolku::app::runWithoutWindow(app);
    }
    tukipolku::app::useOffscreenWhenHeadless(argc, argv);
    QApplication app(argc, argv);
    return tukipolku::app::runWithWindow(app);
}
