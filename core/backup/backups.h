#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tukipolku {

class Database;

// Backups of the open database: a consistent snapshot (VACUUM INTO) checked
// with integrity_check before it counts, plain or encrypted with a password;
// kept in a folder with the time in the name and thinned out (7 daily, 4
// weekly, 12 monthly); restored into a new file that is checked before use.
class Backups final {
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int keepDaily = 7;
    static constexpr int keepWeekly = 4;
    static constexpr int keepMonthly = 12;

    // Writes a backup of `database` to `target` (which must not exist),
    // encrypted when `password` is given; nothing is left behind on failure.
    static Result write(const Database &database, const QString &target, const QString &password = {});
    // A backup into `folder` named by `now` (tukipolku-20261123-054512.sqlite, or
    // .tpbackup encrypted), then the folder thinned out; `written` gets the file.
    static Result writeInto(const Database &database, const QString &folder, const QString &password,
                            const QDateTime &now, QString *written = nullptr);
    // Restores `backup` (plain or encrypted) into `newPath`, which must not
    // exist: written beside it first, checked, then moved into place.
    static Result restore(const QString &backup, const QString &newPath, const QString &password = {});

    // The folder of `database`'s backups inside the chosen backup folder: one
    // per database file, so that the thinning never mixes two databases.
    static QString folderFor(const QString &backupFolder, const QString &databasePath);
    // The backups of `folder`, newest first, with the time in their names.
    static QList<QPair<QString, QDateTime>> inFolder(const QString &folder);
    // Which of `backups` (any order) to remove so that the newest of each of
    // the last 7 days, 4 weeks and 12 months stay.
    static QStringList toRemove(QList<QPair<QString, QDateTime>> backups);

private:
    static Result verify(const QString &plainPath, const QString &shownPath = {});
};

} // namespace tukipolku
