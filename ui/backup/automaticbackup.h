#pragma once

#include "common/result.h"

#include <QDateTime>

namespace tukipolku {
class Database;
class WorkstationSettings;
}

namespace tukipolku::ui {

// The automatic backup into the folder of this workstation's settings: on
// closing the program when something was changed, and at least once a day.
class AutomaticBackup final {
public:
    // A backup is due: a folder is set, and something changed or the last one is a day old.
    static bool isDue(const Database &database, const WorkstationSettings &settings, const QDateTime &now);
    // Writes it (checked, thinned out) and remembers when; `written` gets the file.
    static Result run(const Database &database, WorkstationSettings &settings, const QDateTime &now,
                      QString *written = nullptr);
};

} // namespace tukipolku::ui
