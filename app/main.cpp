// Tukipolku: case work for family social work and child welfare open care.
#include "commandline.h"
#include "storage/corruptionwatch.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    tukipolku::app::keepFilesPrivate();
    tukipolku::CorruptionWatch::install(); // before the first connection opens
    tukipolku::app::describeApplication();
    if (!tukipolku::app::needsWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        return tukipolku::app::runWithoutWindow(app);
    }
    tukipolku::app::useOffscreenWhenHeadless(argc, argv);
    QApplication app(argc, argv);
    return tukipolku::app::runWithWindow(app);
}
