// One database, one writer, whatever the path; and what is not a file is refused at once.
#include "catchshim.h"
#include "testfiles.h"

#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace tukipolku;
using tukipolku::test::fileHash;
using tukipolku::test::writeFile;

namespace {
QString makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
    Database database;
    REQUIRE(database.open(path));
    return path;
}
} // namespace

TEST_CASE("Database: through a symbolic link, or a linked folder, the lock is the same lock", "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    REQUIRE(QFile::link(path, dir.filePath(QStringLiteral("link.sqlite"))));
    REQUIRE(QFile::link(dir.path(), dir.filePath(QStringLiteral("folder-link"))));
    Database first;
    REQUIRE(first.open(path));
    for (const QString &other : {dir.filePath(QStringLiteral("link.sqlite")),
                                 dir.filePath(QStringLiteral("folder-link/unit.sqlite"))}) {
        INFO(other.toStdString());
        Database second;
        CHECK_FALSE(second.open(other));
        CHECK(second.error().code() == DatabaseErrorCode::Locked);
    }
    first.close();
    Database throughLink;
    REQUIRE(throughLink.open(dir.filePath(QStringLiteral("link.sqlite"))));
    CHECK(throughLink.path() == path);
    Database byName;
    CHECK_FALSE(byName.open(path));
}

TEST_CASE("Database: a file with a second name (a hard link) is refused with a way out", "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QString other = dir.filePath(QStringLiteral("same.sqlite"));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()) == 0);
    const QByteArray before = fileHash(path);
    for (const QString &name : {path, other}) {
        Database database;
        CHECK_FALSE(database.open(name));
        CHECK(database.error().code() == DatabaseErrorCode::HardLinked);
        CHECK(database.error().message().contains(QStringLiteral("more than one name")));
    }
    CHECK(fileHash(path) == before);
    REQUIRE(QFile::remove(other));
    Database database;
    CHECK(database.open(path));
}

TEST_CASE("Database: a folder, a named pipe or a device is refused at once", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : {dir.path(), pipe, QStringLiteral("/dev/null")}) {
        INFO(path.toStdString());
        for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            Database database;
            CHECK_FALSE(database.open(path, mode));
            CHECK(database.error().code() == DatabaseErrorCode::NotAFile);
            CHECK(database.error().message().contains(QStringLiteral("not a database file")));
        }
    }
    CHECK(timer.elapsed() < 5000); // the pipe was never read
}

TEST_CASE("Database: a lock from another workstation names it and says how to take it over", "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    // As QLockFile writes it: the process, the program and the workstation.
    writeFile(path + QStringLiteral(".lock"), "4242\nTukipolku\nsosiaalitoimi-ws17\n");
    REQUIRE(QSysInfo::machineHostName() != QStringLiteral("sosiaalitoimi-ws17"));
    Database database;
    CHECK_FALSE(database.open(path));
    CHECK(database.error().code() == DatabaseErrorCode::LockedElsewhere);
    const QString message = database.error().message();
    CHECK(message.contains(QStringLiteral("on the workstation sosiaalitoimi-ws17")));
    CHECK(message.contains(QDir::toNativeSeparators(path + QStringLiteral(".lock"))));
    // Its owner deletes the lock as the message says, and the file opens.
    REQUIRE(QFile::remove(path + QStringLiteral(".lock")));
    CHECK(database.open(path));
}

namespace {
// Copies a database with what its open writer still holds in the write-ahead
// log, as a file copied (or a laptop's disk imaged) while the program ran.
void copyWithLog(const QString &from, const QString &to)
{
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal")));
}

void runWithoutCheckpoint(const QString &path, const QStringList &statements, const QString &copy)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        for (const QString &statement : statements)
            REQUIRE(query.exec(statement));
        copyWithLog(path, copy);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}
} // namespace

TEST_CASE("Database: a newer schema or another program's tables still in the WAL are refused untouched",
          "[database][refusal]")
{
    QTemporaryDir dir;
    SECTION("a newer version of Tukipolku wrote last")
    {
        const QString path = makeDatabase(dir);
        const QString copy = dir.filePath(QStringLiteral("newer.sqlite"));
        runWithoutCheckpoint(path, {QStringLiteral("PRAGMA user_version = 999")}, copy);
        const QByteArray file = fileHash(copy);
        const QByteArray log = fileHash(copy + QStringLiteral("-wal"));
        Database database;
        CHECK_FALSE(database.open(copy));
        CHECK(database.error().code() == DatabaseErrorCode::NewerSchema);
        CHECK(fileHash(copy) == file);
        CHECK(fileHash(copy + QStringLiteral("-wal")) == log);
    }
    SECTION("another program's database, its tables only in the log")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        const QString copy = dir.filePath(QStringLiteral("other-copy.db"));
        runWithoutCheckpoint(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                                    QStringLiteral("INSERT INTO songs VALUES ('Kesäpäivä')")},
                             copy);
        const QByteArray file = fileHash(copy);
        const QByteArray log = fileHash(copy + QStringLiteral("-wal"));
        Database database;
        CHECK_FALSE(database.open(copy));
        CHECK(database.error().code() == DatabaseErrorCode::ForeignApplication);
        CHECK(fileHash(copy) == file);
        CHECK(fileHash(copy + QStringLiteral("-wal")) == log);
    }
}

TEST_CASE("Database: a healthy file in a read-only folder is not called damaged", "[database][check]")
{
    if (::geteuid() == 0) {
        WARN("Run as root, where a folder's permissions do not apply: checked only by a normal user.");
        return;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    {
        Database database;
        REQUIRE(database.open(QDir(folder).filePath(QStringLiteral("unit.sqlite"))));
    }
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
    Database database;
    const bool opened = database.open(QDir(folder).filePath(QStringLiteral("unit.sqlite")), Database::Mode::ReadOnly);
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    if (!opened) {
        CHECK(database.error().code() == DatabaseErrorCode::FolderNotWritable);
        CHECK_FALSE(database.error().message().contains(QStringLiteral("damaged")));
    }
}
