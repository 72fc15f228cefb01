#include "catchshim.h"
#include "testfiles.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlitehandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tukipolku;
using tukipolku::test::fileHash;
using tukipolku::test::writeFile;

namespace {

QVariant pragma(const Database &database, const char *name)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))));
    REQUIRE(query.next());
    return query.value(0);
}

// A healthy database with one worker, closed again.
QString makeDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("unit.sqlite"))
{
    const QString path = dir.filePath(name);
    Database database;
    REQUIRE(database.open(path));
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO workers (id, first_names, last_name) "
                                      "VALUES ('%1', 'Aino', 'Virtanen')")
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    return path;
}

// Opens a file with plain SQLite (as another program would) and runs `sql`.
void rawExec(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(SqliteHandle(db).execScript(sql).isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void requireRefusedUntouched(const QString &path, DatabaseErrorCode expected)
{
    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        Database database;
        CHECK_FALSE(database.open(path, mode));
        CHECK(database.error().code() == expected);
        CHECK_FALSE(database.error().message().isEmpty());
        CHECK_FALSE(database.isOpen());
    }
    CHECK(fileHash(path) == before);
    CHECK(QFileInfo(path).size() == sizeBefore);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
}

} // namespace

TEST_CASE("A new database is created with the project's pragmas and the latest schema", "[database]")
{
    QTemporaryDir dir;
    Database database;
    REQUIRE(database.open(dir.filePath(QStringLiteral("new.sqlite"))));
    CHECK(database.isOpen());
    CHECK(database.journalMode() == QLatin1String("wal"));
    CHECK(pragma(database, "journal_mode").toString() == QLatin1String("wal"));
    CHECK(pragma(database, "foreign_keys").toInt() == 1);
    CHECK(pragma(database, "synchronous").toInt() == 2); // FULL
    CHECK(pragma(database, "busy_timeout").toInt() >= 1000);
    CHECK(pragma(database, "application_id").toLongLong() == Database::applicationId);
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    CHECK(database.preMigrationCopy().isEmpty()); // nothing to save in a new file
    CHECK(database.check().isEmpty());
}

TEST_CASE("Every table has a UUID key, timestamps and the changing worker", "[database]")
{
    QTemporaryDir dir;
    Database database;
    REQUIRE(database.open(dir.filePath(QStringLiteral("tables.sqlite"))));
    QSqlQuery tables(database.connection());
    // Our own tables; not the full-text index and its shadow tables.
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                       "AND type = 'table' AND name NOT LIKE 'sqlite_%'")));
    int count = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        // The installation's own note of the versions it last agreed on with a
        // field copy: about records, not a record; never exported or merged.
        // The open cases' deadline dates, derived from their records (migration 19).
        if (table == QLatin1String("field_copy_base") || table == QLatin1String("open_deadline_cases"))
            continue;
        ++count;
        QSqlQuery columns(database.connection());
        REQUIRE(columns.exec(QStringLiteral("SELECT name, type, pk FROM pragma_table_info('%1')").arg(table)));
        QStringList names;
        while (columns.next()) {
            names << columns.value(0).toString();
            if (columns.value(2).toInt() == 1) {
                INFO(table.toStdString());
                CHECK(columns.value(0).toString() == QLatin1String("id"));
                CHECK(columns.value(1).toString() == QLatin1String("TEXT"));
            }
        }
        INFO(table.toStdString());
        CHECK(names.contains(QStringLiteral("created_at")));
        CHECK(names.contains(QStringLiteral("updated_at")));
        CHECK(names.contains(QStringLiteral("changed_by")));
    }
    CHECK(count >= 5);
}

TEST_CASE("Client records cannot be deleted, only archived", "[database]")
{
    QTemporaryDir dir;
    Database database;
    REQUIRE(database.open(dir.filePath(QStringLiteral("archive.sqlite"))));
    QSqlQuery query(database.connection());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO persons (id, first_names, last_name, birth_date) "
                                      "VALUES ('%1', 'Eino', 'Korhonen', '2019-05-04')").arg(id)));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM persons WHERE id = '%1'").arg(id)));
    CHECK(query.exec(QStringLiteral("UPDATE persons SET archived_at = '2026-11-23T10:00:00Z' WHERE id = '%1'").arg(id)));
    // A person needs an identity code or a birth date.
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO persons (id, first_names, last_name) "
                                          "VALUES ('%1', 'Ei', 'Tunnusta')")
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
}

TEST_CASE("Files that are not ours are refused and left byte-identical", "[database][refusal]")
{
    QTemporaryDir dir;

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, QByteArray("Muistiinpanoja kotikäynniltä\n").repeated(200));
        requireRefusedUntouched(path, DatabaseErrorCode::NotSqlite);
    }
    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("random.sqlite"));
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        writeFile(path, bytes);
        requireRefusedUntouched(path, DatabaseErrorCode::NotSqlite);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, QByteArray());
        requireRefusedUntouched(path, DatabaseErrorCode::EmptyFile);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, QStringLiteral("PRAGMA application_id = 1234; CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
        requireRefusedUntouched(path, DatabaseErrorCode::ForeignApplication);
    }
    SECTION("a SQLite file without an application id but with tables")
    {
        const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
        rawExec(path, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
        requireRefusedUntouched(path, DatabaseErrorCode::ForeignApplication);
    }
    SECTION("a schema newer than this program")
    {
        const QString path = makeDatabase(dir);
        rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        requireRefusedUntouched(path, DatabaseErrorCode::NewerSchema);
    }
    SECTION("a file cut off in the middle")
    {
        const QString path = makeDatabase(dir);
        QByteArray bytes = tukipolku::test::readFile(path);
        REQUIRE(bytes.size() > 4096);
        bytes.truncate(bytes.size() - 1000);
        writeFile(path, bytes);
        requireRefusedUntouched(path, DatabaseErrorCode::Damaged);
    }
    SECTION("a damaged schema page")
    {
        const QString path = makeDatabase(dir);
        QByteArray bytes = tukipolku::test::readFile(path);
        for (int i = 100; i < 400; ++i)
            bytes[i] = char(0xA5);
        writeFile(path, bytes);
        requireRefusedUntouched(path, DatabaseErrorCode::Damaged);
    }
}

TEST_CASE("A second instance on the same file is refused and touches nothing", "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    Database first;
    REQUIRE(first.open(path));
    const QByteArray before = fileHash(path);

    Database second;
    CHECK_FALSE(second.open(path));
    CHECK(second.error().code() == DatabaseErrorCode::Locked);
    CHECK(second.error().message().contains(QDir::toNativeSeparators(path)));
    CHECK(fileHash(path) == before);
    CHECK(first.isOpen());

    first.close();
    CHECK(second.open(path));
}

TEST_CASE("A stale lock left by a crashed run is taken over", "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The crashed run: takes the lock and dies without releasing it.
        QLockFile lock(path + QStringLiteral(".lock"));
        _exit(lock.tryLock(0) ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(QFileInfo::exists(path + QStringLiteral(".lock")));

    Database database;
    CHECK(database.open(path));
}

TEST_CASE("A lock file cut off before it named its program is taken over", "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    // A run killed between creating the lock file and writing into it.
    writeFile(path + QStringLiteral(".lock"), QByteArray());
    Database database;
    CHECK(database.open(path));
    // A lock that names a running program (this one) still keeps a second window out.
    Database second;
    CHECK_FALSE(second.open(path));
    CHECK(second.error().code() == DatabaseErrorCode::Locked);
}

TEST_CASE("An empty file whose creation was cut off is created anew", "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    // Killed after SQLite made the file and before it wrote a page: an empty
    // file and the lock file of the run that was creating it.
    writeFile(path, QByteArray());
    writeFile(path + QStringLiteral(".lock"), QByteArray());
    SECTION("read-only it is still only an empty file")
    {
        Database reader;
        CHECK_FALSE(reader.open(path, Database::Mode::ReadOnly));
        CHECK(reader.error().code() == DatabaseErrorCode::EmptyFile);
    }
    SECTION("opened for writing it becomes a whole new database")
    {
        Database database;
        REQUIRE(database.open(path));
        CHECK(database.schemaVersion() == Database::latestSchemaVersion());
        CHECK(database.check().isEmpty());
    }
    SECTION("while the program creating it still runs it is kept out")
    {
        QLockFile creator(path + QStringLiteral(".lock"));
        QFile::remove(path + QStringLiteral(".lock"));
        REQUIRE(creator.tryLock(0));
        Database database;
        CHECK_FALSE(database.open(path));
        CHECK(database.error().code() == DatabaseErrorCode::Locked);
        CHECK(QFileInfo(path).size() == 0);
    }
}

TEST_CASE("A read-only file is refused for writing but can be checked", "[database]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    if (QFileInfo(path).isWritable()) {
        WARN("running as root: file permissions do not apply, nothing to test");
        return;
    }
    const QByteArray before = fileHash(path);
    Database database;
    CHECK_FALSE(database.open(path));
    CHECK(database.error().code() == DatabaseErrorCode::ReadOnlyFile);
    CHECK(fileHash(path) == before);
}

TEST_CASE("An older file is upgraded, with a consistent copy written first", "[database][migration]")
{
    REQUIRE(Database::latestSchemaVersion() >= 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old unit ä.sqlite"));
    const int oldVersion = Database::latestSchemaVersion() - 1;
    {
        // What an older Tukipolku wrote: the schema up to oldVersion and a worker.
        const QString name = QStringLiteral("old-program");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(Migrations::apply(SqliteHandle(db), 0, oldVersion, Database::applicationId).isEmpty());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("INSERT INTO workers (id, first_names, last_name) VALUES "
                                              "('0d3c5b1e-5f5e-4c57-9d5a-1a2b3c4d5e6f', 'Aino', 'Virtanen')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    Database database;
    REQUIRE(database.open(path));
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    const QString copy = database.preMigrationCopy();
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(QFileInfo::exists(copy));
    CHECK(QFileInfo(copy).fileName().contains(QStringLiteral("schema-v%1").arg(oldVersion)));
    CHECK(database.check().isEmpty());
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT first_names FROM workers")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QLatin1String("Aino"));

    // The copy is the old file: old version, same data, and openable.
    Database old;
    REQUIRE(old.open(copy, Database::Mode::ReadOnly));
    CHECK(old.schemaVersion() == oldVersion);
    CHECK(old.check().isEmpty());
}

TEST_CASE("The check finds a schema that does not match its version", "[database][check]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    rawExec(path, QStringLiteral("DROP INDEX persons_last_name; CREATE TABLE extra (id TEXT PRIMARY KEY);"));
    Database database;
    REQUIRE(database.open(path, Database::Mode::ReadOnly));
    const QStringList problems = database.check();
    CHECK(problems.contains(QStringLiteral("missing index persons_last_name")));
    CHECK(problems.contains(QStringLiteral("unexpected table extra")));
}

TEST_CASE("Opening read-only never creates a file", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Database database;
    CHECK_FALSE(database.open(path, Database::Mode::ReadOnly));
    CHECK(database.error().code() == DatabaseErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A path with Nordic and Sámi letters and spaces opens, saves and opens again", "[database]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Perhetyö ja Åsa – Sámi ŋ čđ"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("yksikkö ärrä.sqlite"));
    {
        Database database;
        REQUIRE(database.open(path));
        QSqlQuery insert(database.connection());
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO workers (id, first_names, last_name) VALUES "
                                           "('00000000-0000-4000-8000-000000000001', 'Áile', 'Niillas')")));
    }
    Database again;
    REQUIRE(again.open(path));
    CHECK(again.check().isEmpty());
    QSqlQuery read(again.connection());
    REQUIRE(read.exec(QStringLiteral("SELECT first_names FROM workers")));
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == QStringLiteral("Áile"));
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("Upgrading to schema 29 gives a child welfare client without a plan the plan's deadline", "[database][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(Migrations::apply(SqliteHandle(db), 0, 28, Database::applicationId).isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // Iida became a client on Tuesday 3.3.2026 and has no plan; the case's
    // next deadline was its assessment's before the upgrade.
    rawExec(path, QStringLiteral(R"(
        INSERT INTO families (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Mäkelä');
        INSERT INTO persons (id, first_names, last_name, birth_date)
            VALUES ('00000000-0000-4000-8000-000000000002', 'Iida', 'Mäkelä', '2017-09-09');
        INSERT INTO cases (id, case_number, family_id, child_id, child_welfare_since, child_welfare_basis,
                           next_deadline_kind, next_deadline_due)
            VALUES ('00000000-0000-4000-8000-000000000003', '2026-00001', '00000000-0000-4000-8000-000000000001',
                    '00000000-0000-4000-8000-000000000002', '2026-03-03', 'urgent_measures',
                    'assessment_completion', '2026-06-02');
        INSERT INTO initiations (id, case_id, received_at, decided_on, assessment_starts, urgent, urgency_assessed_at)
            VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000003',
                    '2026-03-02T10:00:00.000', '2026-03-03', 1, 0, '2026-03-02T10:10:00.000');
    )"));
    Database database;
    REQUIRE(database.open(path));
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT next_deadline_kind, next_deadline_due FROM cases")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("first_plan"));
    CHECK(query.value(1).toString() == QStringLiteral("2026-04-02")); // 30 days on, a Thursday
    REQUIRE(query.exec(QStringLiteral("SELECT child_welfare_since FROM open_deadline_cases")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("2026-03-03"));
}
