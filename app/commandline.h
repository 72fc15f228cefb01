#pragma once

#include <QString>

#include <cstdio>

class QApplication;
class QCoreApplication;

namespace tukipolku::app {

// What the user asked for on the command line.
struct CommandLineOptions {
    QString database; // empty: the last or the default database
    QString language; // empty: the saved or the system language
    bool check = false;
    bool smoke = false;
    int demoFamilies = 0; // --demo N: fill the database with N fictional families
    quint32 seed = 1;
    QString importProviders; // --import-providers FILE.csv
    QString exportPdf;       // --export-pdf RECORD_ID
    QString output;          // --output FILE
    QString report;          // --report deadlines|compensation
    QString month;           // --month YYYY-MM for --report compensation
    QString period;          // --period 2026H1 for --report thl-deadlines
    QString year;            // --year 2026 for --report yearly
    QString backup;          // --backup OUT
    QString restore;         // --restore IN (with --output NEWFILE)
    QString passwordFile;    // --password-file F for --backup, --restore, --export-families and --import
    QString exportFamilies;  // --export-families ID,ID… (with --output FILE)
    QString importCopy;      // --import FILE: a field copy
    bool overwrite = false;  // --overwrite: --output may replace an existing ordinary file
};

// One line of a command-line mode's output (stdout or stderr).
void printLine(FILE *stream, const QString &text);

// True unless the command line asks for a mode that never opens a window, so
// those modes run without a display.
bool needsWindow(int argc, char **argv);

// Makes every file and folder the program creates private to its owner
// (umask 077 on Linux; on Windows the user profile's permissions apply) and
// removes plain work copies left by a run that was killed.
void keepFilesPrivate();

// Sets the application's name and version, used by --version and QSettings.
void describeApplication();

// --export-pdf draws with Qt's painting but shows no window: on a machine with
// no display (a server, a script over ssh) it uses the off-screen platform.
void useOffscreenWhenHeadless(int argc, char **argv);

// The command-line modes without a window (--check); returns the exit code.
int runWithoutWindow(QCoreApplication &app);

// The program with its main window (and --smoke); returns the exit code.
int runWithWindow(QApplication &app);

} // namespace tukipolku::app
