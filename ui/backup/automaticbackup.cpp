#include "backup/automaticbackup.h"

#include "backup/backups.h"
#include "settings/workstationsettings.h"
#include "storage/database.h"

namespace tukipolku::ui {

bool AutomaticBackup::isDue(const Database &database, const WorkstationSettings &settings, const QDateTime &now)
{
    if (!database.isOpen() || settings.backupFolder().isEmpty())
        return false;
    const QDateTime last = settings.lastBackup();
    return database.changesSinceOpen() > 0 || !last.isValid() || last.addDays(1) <= now;
}

Result AutomaticBackup::run(const Database &database, WorkstationSettings &settings, const QDateTime &now,
                            QString *written)
{
    // Plain: the folder is the organisation's protected place (an encrypted
    // disk or a network share); encrypted backups are made on demand.
    const Result done = Backups::writeInto(database, Backups::folderFor(settings.backupFolder(), database.path()),
                                           QString(), now, written);
    if (done)
        settings.setLastBackup(now);
    return done;
}

} // namespace tukipolku::ui
