#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tukipolku::test {

// What one run of the installed program printed and returned.
struct ProgramRun {
    int exitCode = -1;
    bool finished = false; // false: it was still running after the time given
    QString out;
    QString err;
};

// The program's environment: its settings, data and temporary files in
// `home` (a throw-away folder), off-screen.
QProcessEnvironment programEnvironment(const QTemporaryDir &home);
// Runs the program with `arguments` and waits at most `timeoutMs`.
ProgramRun runTukipolku(const QStringList &arguments, const QTemporaryDir &home, int timeoutMs = 60000);

} // namespace tukipolku::test
