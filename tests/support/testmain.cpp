// The test runner's main: a Qt application (QApplication on the offscreen
// platform for UI tests, QCoreApplication for core tests) around Catch2.
#define CATCH_CONFIG_RUNNER
#include "catchshim.h"

#include <QStandardPaths>

#include "storage/corruptionwatch.h"

#ifdef TUKIPOLKU_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
#ifdef TUKIPOLKU_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Keep the user's own settings and files out of reach of the tests.
    QStandardPaths::setTestModeEnabled(true);
    tukipolku::CorruptionWatch::install(); // as the program does, before any connection
    TestApplication::setOrganizationName(QStringLiteral("Tukipolku"));
    TestApplication::setApplicationName(QStringLiteral("tukipolku-tests"));
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
