#include "backup/backups.h"

#include "backup/backupfile.h"
#include "backup/backuplocation.h"
#include "files/outputfile.h"
#include "files/privateworkfolder.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace tukipolku {

namespace {
const QString plainSuffix = QStringLiteral(".sqlite");
const QString encryptedSuffix = QStringLiteral(".tpbackup");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A message names the file the user chose, never the work file behind it.
Result withoutWorkFile(const Result &result, const QString &workFile, const QString &shown)
{
    if (result.ok())
        return result;
    QString message = result.message();
    return Result::failure(message.replace(native(workFile), native(shown)));
}

// A name of its own beside `path` for work in progress.
QString partialBeside(const QString &path)
{
    return path + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}
} // namespace

Result Backups::verify(const QString &plainPath, const QString &shownPath)
{
    // Messages name the file the user knows, never a temporary one.
    const QString shown = native(shownPath.isEmpty() ? plainPath : shownPath);
    Database copy;
    if (!copy.open(plainPath, Database::Mode::ReadOnly))
        return Result::failure(tr("The copy %1 could not be checked: %2").arg(shown, copy.error().message()));
    const QStringList problems = copy.check();
    if (!problems.isEmpty())
        return Result::failure(tr("The copy %1 did not pass the check: %2").arg(shown, problems.join(QLatin1Char(' '))));
    return {};
}

Result Backups::write(const Database &database, const QString &target, const QString &password)
{
    if (QFileInfo::exists(target))
        return Result::failure(tr("The file %1 already exists: a backup never overwrites a file.").arg(native(target)));
    if (password.isEmpty() && BackupLocation::isRemovable(target))
        return Result::failure(tr("%1 is on a removable disk, which can be lost: a backup there is always encrypted. "
                                  "Give it a password, or choose a folder on this computer or on the network share.")
                                   .arg(native(QFileInfo(target).absolutePath())));
    if (Result allowed = OutputFile::checkTarget(target, Overwrite::Refuse); !allowed)
        return allowed;
    // An encrypted backup goes where a plain copy must never be (a USB
    // stick): its plain snapshot is made in a private folder on this disk.
    PrivateWorkFolder work;
    if (!password.isEmpty() && !work.isValid())
        return Result::failure(tr("The backup %1 could not be written: %2").arg(native(target), work.errorString()));
    const QString snapshot = password.isEmpty() ? partialBeside(target) : work.filePath(QStringLiteral("snapshot.sqlite"));
    QSqlQuery vacuum(database.connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(snapshot);
    if (!vacuum.exec()) {
        QFile::remove(snapshot);
        return Result::failure(tr("The backup %1 could not be written: %2").arg(native(target), vacuum.lastError().text()));
    }
    if (const Result checked = verify(snapshot, target); !checked) {
        QFile::remove(snapshot);
        return checked;
    }
    OutputFile::makePrivate(snapshot);
    Result done;
    if (password.isEmpty()) {
        if (!QFile::rename(snapshot, target))
            done = Result::failure(tr("The backup %1 could not be written.").arg(native(target)));
    } else {
        done = withoutWorkFile(BackupFile::encrypt(snapshot, target, password), snapshot, target);
    }
    QFile::remove(snapshot);
    return done;
}

Result Backups::writeInto(const Database &database, const QString &folder, const QString &password,
                          const QDateTime &now, QString *written)
{
    if (!QDir().mkpath(folder))
        return Result::failure(tr("The backup folder %1 cannot be created.").arg(native(folder)));
    // Two backups in the same second (a backup now, then closing) get -2, -3… after the time.
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = password.isEmpty() ? plainSuffix : encryptedSuffix;
    QString target = QDir(folder).filePath(QStringLiteral("tukipolku-%1%2").arg(stamp, suffix));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QStringLiteral("tukipolku-%1-%2%3").arg(stamp).arg(n).arg(suffix));
    if (const Result done = write(database, target, password); !done)
        return done;
    if (written)
        *written = target;
    for (const QString &old : toRemove(inFolder(folder)))
        QFile::remove(old);
    return {};
}

Result Backups::restore(const QString &backup, const QString &newPath, const QString &password)
{
    if (!QFileInfo::exists(backup))
        return Result::failure(tr("There is no backup %1.").arg(native(backup)));
    if (QFileInfo::exists(newPath))
        return Result::failure(tr("The file %1 already exists: a restore never overwrites a file. Choose a new name.")
                                   .arg(native(newPath)));
    if (Result allowed = OutputFile::checkTarget(newPath, Overwrite::Refuse); !allowed)
        return allowed;
    const QString partial = partialBeside(newPath);
    Result copied;
    if (BackupFile::isEncrypted(backup))
        copied = withoutWorkFile(BackupFile::decrypt(backup, partial, password), partial, newPath);
    else if (!QFile::copy(backup, partial))
        copied = Result::failure(tr("The backup %1 could not be copied to %2.").arg(native(backup), native(newPath)));
    OutputFile::makePrivate(partial);
    if (copied)
        copied = verify(partial, newPath);
    if (copied && !QFile::rename(partial, newPath))
        copied = Result::failure(tr("The restored file could not be moved to %1.").arg(native(newPath)));
    if (!copied)
        QFile::remove(partial);
    return copied;
}

QString Backups::folderFor(const QString &backupFolder, const QString &databasePath)
{
    return QDir(backupFolder).filePath(QFileInfo(databasePath).completeBaseName());
}

QList<QPair<QString, QDateTime>> Backups::inFolder(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^tukipolku-(\\d{8}-\\d{6})(-\\d+)?\\.(sqlite|tpbackup)$"));
    QList<QPair<QString, QDateTime>> found;
    const QDir dir(folder);
    for (const QString &file : dir.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = name.match(file);
        if (!match.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (at.isValid())
            found.append({dir.filePath(file), at});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return found;
}

QStringList Backups::toRemove(QList<QPair<QString, QDateTime>> backups)
{
    std::sort(backups.begin(), backups.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QSet<QString> days;
    QSet<QString> weeks;
    QSet<QString> months;
    QStringList remove;
    for (const auto &[path, at] : std::as_const(backups)) {
        const QDate day = at.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const QString dayKey = day.toString(Qt::ISODate);
        const QString weekKey = QStringLiteral("%1-W%2").arg(weekYear).arg(week);
        const QString monthKey = day.toString(QStringLiteral("yyyy-MM"));
        // The newest of a day, week or month stands for it while fewer than the limit are kept.
        bool keep = false;
        if (!days.contains(dayKey) && days.size() < keepDaily) {
            days.insert(dayKey);
            keep = true;
        }
        if (!weeks.contains(weekKey) && weeks.size() < keepWeekly) {
            weeks.insert(weekKey);
            keep = true;
        }
        if (!months.contains(monthKey) && months.size() < keepMonthly) {
            months.insert(monthKey);
            keep = true;
        }
        if (!keep)
            remove << path;
    }
    return remove;
}

} // namespace tukipolku
