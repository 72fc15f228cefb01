#pragma once

#include <QDateTime>
#include "common/clock.h"
#include <QObject>
#include <QTimer>

#include <functional>

namespace tukipolku {
class WorkstationSettings;
}

namespace tukipolku::ui {

// A backup once a day while the program stays open for days (the one on
// closing covers each session's changes): checked every hour, and written off
// the window's thread from a read-only connection of its own, so that nobody
// waits for it.
class DailyBackup final : public QObject {
    Q_OBJECT

public:
    // `databasePath` tells which file is open now (empty when none).
    DailyBackup(WorkstationSettings &settings, std::function<QString()> databasePath, QObject *parent = nullptr);

    // A folder is set and the last backup is a day old (or there is none).
    bool isDue(const QDateTime &now) const;
    // Starts the backup when one is due and none is being written; true when started.
    bool checkNow(const QDateTime &now = Clock::now());
    bool isRunning() const { return m_running; }

signals:
    // `message` names the file written, or says why it failed.
    void finished(bool ok, const QString &message);

private:
    WorkstationSettings &m_settings;
    std::function<QString()> m_databasePath;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace tukipolku::ui
