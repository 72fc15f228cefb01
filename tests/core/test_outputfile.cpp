#include "catchshim.h"
#include "testfiles.h"

#include "exchange/csvwriter.h"
#include "files/outputfile.h"
#include "files/privateworkfolder.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tukipolku;
using tukipolku::test::fileHash;
using tukipolku::test::readFile;
using tukipolku::test::writeFile;

namespace {
int modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
}
} // namespace

TEST_CASE("Output file: written whole and private, never over a database, its side files or a backup", "[files]")
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    REQUIRE(OutputFile::write(report, "first", Overwrite::Refuse).ok());
    CHECK(readFile(report) == "first");
    CHECK(modeOf(report) == 0600);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary file left

    // An existing ordinary file: only when the user allows it.
    const Result refused = OutputFile::write(report, "second", Overwrite::Refuse);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QDir::toNativeSeparators(report)));
    CHECK(readFile(report) == "first");
    REQUIRE(OutputFile::write(report, "second", Overwrite::Allow).ok());
    CHECK(readFile(report) == "second");
    CHECK(modeOf(report) == 0600);

    const QString database = dir.filePath(QStringLiteral("unit.sqlite"));
    {
        Database open;
        REQUIRE(open.open(database));
        const QByteArray before = fileHash(database);
        const QStringList targets{database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
                                  database + QStringLiteral("-journal"), database + QStringLiteral(".lock")};
        for (const QString &target : targets) {
            INFO(target.toStdString());
            CHECK_FALSE(OutputFile::write(target, "x", Overwrite::Allow).ok());
        }
        CHECK(fileHash(database) == before);
        CHECK_FALSE(QFileInfo::exists(database + QStringLiteral("-journal")));
    }
    // Another program's SQLite file, an encrypted backup or field copy: never.
    writeFile(dir.filePath(QStringLiteral("other.db")), QByteArray("SQLite format 3\0other", 21));
    writeFile(dir.filePath(QStringLiteral("copy.tpfield")), "TUKIPOLKU-BACKUP\x01...");
    CHECK_FALSE(OutputFile::write(dir.filePath(QStringLiteral("other.db")), "x", Overwrite::Allow).ok());
    CHECK_FALSE(OutputFile::write(dir.filePath(QStringLiteral("copy.tpfield")), "x", Overwrite::Allow).ok());
    CHECK(readFile(dir.filePath(QStringLiteral("copy.tpfield"))).startsWith("TUKIPOLKU-BACKUP"));
    // A folder, or a folder that is not there.
    CHECK(OutputFile::checkTarget(dir.path(), Overwrite::Allow).message().contains(QStringLiteral("is a folder")));
    CHECK(OutputFile::checkTarget(dir.filePath(QStringLiteral("no/such.csv")), Overwrite::Allow)
              .message()
              .contains(QStringLiteral("does not exist")));
}

TEST_CASE("Output file: a write that is not committed leaves nothing behind", "[files]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("decision.pdf"));
    {
        OutputFile file(pdf, Overwrite::Refuse);
        REQUIRE(file.open().ok());
        file.device()->write("half a document");
    } // never committed: an error half-way
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("CSV: a cell that a spreadsheet would run as a formula is written as text", "[files][reports]")
{
    CsvWriter writer;
    writer.addRow({QStringLiteral("=HYPERLINK(\"http://x\";\"pay\")"), QStringLiteral("+cmd|' /C calc'!A0"),
                   QStringLiteral("@SUM(A1:A9)"), QStringLiteral("-2+3"), QStringLiteral("\tTab"),
                   QStringLiteral("\rReturn"), CsvWriter::euros(-1250), QStringLiteral("-5"), QStringLiteral("Laine")});
    const QStringList cells = QString::fromUtf8(writer.bytes().mid(3)).chopped(2).split(QLatin1Char(';'));
    REQUIRE(cells.size() == 10); // the first cell's own ';' is inside quotes
    CHECK(cells.at(0) == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\""));
    CHECK(cells.at(2) == QStringLiteral("'+cmd|' /C calc'!A0"));
    CHECK(cells.at(3) == QStringLiteral("'@SUM(A1:A9)"));
    CHECK(cells.at(4) == QStringLiteral("'-2+3"));
    CHECK(cells.at(5) == QStringLiteral("'\tTab"));
    CHECK(cells.at(6) == QStringLiteral("\"'\rReturn\""));
    CHECK(cells.at(7) == QStringLiteral("-12,50")); // numbers stay numbers
    CHECK(cells.at(8) == QStringLiteral("-5"));
    CHECK(cells.at(9) == QStringLiteral("Laine"));
}

TEST_CASE("CSV: no generated cell starting with a formula character escapes as a formula", "[files][reports]")
{
    // A small fuzz: every cell that begins with = + - @ tab or CR and is not a
    // plain number must come out beginning with an apostrophe (after an opening quote).
    const QString starts = QStringLiteral("=+-@\t\r");
    const QString rest = QStringLiteral("A1;\"(),.:|!0123456789 =+-");
    quint32 seed = 12345;
    const auto next = [&seed](quint32 below) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % below;
    };
    for (int i = 0; i < 2000; ++i) {
        QString cell(starts.at(qsizetype(next(quint32(starts.size())))));
        const int length = int(next(12));
        for (int j = 0; j < length; ++j)
            cell += rest.at(qsizetype(next(quint32(rest.size()))));
        CsvWriter writer;
        writer.addRow({cell});
        QString written = QString::fromUtf8(writer.bytes().mid(3)).chopped(2);
        if (written.startsWith(QLatin1Char('"')))
            written = written.mid(1);
        static const QRegularExpression number(QStringLiteral("^[-+]?\\d+([.,]\\d+)?$"));
        INFO(cell.toStdString());
        CHECK((written.startsWith(QLatin1Char('\'')) || number.match(cell).hasMatch()));
    }
}

TEST_CASE("Private work folder: 0700, removed after the work, left-overs removed at the next start", "[files]")
{
    QString path;
    {
        PrivateWorkFolder work;
        REQUIRE(work.isValid());
        path = QFileInfo(work.filePath(QStringLiteral("x"))).absolutePath();
        CHECK(modeOf(path) == 0700);
        CHECK(modeOf(PrivateWorkFolder::parentFolder()) == 0700);
        writeFile(work.filePath(QStringLiteral("snapshot.sqlite")), "plain");
        CHECK(PrivateWorkFolder::removeLeftovers() == 0); // in use: kept
        CHECK(QFileInfo::exists(work.filePath(QStringLiteral("snapshot.sqlite"))));
    }
    CHECK_FALSE(QFileInfo::exists(path));

    // A folder whose program was killed: no lock held any more.
    const QString left = QDir(PrivateWorkFolder::parentFolder()).filePath(QStringLiteral("job-killed"));
    REQUIRE(QDir().mkpath(left));
    writeFile(QDir(left).filePath(QStringLiteral("snapshot.sqlite")), "plain");
    CHECK(PrivateWorkFolder::removeLeftovers() >= 1);
    CHECK_FALSE(QFileInfo::exists(left));
}
