#include "storage/databaseerror.h"

#include <QDir>

namespace tukipolku {

DatabaseError::DatabaseError(DatabaseErrorCode code, QString path, QString detail)
    : m_code(code), m_path(std::move(path)), m_detail(std::move(detail))
{
}

QString DatabaseError::message() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    QString text;
    switch (m_code) {
    case DatabaseErrorCode::None:
        return {};
    case DatabaseErrorCode::Locked:
        text = tr("The database %1 is already open in another Tukipolku window or on another "
                  "workstation. Close it there first; nothing was changed.");
        break;
    case DatabaseErrorCode::NotFound:
        text = tr("The file %1 does not exist. Check the name and the folder.");
        break;
    case DatabaseErrorCode::EmptyFile:
        text = tr("The file %1 is empty, so it is not a Tukipolku database. "
                  "It was left as it is. Choose another file or create a new database.");
        break;
    case DatabaseErrorCode::NotSqlite:
        text = tr("The file %1 is not a Tukipolku database. It was left as it is. "
                  "Choose another file or create a new database.");
        break;
    case DatabaseErrorCode::ForeignApplication:
        text = tr("The file %1 is a database of another program, not of Tukipolku. "
                  "It was left as it is.");
        break;
    case DatabaseErrorCode::NewerSchema:
        text = tr("The database %1 was saved by a newer version of Tukipolku. "
                  "Install the newer version to open it; the file was left as it is.");
        break;
    case DatabaseErrorCode::Damaged:
        text = tr("The database %1 is damaged and cannot be opened safely. It was left as it is. "
                  "Restore it from a backup or ask your IT support for help.");
        break;
    case DatabaseErrorCode::ReadOnlyFile:
        text = tr("The database %1 is read-only, so your work could not be saved. "
                  "Ask your IT support for write access or copy the file to a folder of yours.");
        break;
    case DatabaseErrorCode::FolderNotWritable:
        text = tr("The folder of %1 does not allow new files, which the database needs. "
                  "Choose a folder where you may save files.");
        break;
    case DatabaseErrorCode::CannotOpen:
        text = tr("The database %1 could not be opened.");
        break;
    case DatabaseErrorCode::MigrationFailed:
        text = tr("Updating the database %1 to this version of Tukipolku failed. "
                  "The update was undone and the file is as it was.");
        break;
    case DatabaseErrorCode::BackupFailed:
        text = tr("The safety copy of %1 could not be written before updating it, so it was not "
                  "updated. Check that the disk has free space.");
        break;
    case DatabaseErrorCode::NotAFile:
        text = tr("%1 is not a database file but a folder, a named pipe or a device. "
                  "Choose the database file itself.");
        break;
    case DatabaseErrorCode::HardLinked:
        text = tr("The database %1 has more than one name (hard links), so a second program could open it "
                  "under another name at the same time and changes could be lost. Copy it to a file of its own "
                  "and open the copy.");
        break;
    case DatabaseErrorCode::LockedElsewhere:
        // The workstation's name is the whole point here, not a detail.
        return tr("The database %1 is open on the workstation %2. Close it there first; nothing was changed. "
                  "If %2 is switched off or has crashed, delete the file %3 and open the database again.")
            .arg(file, m_detail, file + QStringLiteral(".lock"));
    case DatabaseErrorCode::ReadFailed:
        text = tr("The database %1 could not be read, so nothing was shown or written from it. It may be damaged: "
                  "check it (tukipolku --check) and, if it is, restore it from a backup (Settings ▸ Backups).");
        break;
    case DatabaseErrorCode::WriteConflict:
        text = tr("The change was not saved: it conflicts with what is already in the database %1 (a value that must "
                  "be unique is taken, or a record it refers to is missing). Check the form and try again.");
        break;
    case DatabaseErrorCode::DiskFull:
        text = tr("The disk of the database %1 is full, so the change was not saved. Free some space, then try again.");
        break;
    case DatabaseErrorCode::Busy:
        text = tr("The database %1 was busy with another program's change, so this change was not saved. "
                  "Try again in a moment.");
        break;
    case DatabaseErrorCode::WriteDamaged:
        text = tr("The database %1 is damaged, so the change was not saved. Restore it from a backup "
                  "(Settings ▸ Backups).");
        break;
    case DatabaseErrorCode::WriteIoFailed:
        text = tr("The disk could not write to the database %1, so the change was not saved. Check the disk or the "
                  "network connection, then try again.");
        break;
    case DatabaseErrorCode::FoundDamaged:
        text = tr("The database %1 is damaged: its check failed. Tukipolku no longer writes to it, so that nothing "
                  "more is lost. Restore it from a backup (Settings ▸ Backups) or ask your IT support for help.");
        break;
    case DatabaseErrorCode::WriteFailed:
        text = tr("Saving to the database %1 failed, so the last change was not saved. "
                  "Check that the disk has free space, then try again.");
        break;
    }
    text = text.arg(file);
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + tr("(Details: %1)").arg(m_detail);
    return text;
}

} // namespace tukipolku
