#include "catchshim.h"
#include "testdatabase.h"

#include "exchange/csvwriter.h"
#include "storage/caserepository.h"
#include "storage/familyrepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tukipolku;
using tukipolku::test::at10;
using tukipolku::test::TestDatabase;

namespace {
int runProgram(const QStringList &arguments, const QTemporaryDir &home, QString *errors = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TUKIPOLKU_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

QString closedCopy(const QSqlDatabase &connection, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    QSqlQuery query(connection);
    REQUIRE(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)));
    return path;
}
} // namespace

TEST_CASE("CSV for spreadsheets: BOM, semicolons, quotes where needed, ISO dates, decimal commas", "[reports]")
{
    CsvWriter writer;
    writer.addRow({QStringLiteral("Åsa; \"Kalle\""), CsvWriter::date(QDate(2026, 4, 13)), CsvWriter::euros(123450)});
    writer.addRow({QStringLiteral("two\nlines"), CsvWriter::euros(-5), CsvWriter::date(QDate())});
    const QByteArray bytes = writer.bytes();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes.mid(3))
          == QStringLiteral("\"Åsa; \"\"Kalle\"\"\";2026-04-13;1234,50\r\n\"two\nlines\";-0,05;\r\n"));
}

TEST_CASE("Option --report deadlines writes every open deadline as CSV", "[app][reports]")
{
    QTemporaryDir home;
    TestDatabase db;
    const Family family = db.addFamilyWithTwoChildren();
    CaseRepository cases(db.connection(), db.worker().id);
    // Received on the Tuesday before Easter 2026: the decision was due on Monday 13.4.
    ClientCase easter;
    easter.familyId = family.id;
    easter.child = family.membersWithRole(FamilyRole::Child).first();
    easter.initiation.receivedAt = at10(QDate(2026, 3, 31));
    REQUIRE(cases.open(easter).ok());
    // Decided in time, the assessment started; it was due three months after the receipt.
    ClientCase decided;
    decided.familyId = family.id;
    decided.child = family.membersWithRole(FamilyRole::Child).last();
    decided.initiation.receivedAt = at10(QDate(2026, 5, 4));
    decided.initiation.decidedOn = QDate(2026, 5, 6);
    decided.initiation.assessmentStarts = true;
    REQUIRE(cases.open(decided).ok());
    const QString copy = closedCopy(db.connection(), home);

    const QString csv = home.filePath(QStringLiteral("deadlines.csv"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--report"), QStringLiteral("deadlines"), QStringLiteral("--output"), csv},
                       home)
            == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // the header, the two open deadlines of the first case, one of the second
    CHECK(lines.at(0) == QStringLiteral("Case id;Case number;Child;Deadline;Start date;Due date;State"));
    const QString initiation = lines.filter(QStringLiteral("2026-04-13")).value(0);
    REQUIRE_FALSE(initiation.isEmpty());
    const QStringList fields = initiation.split(QLatin1Char(';'));
    REQUIRE(fields.size() == 7);
    CHECK(fields.at(0) == easter.id);
    CHECK(fields.at(2) == QStringLiteral("Eetu Virtanen"));
    CHECK(fields.at(4) == QStringLiteral("2026-03-31"));
    CHECK(fields.at(6) == QStringLiteral("overdue"));
    // The second case's assessment: due three months after 4.5., on Tuesday 4.8.
    CHECK(lines.filter(QStringLiteral("Ella Virtanen")).size() == 1);
    CHECK(lines.filter(QStringLiteral("Ella Virtanen")).value(0).contains(QStringLiteral(";2026-05-04;2026-08-04;")));

    QString errors;
    CHECK(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--lang"), QStringLiteral("en"),
                      QStringLiteral("--report"), QStringLiteral("weather"), QStringLiteral("--output"), csv},
                     home, &errors)
          == 2);
    CHECK(errors.contains(QStringLiteral("There is no report weather")));
}

TEST_CASE("Options --backup and --restore: an encrypted backup restored, a wrong password refused", "[app][backups]")
{
    QTemporaryDir home;
    TestDatabase db;
    db.addFamilyWithTwoChildren();
    const QString copy = closedCopy(db.connection(), home);
    const QString password = home.filePath(QStringLiteral("password.txt"));
    QFile file(password);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("kevät 2026 salasana\n");
    file.close();
    const QString backup = home.filePath(QStringLiteral("unit.tpbackup"));
    REQUIRE(runProgram({QStringLiteral("--database"), copy, QStringLiteral("--backup"), backup,
                        QStringLiteral("--password-file"), password},
                       home)
            == 0);
    const QString restored = home.filePath(QStringLiteral("restored.sqlite"));
    REQUIRE(runProgram({QStringLiteral("--restore"), backup, QStringLiteral("--output"), restored,
                        QStringLiteral("--password-file"), password},
                       home)
            == 0);
    CHECK(QFile::exists(restored));

    QFile wrong(home.filePath(QStringLiteral("wrong.txt")));
    REQUIRE(wrong.open(QIODevice::WriteOnly));
    wrong.write("väärä salasana\n");
    wrong.close();
    QString errors;
    CHECK(runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--restore"), backup,
                      QStringLiteral("--output"), home.filePath(QStringLiteral("other.sqlite")),
                      QStringLiteral("--password-file"), wrong.fileName()},
                     home, &errors)
          == 1);
    CHECK(errors.contains(QStringLiteral("password is wrong or the file is damaged")));
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("other.sqlite"))));
    // Nothing is overwritten: a restore into the restored file is refused.
    CHECK(runProgram({QStringLiteral("--restore"), backup, QStringLiteral("--output"), restored,
                      QStringLiteral("--password-file"), password},
                     home)
          == 1);
}
