#include "catchshim.h"
#include "testfiles.h"

#include "rules/identitycode.h"
#include "storage/database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tukipolku;
using tukipolku::test::fileHash;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The program's own settings go to a throw-away home.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TUKIPOLKU_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString makeHealthyDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
    Database database;
    REQUIRE(database.open(path));
    return path;
}

} // namespace

TEST_CASE("Option --version prints the version and the commit", "[app]")
{
    QTemporaryDir home;
    const Run run = runProgram({QStringLiteral("--version")}, home);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Tukipolku 0.")));
    CHECK(run.out.contains(QStringLiteral("commit")));
}

TEST_CASE("Option --help lists the options in the chosen language", "[app]")
{
    QTemporaryDir home;
    const Run english = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}, home);
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("--database")));
    CHECK(english.out.contains(QStringLiteral("Check the database read-only")));
    const Run finnish = runProgram({QStringLiteral("--lang"), QStringLiteral("fi"), QStringLiteral("--help")}, home);
    CHECK(finnish.out.contains(QStringLiteral("--check")));
    CHECK_FALSE(finnish.out.contains(QStringLiteral("Check the database read-only")));
}

TEST_CASE("Option --check exits 0 on a healthy file and 1 on a damaged or foreign one", "[app][check]")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString healthy = makeHealthyDatabase(dir);
    const QByteArray healthyHash = fileHash(healthy);
    const Run ok = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--check"),
                               QStringLiteral("--database"), healthy}, home);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("is healthy")));
    CHECK(fileHash(healthy) == healthyHash);

    SECTION("damaged")
    {
        QByteArray bytes = tukipolku::test::readFile(healthy);
        for (int i = 100; i < 300; ++i)
            bytes[i] = char(0x5A);
        tukipolku::test::writeFile(healthy, bytes);
        const QByteArray before = fileHash(healthy);
        const Run bad = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--check"),
                                    QStringLiteral("--database"), healthy}, home);
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.contains(QStringLiteral("damaged")));
        CHECK(fileHash(healthy) == before);
    }
    SECTION("foreign")
    {
        const QString text = dir.filePath(QStringLiteral("letter.sqlite"));
        tukipolku::test::writeFile(text, "Hyvä vastaanottaja,\n");
        const QByteArray before = fileHash(text);
        const Run bad = runProgram({QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--check"),
                                    QStringLiteral("--database"), text}, home);
        CHECK(bad.exitCode == 1);
        CHECK_FALSE(bad.err.trimmed().isEmpty());
        CHECK(fileHash(text) == before);
    }
    SECTION("missing")
    {
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        const Run bad = runProgram({QStringLiteral("--check"), QStringLiteral("--database"), missing}, home);
        CHECK(bad.exitCode == 1);
        CHECK_FALSE(QFile::exists(missing));
    }
}

TEST_CASE("Option --smoke opens the database, paints the main window and exits 0", "[app][smoke]")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("smoke.sqlite"));
    const Run run = runProgram({QStringLiteral("--smoke"), QStringLiteral("--database"), path}, home);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("painted")));
    Database database;
    CHECK(database.open(path, Database::Mode::ReadOnly));
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Option --smoke fails with a message on a file that is not a database", "[app][smoke]")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.sqlite"));
    tukipolku::test::writeFile(path, QByteArray(4096, '\x7f'));
    const Run run = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--smoke"),
                                QStringLiteral("--database"), path}, home);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a Tukipolku database")));
}

TEST_CASE("Option --import-providers imports the good rows and exits 1 with the rejected ones", "[app][import]")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString database = makeHealthyDatabase(dir);
    const QString csv = dir.filePath(QStringLiteral("providers.csv"));
    tukipolku::test::writeFile(csv, "kind,name,iban\n"
                                    "support_family,\"Laine, Anna ja Matti\",FI2112345600000785\n"
                                    "support_person,\"Virhe, Ville\",FI2112345600000786\n");
    const QStringList arguments{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
                                QStringLiteral("--import-providers"), csv};
    const Run first = runProgram(arguments, home);
    CHECK(first.exitCode == 1);
    CHECK(first.out.contains(QStringLiteral("1 providers added, 0 already in the registry, 1 rows rejected")));
    CHECK(first.err.contains(QStringLiteral("Row 3")));
    const Run again = runProgram(arguments, home);
    CHECK(again.out.contains(QStringLiteral("0 providers added, 1 already in the registry")));
}

namespace {
QString firstFamily(const QString &databasePath)
{
    Database database;
    REQUIRE(database.open(databasePath, Database::Mode::ReadOnly));
    QSqlQuery q(database.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT family_id FROM cases ORDER BY case_number LIMIT 1")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// A change as the program makes it: a new value and a new time.
// Sets a column of the family's first guardian, as a change made in the program would.
void changeGuardian(const QString &databasePath, const QString &familyId, const QString &column, const QString &value)
{
    Database database;
    REQUIRE(database.open(databasePath));
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("UPDATE persons SET %1 = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                             "WHERE id = (SELECT person_id FROM family_members WHERE family_id = ? "
                             "AND role = 'guardian' ORDER BY person_id LIMIT 1)")
                  .arg(column));
    q.addBindValue(value);
    q.addBindValue(familyId);
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
}

void changePhone(const QString &databasePath, const QString &familyId, const QString &phone)
{
    changeGuardian(databasePath, familyId, QStringLiteral("phone"), phone);
}
} // namespace

TEST_CASE("Options --export-families and --import: a field copy there and back with a conflict left for a person",
          "[app][fieldcopy]")
{
    QTemporaryDir home;
    QTemporaryDir dir;
    const QString office = dir.filePath(QStringLiteral("office.sqlite"));
    const QString laptop = dir.filePath(QStringLiteral("laptop.sqlite"));
    REQUIRE(runProgram({QStringLiteral("--database"), office, QStringLiteral("--demo"), QStringLiteral("12")}, home)
                .exitCode == 0);
    const QString family = firstFamily(office);
    const QString passwordFile = dir.filePath(QStringLiteral("password.txt"));
    QFile password(passwordFile);
    REQUIRE(password.open(QIODevice::WriteOnly));
    password.write("kotikäynti 2026\n");
    password.close();
    const QString out = dir.filePath(QStringLiteral("out.tpfield"));
    const auto exportTo = [&](const QString &database, const QString &file) {
        return runProgram({QStringLiteral("--database"), database, QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--export-families"), family, QStringLiteral("--output"), file,
                           QStringLiteral("--password-file"), passwordFile},
                          home);
    };
    const auto importInto = [&](const QString &database, const QString &file) {
        return runProgram({QStringLiteral("--database"), database, QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--import"), file, QStringLiteral("--password-file"), passwordFile},
                          home);
    };

    const Run exported = exportTo(office, out);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("1 family")));
    const Run first = importInto(laptop, out);
    INFO(first.out.toStdString() + first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("0 changed in the field copy")));

    changePhone(laptop, family, QStringLiteral("040 111 2222"));
    changePhone(office, family, QStringLiteral("050 999 8888"));
    const QString back = dir.filePath(QStringLiteral("back.tpfield"));
    REQUIRE(exportTo(laptop, back).exitCode == 0);
    const Run merged = importInto(office, back);
    INFO(merged.out.toStdString() + merged.err.toStdString());
    CHECK(merged.exitCode == 2);
    CHECK(merged.out.contains(QStringLiteral("1 record(s) changed both here and in the field copy")));
    CHECK(merged.out.contains(QStringLiteral("here \"050 999 8888\", in the field copy \"040 111 2222\"")));

    // A conflict in an identity code is printed without the codes.
    const QString codeHere = makeIdentityCode(QDate(1985, 3, 14), 911);
    const QString codeThere = makeIdentityCode(QDate(1985, 3, 14), 913);
    changeGuardian(laptop, family, QStringLiteral("identity_code"), codeThere);
    changeGuardian(office, family, QStringLiteral("identity_code"), codeHere);
    const QString again = dir.filePath(QStringLiteral("again.tpfield"));
    REQUIRE(exportTo(laptop, again).exitCode == 0);
    const Run codes = importInto(office, again);
    INFO(codes.out.toStdString());
    CHECK(codes.exitCode == 2);
    CHECK(codes.out.contains(QStringLiteral("******-****")));
    CHECK_FALSE(codes.out.contains(codeHere));
    CHECK_FALSE(codes.out.contains(codeThere));
    CHECK_FALSE(codes.out.contains(QRegularExpression(QStringLiteral("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]"))));

    // A wrong password: exit 1, the database as it was.
    QFile wrong(passwordFile);
    REQUIRE(wrong.open(QIODevice::WriteOnly));
    wrong.write("something else entirely\n");
    wrong.close();
    const QByteArray before = fileHash(office);
    const Run refused = importInto(office, back);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("password")));
    CHECK(fileHash(office) == before);
}
