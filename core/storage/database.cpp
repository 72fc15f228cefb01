#include "storage/database.h"
#include "common/clock.h"

#include "storage/caserepository.h"
#include "storage/fileheader.h"
#include "storage/migrations.h"
#include "storage/schemacheck.h"
#include "storage/sqlitehandle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace tukipolku {

namespace {
constexpr int busyTimeoutMs = 5000;

// The file's one real name: through a symbolic link, or a folder reached by
// one, the lock beside it is the same lock whichever name was given.
QString realPath(const QString &path)
{
    const QFileInfo given(QFileInfo(path).absoluteFilePath());
    if (given.exists())
        return given.canonicalFilePath();
    const QString folder = QFileInfo(given.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? given.absoluteFilePath() : QDir(folder).filePath(given.fileName());
}

// Whether the file has hard links: under another name its lock file would be another one.
bool hasOtherNames(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && info.st_nlink > 1;
#else
    Q_UNUSED(path);
    return false;
#endif
}

QVariant singleValue(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}
} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("tukipolku.sqlite"));
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    m_error = {};
    m_damaged = false;
    m_preMigrationCopy.clear();
    m_path = realPath(path);
    const QFileInfo file(m_path);
    const QFileInfo folder(file.absolutePath());

    // A folder, a pipe or a device: refused before anything reads it (reading
    // a named pipe would wait for ever).
    if (file.exists() && !file.isFile())
        return fail(DatabaseErrorCode::NotAFile);
    if (file.exists() && hasOtherNames(m_path))
        return fail(DatabaseErrorCode::HardLinked);
    if (!file.exists()) {
        if (mode == Mode::ReadOnly)
            return fail(DatabaseErrorCode::NotFound);
        if (!folder.isDir() || !folder.isWritable())
            return fail(DatabaseErrorCode::FolderNotWritable);
    } else if (!validateHeader(mode)) {
        return false;
    }

    if (mode == Mode::ReadWrite) {
        if (file.exists() && !file.isWritable())
            return fail(DatabaseErrorCode::ReadOnlyFile);
        if (!folder.isWritable())
            return fail(DatabaseErrorCode::FolderNotWritable);
        if (!takeLock())
            return false;
    }

    // Look at an existing file read-only first when a write-ahead log is
    // beside it (a writable connection would play it into the file), so a
    // damaged one is refused before anything could touch it. Without one,
    // opening for writing writes nothing until the schema has been read — but
    // for rolling back a rollback journal left by a cut-off write, which only
    // a writable connection can do (the crash test found this).
    const bool walBeside = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
    if (file.exists() && mode == Mode::ReadWrite && walBeside) {
        if (!openConnection(Mode::ReadOnly) || !readSchema())
            return false;
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!openConnection(mode) || !readSchema())
        return false;
    if (mode == Mode::ReadWrite && (!applyPragmas() || !migrate()))
        return false;
    return true;
}

bool Database::takeLock()
{
    // A lock from a crashed run (its process is gone) is taken over; a lock
    // held by a running program is never considered stale by age.
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        // A lock file that names no program was cut off while it was being
        // written (the program killed right then; the crash test found this):
        // it gets a moment to be written, and is then taken over.
        qint64 pid = 0;
        QString host;
        QString application;
        if (!m_lock->getLockInfo(&pid, &host, &application)) {
            QThread::msleep(200);
            if (!m_lock->getLockInfo(&pid, &host, &application))
                m_lock->removeStaleLockFile();
            if (m_lock->tryLock(0))
                return true;
        }
    }
    const bool held = m_lock->error() == QLockFile::LockFailedError;
    qint64 pid = 0;
    QString host;
    QString application;
    const bool named = held && m_lock->getLockInfo(&pid, &host, &application);
    m_lock.reset();
    if (named && !host.isEmpty() && host != QSysInfo::machineHostName())
        return fail(DatabaseErrorCode::LockedElsewhere, host);
    return fail(held ? DatabaseErrorCode::Locked : DatabaseErrorCode::FolderNotWritable);
}

bool Database::validateHeader(Mode mode)
{
    const SqliteFileHeader header = SqliteFileHeader::read(m_path);
    if (!header.readable)
        return fail(DatabaseErrorCode::CannotOpen, QStringLiteral("the file cannot be read"));
    if (header.fileSize == 0) {
        // An empty file with our lock beside it is one whose creation was cut
        // off (killed between SQLite making the file and writing its first
        // page; the crash test found this). takeLock() decides: a program
        // still creating it keeps us out, a gone one's file is created anew.
        const bool creationCutOff = mode == Mode::ReadWrite && QFileInfo::exists(m_path + QStringLiteral(".lock"));
        return creationCutOff || fail(DatabaseErrorCode::EmptyFile);
    }
    if (!header.isSqlite)
        return fail(DatabaseErrorCode::NotSqlite);
    if (header.isBlankDatabase())
        return true;
    if (header.applicationId != applicationId)
        return fail(DatabaseErrorCode::ForeignApplication);
    if (header.userVersion > latestSchemaVersion()) {
        return fail(DatabaseErrorCode::NewerSchema,
                    QStringLiteral("schema %1 > %2").arg(header.userVersion).arg(latestSchemaVersion()));
    }
    // A file cut short is damaged — unless a write-ahead log or a rollback
    // journal is beside it: then a write was cut off (a crash, a power cut,
    // mid-checkpoint) and SQLite completes or undoes it on opening. The crash
    // test found this: page 1 of a checkpoint can reach the disk before the
    // pages that make the file as long as page 1 says.
    const bool journalBeside = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0
                            || QFileInfo(m_path + QStringLiteral("-journal")).size() > 0;
    if (header.looksTruncated() && !journalBeside)
        return fail(DatabaseErrorCode::Damaged, QStringLiteral("the file has been cut off"));
    return true;
}

bool Database::openConnection(Mode mode)
{
    m_connectionName = QStringLiteral("tukipolku-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return fail(DatabaseErrorCode::CannotOpen, db.lastError().text());
    return true;
}

bool Database::confirmHealthy()
{
    if (!isOpen() || m_damaged)
        return false;
    const QStringList problems = quickCheck(connection());
    if (problems.isEmpty())
        return true;
    stopWriting(problems);
    return false;
}

QStringList Database::quickCheck(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        problems << query.lastError().text();
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    }
    if (query.lastError().type() != QSqlError::NoError && problems.isEmpty())
        problems << query.lastError().text();
    return problems;
}

void Database::stopWriting(const QStringList &problems)
{
    if (!isOpen())
        return;
    m_damaged = true;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA query_only = ON"));
    // Kept open (the window still shows what it read), but never written to.
    m_error = DatabaseError(DatabaseErrorCode::FoundDamaged, m_path, problems.mid(0, 3).join(QStringLiteral("; ")));
}

bool Database::readSchema()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        // A healthy file in WAL mode cannot even be read where the folder
        // refuses the small shared-memory file SQLite keeps beside it: that
        // is the folder's doing, not damage.
        if (!QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
            return fail(DatabaseErrorCode::FolderNotWritable, query.lastError().text());
        return fail(DatabaseErrorCode::Damaged, query.lastError().text());
    }
    const int entries = query.value(0).toInt();
    // The header judged the main file only; a write-ahead log beside it can
    // hold another program's tables or a newer schema. Judged again through
    // SQL before anything is migrated or written.
    const QSqlDatabase db = connection();
    const quint32 id = singleValue(db, QStringLiteral("PRAGMA application_id")).toUInt();
    const int version = singleValue(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (entries == 0 && id == 0 && version == 0)
        return true; // a new, empty database
    if (id != applicationId)
        return fail(DatabaseErrorCode::ForeignApplication);
    if (version > latestSchemaVersion())
        return fail(DatabaseErrorCode::NewerSchema);
    return true;
}

bool Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    m_journalMode = singleValue(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString().toLower();
    if (m_journalMode.isEmpty())
        return fail(DatabaseErrorCode::CannotOpen, QStringLiteral("journal_mode"));
    if (m_journalMode != QLatin1String("wal")) {
        // Some network folders cannot share memory between processes; the
        // rollback journal still keeps the file safe, only slower.
        qWarning("Tukipolku: the database stays in %s journal mode: WAL is not available here",
                 qPrintable(m_journalMode));
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !query.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        // The worklist and the reports read tens of thousands of rows of a
        // unit's file: 32 MiB of page cache (not the default 2 MiB) keeps them
        // in memory between one reading and the next.
        || !query.exec(QStringLiteral("PRAGMA cache_size = -32768")))
        return fail(DatabaseErrorCode::CannotOpen, query.lastError().text());
    if (singleValue(db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
        return fail(DatabaseErrorCode::CannotOpen, QStringLiteral("foreign_keys"));
    return true;
}

bool Database::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current == latest)
        return true;
    if (current > 0) {
        // Never upgrade a damaged file, and keep a copy of what was there.
        const QString integrity = singleValue(connection(), QStringLiteral("PRAGMA integrity_check")).toString();
        if (integrity != QLatin1String("ok"))
            return fail(DatabaseErrorCode::Damaged, integrity);
        if (!writePreMigrationCopy(current))
            return false;
    }
    const QString error = Migrations::apply(SqliteHandle(connection()), current, latest, applicationId);
    if (!error.isEmpty())
        return fail(DatabaseErrorCode::MigrationFailed, error);
    if (current > 0 && current < firstPlanDeadlineVersion && !refreshFirstPlanDeadlines())
        return false;
    return true;
}

bool Database::refreshFirstPlanDeadlines()
{
    // Schema 29 gave a child welfare client without a client plan a deadline
    // of its own (LSL 30 §), counted over working days in C++: the open cases
    // it concerns work out their next deadline again, once.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT id FROM cases c WHERE child_welfare_since IS NOT NULL AND closed_on IS NULL "
                                   "AND archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM client_plans p "
                                   "WHERE p.case_id = c.id)")))
        return fail(DatabaseErrorCode::MigrationFailed, query.lastError().text());
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    CaseRepository cases(connection(), QString());
    for (const QString &id : std::as_const(ids)) {
        if (const Result refreshed = cases.refreshDerived(id); !refreshed)
            return fail(DatabaseErrorCode::MigrationFailed, refreshed.message());
    }
    return true;
}

bool Database::writePreMigrationCopy(int oldVersion)
{
    const QFileInfo file(m_path);
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString copy = file.dir().filePath(QStringLiteral("%1.schema-v%2.%3.sqlite")
                                                 .arg(file.completeBaseName()).arg(oldVersion).arg(stamp));
    QString quoted = copy;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)))
        return fail(DatabaseErrorCode::BackupFailed, query.lastError().text());
    m_preMigrationCopy = copy;
    return true;
}

bool Database::fail(DatabaseErrorCode code, const QString &detail)
{
    const QString path = m_path;
    close();
    m_path = path;
    m_error = DatabaseError(code, path, detail);
    return false;
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_lock.reset();
    m_journalMode.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

qint64 Database::changesSinceOpen() const
{
    return singleValue(connection(), QStringLiteral("SELECT total_changes()")).toLongLong();
}

int Database::schemaVersion() const
{
    return singleValue(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QStringList Database::check()
{
    QStringList problems;
    if (!isOpen())
        return {m_error.isError() ? m_error.message() : QStringLiteral("not open")};
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        problems << query.lastError().text();
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return problems;
    const QVariant appId = singleValue(connection(), QStringLiteral("PRAGMA application_id"));
    if (appId.toLongLong() != applicationId && schemaVersion() > 0)
        problems << QStringLiteral("application_id %1").arg(appId.toLongLong());
    problems << SchemaCheck::differences(connection(), schemaVersion());
    query.exec(QStringLiteral("PRAGMA foreign_key_check"));
    while (query.next())
        problems << QStringLiteral("broken reference in %1").arg(query.value(0).toString());
    return problems;
}

} // namespace tukipolku
