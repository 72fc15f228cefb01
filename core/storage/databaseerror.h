#pragma once

#include <QCoreApplication>
#include <QString>

namespace tukipolku {

// Why a database file could not be opened, checked or migrated.
enum class DatabaseErrorCode {
    None,
    Locked,             // another running Tukipolku has the file open
    NotFound,           // --check on a file that does not exist
    EmptyFile,          // zero bytes: not a database
    NotSqlite,          // some other kind of file
    ForeignApplication, // a SQLite file of another program
    NewerSchema,        // written by a newer Tukipolku
    Damaged,            // SQLite reports corruption or the file is cut off
    ReadOnlyFile,       // cannot be written
    FolderNotWritable,  // the folder refuses new files
    CannotOpen,         // any other failure to open
    MigrationFailed,    // an upgrade step failed and was rolled back
    BackupFailed,       // the copy before an upgrade could not be written
    WriteFailed,        // a write was refused (disk full, I/O error)
    NotAFile,           // a folder, a named pipe or a device
    HardLinked,         // the file has more than one name: two programs could miss each other's lock
    LockedElsewhere,    // open on another workstation (the detail names it)
    ReadFailed,         // a read failed half-way: nothing from it is shown or written
    WriteConflict,      // a write broke a rule of the database (a unique value, a missing record)
    DiskFull,           // a write found the disk full
    Busy,               // another program held the file too long
    WriteDamaged,       // a write found the file damaged
    WriteIoFailed,      // the disk (or the network share) failed a write
    FoundDamaged,       // the quick check after a failed read found damage: writing has stopped
};

// An error with the facts needed to tell the user what happened and what to do.
class DatabaseError final {
    Q_DECLARE_TR_FUNCTIONS(DatabaseError)

public:
    DatabaseError() = default;
    DatabaseError(DatabaseErrorCode code, QString path, QString detail = {});

    DatabaseErrorCode code() const { return m_code; }
    bool isError() const { return m_code != DatabaseErrorCode::None; }
    QString path() const { return m_path; }
    QString detail() const { return m_detail; }

    // A translated sentence for the user: what happened and what to do.
    QString message() const;

private:
    DatabaseErrorCode m_code = DatabaseErrorCode::None;
    QString m_path;
    QString m_detail;
};

} // namespace tukipolku
