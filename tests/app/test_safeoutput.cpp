// Outputs of the command line: they never replace what they must not, and
// everything the program creates is private to its owner.
#include "catchshim.h"
#include "programrun.h"
#include "testdatabase.h"
#include "testfiles.h"

#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/documentlookup.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <sys/stat.h>
#include <sys/types.h>

using namespace tukipolku;
using tukipolku::test::fileHash;
using tukipolku::test::readFile;
using tukipolku::test::runTukipolku;
using tukipolku::test::writeFile;

namespace {
const QString en = QStringLiteral("en");

QString closedDatabase(const QTemporaryDir &dir, int families = 0)
{
    return test::makeDatabaseFile(dir.filePath(QStringLiteral("unit.sqlite")), families);
}

// The permission bits of a file or folder (rwx of owner, group and others).
int modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
}

bool startsAsDatabase(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

TEST_CASE("Outputs: --report and --export-pdf never write over a database or its side files", "[app][files]")
{
    QTemporaryDir home;
    const QString database = closedDatabase(home);
    const QByteArray before = fileHash(database);
    const QStringList report{QStringLiteral("--lang"), en, QStringLiteral("--database"), database,
                             QStringLiteral("--report"), QStringLiteral("deadlines"), QStringLiteral("--output")};
    const QStringList pdf{QStringLiteral("--lang"), en, QStringLiteral("--database"), database,
                          QStringLiteral("--export-pdf"), QLatin1String(DocumentLookup::blankContactFormId),
                          QStringLiteral("--output")};
    for (const QStringList &command : {report, pdf}) {
        for (const QString &flag : {QString(), QStringLiteral("--overwrite")}) {
            QStringList arguments = command + QStringList{database};
            if (!flag.isEmpty())
                arguments << flag;
            const test::ProgramRun run = runTukipolku(arguments, home);
            REQUIRE(run.finished);
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("is a database, a backup or a field copy and is never written over")));
            CHECK(fileHash(database) == before);
        }
        // A side file, whether it is there or not: a made-up WAL would be played into the database.
        for (const QString &side : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                    QStringLiteral(".lock")}) {
            const test::ProgramRun run = runTukipolku(command + QStringList{database + side, QStringLiteral("--overwrite")}, home);
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("belongs to the database")));
            CHECK_FALSE(QFileInfo::exists(database + side));
        }
        // Through a symbolic link the database is still the database.
        const QString link = home.filePath(QStringLiteral("report-link.csv"));
        QFile::remove(link);
        REQUIRE(QFile::link(database, link));
        CHECK(runTukipolku(command + QStringList{link, QStringLiteral("--overwrite")}, home).exitCode == 1);
        CHECK(fileHash(database) == before);
    }
    // A backup and a folder are not written over either.
    const QString backup = home.filePath(QStringLiteral("unit.tpbackup"));
    writeFile(backup, QByteArrayLiteral("TUKIPOLKU-BACKUP\x01 and the rest"));
    CHECK(runTukipolku(report + QStringList{backup, QStringLiteral("--overwrite")}, home).exitCode == 1);
    CHECK(readFile(backup).startsWith("TUKIPOLKU-BACKUP"));
    const test::ProgramRun folder = runTukipolku(report + QStringList{home.path()}, home);
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains(QStringLiteral("is a folder")));
}

TEST_CASE("Outputs: an existing file is replaced only with --overwrite, and a pipe is refused at once", "[app][files]")
{
    QTemporaryDir home;
    const QString database = closedDatabase(home);
    const QString csv = home.filePath(QStringLiteral("deadlines.csv"));
    writeFile(csv, "last month's report\n");
    const QStringList report{QStringLiteral("--lang"), en, QStringLiteral("--database"), database,
                             QStringLiteral("--report"), QStringLiteral("deadlines"), QStringLiteral("--output"), csv};
    const test::ProgramRun refused = runTukipolku(report, home);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already exists and was left as it was")));
    CHECK(refused.err.contains(QStringLiteral("--overwrite")));
    CHECK(readFile(csv) == "last month's report\n");

    const test::ProgramRun replaced = runTukipolku(report + QStringList{QStringLiteral("--overwrite")}, home);
    CHECK(replaced.exitCode == 0);
    CHECK(readFile(csv).startsWith("\xEF\xBB\xBF"));
    CHECK(modeOf(csv) == 0600);
    CHECK(QDir(home.path()).entryList({QStringLiteral("*.csv*")}, QDir::Files | QDir::Hidden).size() == 1); // no temporary left

    const QString pipe = home.filePath(QStringLiteral("pipe.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    const test::ProgramRun piped = runTukipolku(report.mid(0, report.size() - 1) + QStringList{pipe, QStringLiteral("--overwrite")}, home, 20000);
    REQUIRE(piped.finished);
    CHECK(piped.exitCode == 1);
    CHECK(piped.err.contains(QStringLiteral("not an ordinary file")));
}

TEST_CASE("Outputs: what the program creates is private to its owner", "[app][files]")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("new/unit.sqlite"));
    REQUIRE(QDir().mkpath(home.filePath(QStringLiteral("new"))));
    REQUIRE(runTukipolku({QStringLiteral("--database"), database, QStringLiteral("--demo=3")}, home, 30000).exitCode == 0);
    CHECK(modeOf(database) == 0600);
    const QString backup = home.filePath(QStringLiteral("unit-backup.sqlite"));
    REQUIRE(runTukipolku({QStringLiteral("--database"), database, QStringLiteral("--backup"), backup}, home).exitCode == 0);
    CHECK(modeOf(backup) == 0600);
    const QString pdf = home.filePath(QStringLiteral("form.pdf"));
    REQUIRE(runTukipolku({QStringLiteral("--database"), database, QStringLiteral("--export-pdf"),
                          QLatin1String(DocumentLookup::blankContactFormId), QStringLiteral("--output"), pdf},
                         home)
                .exitCode
            == 0);
    CHECK(modeOf(pdf) == 0600);
    // The window's run writes the settings (the last database): file 0600, folder 0700.
    REQUIRE(runTukipolku({QStringLiteral("--database"), database, QStringLiteral("--smoke")}, home).exitCode == 0);
    const QString settings = home.filePath(QStringLiteral("config/Tukipolku/Tukipolku.conf"));
    REQUIRE(QFileInfo::exists(settings));
    CHECK(modeOf(settings) == 0600);
    CHECK(modeOf(QFileInfo(settings).absolutePath()) == 0700);
}

TEST_CASE("Options in the --demo=N form run without a window, as --demo N does", "[app]")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("demo.sqlite"));
    const test::ProgramRun run = runTukipolku({QStringLiteral("--lang"), en, QStringLiteral("--database"), database,
                                               QStringLiteral("--demo=4")},
                                              home, 30000);
    REQUIRE(run.finished);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote 4 fictional families")));
    const test::ProgramRun zero = runTukipolku({QStringLiteral("--lang"), en, QStringLiteral("--database"),
                                                home.filePath(QStringLiteral("zero.sqlite")), QStringLiteral("--demo=0")},
                                               home, 30000);
    REQUIRE(zero.finished);
    CHECK(zero.exitCode == 2);
    const QString csv = home.filePath(QStringLiteral("providers.csv"));
    writeFile(csv, "name;kind\n");
    const test::ProgramRun import = runTukipolku({QStringLiteral("--lang"), en, QStringLiteral("--database"), database,
                                                  QStringLiteral("--import-providers=") + csv},
                                                 home, 30000);
    REQUIRE(import.finished); // the window never opened
}

TEST_CASE("Outputs: an encrypted backup killed at any moment leaves no readable copy anywhere", "[app][files][backups]")
{
    QTemporaryDir home;
    const QString database = closedDatabase(home, 300);
    const QString password = home.filePath(QStringLiteral("password.txt"));
    writeFile(password, "kevät 2026 salasana\n");
    const QString stick = home.filePath(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(stick));
    const QString temporary = home.filePath(QStringLiteral("tmp"));
    const auto backupTo = [&](int round) {
        return QStringList{QStringLiteral("--database"), database, QStringLiteral("--backup"),
                           QDir(stick).filePath(QStringLiteral("unit-%1.tpbackup").arg(round)),
                           QStringLiteral("--password-file"), password};
    };
    QElapsedTimer whole;
    whole.start();
    REQUIRE(runTukipolku(backupTo(0), home).exitCode == 0);
    const int runMs = int(std::max<qint64>(whole.elapsed(), 50));

    for (int round = 1; round <= 12; ++round) {
        QProcess process;
        process.setProcessEnvironment(test::programEnvironment(home));
        process.start(QStringLiteral(TUKIPOLKU_EXECUTABLE), backupTo(round));
        REQUIRE(process.waitForStarted());
        QThread::msleep(quint64(QRandomGenerator::global()->bounded(runMs)));
        process.kill();
        process.waitForFinished();
        QDirIterator onStick(stick, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (onStick.hasNext()) {
            const QString file = onStick.next();
            INFO("round " << round << ": " << file.toStdString());
            CHECK_FALSE(startsAsDatabase(file)); // nothing unencrypted ever reaches the stick
            CHECK(modeOf(file) == 0600);
        }
        QDirIterator inTemporary(temporary, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (inTemporary.hasNext()) {
            const QString file = inTemporary.next();
            INFO("round " << round << ": " << file.toStdString());
            CHECK((modeOf(file) & 0077) == 0);
            CHECK(modeOf(QFileInfo(file).absolutePath()) == 0700);
        }
    }
    // The next start removes whatever a killed backup left in its private folder.
    REQUIRE(runTukipolku({QStringLiteral("--database"), database, QStringLiteral("--check")}, home).exitCode == 0);
    QDirIterator left(temporary, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (left.hasNext()) {
        const QString file = left.next();
        INFO(file.toStdString());
        CHECK_FALSE(startsAsDatabase(file));
    }
}

TEST_CASE("Outputs: a report of a damaged database is refused, never written short", "[app][files][damage]")
{
    QTemporaryDir home;
    const QString database = closedDatabase(home, 300);
    test::damageLeafPage(database, QStringLiteral("open_deadline_cases"));
    const QString csv = home.filePath(QStringLiteral("deadlines.csv"));
    const test::ProgramRun run = runTukipolku({QStringLiteral("--lang"), en, QStringLiteral("--database"), database,
                                               QStringLiteral("--report"), QStringLiteral("deadlines"),
                                               QStringLiteral("--output"), csv},
                                              home);
    REQUIRE(run.finished);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("could not be read")));
    CHECK(run.err.contains(QStringLiteral("is damaged")));
    CHECK_FALSE(QFileInfo::exists(csv));
}

TEST_CASE("Outputs: a decision that cannot be read is not printed and not called missing", "[app][files][damage]")
{
    QTemporaryDir home;
    const QString database = closedDatabase(home, 300);
    QStringList decisions;
    {
        Database healthy;
        REQUIRE(healthy.open(database));
        QSqlQuery ids(healthy.connection());
        REQUIRE(ids.exec(QStringLiteral("SELECT id FROM decisions")));
        while (ids.next())
            decisions << ids.value(0).toString();
    }
    test::damageLeafPage(database, QStringLiteral("decisions"));
    // A decision whose row sits on the damaged page.
    QString unreadable;
    {
        Database opened;
        REQUIRE(opened.open(database));
        for (const QString &id : std::as_const(decisions)) {
            if (DocumentLookup::find(opened, id, QString()).isFailed()) {
                unreadable = id;
                break;
            }
        }
    }
    REQUIRE_FALSE(unreadable.isEmpty());
    const QString pdf = home.filePath(QStringLiteral("decision.pdf"));
    const test::ProgramRun run = runTukipolku({QStringLiteral("--lang"), en, QStringLiteral("--database"), database,
                                               QStringLiteral("--export-pdf"), unreadable, QStringLiteral("--output"), pdf},
                                              home);
    REQUIRE(run.finished);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("could not be read")));
    CHECK_FALSE(run.err.contains(QStringLiteral("There is no decision")));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("Outputs: a field copy import killed at any moment leaves no readable copy behind", "[app][files][fieldcopy]")
{
    QTemporaryDir home;
    const QString office = closedDatabase(home, 300);
    QStringList families;
    {
        Database database;
        REQUIRE(database.open(office, Database::Mode::ReadOnly));
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT id FROM families ORDER BY id LIMIT 40")));
        while (query.next())
            families << query.value(0).toString();
    }
    const QString password = home.filePath(QStringLiteral("password.txt"));
    writeFile(password, "kotikäynti 2026\n");
    const QString copy = home.filePath(QStringLiteral("visit.tpfield"));
    REQUIRE(runTukipolku({QStringLiteral("--database"), office, QStringLiteral("--export-families"),
                          families.join(QLatin1Char(',')), QStringLiteral("--output"), copy,
                          QStringLiteral("--password-file"), password},
                         home)
                .exitCode
            == 0);
    const QString laptop = home.filePath(QStringLiteral("laptop.sqlite"));
    {
        Database created; // the laptop's own database, before the imports
        REQUIRE(created.open(laptop));
    }
    const QStringList importing{QStringLiteral("--database"), laptop, QStringLiteral("--import"), copy,
                                QStringLiteral("--password-file"), password};
    QElapsedTimer whole;
    whole.start();
    {
        QTemporaryDir once;
        const QString measured = once.filePath(QStringLiteral("measure.sqlite"));
        REQUIRE(runTukipolku({QStringLiteral("--database"), measured, QStringLiteral("--import"), copy,
                              QStringLiteral("--password-file"), password},
                             home)
                    .exitCode
                == 0);
    }
    const int runMs = int(std::max<qint64>(whole.elapsed(), 50));
    const QString temporary = home.filePath(QStringLiteral("tmp"));
    for (int round = 1; round <= 10; ++round) {
        QProcess process;
        process.setProcessEnvironment(test::programEnvironment(home));
        process.start(QStringLiteral(TUKIPOLKU_EXECUTABLE), importing);
        REQUIRE(process.waitForStarted());
        QThread::msleep(quint64(QRandomGenerator::global()->bounded(runMs)));
        process.kill();
        process.waitForFinished();
        QDirIterator inTemporary(temporary, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (inTemporary.hasNext()) {
            const QString file = inTemporary.next();
            INFO("round " << round << ": " << file.toStdString());
            CHECK((modeOf(file) & 0077) == 0); // the decrypted copy is its owner's alone
            CHECK(modeOf(QFileInfo(file).absolutePath()) == 0700);
        }
    }
    // The next start removes the decrypted copies the killed imports left; the laptop's file is whole.
    REQUIRE(runTukipolku({QStringLiteral("--database"), laptop, QStringLiteral("--check")}, home).exitCode == 0);
    QDirIterator left(temporary, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (left.hasNext()) {
        const QString file = left.next();
        INFO(file.toStdString());
        CHECK_FALSE(startsAsDatabase(file));
    }
}
