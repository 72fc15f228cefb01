#pragma once

#include "storage/databaseerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace tukipolku {

// One open Tukipolku database file: validation, pragmas, lock and migrations.
// A file that is not ours, is damaged or is newer than the program is refused
// before SQLite writes anything, so its bytes stay as they were.
class Database final {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // 'TUKI' in ASCII: tells our files apart from other SQLite files.
    static constexpr quint32 applicationId = 0x54554B49;
    // The schema that added the first client plan's deadline (refreshed once on upgrade).
    static constexpr int firstPlanDeadlineVersion = 29;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The default file: tukipolku.sqlite in the user's application data folder.
    static QString defaultPath();
    static int latestSchemaVersion();

    // Opens (or, in ReadWrite mode, creates) the file and brings its schema up
    // to date. On failure error() says why and nothing is left open.
    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    const DatabaseError &error() const { return m_error; }
    int schemaVersion() const;
    // How many rows this program has changed since the file was opened.
    qint64 changesSinceOpen() const;
    QString journalMode() const { return m_journalMode; }
    // The copy written before the last migration, or empty when none was needed.
    QString preMigrationCopy() const { return m_preMigrationCopy; }

    // The connection the repositories use; owned by this object.
    QSqlDatabase connection() const;

    // Integrity and schema check for --check: an empty list means healthy.
    QStringList check();
    // After a read failed: SQLite's quick check of the whole file. When it
    // fails the file is damaged: nothing more is written to it (the
    // connection is made query-only), error() says so, and false is returned.
    // Seconds at 100,000 families: the window runs quickCheck() off its
    // thread and then stopWriting().
    bool confirmHealthy();
    // What SQLite's quick check finds wrong with the file of `connection`; empty when healthy.
    static QStringList quickCheck(const QSqlDatabase &connection);
    // The file is damaged: nothing more is written to it; error() says so.
    void stopWriting(const QStringList &problems);
    bool isDamaged() const { return m_damaged; }

private:
    bool takeLock();
    bool validateHeader(Mode mode);
    bool openConnection(Mode mode);
    bool readSchema();
    bool applyPragmas();
    bool migrate();
    bool refreshFirstPlanDeadlines();
    bool writePreMigrationCopy(int oldVersion);
    bool fail(DatabaseErrorCode code, const QString &detail = {});

    QString m_path;
    QString m_connectionName;
    QString m_journalMode;
    QString m_preMigrationCopy;
    DatabaseError m_error;
    std::unique_ptr<QLockFile> m_lock;
    bool m_damaged = false; // found by confirmHealthy(): writing has stopped
};

} // namespace tukipolku
